// axe-core in Chromium on the main pages: landmarks, labels, contrast,
// names. (The test page bypasses the CSP only to inject axe itself.)
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { devSignIn, startE2E, type E2E } from "./harness.ts";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa", "best-practice"] } });
  });
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe("accessibility of the main pages", () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  }, 30_000);
  afterAll(() => e2e.close());

  test("home, sign-in, chat, account and admin pages have no axe violations", async () => {
    const context = await e2e.browser.newContext({ baseURL: e2e.base, bypassCSP: true });
    const page = await context.newPage();
    const found: Record<string, string[]> = {};
    for (const path of ["/", "/auth/sign-in"]) {
      await page.goto(path);
      found[path] = await violations(page);
    }
    await devSignIn(page, "axe.admin@school.org", "administrator");
    await page.goto("/chat");
    await page.getByLabel("Your message").fill("Hello there");
    await page.getByLabel("Your message").press("Enter");
    await page.waitForURL(/\/chat\/c\//);
    await page.locator(".msg-assistant:not(.is-streaming)").waitFor({ timeout: 15_000 });
    for (const path of [new URL(page.url()).pathname, "/account", "/admin", "/admin/users", "/admin/roles", "/admin/models", "/admin/settings", "/admin/audit"]) {
      await page.goto(path);
      found[path] = await violations(page);
    }
    const problems = Object.entries(found).filter(([, v]) => v.length);
    expect(problems).toEqual([]);
  }, 60_000);

  test("the sign-in form works with the keyboard alone, with a visible focus", async () => {
    const page = await e2e.newPage();
    await page.goto("/auth/sign-in");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain("Skip to main content");
    await page.keyboard.press("Enter");
    const focusOutline = async () => page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    await page.locator("#email").focus();
    expect(await focusOutline()).not.toBe("none");
    await page.keyboard.type("keys@school.org");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => !url.pathname.startsWith("/auth/"));
    expect(await page.locator(".who-name").innerText()).toBe("keys@school.org");
  }, 30_000);
});
