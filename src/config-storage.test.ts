import { describe, expect, test } from "bun:test";
import { loadConfig } from "./config.ts";
import { ConfigError } from "./platform/env-vars.ts";

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe("config: blobs, queues and knowledge", () => {
  test("a fresh machine gets a local folder, the database queue and the offline embedder", () => {
    const config = loadConfig({ DATA_DIR: "/tmp/atelier-data" });
    expect(config.blobs).toEqual({ kind: "local", dir: "/tmp/atelier-data/blobs" });
    expect(config.queue).toEqual({ kind: "local", maxAttempts: 3, visibilityTimeoutS: 300 });
    expect(config.knowledge).toEqual({ uploadMaxBytes: 25 * 1024 * 1024, embeddingModel: "offline:hash-384" });
  });

  test("AWS: S3 and SQS with their bucket and queue URLs", () => {
    const config = loadConfig({
      BLOB_STORE: "s3",
      S3_BUCKET: "atelier-prod-uploads",
      QUEUE_DRIVER: "sqs",
      SQS_FILE_PROCESSOR_URL: "https://sqs.us-east-1.amazonaws.com/123456789012/atelier-file-processor",
      SQS_URL_PROCESSOR_URL: "https://sqs.us-east-1.amazonaws.com/123456789012/atelier-url-processor",
      SQS_EMBEDDING_GENERATOR_URL: "https://sqs.us-east-1.amazonaws.com/123456789012/atelier-embedding-generator",
      QUEUE_MAX_ATTEMPTS: "5",
      QUEUE_VISIBILITY_TIMEOUT_S: "900",
      UPLOAD_MAX_BYTES: "10485760",
      EMBEDDING_MODEL: "bedrock:amazon.titan-embed-text-v2:0",
    });
    expect(config.blobs).toEqual({ kind: "s3", bucket: "atelier-prod-uploads" });
    expect(config.queue).toMatchObject({ kind: "sqs", maxAttempts: 5, visibilityTimeoutS: 900 });
    expect(config.queue.kind === "sqs" && config.queue.urls["url-processor"]).toBe("https://sqs.us-east-1.amazonaws.com/123456789012/atelier-url-processor");
    expect(config.knowledge).toEqual({ uploadMaxBytes: 10 * 1024 * 1024, embeddingModel: "bedrock:amazon.titan-embed-text-v2:0" });
  });

  test("choosing SQS or S3 without their addresses names every missing variable", () => {
    expect(problems({ QUEUE_DRIVER: "sqs", SQS_URL_PROCESSOR_URL: "https://sqs.example/1/q", BLOB_STORE: "s3" })).toEqual([
      "S3_BUCKET is required when BLOB_STORE=s3",
      "SQS_FILE_PROCESSOR_URL is required when QUEUE_DRIVER=sqs",
      "SQS_EMBEDDING_GENERATOR_URL is required when QUEUE_DRIVER=sqs",
    ]);
  });

  test("bad values are named with what is expected", () => {
    expect(problems({ BLOB_STORE: "s3", S3_BUCKET: "Not_A_Bucket" })[0]).toStartWith("S3_BUCKET must be an S3 bucket name");
    expect(problems({ EMBEDDING_MODEL: "openai:text-embedding-ada-002" })[0]).toStartWith("EMBEDDING_MODEL OpenAI models must be text-embedding-3-small or text-embedding-3-large");
    expect(problems({ QUEUE_DRIVER: "rabbitmq" })[0]).toBe('QUEUE_DRIVER must be one of local, sqs, got "rabbitmq"');
    expect(problems({ QUEUE_MAX_ATTEMPTS: "0" })[0]).toBe('QUEUE_MAX_ATTEMPTS must be a whole number from 1 to 20, got "0"');
    expect(problems({ SQS_FILE_PROCESSOR_URL: "ftp://x" })[0]).toStartWith("SQS_FILE_PROCESSOR_URL must be a URL starting with http:// or https://");
  });
});
