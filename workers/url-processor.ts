// url-processor: a linked document is fetched (SSRF-safe), kept in blob
// storage and turned into chunks. Message: { itemId }.
import type { DeadLettered, WorkerMessage } from "../src/platform/queue/types.ts";
import { failDeadLetteredItem, processUrlItem, runItemJob, type PipelineDeps } from "../src/knowledge/pipeline.ts";
import { itemIdOf, itemMessage, parseBody } from "./messages.ts";

export async function handler(message: WorkerMessage, deps: PipelineDeps): Promise<void> {
  const { itemId } = parseBody(itemMessage, "url-processor", message);
  await runItemJob(deps, itemId, message.receiveCount, () => processUrlItem(deps, itemId));
}

export async function onDeadLetter(letter: Pick<DeadLettered, "body" | "lastError">, deps: PipelineDeps): Promise<void> {
  const itemId = itemIdOf(letter.body);
  if (itemId) await failDeadLetteredItem(deps, itemId, letter.lastError);
}
