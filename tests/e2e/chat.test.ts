// In Chromium: sign in, send a message, watch the answer grow, reload in the
// middle and see it finish, stop another answer.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import type { Page } from "playwright-core";
import { offlineAnswer } from "../../src/ai/offline-model.ts";
import { devSignIn, startE2E, type E2E } from "./harness.ts";

async function ask(page: Page, question: string) {
  await page.getByLabel("Your message").fill(question);
  await page.getByLabel("Your message").press("Enter");
}

/** Lengths of the streaming answer's text, sampled until it is replaced by the finished message. */
async function watchGrowth(page: Page): Promise<number[]> {
  await page.locator(".is-streaming").first().waitFor();
  return page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const seen: number[] = [];
        const tick = () => {
          const el = document.querySelector(".is-streaming .stream-text");
          if (!el) return resolve(seen);
          const n = el.textContent?.length ?? 0;
          if (seen.at(-1) !== n) seen.push(n);
          setTimeout(tick, 20);
        };
        tick();
      }),
  );
}

describe("chat in the browser", () => {
  let e2e: E2E;
  beforeAll(async () => {
    // The offline model at a human pace, so growth is visible.
    e2e = await startE2E({ providers: { offline: { firstTokenMs: 200, tokenMs: 45 } } });
  }, 30_000);
  afterAll(() => e2e.close());

  test("the answer grows in several visible steps, then shows as formatted text", async () => {
    const page = await e2e.newPage();
    await devSignIn(page, "grow@school.org", "student");
    await page.goto("/chat");
    expect(await page.locator(".composer .badge").innerText()).toBe("Offline demo model");
    await ask(page, "How do volcanoes form?");
    await page.waitForURL(/\/chat\/c\//);
    const lengths = await watchGrowth(page);
    expect(lengths.filter((n) => n > 0).length).toBeGreaterThanOrEqual(3);
    const answer = page.locator(".msg-assistant").last();
    await expect(answer.locator("h2").innerText()).resolves.toContain("Volcanoes");
    expect(await answer.locator(".badge").innerText()).toBe("Offline demo model");
    expect(await page.locator(".conv.active a").innerText()).toBe("How do volcanoes form?");
  }, 30_000);

  test("a reload in the middle of an answer shows it and lets it finish", async () => {
    const page = await e2e.newPage();
    await devSignIn(page, "reload@school.org", "student");
    await page.goto("/chat");
    await ask(page, "Explain the water cycle for my science class");
    await page.waitForURL(/\/chat\/c\//);
    await page.waitForFunction(() => (document.querySelector(".is-streaming .stream-text")?.textContent?.length ?? 0) > 40);
    await page.reload();
    const partial = await page.locator(".is-streaming .stream-text").innerText();
    expect(partial.length).toBeGreaterThan(0);
    await page.locator(".msg-assistant:not(.is-streaming) h2").waitFor({ timeout: 20_000 });
    const finished = await page.locator(".msg-assistant .markdown").innerText();
    expect(finished).toContain("offline demo model");
    // Nothing was lost or shown twice: the finished answer is the model's exact text.
    const expected = offlineAnswer("Explain the water cycle for my science class");
    expect(finished).toContain(expected.split("\n")[2]!.replace(/\*/g, ""));
    expect(await page.locator(".msg-assistant h2").count()).toBe(1);
  }, 30_000);

  test("stop keeps what was written and says it was stopped", async () => {
    const page = await e2e.newPage();
    await devSignIn(page, "stop@school.org", "student");
    await page.goto("/chat");
    await ask(page, "Write a long essay about the history of mathematics and algebra");
    await page.waitForURL(/\/chat\/c\//);
    await page.waitForFunction(() => (document.querySelector(".is-streaming .stream-text")?.textContent?.length ?? 0) > 20);
    await page.getByRole("button", { name: "Stop" }).click();
    await page.getByText("Stopped: the answer was cut short on purpose.").waitFor();
    expect((await page.locator(".msg-assistant .markdown").innerText()).length).toBeGreaterThan(10);
    expect(await page.locator(".is-streaming").count()).toBe(0);
  }, 30_000);
});
