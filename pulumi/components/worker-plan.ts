// What each background worker is and may do. Pure, so the rules that keep a
// queue sane (visibility against timeout) and the least-privilege grants are
// unit-tested rather than discovered in production.

export const WORKER_NAMES = ["file-processor", "url-processor", "embedding-generator"] as const;
export type WorkerName = (typeof WORKER_NAMES)[number];

export interface WorkerSizing {
  memoryMb: number;
  timeoutSeconds: number;
  /** Most concurrent invocations the queue mapping starts (2 to 1000). */
  maxConcurrency: number;
  /** Messages per invocation (1 to 10). */
  batchSize: number;
}

export interface WorkerGrants {
  /** Workers whose queue this one may send to. */
  sendsTo: WorkerName[];
  /** S3 object actions on the uploads bucket. */
  objectActions: string[];
  /** Bedrock model invocation (embeddings). */
  invokesBedrock: boolean;
}

/** The only queue flows: extracted text and fetched pages go on to be embedded. */
export const WORKER_GRANTS: Record<WorkerName, WorkerGrants> = {
  "file-processor": { sendsTo: ["embedding-generator"], objectActions: ["s3:GetObject", "s3:PutObject"], invokesBedrock: false },
  "url-processor": { sendsTo: ["embedding-generator"], objectActions: ["s3:GetObject", "s3:PutObject"], invokesBedrock: false },
  "embedding-generator": { sendsTo: [], objectActions: ["s3:GetObject"], invokesBedrock: true },
};

/** SQS_FILE_PROCESSOR_URL and so on: the names the app and the workers read. */
export function queueUrlVariable(worker: WorkerName): string {
  return `SQS_${worker.toUpperCase().replaceAll("-", "_")}_URL`;
}

/** The Bedrock model ARNs an EMBEDDING_MODEL needs to invoke (none for other providers). */
export function bedrockModelArns(embeddingModel: string, region: string): string[] {
  const [provider, ...model] = embeddingModel.split(":");
  return provider === "bedrock" ? [`arn:aws:bedrock:${region}::foundation-model/${model.join(":")}`] : [];
}

/** Lambda allows 15 minutes at most. */
export const MAX_LAMBDA_TIMEOUT_S = 900;
/** SQS hides a received message for 12 hours at most. */
const MAX_VISIBILITY_S = 43_200;
export const MAX_RECEIVE_COUNT = 3;

/**
 * AWS's rule for Lambda-fed queues: hide a received message for at least six
 * times the function timeout, so a slow run is not delivered to a second one
 * while retries and batching windows play out.
 */
export function visibilityTimeoutFor(timeoutSeconds: number): number {
  return Math.min(MAX_VISIBILITY_S, 6 * timeoutSeconds);
}

/** Problems with a worker's sizing, each naming the setting to change. */
export function sizingProblems(worker: WorkerName, sizing: WorkerSizing): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(sizing.memoryMb) || sizing.memoryMb < 128 || sizing.memoryMb > 10_240) problems.push(`${worker}: memory must be 128 to 10240 MB, got ${sizing.memoryMb}`);
  if (!Number.isInteger(sizing.timeoutSeconds) || sizing.timeoutSeconds < 1 || sizing.timeoutSeconds > MAX_LAMBDA_TIMEOUT_S) {
    problems.push(`${worker}: timeout must be 1 to ${MAX_LAMBDA_TIMEOUT_S} seconds (Lambda's limit), got ${sizing.timeoutSeconds}`);
  }
  if (!Number.isInteger(sizing.maxConcurrency) || sizing.maxConcurrency < 2 || sizing.maxConcurrency > 1000) {
    problems.push(`${worker}: maximum concurrency must be 2 to 1000 (SQS mappings' range), got ${sizing.maxConcurrency}`);
  }
  if (!Number.isInteger(sizing.batchSize) || sizing.batchSize < 1 || sizing.batchSize > 10) problems.push(`${worker}: batch size must be 1 to 10, got ${sizing.batchSize}`);
  return problems;
}
