// file-processor: an uploaded file becomes chunks, then embedding work.
// Message: { itemId }. Throws on a failure worth retrying; bad files are
// marked failed with their reason and acknowledged.
import type { DeadLettered, WorkerMessage } from "../src/platform/queue/types.ts";
import { failDeadLetteredItem, processFileItem, runItemJob, type PipelineDeps } from "../src/knowledge/pipeline.ts";
import { itemIdOf, itemMessage, parseBody } from "./messages.ts";

export async function handler(message: WorkerMessage, deps: PipelineDeps): Promise<void> {
  const { itemId } = parseBody(itemMessage, "file-processor", message);
  await runItemJob(deps, itemId, message.receiveCount, () => processFileItem(deps, itemId));
}

export async function onDeadLetter(letter: Pick<DeadLettered, "body" | "lastError">, deps: PipelineDeps): Promise<void> {
  const itemId = itemIdOf(letter.body);
  if (itemId) await failDeadLetteredItem(deps, itemId, letter.lastError);
}
