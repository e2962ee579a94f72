// Starts Atelier: validate config, open the database, serve. Nothing else.
import { ROSTER_UPLOAD_LIMIT } from "./admin/roster-routes.tsx";
import { createApp } from "./app.ts";
import { bootstrap } from "./bootstrap.ts";
import { loadConfig, type Config } from "./config.ts";
import { openDatabase } from "./platform/db/open.ts";
import { ConfigError } from "./platform/env-vars.ts";
import { createLogger } from "./platform/logger.ts";
import { checkText } from "./safety/engine/index.ts";
import { createRedactor } from "./safety/pii/index.ts";
import { studentIdPatternsFor } from "./safety/pii/types.ts";

function fail(message: string): never {
  console.error(`Atelier could not start.\n${message}`);
  process.exit(1);
}

let config: Config;
try {
  config = loadConfig(process.env);
} catch (err) {
  if (err instanceof ConfigError) fail(err.message);
  throw err;
}

// Personal data never reaches the log: every line passes the PII redactor.
const logger = createLogger({
  level: config.logLevel,
  redact: createRedactor({ studentIdPatterns: studentIdPatternsFor(config.safety.studentIdPatterns) }),
});
const database = await openDatabase(config.database).catch((err: Error) => fail(err.message));
const deps = await bootstrap({ config, database, logger, env: process.env });
const app = createApp(deps);
const server = Bun.serve({
  hostname: config.host,
  port: config.port,
  fetch: (request) => app.handle(request),
  // Bun's maximum. The ALB keeps idle keep-alive connections open for an
  // hour; closing ours sooner than it expects would turn reuse into 502s. SSE
  // routes lift the limit for themselves and send heartbeats every 15 s.
  idleTimeout: 255,
  // The HTTP platform refuses large bodies by their declared length per route;
  // this is the ceiling for bodies sent without one (chunked).
  maxRequestBodySize: Math.max(config.maxBodyBytes, config.knowledge.uploadMaxBytes + 65_536, ROSTER_UPLOAD_LIMIT),
});

logger.info("Atelier is listening", { open: config.publicUrl, on: `${config.host}:${server.port}`, database: database.kind });
// Loads (or, in a fresh container, trains) the safety classifier, and reads
// the rules' required words, now rather than on the first student's message.
setTimeout(() => checkText({ text: "Warming up the safety check.", direction: "input", profile: "student" }), 0);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info("shutting down", { signal });
  // Stop taking requests, give running answers a moment to finish (ECS waits
  // 30 s before killing a task), then save what is left as interrupted.
  void server.stop();
  await deps.stop(20_000);
  await server.stop(true);
  await database.close();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
