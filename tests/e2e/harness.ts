// Browser tests: the real app on a real port, driven by Debian's Chromium
// through playwright-core.
import { chromium, type Browser, type Page } from "playwright-core";
import { createApp } from "../../src/app.ts";
import type { Database } from "../../src/platform/db/client.ts";
import { openTestDatabase } from "../../src/platform/db/test-db.ts";
import { buildTestApp, type TestAppOptions } from "../support/test-app.ts";

export const chromiumFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export interface E2E {
  base: string;
  browser: Browser;
  database: Database;
  deps: Awaited<ReturnType<typeof buildTestApp>>["deps"];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function startE2E(opts: TestAppOptions = {}): Promise<E2E> {
  const database = await openTestDatabase();
  // The port must be known before the config (PUBLIC_URL decides the origin CSRF accepts).
  const probe = Bun.serve({ port: 0, hostname: "127.0.0.1", fetch: () => new Response() });
  const port = probe.port!;
  probe.stop(true);
  const base = `http://127.0.0.1:${port}`;
  const built = await buildTestApp(database, { ...opts, env: { PUBLIC_URL: base, ...opts.env } });
  const app = createApp(built.deps);
  const server = Bun.serve({ port, hostname: "127.0.0.1", fetch: (r) => app.handle(r), idleTimeout: 60 });
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumFlags });
  return {
    base,
    browser,
    database,
    deps: built.deps,
    async newPage() {
      const context = await browser.newContext({ baseURL: base });
      return context.newPage();
    },
    async close() {
      await browser.close();
      await built.stop();
      await server.stop(true);
      await database.close();
    },
  };
}

export async function devSignIn(page: Page, email: string, role: string): Promise<void> {
  await page.goto("/auth/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Role").selectOption(role);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/auth/"));
}
