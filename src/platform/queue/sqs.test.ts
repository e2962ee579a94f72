import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { createLogger } from "../logger.ts";
import { startSqsTestServer, type SqsTestServer } from "./sqs-test-server.ts";
import { SqsQueue } from "./sqs.ts";
import type { WorkerMessage } from "./types.ts";
import { runWorkerLoop } from "./worker-loop.ts";

const quiet = createLogger({ level: "error", write: () => {} });

describe("SQS queue (real client against a local SQS endpoint)", () => {
  let sqs: SqsTestServer;
  let queue: SqsQueue;
  let urls: Record<"file-processor" | "url-processor" | "embedding-generator", string>;

  beforeAll(() => {
    sqs = startSqsTestServer({ maxReceiveCount: 3 });
    urls = {
      "file-processor": sqs.queueUrl("atelier-file-processor"),
      "url-processor": sqs.queueUrl("atelier-url-processor"),
      "embedding-generator": sqs.queueUrl("atelier-embedding-generator.fifo"),
    };
    queue = new SqsQueue(sqs.client(), urls);
  });
  afterAll(() => sqs.stop());

  test("messages go to the configured queue URL as JSON and come back with their receive count", async () => {
    await queue.send("file-processor", { itemId: "x1" });
    expect(sqs.messages(urls["file-processor"])).toHaveLength(1);
    expect(sqs.messages(urls["url-processor"])).toHaveLength(0);
    const [m] = await queue.receive("file-processor", { max: 5, visibilityTimeoutS: 30, waitS: 0 });
    expect(m).toMatchObject({ body: { itemId: "x1" }, receiveCount: 1 });
    const receive = sqs.calls.find((c) => c.target === "ReceiveMessage")!;
    expect(receive.input).toMatchObject({ QueueUrl: urls["file-processor"], VisibilityTimeout: 30, MessageSystemAttributeNames: ["ApproximateReceiveCount"] });
    await queue.delete("file-processor", m!.receipt);
    expect(sqs.messages(urls["file-processor"])).toHaveLength(0);
  });

  test("a FIFO queue gets a group and the dedup id; a standard queue gets neither", async () => {
    await queue.send("embedding-generator", { itemId: "x2" }, { dedupId: "embed:x2" });
    await queue.send("url-processor", { itemId: "x3" }, { dedupId: "url:x3" });
    const sends = sqs.calls.filter((c) => c.target === "SendMessage").slice(-2);
    expect(sends[0]!.input).toMatchObject({ MessageGroupId: "embedding-generator", MessageDeduplicationId: "embed:x2" });
    expect(sends[1]!.input.MessageDeduplicationId).toBeUndefined();
  });

  test("release makes a failed message visible again after the delay", async () => {
    await queue.send("url-processor", { itemId: "x4" });
    const got = await queue.receive("url-processor", { max: 10, visibilityTimeoutS: 30, waitS: 0 });
    for (const m of got) expect(await queue.release("url-processor", m.receipt, { delayS: 0, error: "timeout" })).toEqual({ deadLettered: null });
    const again = await queue.receive("url-processor", { max: 10, visibilityTimeoutS: 30, waitS: 0 });
    expect(again.map((m) => m.receiveCount)).toEqual(got.map(() => 2));
    for (const m of again) await queue.delete("url-processor", m.receipt);
  });

  test("a body that is not JSON reaches the handler as text", async () => {
    await sqs.client().send(new (await import("@aws-sdk/client-sqs")).SendMessageCommand({ QueueUrl: urls["file-processor"], MessageBody: "not json" }));
    const [m] = await queue.receive("file-processor", { max: 1, visibilityTimeoutS: 30, waitS: 0 });
    expect(m!.body).toBe("not json");
    await queue.delete("file-processor", m!.receipt);
  });

  test("the worker loop over SQS: failures retry until the redrive policy dead-letters them", async () => {
    await queue.send("file-processor", { ok: true });
    await queue.send("file-processor", { ok: false });
    const seen: WorkerMessage[] = [];
    const controller = new AbortController();
    const loop = runWorkerLoop({
      queue,
      name: "file-processor",
      visibilityTimeoutS: 30,
      retryDelayS: () => 0,
      idleWaitMs: 50,
      logger: quiet,
      signal: controller.signal,
      handler: async (m) => {
        seen.push(m);
        if (!(m.body as { ok: boolean }).ok) throw new Error("corrupt");
      },
    });
    for (let i = 0; i < 100 && sqs.deadLetters(urls["file-processor"]).length === 0; i++) await Bun.sleep(30);
    controller.abort();
    await loop;
    expect(seen.filter((m) => !(m.body as { ok: boolean }).ok).map((m) => m.receiveCount)).toEqual([1, 2, 3]);
    expect(sqs.messages(urls["file-processor"])).toHaveLength(0);
    expect(sqs.deadLetters(urls["file-processor"]).map((m) => JSON.parse(m.body))).toEqual([{ ok: false }]);
  });
});
