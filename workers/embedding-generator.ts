// embedding-generator: fills the vectors an item's chunks still lack for the
// knowledge base's model, in batches, and marks the item ready.
// Message: { itemId, model }.
import type { DeadLettered, WorkerMessage } from "../src/platform/queue/types.ts";
import { embedItem, failDeadLetteredItem, runItemJob, type PipelineDeps } from "../src/knowledge/pipeline.ts";
import { embeddingMessage, itemIdOf, parseBody } from "./messages.ts";

export async function handler(message: WorkerMessage, deps: PipelineDeps): Promise<void> {
  const { itemId, model } = parseBody(embeddingMessage, "embedding-generator", message);
  await runItemJob(deps, itemId, message.receiveCount, () => embedItem(deps, itemId, model));
}

export async function onDeadLetter(letter: Pick<DeadLettered, "body" | "lastError">, deps: PipelineDeps): Promise<void> {
  const itemId = itemIdOf(letter.body);
  if (itemId) await failDeadLetteredItem(deps, itemId, letter.lastError);
}
