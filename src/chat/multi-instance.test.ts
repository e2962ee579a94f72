// Two app processes on one PostgreSQL, as behind the load balancer: a reply
// started on instance A is followed to the end by a reader on instance B.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { createPostgresTestDatabase, testDbKinds } from "../platform/db/test-db.ts";
import { startApp } from "../../tests/support/app-process.ts";
import { TestClient } from "../../tests/support/client.ts";
import { deltaText, readSse } from "../../tests/support/sse-client.ts";
import { offlineAnswer } from "../ai/offline-model.ts";

function startInstance(databaseUrl: string, secretsKey: string) {
  return startApp({ DATABASE_URL: databaseUrl, SECRETS_KEY: secretsKey, LOG_LEVEL: "warn", STREAM_FLUSH_MS: "200" });
}

if (testDbKinds().includes("postgres")) {
  describe("chat across two app instances on PostgreSQL", () => {
    let db: Awaited<ReturnType<typeof createPostgresTestDatabase>>;
    let a: Awaited<ReturnType<typeof startInstance>>;
    let b: Awaited<ReturnType<typeof startInstance>>;
    beforeAll(async () => {
      db = await createPostgresTestDatabase();
      const key = Buffer.alloc(32, 42).toString("base64");
      [a, b] = await Promise.all([startInstance(db.url, key), startInstance(db.url, key)]);
    }, 60_000);
    afterAll(async () => {
      await Promise.all([a?.stop(), b?.stop()]);
      await db.drop();
    });

    test("a stream started on one instance is followed to the end from the other", async () => {
      const onA = new TestClient({ handle: a.handle });
      await onA.signIn("roaming@school.org", "student");
      const page = await (await onA.request("/chat")).text();
      const modelId = page.match(/<option value="([0-9a-f-]{36})"/)![1]!;
      const sent = await onA.request("/chat/messages", { form: { content: "Why is the sky blue?", modelId } });
      const conversation = await (await onA.request(sent.headers.get("location")!)).text();
      const streamUrl = conversation.match(/hx-sse:connect="(\/chat\/stream\/[^"]+)"/)![1]!.replaceAll("&amp;", "&");

      // The same browser, now routed to instance B.
      const onB = new TestClient({ handle: b.handle });
      for (const [k, v] of onA.cookies) onB.cookies.set(k, v);
      const { events } = await readSse(await onB.request(streamUrl), { until: (e) => e.data.includes("<hx-partial") });
      const deltas = events.filter((e) => !e.data.includes("<hx-partial"));
      expect(deltas.length).toBeGreaterThanOrEqual(2);
      // Exactly the model's answer: nothing missing, nothing twice.
      expect(deltaText(events)).toBe(offlineAnswer("Why is the sky blue?"));
      expect(events.at(-1)!.data).toContain("status-complete");
    }, 60_000);
  });
}
