// A real provider client (OpenAI-compatible) against a local server that
// misbehaves: rate limits, server errors, a cut connection, silence.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { saveModel } from "../ai/catalog.ts";
import type { Database } from "../platform/db/client.ts";
import { openTestDatabase } from "../platform/db/test-db.ts";
import { TestClient } from "../../tests/support/client.ts";
import { startFakeOpenAI, type FakeOpenAI } from "../../tests/support/openai-compatible-server.ts";
import { deltaText, readSse } from "../../tests/support/sse-client.ts";
import { buildTestApp } from "../../tests/support/test-app.ts";

describe("provider trouble", () => {
  let database: Database;
  let upstream: FakeOpenAI;
  let built: Awaited<ReturnType<typeof buildTestApp>>;
  let modelId: string;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    process.on("unhandledRejection", onUnhandled);
    database = await openTestDatabase();
    upstream = startFakeOpenAI({ firstTokenMs: 10, tokenMs: 5 });
    built = await buildTestApp(database, { env: { PROVIDER_TIMEOUT_S: "8" } });
    modelId = (
      await saveModel(
        database.db,
        null,
        { provider: "openai-compatible", modelId: "local-llama", displayName: "Local Llama", baseUrl: upstream.url, contextWindow: 8192, inputDollarsPerMTok: 0, outputDollarsPerMTok: 0, enabled: true, rolesAllowed: [] },
        { id: null },
      )
    ).id;
  });
  afterAll(async () => {
    process.off("unhandledRejection", onUnhandled);
    upstream.stop();
    await built.stop();
    await database.close();
  });

  async function ask(question: string) {
    const client = new TestClient(built.app);
    await client.signIn(`trouble-${crypto.randomUUID()}@school.org`, "teacher");
    const sent = await client.request("/chat/messages", { form: { content: question, modelId } });
    const page = await (await client.request(sent.headers.get("location")!)).text();
    const url = page.match(/hx-sse:connect="(\/chat\/stream\/[^"]+)"/)![1]!.replaceAll("&amp;", "&");
    return readSse(await client.request(url), { until: (e) => e.data.includes("<hx-partial") });
  }

  test("a 429 before the answer is retried with backoff, and the answer arrives", async () => {
    upstream.queue.push({ status: 429 });
    const before = upstream.requests.length;
    const { events } = await ask("Rate limited at first");
    expect(upstream.requests.length - before).toBe(2);
    expect(events.at(-1)!.data).toContain("status-complete");
    expect(deltaText(events)).toContain("You asked about Rate limited at first.");
  }, 20_000);

  test("repeated 500s end in a readable message and a retry button", async () => {
    upstream.queue.push({ status: 500 }, { status: 500 }, { status: 500 });
    const { events } = await ask("Server errors");
    const final = events.at(-1)!.data;
    expect(final).toContain("status-failed");
    expect(final).toContain("The AI provider had a problem (error 500)");
    expect(final).toContain(">Retry<");
  }, 20_000);

  test("a connection cut mid-answer keeps the part already shown", async () => {
    upstream.queue.push({ tokens: ["One sentence here. ", "Another sentence. ", "A third "], cutAfter: 2 });
    const { events } = await ask("Cut me off");
    expect(deltaText(events)).toBe("One sentence here. Another sentence. ");
    const final = events.at(-1)!.data;
    expect(final).toContain("status-failed");
    expect(final).toContain("One sentence here. Another sentence.");
    expect(final).toContain("connection to the AI provider was lost");
  });

  test("a provider that never answers times out with a plain message", async () => {
    upstream.queue.push({ hang: true });
    const { events } = await ask("Hello?");
    const final = events.at(-1)!.data;
    expect(final).toContain("status-failed");
    expect(final).toContain("took too long to answer");
  }, 20_000);

  test("no trouble leaves an unhandled rejection behind", () => {
    expect(unhandled).toEqual([]);
  });
});
