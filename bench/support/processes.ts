// Child processes of the benchmark: Bun scripts run from the repository root,
// their stdout read line by line, and the app's health waited for.
import { join } from "node:path";

export type Child = Bun.Subprocess<"ignore", "pipe" | number, "inherit" | number>;

const root = join(import.meta.dir, "..", "..");

// Variables that would point a child at the wrong database or port.
const scrubbed = ["DATABASE_URL", "DATABASE_PASSWORD", "DATA_DIR", "PORT", "HOST", "PUBLIC_URL", "TEST_DATABASE_URL"];

export function spawnBun(args: string[], opts: { env: Record<string, string>; logFile?: string }): Child {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !scrubbed.includes(k)) env[k] = v;
  const log = opts.logFile ? Bun.file(opts.logFile) : undefined;
  return Bun.spawn(["bun", ...args], {
    cwd: root,
    env: { ...env, ...opts.env },
    stdin: "ignore",
    stdout: log ?? "pipe",
    stderr: log ?? "inherit",
  }) as Child;
}

export async function* linesOf(child: Child): AsyncGenerator<string> {
  if (typeof child.stdout === "number" || !child.stdout) return;
  const decoder = new TextDecoder();
  let buffer = "";
  for await (const chunk of child.stdout) {
    buffer += decoder.decode(chunk, { stream: true });
    let nl: number;
    while ((nl = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, nl).trim();
      buffer = buffer.slice(nl + 1);
      if (line) yield line;
    }
  }
}

export async function freePort(): Promise<number> {
  const probe = Bun.serve({ port: 0, hostname: "127.0.0.1", fetch: () => new Response() });
  const port = probe.port!;
  await probe.stop(true);
  return port;
}

export async function waitForHealth(url: string, child: Child, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited with code ${child.exitCode} before it was ready`);
    const ok = await fetch(`${url}/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await Bun.sleep(200);
  }
  throw new Error(`the app did not answer ${url}/health within ${timeoutMs / 1000} s`);
}
