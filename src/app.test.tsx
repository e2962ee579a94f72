import { describe, expect, test } from "bun:test";
import { openTestDatabase } from "./platform/db/test-db.ts";
import { buildTestApp, http, useTestApp } from "../tests/support/test-app.ts";

describe("the app on its embedded defaults", () => {
  const t = useTestApp({ settingsEnv: { DISTRICT_NAME: "<script>alert(1)</script> Unified" } });

  test("GET /health says ok while the database answers", async () => {
    const res = await t.app.handle(http("/health"));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", db: "ok" });
  });

  test("the home page is a complete, accessible document", async () => {
    const res = await t.app.handle(http("/"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    const html = await res.text();
    expect(html).toStartWith("<!doctype html>");
    for (const landmark of ['<html lang="en">', "<header", "<main", "<footer", 'class="skip-link" href="#main"']) {
      expect(html).toContain(landmark);
    }
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/); // no inline script anywhere
  });

  test("text from settings is escaped, never run", async () => {
    const html = await (await t.app.handle(http("/"))).text();
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; Unified");
    expect(html).not.toContain("<script>alert(1)</script>");
  });

  test("htmx and its SSE extension are served by the app, cacheable by version", async () => {
    const page = await (await t.app.handle(http("/"))).text();
    const src = page.match(/src="(\/static\/htmx\.js\?v=[0-9a-f]+)"/)![1]!;
    const res = await t.app.handle(http(src));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("javascript");
    expect(res.headers.get("cache-control")).toContain("immutable");
    expect(await res.text()).toContain("htmx");
    const sse = await t.app.handle(http("/static/hx-sse.js"));
    expect(await sse.text()).toContain("registerExtension");
    expect(sse.headers.get("cache-control")).toContain("must-revalidate");
  });

  test("only listed files are served: no path reaches the disk", async () => {
    expect((await t.app.handle(http("/static/..%2Fpackage.json"))).status).toBe(404);
    expect((await t.app.handle(http("/static/secrets.key"))).status).toBe(404);
  });

  test("an unknown address gets a 404 page", async () => {
    const res = await t.app.handle(http("/no/such/page"));
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain("Page not found");
    expect(html).toContain('href="/"');
  });

  test("when the database is gone, /health says 503", async () => {
    const db = await openTestDatabase();
    const { app: lonely, stop } = await buildTestApp(db);
    await stop();
    await db.close();
    const res = await lonely.handle(http("/health"));
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: "error", db: "down" });
  });
});
