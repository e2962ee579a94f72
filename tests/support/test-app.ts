// Builds the real app on a test database, for tests that speak HTTP to it
// through app.handle(new Request(...)).
import { createApp, type AppDeps } from "../../src/app.ts";
import { loadConfig, type Config } from "../../src/config.ts";
import type { Database } from "../../src/platform/db/client.ts";
import { createLogger, type Logger } from "../../src/platform/logger.ts";
import { settingDefs } from "../../src/platform/settings/registry.ts";
import { Settings } from "../../src/platform/settings/service.ts";

export interface TestAppOptions {
  env?: Record<string, string>;
  settingsEnv?: Record<string, string>;
  /** Collects log lines instead of printing them. */
  logLines?: string[];
}

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: "test", DATA_DIR: "./.data/test", SECRETS_KEY: Buffer.alloc(32, 7).toString("base64"), ...env });
}

export function testLogger(lines?: string[]): Logger {
  return createLogger({ level: "debug", write: (line) => lines?.push(line) });
}

export function buildTestApp(database: Database, opts: TestAppOptions = {}) {
  const config = testConfig(opts.env);
  const logger = testLogger(opts.logLines);
  const settings = new Settings({
    database,
    secretsKey: config.secretsKey!,
    defs: settingDefs,
    env: opts.settingsEnv ?? {},
    cacheMs: config.settingsCacheMs,
  });
  const deps: AppDeps = { config, database, logger, settings };
  return { app: createApp(deps), deps };
}

export const http = (path: string, init: RequestInit = {}) => new Request(`http://localhost${path}`, init);
