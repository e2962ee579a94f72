// The real entry point, as a newcomer runs it: a process, a port, a data directory.
import { afterAll, describe, expect, test } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cleanEnv, startApp } from "../tests/support/app-process.ts";

const main = join(import.meta.dir, "main.ts");

async function run(env: Record<string, string>) {
  const proc = Bun.spawn(["bun", main], { env: { ...cleanEnv, ...env }, stdout: "pipe", stderr: "pipe" });
  const code = await proc.exited;
  return { code, stderr: await new Response(proc.stderr).text() };
}

describe("bun run start", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "atelier-main-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  test("serves /health on its embedded defaults with no service and no key", async () => {
    const app = await startApp({ DATA_DIR: dataDir });
    try {
      const res = await fetch(`${app.base}/health`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: "ok", db: "ok" });
    } finally {
      await app.stop();
    }
    // Starting takes a second or two; a busy CI machine may need more (not a speed check).
  }, 30_000);

  test("a bad setting stops it with a message naming the variable", async () => {
    const { code, stderr } = await run({ PORT: "http", DATA_DIR: dataDir });
    expect(code).not.toBe(0);
    expect(stderr).toContain('PORT must be a whole number from 1 to 65535, got "http"');
  }, 30_000);

  test("an unreachable server database stops it with a clear error, password hidden", async () => {
    const { code, stderr } = await run({ DATABASE_URL: "postgres://app:hunter2@127.0.0.1:9/atelier", DATABASE_CONNECT_TIMEOUT_S: "2" });
    expect(code).not.toBe(0);
    expect(stderr).toContain("Cannot reach the database at 127.0.0.1:9/atelier");
    expect(stderr).not.toContain("hunter2");
  }, 30_000);
});
