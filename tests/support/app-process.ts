// The real entry point as a separate process, for tests that need one (a crash,
// two instances, `bun run start` itself). It listens on a port the kernel
// just handed out, so it cannot collide with another socket, and when it
// fails to come up the error carries what the app printed.
import { createServer } from "node:net";
import { join } from "node:path";

const main = join(import.meta.dir, "../../src/main.ts");

export const cleanEnv = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" };

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export type AppProcess = Awaited<ReturnType<typeof startApp>>;

/** Starts src/main.ts with only `env` (plus PATH and HOME) and waits for /health. */
export async function startApp(env: Record<string, string>, { port, waitMs = 25_000 }: { port?: number; waitMs?: number } = {}) {
  port ??= await freePort();
  const proc = Bun.spawn(["bun", main], { env: { ...cleanEnv, ...env, PORT: String(port) }, stdout: "ignore", stderr: "pipe" });
  // Drained all along: a full pipe would stall the app; the tail explains a failed start.
  let stderr = "";
  const drained = (async () => {
    const decoder = new TextDecoder();
    for await (const chunk of proc.stderr) stderr = (stderr + decoder.decode(chunk, { stream: true })).slice(-8_000);
  })();
  const base = `http://127.0.0.1:${port}`;
  const deadline = performance.now() + waitMs;
  let health: Response | undefined;
  while (!health?.ok && proc.exitCode === null && performance.now() < deadline) {
    health = await fetch(`${base}/health`).catch(() => undefined);
    if (!health?.ok) await Bun.sleep(100);
  }
  if (!health?.ok) {
    proc.kill();
    await proc.exited;
    await drained;
    throw new Error(`The app on port ${port} did not answer /health (exit code ${proc.exitCode}). It printed:\n${stderr}`);
  }
  return {
    proc,
    port,
    base,
    /** A TestClient handle that speaks to this process over real HTTP. */
    handle: (r: Request) => fetch(new Request(r.url.replace("http://localhost", base), r), { redirect: "manual" }),
    async stop(signal: "SIGTERM" | "SIGKILL" = "SIGTERM") {
      proc.kill(signal);
      await proc.exited;
    },
  };
}
