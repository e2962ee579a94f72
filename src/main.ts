// Starts Atelier: validate config, open the database, serve. Nothing else.
import { createApp } from "./app.ts";
import { ConfigError } from "./platform/env-vars.ts";
import { loadConfig } from "./config.ts";
import { openDatabase } from "./platform/db/open.ts";
import { createLogger } from "./platform/logger.ts";
import { resolveSecretsKey } from "./platform/settings/key.ts";
import { settingDefs, settingsEnv } from "./platform/settings/registry.ts";
import { Settings } from "./platform/settings/service.ts";

function fail(message: string): never {
  console.error(`Atelier could not start.\n${message}`);
  process.exit(1);
}

let config;
try {
  config = loadConfig(process.env);
} catch (err) {
  if (err instanceof ConfigError) fail(err.message);
  throw err;
}

const logger = createLogger({ level: config.logLevel });
const database = await openDatabase(config.database).catch((err: Error) => fail(err.message));
const settings = new Settings({
  database,
  secretsKey: resolveSecretsKey(config),
  defs: settingDefs,
  env: settingsEnv(process.env),
  cacheMs: config.settingsCacheMs,
});
await settings.subscribe();

const app = createApp({ config, database, logger, settings });
const server = Bun.serve({
  hostname: config.host,
  port: config.port,
  fetch: (request, srv) => app.handle(request),
  // Streams are quiet between tokens; heartbeats come every 15 s.
  idleTimeout: 60,
});

logger.info("Atelier is listening", { url: `http://${config.host}:${server.port}`, database: database.kind });

async function shutdown(signal: string) {
  logger.info("shutting down", { signal });
  await server.stop();
  await database.close();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
