// `bun run roster:import` as a data manager runs it: a process, a folder, the
// configured database (embedded PGlite in a temporary DATA_DIR, or PostgreSQL).
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPostgresTestDatabase, testDbKinds } from "../platform/db/test-db.ts";
import { generateRosterBundle, writeBundleFolder } from "./sample.ts";

const root = join(import.meta.dir, "../..");
const cleanEnv = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" };
// Each run starts Bun and opens the database; a busy machine needs more than the default 5 s.
const PROCESS_TIMEOUT = 60_000;

for (const kind of testDbKinds()) {
  describe(`bun run roster:import on ${kind}`, () => {
    const tmp = mkdtempSync(join(tmpdir(), "atelier-roster-cli-"));
    const files = generateRosterBundle({ schools: 3, classes: 50, users: 1000, seed: 11 });
    const good = writeBundleFolder(join(tmp, "lakeside"), files);
    // The same export, but users.csv saved from a Latin-1 spreadsheet ("Zoë" is one byte, 0xEB).
    const latin1 = Uint8Array.from([...files["users.csv"]].map((c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 63)));
    const broken = writeBundleFolder(join(tmp, "lakeside-latin1"), { ...files, "users.csv": latin1 });
    let env: Record<string, string> = { ...cleanEnv, DATA_DIR: join(tmp, "data") };
    let drop = async () => {};

    beforeAll(async () => {
      if (kind === "postgres") {
        const created = await createPostgresTestDatabase();
        env = { ...cleanEnv, DATABASE_URL: created.url };
        drop = created.drop;
      }
    });
    afterAll(async () => {
      await drop();
      rmSync(tmp, { recursive: true, force: true });
    });

    async function run(...args: string[]) {
      const proc = Bun.spawn(["bun", "run", "roster:import", ...args], { cwd: root, env, stdout: "pipe", stderr: "pipe" });
      const [code, stdout, stderr] = await Promise.all([proc.exited, new Response(proc.stdout).text(), new Response(proc.stderr).text()]);
      return { code, stdout, stderr };
    }

    test("a broken bundle exits non-zero, says why, and imports nothing", async () => {
      const { code, stdout } = await run(broken);
      expect(code).toBe(1);
      expect(stdout).toContain("lakeside-latin1: Nothing was imported.");
      expect(stdout).toMatch(/users\.csv is not UTF-8 text: line \d+ holds the byte 0x[0-9A-F]{2}/);
    }, PROCESS_TIMEOUT);

    test("a generated district imports with a summary table and exits 0 (so nothing came from the broken run)", async () => {
      const { code, stdout, stderr } = await run(good);
      expect(stderr).not.toContain("error");
      expect(code).toBe(0);
      expect(stdout).toContain("lakeside: Imported.");
      expect(stdout).toMatch(/People\s+1000\s+0\s+0\s+0/);
      expect(stdout).toMatch(/Classes\s+50\s+0\s+0\s+0/);
      expect(stdout).toMatch(/Schools\s+3\s+0\s+0\s+0/);
    }, PROCESS_TIMEOUT);

    test("--allow-partial imports the rest, lists the rejected row and exits 2", async () => {
      const partial = writeBundleFolder(join(tmp, "lakeside-dangling"), {
        ...files,
        "enrollments.csv": files["enrollments.csv"] + "enr-999999,,2026-08-20T08:00:00.000Z,cls-9999,sch-001,usr-00010,student,false,,\r\n",
      });
      const strict = await run(partial);
      expect(strict.code).toBe(1);
      expect(strict.stdout).toContain("--allow-partial");
      const { code, stdout } = await run(partial, "--allow-partial");
      expect(code).toBe(2);
      expect(stdout).toContain("Imported, except the rejected rows below.");
      expect(stdout).toMatch(/enrollments\.csv line \d+ \[enr-999999\]: class cls-9999 is neither in classes\.csv nor in Atelier/);
      expect(stdout).toMatch(/People\s+0\s+0\s+1000\s+0/);
    }, PROCESS_TIMEOUT);

    test("a wrong argument prints the usage", async () => {
      const { code, stderr } = await run();
      expect(code).toBe(1);
      expect(stderr).toContain("Usage: bun run roster:import PATH");
    }, PROCESS_TIMEOUT);
  });
}
