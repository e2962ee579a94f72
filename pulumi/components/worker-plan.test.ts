import { expect, test } from "bun:test";
import { bedrockModelArns, queueUrlVariable, sizingProblems, visibilityTimeoutFor, WORKER_GRANTS, WORKER_NAMES } from "./worker-plan.ts";

test("queue variables are the names the app and the workers read", () => {
  expect(WORKER_NAMES.map(queueUrlVariable)).toEqual(["SQS_FILE_PROCESSOR_URL", "SQS_URL_PROCESSOR_URL", "SQS_EMBEDDING_GENERATOR_URL"]);
});

test("a queue hides a message six function timeouts long, capped at SQS's 12 hours", () => {
  expect(visibilityTimeoutFor(300)).toBe(1800);
  expect(visibilityTimeoutFor(900)).toBe(5400);
  expect(visibilityTimeoutFor(10_000)).toBe(43_200);
});

test("work flows one way, into embeddings; only the embedding generator calls Bedrock", () => {
  expect(WORKER_GRANTS["file-processor"].sendsTo).toEqual(["embedding-generator"]);
  expect(WORKER_GRANTS["url-processor"].sendsTo).toEqual(["embedding-generator"]);
  expect(WORKER_GRANTS["embedding-generator"].sendsTo).toEqual([]);
  expect(WORKER_NAMES.filter((w) => WORKER_GRANTS[w].invokesBedrock)).toEqual(["embedding-generator"]);
  expect(WORKER_GRANTS["embedding-generator"].objectActions).toEqual(["s3:GetObject"]);
});

test("the embedding generator may invoke the configured Bedrock model, and no model for other providers", () => {
  expect(bedrockModelArns("bedrock:amazon.titan-embed-text-v2:0", "eu-west-1")).toEqual(["arn:aws:bedrock:eu-west-1::foundation-model/amazon.titan-embed-text-v2:0"]);
  expect(bedrockModelArns("openai:text-embedding-3-small", "eu-west-1")).toEqual([]);
  expect(bedrockModelArns("offline:hash-384", "eu-west-1")).toEqual([]);
});

test("sizing outside Lambda's and SQS's limits is named", () => {
  expect(sizingProblems("file-processor", { memoryMb: 1024, timeoutSeconds: 300, maxConcurrency: 5, batchSize: 5 })).toEqual([]);
  expect(sizingProblems("file-processor", { memoryMb: 64, timeoutSeconds: 0, maxConcurrency: 1, batchSize: 11 })).toEqual([
    "file-processor: memory must be 128 to 10240 MB, got 64",
    "file-processor: timeout must be 1 to 900 seconds (Lambda's limit), got 0",
    "file-processor: maximum concurrency must be 2 to 1000 (SQS mappings' range), got 1",
    "file-processor: batch size must be 1 to 10, got 11",
  ]);
});
