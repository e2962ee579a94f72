// Chat over HTTP, as a browser drives it: send, follow the SSE stream, reload,
// reconnect, stop, and the troubles providers have. Models are
// MockLanguageModelV4 streams with delays.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import type { LanguageModelV4 } from "@ai-sdk/provider";
import { eq } from "drizzle-orm";
import { saveModel } from "../ai/catalog.ts";
import type { AiModel } from "../ai/schema.ts";
import type { Database } from "../platform/db/client.ts";
import { openTestDatabase, testDbKinds } from "../platform/db/test-db.ts";
import { TestClient } from "../../tests/support/client.ts";
import { streamingModel } from "../../tests/support/mock-models.ts";
import { deltaText, readSse } from "../../tests/support/sse-client.ts";
import { buildTestApp } from "../../tests/support/test-app.ts";
import { aiStreamingJobs, messages, usageDaily } from "./schema.ts";

const mocks = new Map<string, () => LanguageModelV4>();
let lastSignals: AbortSignal[] = [];

function useModel(name: string, make: () => { model: LanguageModelV4; signals: AbortSignal[] }) {
  mocks.set(name, () => {
    const { model, signals } = make();
    lastSignals = signals;
    return model;
  });
}

for (const kind of testDbKinds()) {
  describe(`chat on ${kind}`, () => {
    let database: Database;
    let built: Awaited<ReturnType<typeof buildTestApp>>;
    const models: Record<string, AiModel> = {};

    beforeAll(async () => {
      database = await openTestDatabase(kind);
      built = await buildTestApp(database, { providers: { override: (m) => mocks.get(m.modelId)?.() } });
      for (const name of ["slow", "broken", "html", "staff-only"]) {
        models[name] = await saveModel(
          database.db,
          null,
          {
            provider: "openai",
            modelId: name,
            displayName: `Mock ${name}`,
            contextWindow: 8192,
            inputDollarsPerMTok: 1,
            outputDollarsPerMTok: 2,
            enabled: true,
            rolesAllowed: name === "staff-only" ? ["staff", "administrator"] : [],
          },
          { id: null },
        );
      }
    });
    afterAll(async () => {
      await built.stop();
      await database.close();
    });

    async function student(email = `s-${crypto.randomUUID()}@school.org`) {
      const client = new TestClient(built.app);
      await client.signIn(email, "student");
      return client;
    }

    /** Sends a first message; returns the conversation page and its stream URL. */
    async function send(client: TestClient, content: string, model: string) {
      const res = await client.request("/chat/messages", { form: { content, modelId: models[model]!.id } });
      expect(res.status).toBe(303);
      const location = res.headers.get("location")!;
      const page = await (await client.request(location)).text();
      const streamUrl = page.match(/hx-sse:connect="(\/chat\/stream\/[^"]+)"/)?.[1]?.replaceAll("&amp;", "&");
      return { location, page, streamUrl, conversationId: location.split("/").at(-1)! };
    }

    test("the answer streams in as several events, then the finished message replaces the stream", async () => {
      const tokens = ["Photosynthesis ", "turns ", "light ", "into ", "sugar. ", "Plants ", "need ", "water."];
      useModel("slow", () => streamingModel(tokens, { chunkDelayMs: 15 }));
      const client = await student();
      const { streamUrl, page } = await send(client, "What is photosynthesis?", "slow");
      expect(page).toContain("What is photosynthesis?");
      expect(streamUrl).toMatch(/^\/chat\/stream\/[0-9a-f-]{36}\?after=\d+$/);
      const { events } = await readSse(await client.request(streamUrl!), { until: (e) => e.data.includes("<hx-partial") });
      const deltas = events.filter((e) => !e.data.includes("<hx-partial"));
      expect(deltas.length).toBeGreaterThanOrEqual(2);
      expect(deltas.map((e) => Number(e.id))).toEqual([...deltas.map((e) => Number(e.id))].sort((a, b) => a - b));
      expect(deltaText(events)).toBe(tokens.join(""));
      const final = events.at(-1)!.data;
      expect(final).toContain('hx-target="#msg-');
      expect(final).toContain("Photosynthesis turns light into sugar.");
      expect(final).not.toContain("hx-sse:connect");
    });

    test("a reconnect with Last-Event-ID gets exactly the missing text, once", async () => {
      const tokens = Array.from({ length: 12 }, (_, i) => `w${i}. `);
      useModel("slow", () => streamingModel(tokens, { chunkDelayMs: 25 }));
      const client = await student();
      const { streamUrl } = await send(client, "Count for me", "slow");
      // From the start (the page may already show some text; this reader wants all of it).
      const first = await readSse(await client.request(streamUrl!.replace(/after=\d+/, "after=0")), { maxEvents: 2 });
      const lastId = first.events.at(-1)!.id!;
      const rest = await readSse(await client.request(streamUrl!.replace(/after=\d+/, "after=0"), { headers: { "Last-Event-ID": lastId } }), {
        until: (e) => e.data.includes("<hx-partial"),
      });
      expect(deltaText(first.events) + deltaText(rest.events)).toBe(tokens.join(""));
    });

    test("a reload mid-answer shows the text so far and resumes after it", async () => {
      const tokens = Array.from({ length: 16 }, (_, i) => `Step ${i}. `);
      useModel("slow", () => streamingModel(tokens, { chunkDelayMs: 25 }));
      const client = await student();
      const { location } = await send(client, "Give me steps", "slow");
      await Bun.sleep(150);
      const reloaded = await (await client.request(location)).text();
      const shown = reloaded.match(/class="msg-body stream-text"[^>]*>([^<]*)</)?.[1] ?? "";
      const url = reloaded.match(/hx-sse:connect="(\/chat\/stream\/[^"]+)"/)![1]!.replaceAll("&amp;", "&");
      const rest = await readSse(await client.request(url), { until: (e) => e.data.includes("<hx-partial") });
      expect(shown.length).toBeGreaterThan(0);
      expect(shown + deltaText(rest.events)).toBe(tokens.join(""));
    });

    test("the answer is finished and saved even when nobody watches", async () => {
      useModel("slow", () => streamingModel(["Saved ", "without ", "a ", "reader."], { chunkDelayMs: 10 }));
      const client = await student();
      const { location } = await send(client, "Anyone there?", "slow");
      await waitForText(client, location, "<p>Saved without a reader.</p>");
      const [saved] = await database.db.select().from(messages).where(eq(messages.content, "Saved without a reader."));
      expect(saved).toMatchObject({ status: "complete", tokensIn: 12, tokensOut: 4, finishReason: "stop" });
      expect(saved!.costMicros).toBe(Math.round((12 * 1_000_000 + 4 * 2_000_000) / 1_000_000));
      expect(saved!.ttftMs).not.toBeNull();
      expect(saved!.durationMs).not.toBeNull();
    });

    test("stop aborts the provider call and keeps the partial answer, marked stopped", async () => {
      const tokens = Array.from({ length: 100 }, (_, i) => `t${i}. `);
      useModel("slow", () => streamingModel(tokens, { chunkDelayMs: 20 }));
      const client = await student();
      const { streamUrl, location } = await send(client, "Talk for a long time", "slow");
      const jobId = streamUrl!.split("/").at(-1)!.split("?")[0]!;
      const reading = readSse(await client.request(streamUrl!), { until: (e) => e.data.includes("<hx-partial") });
      await Bun.sleep(120);
      const stop = await client.request(`/chat/jobs/${jobId}/stop`, { method: "POST", htmx: true });
      expect(stop.status).toBe(204);
      const { events } = await reading;
      expect(lastSignals.at(-1)?.aborted).toBe(true);
      expect(events.at(-1)!.data).toContain("Stopped");
      const [job] = await database.db.select().from(aiStreamingJobs).where(eq(aiStreamingJobs.id, jobId));
      expect(job!.status).toBe("stopped");
      const page = await (await client.request(location)).text();
      expect(page).toContain("t0. t1.");
      expect(page).not.toContain("t99.");
    });

    test("an error mid-stream keeps the partial answer with a readable message and a retry button", async () => {
      useModel("broken", () => streamingModel(["The first ", "half of ", "an answer "], { chunkDelayMs: 5, error: new Error("socket hang up") }));
      const client = await student();
      const { streamUrl } = await send(client, "Tell me a story", "broken");
      const { events } = await readSse(await client.request(streamUrl!), { until: (e) => e.data.includes("<hx-partial") });
      const final = events.at(-1)!.data;
      expect(final).toContain("The first half of an answer");
      expect(final).toContain("could not be completed");
      expect(final).toContain("connection to the AI provider was lost");
      expect(final).toContain(">Retry<");
    });

    test("regenerate keeps the earlier answer as a version to switch back to", async () => {
      useModel("slow", () => streamingModel(["First ", "answer."], { chunkDelayMs: 2 }));
      const client = await student();
      const { location, conversationId } = await send(client, "Say something", "slow");
      await waitForText(client, location, "First answer.");
      const firstId = (await (await client.request(location)).text()).match(/id="msg-([0-9a-f-]{36})" aria-label="Answer"/)![1]!;
      useModel("slow", () => streamingModel(["Second ", "answer."], { chunkDelayMs: 2 }));
      const regen = await client.request(`/chat/c/${conversationId}/messages/${firstId}/regenerate`, { method: "POST", htmx: true });
      expect(regen.status).toBe(200);
      const page = await waitForText(client, location, "Second answer.");
      expect(page).toContain("2 / 2");
      expect(page).not.toContain("First answer.");
      await client.request(`/chat/c/${conversationId}/switch`, { form: { messageId: firstId } });
      const back = await (await client.request(location)).text();
      expect(back).toContain("First answer.");
      expect(back).toContain("1 / 2");
    });

    test("a follow-up question sends the model the branch on screen, not the other versions", async () => {
      useModel("slow", () => streamingModel(["Paris."], { chunkDelayMs: 2 }));
      const client = await student();
      const { location, conversationId } = await send(client, "Capital of France?", "slow");
      await waitForText(client, location, "Paris.");
      const firstId = (await (await client.request(location)).text()).match(/id="msg-([0-9a-f-]{36})" aria-label="Answer"/)![1]!;
      useModel("slow", () => streamingModel(["It is Paris."], { chunkDelayMs: 2 }));
      await client.request(`/chat/c/${conversationId}/messages/${firstId}/regenerate`, { method: "POST", htmx: true });
      await waitForText(client, location, "It is Paris.");
      let followUp: ReturnType<typeof streamingModel>["model"] | undefined;
      useModel("slow", () => {
        const made = streamingModel(["About two million."], { chunkDelayMs: 2 });
        followUp = made.model;
        return made;
      });
      const sent = await client.request(`/chat/c/${conversationId}/messages`, { form: { content: "And its population?", modelId: models.slow!.id }, htmx: true });
      expect(sent.status).toBe(200);
      await waitForText(client, location, "About two million.");
      const prompt = followUp!.doStreamCalls[0]!.prompt.map((m) => `${m.role}: ${typeof m.content === "string" ? m.content : m.content.map((p) => ("text" in p ? p.text : "")).join("")}`);
      expect(prompt.filter((line) => !line.startsWith("system:"))).toEqual(["user: Capital of France?", "assistant: It is Paris.", "user: And its population?"]);
    });

    test("editing a question sends it again; the original stays as a version", async () => {
      useModel("slow", () => streamingModel(["Reply ", "one."], { chunkDelayMs: 2 }));
      const client = await student();
      const { location, conversationId } = await send(client, "Original question", "slow");
      await waitForText(client, location, "Reply one.");
      const userId = (await (await client.request(location)).text()).match(/id="msg-([0-9a-f-]{36})" aria-label="Question"/)![1]!;
      useModel("slow", () => streamingModel(["Reply ", "two."], { chunkDelayMs: 2 }));
      const edited = await client.request(`/chat/c/${conversationId}/messages/${userId}/edit`, { form: { content: "Edited question" }, htmx: true });
      expect(edited.status).toBe(200);
      const page = await waitForText(client, location, "Reply two.");
      const thread = page.slice(page.indexOf('id="thread"'), page.indexOf('id="composer"'));
      expect(thread).toContain("Edited question");
      expect(thread).not.toContain("Original question");
      expect(thread).not.toContain("Reply one.");
      expect(thread).toContain("2 / 2");
    });

    test("HTML in a question or an answer is shown as text; markdown HTML is sanitized", async () => {
      useModel("html", () => streamingModel(["<script>alert('x')</script> and ", "**bold** <img src=x onerror=alert(1)>"], { chunkDelayMs: 5 }));
      const client = await student();
      const { streamUrl, location } = await send(client, "<b>Hi</b><script>alert(1)</script>", "html");
      const { raw } = await readSse(await client.request(streamUrl!), { until: (e) => e.data.includes("<hx-partial") });
      expect(raw).not.toContain("<script>");
      expect(raw).not.toContain("<img");
      expect(raw).toContain("&lt;script&gt;");
      const page = await (await client.request(location)).text();
      // As the browser parses it: no script but the app's own files, no image at all.
      const found = { inlineScripts: 0, images: 0, bold: 0 };
      await new HTMLRewriter()
        .on("script", { element: (e) => void (e.getAttribute("src") ? 0 : found.inlineScripts++) })
        .on("img", { element: (e) => void (e.getAttribute("src")?.startsWith("/static/") ? 0 : found.images++) })
        .on(".markdown strong", { element: () => void found.bold++ })
        .transform(new Response(page))
        .text();
      expect(found).toEqual({ inlineScripts: 0, images: 0, bold: 1 });
      expect(page).toContain("&lt;b&gt;Hi&lt;/b&gt;&lt;script&gt;");
    });

    test("usage is summed per user per day", async () => {
      useModel("slow", () => streamingModel(["a ", "b ", "c."], { chunkDelayMs: 2 }));
      const client = await student("usage@school.org");
      const first = await send(client, "one", "slow");
      await waitForText(client, first.location, "a b c.");
      const second = await send(client, "two", "slow");
      await waitForText(client, second.location, "a b c.");
      // The page shows the text as it streams; usage is written when the answer is saved, a moment later.
      let mine: (typeof usageDaily.$inferSelect)[] = [];
      for (let i = 0; i < 400 && !mine.length; i++) {
        mine = (await database.db.select().from(usageDaily)).filter((r) => r.requests >= 2 && r.tokensOut === 6);
        if (!mine.length) await Bun.sleep(25);
      }
      expect(mine).toHaveLength(1);
      expect(mine[0]!.tokensIn).toBe(24);
    });

    test("bad input: empty or over-long messages, a forbidden model, someone else's conversation", async () => {
      const client = await student();
      const empty = await client.request("/chat/messages", { form: { content: "   ", modelId: models.slow!.id }, htmx: true });
      expect(empty.status).toBe(422);
      expect(empty.headers.get("hx-retarget")).toBe("#composer");
      expect(await empty.text()).toContain("Type a message first.");
      const long = await client.request("/chat/messages", { form: { content: "x".repeat(32_001), modelId: models.slow!.id }, htmx: true });
      expect(long.status).toBe(422);
      expect(await long.text()).toContain("at most 32,000 characters");

      const forbidden = await client.request("/chat/messages", { form: { content: "hi", modelId: models["staff-only"]!.id } });
      expect(forbidden.status).toBe(403);

      useModel("slow", () => streamingModel(["mine, ", "and mine alone."], { chunkDelayMs: 200 }));
      const { location, streamUrl } = await send(client, "private", "slow");
      const other = await student();
      expect((await other.request(location)).status).toBe(404);
      expect((await other.request(streamUrl!)).status).toBe(404);
      const missing = await other.request(`/chat/c/${crypto.randomUUID()}`);
      expect(missing.status).toBe(404);
    });

    async function waitForText(client: TestClient, location: string, text: string): Promise<string> {
      let page = "";
      // Polls until the answer is saved (a generous bound: CI machines are busy).
      for (let i = 0; i < 400 && !page.includes(text); i++) {
        await Bun.sleep(25);
        page = await (await client.request(location)).text();
      }
      expect(page).toContain(text);
      return page;
    }
  });
}
