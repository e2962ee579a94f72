// Builds the queue the config names.
import { SQSClient } from "@aws-sdk/client-sqs";
import type { Database } from "../db/client.ts";
import type { QueueConfig } from "./config.ts";
import { LocalQueue } from "./local.ts";
import { SqsQueue } from "./sqs.ts";
import type { Queue } from "./types.ts";

export function createQueue(config: QueueConfig, database: Database): Queue {
  if (config.kind === "sqs") return new SqsQueue(new SQSClient({}), config.urls);
  return new LocalQueue(database, { maxAttempts: config.maxAttempts });
}
