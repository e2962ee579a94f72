// Two app processes on one PostgreSQL, as behind the load balancer: a reply
// started on instance A is followed to the end by a reader on instance B.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { join } from "node:path";
import { createPostgresTestDatabase, testDbKinds } from "../platform/db/test-db.ts";
import { TestClient } from "../../tests/support/client.ts";
import { deltaText, readSse } from "../../tests/support/sse-client.ts";
import { offlineAnswer } from "../ai/offline-model.ts";

const main = join(import.meta.dir, "../main.ts");

async function startInstance(databaseUrl: string, secretsKey: string) {
  const port = 20000 + Math.floor(Math.random() * 30000);
  const proc = Bun.spawn(["bun", main], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DATABASE_URL: databaseUrl, SECRETS_KEY: secretsKey, PORT: String(port), LOG_LEVEL: "warn", STREAM_FLUSH_MS: "200" },
    stdout: "pipe",
    stderr: "pipe",
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    if ((await fetch(`${base}/health`).catch(() => undefined))?.ok) break;
    await Bun.sleep(100);
  }
  // A client that speaks to this instance over real HTTP.
  return { proc, handle: (r: Request) => fetch(new Request(r.url.replace("http://localhost", base), r), { redirect: "manual" }) };
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
      a?.proc.kill();
      b?.proc.kill();
      await Promise.all([a?.proc.exited, b?.proc.exited]);
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
