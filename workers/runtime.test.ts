import { afterEach, beforeEach, describe, expect, test } from "bun:test";
import { startRuntimeApiServer, type RuntimeApiServer } from "./runtime-api-server.ts";
import { runLambdaRuntime, type InvocationContext, type RecordHandler } from "./runtime.ts";

const record = (id: string, body: unknown, receiveCount = 1) => ({
  messageId: id,
  receiptHandle: `rh-${id}`,
  body: JSON.stringify(body),
  attributes: { ApproximateReceiveCount: String(receiveCount) },
  eventSource: "aws:sqs",
});

describe("Lambda runtime loop (against a local Runtime API)", () => {
  let server: RuntimeApiServer;
  let controller: AbortController;
  let loop: Promise<void> | undefined;
  const traceIds: string[] = [];

  beforeEach(() => {
    server = startRuntimeApiServer();
    controller = new AbortController();
    traceIds.length = 0;
  });
  afterEach(async () => {
    controller.abort();
    await loop;
    server.stop();
  });

  const start = (handler: RecordHandler, extra: { concurrency?: number; safetyMarginMs?: number } = {}) => {
    loop = runLambdaRuntime({ api: server.api, init: async () => handler, signal: controller.signal, setTraceId: (id) => traceIds.push(id), ...extra });
  };

  test("a batch that succeeds answers with no failures; each record sees its body, receive count and the trace id", async () => {
    const seen: { body: unknown; receiveCount: number; context: InvocationContext }[] = [];
    start(async (m, context) => {
      seen.push({ body: m.body, receiveCount: m.receiveCount, context });
    });
    const result = await server.invoke({ Records: [record("m1", { itemId: "a" }, 2), record("m2", { itemId: "b" })] }, { traceId: "Root=1-abc;Sampled=1" });
    expect(result).toEqual({ path: "response", body: { batchItemFailures: [] }, errorType: null });
    expect(seen.map((s) => [s.body, s.receiveCount])).toEqual([[{ itemId: "a" }, 2], [{ itemId: "b" }, 1]]);
    expect(seen[0]!.context.traceId).toBe("Root=1-abc;Sampled=1");
    expect(seen[0]!.context.functionArn).toContain("atelier-file-processor");
    expect(seen[0]!.context.remainingMs()).toBeGreaterThan(20_000);
    expect(traceIds).toEqual(["Root=1-abc;Sampled=1"]);
  });

  test("a record whose handler throws is the only one reported, and the loop goes on to the next invocation", async () => {
    start(async (m) => {
      if ((m.body as { bad?: boolean }).bad) throw new Error("corrupt PDF");
    });
    const first = await server.invoke({ Records: [record("ok-1", {}), record("bad-1", { bad: true }), record("ok-2", {})] });
    expect(first.body).toEqual({ batchItemFailures: [{ itemIdentifier: "bad-1" }] });
    const second = await server.invoke({ Records: [record("ok-3", {})] });
    expect(second.body).toEqual({ batchItemFailures: [] });
  });

  test("partial batch failures keep the batch's order, with records run concurrently", async () => {
    let running = 0;
    let most = 0;
    start(
      async (m) => {
        const n = (m.body as { n: number }).n;
        most = Math.max(most, ++running);
        await Bun.sleep(5 * (6 - n));
        running--;
        if (n % 2 === 0) throw new Error(`record ${n} failed`);
      },
      { concurrency: 3 },
    );
    const result = await server.invoke({ Records: [1, 2, 3, 4, 5, 6].map((n) => record(`r${n}`, { n })) });
    expect(result.body.batchItemFailures).toEqual([{ itemIdentifier: "r2" }, { itemIdentifier: "r4" }, { itemIdentifier: "r6" }]);
    expect(most).toBe(3);
  });

  test("near the deadline, unfinished and unstarted records are reported failed instead of running out the clock", async () => {
    start(
      async (m) => {
        if ((m.body as { slow?: boolean }).slow) await Bun.sleep(5000);
      },
      { safetyMarginMs: 100 },
    );
    const result = await server.invoke({ Records: [record("fast", {}), record("slow", { slow: true }), record("later", {})] }, { deadlineInMs: 600 });
    expect(result.body.batchItemFailures).toEqual([{ itemIdentifier: "slow" }, { itemIdentifier: "later" }]);
  });

  test("an event that is not an SQS batch is an invocation error", async () => {
    start(async () => {});
    const result = await server.invoke({ hello: "world" });
    expect(result.path).toBe("error");
    expect(result.errorType).toBe("Unhandled");
    expect(result.body).toMatchObject({ errorType: "TypeError", errorMessage: expect.stringContaining("not an SQS batch") });
  });

  test("an init error is reported to /init/error and the loop ends", async () => {
    loop = runLambdaRuntime({
      api: server.api,
      signal: controller.signal,
      init: async () => {
        throw new Error("DATABASE_URL is required when NODE_ENV=production");
      },
    });
    await loop;
    expect(server.initErrors).toEqual([
      {
        errorType: "Runtime.InitError",
        body: { errorType: "Error", errorMessage: "DATABASE_URL is required when NODE_ENV=production", stackTrace: expect.any(Array) },
      },
    ]);
  });
});
