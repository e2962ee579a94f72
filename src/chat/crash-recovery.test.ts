// The app dies in the middle of an answer (SIGKILL: no goodbye). After a
// restart the answer is marked interrupted and keeps its text, losing at most
// about a second of it.
import { afterAll, describe, expect, test } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { offlineAnswer } from "../ai/offline-model.ts";
import { renderMarkdown } from "./markdown.ts";
import { startApp } from "../../tests/support/app-process.ts";
import { TestClient } from "../../tests/support/client.ts";
import { deltaText, readSse } from "../../tests/support/sse-client.ts";

const dataDir = mkdtempSync(join(tmpdir(), "atelier-crash-"));
const env = { DATA_DIR: dataDir, LOG_LEVEL: "warn", STREAM_FLUSH_MS: "500" };

describe("a crash in the middle of an answer", () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  test("after a restart the answer is interrupted, keeps its text, and lost at most about a second", async () => {
    const first = await startApp(env);
    const client = new TestClient({ handle: first.handle });
    await client.signIn("crash@school.org", "teacher");
    const modelId = (await (await client.request("/chat")).text()).match(/<option value="([0-9a-f-]{36})"/)![1]!;
    const question = "Explain how glaciers shape valleys and what moraines are, with examples from the Alps";
    const sent = await client.request("/chat/messages", { form: { content: question, modelId } });
    const location = sent.headers.get("location")!;
    const page = await (await client.request(location)).text();
    const url = page.match(/hx-sse:connect="(\/chat\/stream\/[^"]+)"/)![1]!.replaceAll("&amp;", "&");

    // Read for a while, noting how much text had arrived when.
    const seen: { at: number; length: number }[] = [];
    const { events } = await readSse(await client.request(url), {
      until: (e) => {
        seen.push({ at: e.at, length: deltaText([e]).length + (seen.at(-1)?.length ?? 0) });
        return (seen.at(-1)?.length ?? 0) > 250;
      },
    });
    const killedAt = performance.now();
    await first.stop("SIGKILL");
    const received = deltaText(events);

    const second = await startApp(env, { port: first.port });
    try {
      const after = await (await new TestClient({ handle: second.handle, }).request("/health")).json();
      expect(after).toEqual({ status: "ok", db: "ok" });
      const again = new TestClient({ handle: second.handle });
      for (const [k, v] of client.cookies) again.cookies.set(k, v);
      const reloaded = await (await again.request(location)).text();
      expect(reloaded).toContain("status-interrupted");
      expect(reloaded).toContain("The server restarted while this answer was being written");
      // The saved text is what the model wrote, up to a point no earlier than about a second before the crash.
      // Compared as plain words: the page shows the markdown rendered.
      const words = (text: string) => text.replace(/<[^>]+>/g, " ").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
      const saved = words(reloaded.match(/<div class="msg-body markdown">([\s\S]*?)<\/div>/)![1]!);
      // What was saved is the model's own text, from its start...
      expect(saved.length).toBeGreaterThan(0);
      const savedWords = saved.split(" ");
      expect(words(renderMarkdown(offlineAnswer(question))).startsWith(savedWords.slice(0, -1).join(" "))).toBe(true);
      // ...and reaches at least as far as what had arrived a second (plus margin) before the crash.
      const mustHave = [...seen].reverse().find((s) => s.at <= killedAt - 1_200)?.length ?? 0;
      expect(saved.length).toBeGreaterThanOrEqual(words(received.slice(0, mustHave)).length);
    } finally {
      await second.stop();
    }
  }, 60_000);
});
