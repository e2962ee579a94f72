// A small Lambda Runtime API for tests: hands out queued invocations on
// /next (waiting while there are none) and records what the runtime posts.
export interface RuntimeApiServer {
  api: string;
  invoke(event: unknown, options?: { deadlineInMs?: number; traceId?: string }): Promise<{ path: string; body: any; errorType: string | null }>;
  initErrors: { body: any; errorType: string | null }[];
  stop(): void;
}

export function startRuntimeApiServer(): RuntimeApiServer {
  const pending: { id: string; event: unknown; deadlineMs: number; traceId: string }[] = [];
  const waiters: (() => void)[] = [];
  const results = new Map<string, (r: { path: string; body: any; errorType: string | null }) => void>();
  const initErrors: RuntimeApiServer["initErrors"] = [];
  const server = Bun.serve({
    port: 0,
    hostname: "127.0.0.1",
    idleTimeout: 0,
    async fetch(req) {
      const path = new URL(req.url).pathname;
      if (req.method === "GET" && path === "/2018-06-01/runtime/invocation/next") {
        while (!pending.length) await new Promise<void>((r) => waiters.push(r));
        const inv = pending.shift()!;
        return Response.json(inv.event, {
          headers: {
            "Lambda-Runtime-Aws-Request-Id": inv.id,
            "Lambda-Runtime-Deadline-Ms": String(inv.deadlineMs),
            "Lambda-Runtime-Trace-Id": inv.traceId,
            "Lambda-Runtime-Invoked-Function-Arn": "arn:aws:lambda:us-east-1:000000000000:function:atelier-file-processor",
          },
        });
      }
      const errorType = req.headers.get("Lambda-Runtime-Function-Error-Type");
      const body = await req.json();
      if (path === "/2018-06-01/runtime/init/error") {
        initErrors.push({ body, errorType });
        return Response.json({ status: "OK" }, { status: 202 });
      }
      const m = /^\/2018-06-01\/runtime\/invocation\/([^/]+)\/(response|error)$/.exec(path);
      if (m) {
        results.get(m[1]!)?.({ path: m[2]!, body, errorType });
        return Response.json({ status: "OK" }, { status: 202 });
      }
      return new Response("not found", { status: 404 });
    },
  });
  return {
    api: `127.0.0.1:${server.port}`,
    invoke(event, options = {}) {
      const id = crypto.randomUUID();
      const done = new Promise<{ path: string; body: any; errorType: string | null }>((r) => results.set(id, r));
      pending.push({ id, event, deadlineMs: Date.now() + (options.deadlineInMs ?? 30_000), traceId: options.traceId ?? `Root=1-${id.slice(0, 8)};Sampled=1` });
      waiters.splice(0).forEach((w) => w());
      return done;
    },
    initErrors,
    stop: () => server.stop(true),
  };
}
