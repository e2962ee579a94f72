import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { sql } from "drizzle-orm";
import type { Database } from "../db/client.ts";
import { rowsOf } from "../db/migrate.ts";
import { openTestDatabase, testDbKinds } from "../db/test-db.ts";
import { createLogger } from "../logger.ts";
import { LocalQueue } from "./local.ts";
import type { DeadLettered, WorkerMessage } from "./types.ts";
import { runWorkerLoop } from "./worker-loop.ts";

const quiet = createLogger({ level: "error", write: () => {} });

for (const kind of testDbKinds()) {
  describe(`local queue on ${kind}`, () => {
    let database: Database;
    let queue: LocalQueue;
    const pending = async () =>
      Number(rowsOf(await database.db.execute(sql`select count(*)::int as n from queue_messages`))[0]!.n);

    beforeAll(async () => {
      database = await openTestDatabase(kind);
      queue = new LocalQueue(database, { maxAttempts: 3 });
    });
    afterAll(async () => {
      await queue.close();
      await database.close();
    });

    test("a message is received once, hidden while in hand, and gone when deleted", async () => {
      await queue.send("file-processor", { itemId: "a" });
      const [m] = await queue.receive("file-processor", { max: 10, visibilityTimeoutS: 30 });
      expect(m).toMatchObject({ body: { itemId: "a" }, receiveCount: 1 });
      expect(await queue.receive("file-processor", { max: 10, visibilityTimeoutS: 30 })).toEqual([]);
      await queue.delete("file-processor", m!.receipt);
      expect(await pending()).toBe(0);
    });

    test("queues are separate, and a dedup id drops a second send while the first waits", async () => {
      await queue.send("embedding-generator", { itemId: "b" }, { dedupId: "embed:b" });
      await queue.send("embedding-generator", { itemId: "b" }, { dedupId: "embed:b" });
      expect(await queue.receive("url-processor", { max: 10, visibilityTimeoutS: 30 })).toEqual([]);
      const got = await queue.receive("embedding-generator", { max: 10, visibilityTimeoutS: 30 });
      expect(got).toHaveLength(1);
      await queue.delete("embedding-generator", got[0]!.receipt);
      // Once handled, the same dedup id may be sent again.
      await queue.send("embedding-generator", { itemId: "b" }, { dedupId: "embed:b" });
      const again = await queue.receive("embedding-generator", { max: 10, visibilityTimeoutS: 30 });
      expect(again).toHaveLength(1);
      await queue.delete("embedding-generator", again[0]!.receipt);
    });

    test("after the visibility timeout the message comes back, and the old receipt no longer deletes it", async () => {
      await queue.send("url-processor", { itemId: "c" });
      const [first] = await queue.receive("url-processor", { max: 1, visibilityTimeoutS: 0.3 });
      expect(await queue.receive("url-processor", { max: 1, visibilityTimeoutS: 0.3 })).toEqual([]);
      await Bun.sleep(400);
      const [second] = await queue.receive("url-processor", { max: 1, visibilityTimeoutS: 30 });
      expect(second).toMatchObject({ id: first!.id, receiveCount: 2 });
      await queue.delete("url-processor", first!.receipt);
      expect(await pending()).toBe(1);
      await queue.delete("url-processor", second!.receipt);
      expect(await pending()).toBe(0);
    });

    test("a message that fails its last attempt moves to the dead letters with the error", async () => {
      await queue.send("file-processor", { itemId: "d" });
      const errors = ["boom 1", "boom 2", "boom 3"];
      for (const [i, error] of errors.entries()) {
        const [m] = await queue.receive("file-processor", { max: 1, visibilityTimeoutS: 30 });
        expect(m?.receiveCount).toBe(i + 1);
        const { deadLettered } = await queue.release("file-processor", m!.receipt, { delayS: 0, error });
        expect(deadLettered === null).toBe(i < 2);
      }
      expect(await queue.receive("file-processor", { max: 1, visibilityTimeoutS: 30 })).toEqual([]);
      const [letter] = await queue.deadLetters("file-processor");
      expect(letter).toMatchObject({ body: { itemId: "d" }, lastError: "boom 3", receiveCount: 3 });
      expect(await pending()).toBe(0);
    });

    test("a message whose worker never finishes is dead-lettered after its attempts time out", async () => {
      const q = new LocalQueue(database, { maxAttempts: 2 });
      await q.send("url-processor", { itemId: "e" });
      for (let i = 0; i < 2; i++) {
        expect(await q.receive("url-processor", { max: 1, visibilityTimeoutS: 0.1 })).toHaveLength(1);
        await Bun.sleep(150);
      }
      expect(await q.receive("url-processor", { max: 1, visibilityTimeoutS: 0.1 })).toEqual([]);
      const swept = await q.sweepDeadLetters("url-processor");
      expect(swept).toEqual([{ id: expect.any(String), body: { itemId: "e" }, lastError: "The worker did not finish within the visibility timeout." }]);
      expect(await pending()).toBe(0);
    });

    test("concurrent receivers never get the same message (SKIP LOCKED)", async () => {
      for (let i = 0; i < 20; i++) await queue.send("embedding-generator", { n: i });
      const batches = await Promise.all(Array.from({ length: 4 }, () => queue.receive("embedding-generator", { max: 5, visibilityTimeoutS: 30 })));
      const ids = batches.flat().map((m) => m.id);
      expect(ids).toHaveLength(20);
      expect(new Set(ids).size).toBe(20);
      for (const m of batches.flat()) await queue.delete("embedding-generator", m.receipt);
    });

    test("the worker loop acknowledges successes, retries failures and reports the dead letter", async () => {
      const seen: WorkerMessage[] = [];
      const dead: DeadLettered[] = [];
      let running = 0;
      let maxRunning = 0;
      const controller = new AbortController();
      for (let i = 0; i < 6; i++) await queue.send("file-processor", { n: i, fail: i === 5 });
      const loop = runWorkerLoop({
        queue,
        name: "file-processor",
        visibilityTimeoutS: 30,
        concurrency: 2,
        retryDelayS: () => 0,
        idleWaitMs: 50,
        logger: quiet,
        signal: controller.signal,
        onDeadLetter: async (letter) => {
          dead.push(letter);
        },
        handler: async (m) => {
          running++;
          maxRunning = Math.max(maxRunning, running);
          seen.push(m);
          await Bun.sleep(20);
          running--;
          if ((m.body as { fail: boolean }).fail) throw new Error("unreadable file");
        },
      });
      for (let i = 0; i < 100 && dead.length === 0; i++) await Bun.sleep(50);
      controller.abort();
      await loop;
      expect(maxRunning).toBe(2);
      expect(seen.filter((m) => (m.body as { n: number }).n === 5).map((m) => m.receiveCount)).toEqual([1, 2, 3]);
      expect(seen).toHaveLength(5 + 3);
      expect(dead).toEqual([{ id: expect.any(String), body: { n: 5, fail: true }, lastError: "unreadable file" }]);
      expect(await pending()).toBe(0);
    });

    test("an idle worker loop wakes as soon as a message is sent", async () => {
      const controller = new AbortController();
      let handledAt = 0;
      const loop = runWorkerLoop({
        queue,
        name: "url-processor",
        visibilityTimeoutS: 30,
        idleWaitMs: 5000,
        logger: quiet,
        signal: controller.signal,
        handler: async () => {
          handledAt = Date.now();
        },
      });
      await Bun.sleep(300);
      const sentAt = Date.now();
      await queue.send("url-processor", { wake: true });
      for (let i = 0; i < 100 && !handledAt; i++) await Bun.sleep(20);
      controller.abort();
      await loop;
      expect(handledAt).toBeGreaterThan(0);
      // Far sooner than the 5 s idle wait: NOTIFY woke the loop.
      expect(handledAt - sentAt).toBeLessThan(2000);
    });
  });
}
