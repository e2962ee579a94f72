import { describe, expect, test } from "bun:test";
import { Elysia, t } from "elysia";
import { AppError } from "./errors.ts";
import { httpPlatform } from "./http.tsx";
import { createLogger } from "./logger.ts";

const lines: string[] = [];
const logger = createLogger({ level: "debug", write: (l) => lines.push(l) });

// A small app on the real platform plugin, with routes that fail in each way.
const app = new Elysia()
  .use(httpPlatform({ logger, maxBodyBytes: 2048, bodyLimits: [{ prefix: "/upload", bytes: 8192 }], trustProxy: true, publicUrl: "http://localhost:3000" }))
  .post("/form", ({ body }) => `hello ${body.name}`, { body: t.Object({ name: t.String({ minLength: 1 }), age: t.Numeric() }) })
  .post("/api/items", ({ body }) => body, { body: t.Object({ title: t.String({ minLength: 1 }) }) })
  .post("/upload", () => "stored")
  .get("/forbidden", () => {
    throw new AppError("forbidden", "Only administrators may open this.");
  })
  .get("/boom", () => {
    throw new Error("secret internal detail: password=hunter2");
  });

const req = (path: string, init: RequestInit = {}) => app.handle(new Request(`http://localhost${path}`, init));

describe("http platform", () => {
  test("every response carries a request id, and an incoming one is echoed", async () => {
    const fresh = await req("/forbidden");
    expect(fresh.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const echoed = await req("/forbidden", { headers: { "X-Request-Id": "alb-trace-0001" } });
    expect(echoed.headers.get("x-request-id")).toBe("alb-trace-0001");
    const junk = await req("/forbidden", { headers: { "X-Request-Id": "<script>" } });
    expect(junk.headers.get("x-request-id")).not.toBe("<script>");
  });

  test("security headers: strict CSP, no framing, nosniff, referrer policy", async () => {
    const res = await req("/forbidden");
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(res.headers.get("strict-transport-security")).toBeNull();
  });

  test("HSTS is sent behind an https load balancer", async () => {
    const res = await req("/forbidden", { headers: { "X-Forwarded-Proto": "https" } });
    expect(res.headers.get("strict-transport-security")).toContain("max-age=");
  });

  test("an AppError is a page for a browser, a fragment for htmx, JSON for the API", async () => {
    const page = await req("/forbidden");
    expect(page.status).toBe(403);
    const pageHtml = await page.text();
    expect(pageHtml).toStartWith("<!doctype html>");
    expect(pageHtml).toContain("Only administrators may open this.");

    const fragment = await req("/forbidden", { headers: { "HX-Request": "true" } });
    expect(fragment.status).toBe(403);
    const fragmentHtml = await fragment.text();
    expect(fragmentHtml).not.toContain("<html");
    expect(fragmentHtml).toContain('role="alert"');
    expect(fragment.headers.get("hx-retarget")).toBe("#flash");

    const api = await req("/api/items", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
    expect(api.status).toBe(422);
    const json = (await api.json()) as { error: { code: string; fields: Record<string, string> } };
    expect(json.error.code).toBe("validation");
    expect(Object.keys(json.error.fields)).toContain("title");
  });

  test("a malformed form names the field (422)", async () => {
    const res = await req("/form", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "name=Ada&age=old" });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("age");
  });

  test("malformed JSON is a 400", async () => {
    const res = await req("/api/items", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{not json" });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("bad_request");
  });

  test("an oversized body is a 413, with a larger limit where uploads go", async () => {
    // As on the wire: clients send Content-Length (Bun.serve's own ceiling stops chunked bodies).
    const post = (path: string, body: string, type = "application/json") =>
      req(path, { method: "POST", headers: { "Content-Type": type, "Content-Length": String(body.length) }, body });
    const big = "x".repeat(4096);
    const res = await post("/api/items", JSON.stringify({ title: big }));
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain("limit here is 2048 bytes");
    expect((await post("/upload", big, "text/plain")).status).toBe(200);
    expect((await post("/upload", big + big + big, "text/plain")).status).toBe(413);
  });

  test("an unexpected error shows a friendly message, never the internals, and is logged", async () => {
    lines.length = 0;
    const res = await req("/boom");
    expect(res.status).toBe(500);
    const body = await res.text();
    expect(body).toContain("Something went wrong on our side");
    expect(body).not.toContain("hunter2");
    expect(lines.some((l) => l.includes('"level":"error"') && l.includes("secret internal detail"))).toBe(true);
  });

  test("each request is logged as one JSON line with its id and status", async () => {
    lines.length = 0;
    const res = await req("/forbidden", { headers: { "X-Request-Id": "trace-log-test" } });
    await res.text();
    await Bun.sleep(5);
    const entry = lines.map((l) => JSON.parse(l)).find((e) => e.msg === "request" && e.requestId === "trace-log-test");
    expect(entry).toMatchObject({ method: "GET", path: "/forbidden", status: 403 });
  });
});
