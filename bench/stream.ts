// How much latency and memory the app adds to streamed chat answers, at 1,
// 100 and 1,000 streams at once. Three processes, each with its own event
// loop: a fake OpenAI-compatible upstream that keeps to a fixed token
// schedule (bench/support/upstream.ts), the app itself (`bun src/main.ts`),
// and a load generator that drives the browser's HTTP flow
// (bench/support/load.ts). See docs/performance.md for how to read the output.
//   bun run bench:stream -- [--streams 1000 ...] [--role teacher|student] [--db postgres|pglite]
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { LevelResult, LoadOptions } from "./support/load.ts";
import { createBenchDatabase, type BenchDatabase } from "./support/database.ts";
import { printResults } from "./support/report.ts";
import { freePort, linesOf, spawnBun, waitForHealth, type Child } from "./support/processes.ts";

function usage(problem: string): never {
  console.error(`${problem}\nusage: bun run bench:stream -- [--streams N ...] [--role teacher|student] [--db postgres|pglite] [--database-url URL]\n       [--first-token-ms 400] [--token-ms 40] [--tokens 300] [--rounds 2] [--profile DIR]`);
  process.exit(2);
}

function parse() {
  try {
    return parseArgs({
      args: Bun.argv.slice(2),
      options: {
        streams: { type: "string", multiple: true },
        role: { type: "string", default: "teacher" },
        db: { type: "string", default: "postgres" },
        "database-url": { type: "string", default: "postgres://postgres@127.0.0.1:5432/test" },
        "first-token-ms": { type: "string", default: "400" },
        "token-ms": { type: "string", default: "40" },
        tokens: { type: "string", default: "300" },
        rounds: { type: "string", default: "2" },
        /** Write the app's CPU profile (markdown too) into this folder. */
        profile: { type: "string" },
      },
    }).values;
  } catch (err) {
    return usage((err as Error).message);
  }
}

function positive(name: string, raw: string | undefined): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) usage(`--${name} must be a whole number of at least 1 (got "${raw}")`);
  return n;
}

const values = parse();
const levels = (values.streams ?? ["1", "100", "1000"]).flatMap((s) => s.split(",")).map((s) => positive("streams", s));
if (!["teacher", "student"].includes(values.role!)) usage(`--role must be teacher or student (got "${values.role}")`);
if (!["pglite", "postgres"].includes(values.db!)) usage(`--db must be postgres or pglite (got "${values.db}")`);
const timing = {
  firstTokenMs: positive("first-token-ms", values["first-token-ms"]),
  tokenMs: positive("token-ms", values["token-ms"]),
  tokens: positive("tokens", values.tokens),
  rounds: positive("rounds", values.rounds),
};

// Bun's fetch opens at most 256 connections per host unless told at start.
const MAX_HTTP = String(Math.max(...levels) * 2 + 256);
const runId = Bun.randomUUIDv7().slice(-8);
const dataDir = mkdtempSync(join(tmpdir(), "atelier-bench-"));
// Outside dataDir, so it survives the cleanup when something went wrong.
const appLog = join(tmpdir(), `atelier-bench-${runId}.log`);
let keepLog = false;
let appStarted = false;
const children: Child[] = [];
let database: BenchDatabase | undefined;

async function main(): Promise<LevelResult[]> {
  database = await createBenchDatabase(values.db as "pglite" | "postgres", dataDir, values["database-url"]!);
  console.log(
    `stream benchmark: signed in as ${values.role} (${values.role === "student" ? "student" : "staff"} safety profile); ${database.describe}; ` +
      `upstream: first token after ${timing.firstTokenMs} ms, then one word every ${timing.tokenMs} ms, ${timing.tokens} words per answer; ` +
      `${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(" ")} at start`,
  );

  const upstream = spawnBun(["bench/support/upstream.ts", JSON.stringify(timing)], { env: {} });
  children.push(upstream);
  const { port: upstreamPort } = JSON.parse((await linesOf(upstream).next()).value as string) as { port: number };
  const upstreamUrl = `http://127.0.0.1:${upstreamPort}`;

  const port = await freePort();
  const profile = values.profile ? ["--cpu-prof", "--cpu-prof-md", `--cpu-prof-dir=${values.profile}`] : [];
  const app = spawnBun([...profile, "src/main.ts"], {
    env: {
      ...database.env,
      NODE_ENV: "development",
      AUTH_MODE: "dev",
      HOST: "127.0.0.1",
      PORT: String(port),
      LOG_LEVEL: "warn",
      // The load generator stands in for the ALB: each browser has its own address.
      TRUST_PROXY: "true",
      BUN_CONFIG_MAX_HTTP_REQUESTS: MAX_HTTP,
    },
    logFile: appLog,
  });
  children.push(app);
  appStarted = true;
  const appUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(appUrl, app, 60_000);

  const options: LoadOptions = { appUrl, appPid: app.pid, upstreamPid: upstream.pid, upstreamUrl, role: values.role!, levels, runId, ...timing };
  const load = spawnBun(["bench/support/load.ts", JSON.stringify(options)], { env: { BUN_CONFIG_MAX_HTTP_REQUESTS: MAX_HTTP } });
  children.push(load);
  const results: LevelResult[] = [];
  for await (const line of linesOf(load)) {
    const message = JSON.parse(line) as { type: "level"; result: LevelResult };
    results.push(message.result);
  }
  if ((await load.exited) !== 0) throw new Error(`the load generator failed (exit ${load.exitCode}); see above.`);
  return results;
}

async function cleanup() {
  for (const child of children.reverse()) {
    child.kill("SIGTERM");
    await Promise.race([child.exited, Bun.sleep(25_000)]);
    child.kill("SIGKILL");
  }
  await database?.drop();
  rmSync(dataDir, { recursive: true, force: true });
  if (!keepLog || !appStarted) rmSync(appLog, { force: true });
}

let exitCode = 0;
try {
  const results = await main();
  keepLog = results.some((r) => r.errors > 0);
  if (keepLog) console.log(`the app's log is kept in ${appLog}`);
  printResults(results);
} catch (err) {
  keepLog = true;
  console.error(err instanceof Error ? err.message : err);
  if (appStarted) console.error(`the app's log is kept in ${appLog}`);
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);
