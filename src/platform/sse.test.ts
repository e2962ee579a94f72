import { describe, expect, test } from "bun:test";
import { formatSse, sseResponse } from "./sse.ts";

describe("server-sent events", () => {
  test("multi-line data becomes several data lines", () => {
    expect(formatSse({ id: 3, data: "<p>a</p>\n<p>b</p>" })).toBe("id: 3\ndata: <p>a</p>\ndata: <p>b</p>\n\n");
  });

  test("events arrive in order, with a heartbeat while the source is quiet", async () => {
    const res = sseResponse(
      async function* () {
        yield { id: 1, data: "one" };
        await Bun.sleep(60);
        yield { id: 2, event: "done", data: "two" };
      },
      { heartbeatMs: 20 },
    );
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const text = await res.text();
    expect(text.indexOf("id: 1\ndata: one")).toBeLessThan(text.indexOf("id: 2\nevent: done\ndata: two"));
    expect(text).toContain(": heartbeat");
  });

  test("a reader leaving aborts the source", async () => {
    let aborted = false;
    const res = sseResponse(async function* (signal) {
      signal.addEventListener("abort", () => (aborted = true));
      yield { data: "first" };
      await new Promise((r) => setTimeout(r, 5_000));
    });
    const reader = res.body!.getReader();
    await reader.read();
    await reader.cancel();
    expect(aborted).toBe(true);
  });
});
