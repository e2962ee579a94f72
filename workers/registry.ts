// The workers by queue name, for the Lambda entry and the in-app loop.
import type { PipelineDeps } from "../src/knowledge/pipeline.ts";
import type { QueueName } from "../src/platform/queue/config.ts";
import type { DeadLettered, WorkerMessage } from "../src/platform/queue/types.ts";
import * as embeddingGenerator from "./embedding-generator.ts";
import * as fileProcessor from "./file-processor.ts";
import * as urlProcessor from "./url-processor.ts";

export interface Worker {
  handler(message: WorkerMessage, deps: PipelineDeps): Promise<void>;
  onDeadLetter(letter: Pick<DeadLettered, "body" | "lastError">, deps: PipelineDeps): Promise<void>;
  /** Messages handled at once: parsing files takes memory, fetching and embedding mostly wait. */
  concurrency: number;
}

export const workers: Record<QueueName, Worker> = {
  "file-processor": { ...fileProcessor, concurrency: 1 },
  "url-processor": { ...urlProcessor, concurrency: 4 },
  "embedding-generator": { ...embeddingGenerator, concurrency: 2 },
};

export function isWorkerName(name: string): name is QueueName {
  return Object.hasOwn(workers, name);
}
