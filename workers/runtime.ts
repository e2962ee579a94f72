// The Lambda Runtime API, spoken by a plain Bun loop (a container Lambda has
// no Node runtime to do it). Init runs once; each invocation is an SQS batch
// whose records go through the per-record handler, and the answer lists only
// the records that failed (batchItemFailures), so SQS returns just those.
// Records still unfinished as the deadline nears are reported failed too:
// their messages come back, and handlers are idempotent.
import type { Logger } from "../src/platform/logger.ts";
import type { WorkerMessage } from "../src/platform/queue/types.ts";
import { parseBody } from "../src/platform/queue/sqs.ts";

export interface SqsRecord {
  messageId: string;
  receiptHandle?: string;
  body: string;
  attributes?: { ApproximateReceiveCount?: string };
  eventSource?: string;
}

export interface SqsEvent {
  Records: SqsRecord[];
}

export interface BatchResponse {
  batchItemFailures: { itemIdentifier: string }[];
}

export interface InvocationContext {
  requestId: string;
  deadlineMs: number;
  traceId: string | null;
  functionArn: string | null;
  remainingMs(): number;
}

export type RecordHandler = (message: WorkerMessage, context: InvocationContext) => Promise<void>;

const API = "2018-06-01/runtime";

function isSqsEvent(event: unknown): event is SqsEvent {
  return !!event && Array.isArray((event as SqsEvent).Records) && (event as SqsEvent).Records.every((r) => typeof r?.messageId === "string" && typeof r.body === "string");
}

function errorBody(err: unknown) {
  const e = err instanceof Error ? err : new Error(String(err));
  return { errorType: e.name || "Error", errorMessage: e.message, stackTrace: (e.stack ?? "").split("\n").slice(1).map((l) => l.trim()) };
}

/** Runs every record of the batch (a few at a time), stopping short of the deadline. */
export async function handleSqsEvent(
  event: SqsEvent,
  handler: RecordHandler,
  context: InvocationContext,
  options: { concurrency?: number; safetyMarginMs?: number; logger?: Logger } = {},
): Promise<BatchResponse> {
  const margin = options.safetyMarginMs ?? 2000;
  const failed = new Set<string>();
  const queue = [...event.Records];
  const runOne = async (record: SqsRecord) => {
    const budget = context.remainingMs() - margin;
    if (budget <= 0) {
      failed.add(record.messageId); // no time left to start it: back to the queue
      return;
    }
    let timer: Timer | undefined;
    try {
      await Promise.race([
        handler({ id: record.messageId, body: parseBody(record.body), receiveCount: Number(record.attributes?.ApproximateReceiveCount ?? 1) }, context),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error("the invocation deadline is near")), budget);
        }),
      ]);
    } catch (err) {
      failed.add(record.messageId);
      options.logger?.warn("record failed", { messageId: record.messageId, requestId: context.requestId, error: err });
    } finally {
      clearTimeout(timer);
    }
  };
  const lanes = Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 1, queue.length)) }, async () => {
    for (let record = queue.shift(); record; record = queue.shift()) await runOne(record);
  });
  await Promise.all(lanes);
  // Report in the batch's order, as Lambda's own runtimes do.
  return { batchItemFailures: event.Records.filter((r) => failed.has(r.messageId)).map((r) => ({ itemIdentifier: r.messageId })) };
}

export interface RuntimeOptions {
  /** host:port from AWS_LAMBDA_RUNTIME_API (read by the entry point, not here). */
  api: string;
  /** Builds the record handler once (config, database, clients); a throw is reported as an init error. */
  init: () => Promise<RecordHandler>;
  /** Sets _X_AMZN_TRACE_ID for tracing libraries; the entry point writes the environment. */
  setTraceId?: (traceId: string) => void;
  concurrency?: number;
  safetyMarginMs?: number;
  logger?: Logger;
  signal?: AbortSignal;
  now?: () => number;
}

/** The runtime loop: init, then next → handle → response/error, until the process is frozen or the signal aborts. */
export async function runLambdaRuntime(options: RuntimeOptions): Promise<void> {
  const base = `http://${options.api}/${API}`;
  const now = options.now ?? Date.now;
  const post = (path: string, body: unknown, errorType?: string) =>
    fetch(`${base}/${path}`, {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "content-type": "application/json", ...(errorType ? { "Lambda-Runtime-Function-Error-Type": errorType } : {}) },
    });

  let handler: RecordHandler;
  try {
    handler = await options.init();
  } catch (err) {
    options.logger?.error("worker init failed", { error: err });
    await post("init/error", errorBody(err), "Runtime.InitError");
    return; // Lambda restarts the environment
  }

  while (!options.signal?.aborted) {
    let res: Response;
    try {
      res = await fetch(`${base}/invocation/next`, options.signal ? { signal: options.signal } : {});
    } catch (err) {
      if (options.signal?.aborted) return;
      throw err;
    }
    const requestId = res.headers.get("Lambda-Runtime-Aws-Request-Id") ?? "";
    const deadlineMs = Number(res.headers.get("Lambda-Runtime-Deadline-Ms") ?? now() + 60_000);
    const traceId = res.headers.get("Lambda-Runtime-Trace-Id");
    if (traceId) options.setTraceId?.(traceId);
    const context: InvocationContext = {
      requestId,
      deadlineMs,
      traceId,
      functionArn: res.headers.get("Lambda-Runtime-Invoked-Function-Arn"),
      remainingMs: () => deadlineMs - now(),
    };
    try {
      const event: unknown = await res.json();
      if (!isSqsEvent(event)) throw new TypeError("The event is not an SQS batch (expected Records with messageId and body).");
      const result = await handleSqsEvent(event, handler, context, {
        ...(options.concurrency ? { concurrency: options.concurrency } : {}),
        ...(options.safetyMarginMs !== undefined ? { safetyMarginMs: options.safetyMarginMs } : {}),
        ...(options.logger ? { logger: options.logger } : {}),
      });
      await post(`invocation/${requestId}/response`, result);
    } catch (err) {
      options.logger?.error("invocation failed", { requestId, error: err });
      await post(`invocation/${requestId}/error`, errorBody(err), "Unhandled");
    }
  }
}
