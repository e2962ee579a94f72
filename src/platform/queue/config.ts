// The queue part of Config: the Postgres-backed queue on a laptop, SQS in AWS.
// Each worker has its own queue; with SQS every one needs its URL.
export const queueNames = ["file-processor", "url-processor", "embedding-generator"] as const;
export type QueueName = (typeof queueNames)[number];

export type QueueConfig =
  | { kind: "local"; maxAttempts: number; visibilityTimeoutS: number }
  | { kind: "sqs"; urls: Record<QueueName, string>; maxAttempts: number; visibilityTimeoutS: number };

export interface QueueEnv {
  QUEUE_DRIVER: "local" | "sqs";
  SQS_FILE_PROCESSOR_URL: string | undefined;
  SQS_URL_PROCESSOR_URL: string | undefined;
  SQS_EMBEDDING_GENERATOR_URL: string | undefined;
  QUEUE_MAX_ATTEMPTS: number;
  QUEUE_VISIBILITY_TIMEOUT_S: number;
}

export function buildQueueConfig(e: QueueEnv): { queue: QueueConfig; problems: string[] } {
  const common = { maxAttempts: e.QUEUE_MAX_ATTEMPTS, visibilityTimeoutS: e.QUEUE_VISIBILITY_TIMEOUT_S };
  if (e.QUEUE_DRIVER === "local") return { queue: { kind: "local", ...common }, problems: [] };
  const urls = {
    "file-processor": e.SQS_FILE_PROCESSOR_URL,
    "url-processor": e.SQS_URL_PROCESSOR_URL,
    "embedding-generator": e.SQS_EMBEDDING_GENERATOR_URL,
  };
  const problems = Object.entries(urls)
    .filter(([, url]) => !url)
    .map(([name]) => `SQS_${name.toUpperCase().replaceAll("-", "_")}_URL is required when QUEUE_DRIVER=sqs`);
  if (problems.length) return { queue: { kind: "local", ...common }, problems };
  return { queue: { kind: "sqs", urls: urls as Record<QueueName, string>, ...common }, problems: [] };
}
