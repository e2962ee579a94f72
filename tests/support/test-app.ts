// Builds the real app on a test database, for tests that speak HTTP to it
// through app.handle(new Request(...)). It is assembled by the same bootstrap
// as `bun run start`.
import { afterAll, beforeAll } from "bun:test";
import { createApp, type AppDeps } from "../../src/app.ts";
import { bootstrap, type BootstrapOptions } from "../../src/bootstrap.ts";
import { loadConfig, type Config } from "../../src/config.ts";
import type { Database } from "../../src/platform/db/client.ts";
import { openTestDatabase, type TestDbKind } from "../../src/platform/db/test-db.ts";
import { createLogger, type Logger } from "../../src/platform/logger.ts";

export interface TestAppOptions {
  env?: Record<string, string>;
  settingsEnv?: Record<string, string>;
  /** Collects log lines instead of printing them. */
  logLines?: string[];
  providers?: AppDeps["providers"];
  aws?: BootstrapOptions["aws"];
}

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: "test", DATA_DIR: "./.data/test", SECRETS_KEY: Buffer.alloc(32, 7).toString("base64"), STREAM_FLUSH_MS: "100", ...env });
}

export function testLogger(lines?: string[]): Logger {
  return createLogger({ level: "debug", write: (line) => lines?.push(line) });
}

/** The app on a test database, bootstrapped as main.ts does. Call stop() before closing the database. */
export async function buildTestApp(database: Database, opts: TestAppOptions = {}) {
  const config = testConfig(opts.env);
  const deps = await bootstrap({
    config,
    database,
    logger: testLogger(opts.logLines),
    env: opts.settingsEnv ?? {},
    ...(opts.aws ? { aws: opts.aws } : {}),
    providers: { offline: { firstTokenMs: 5, tokenMs: 2 }, ...opts.providers },
  });
  return { app: createApp(deps), deps, stop: () => deps.stop() };
}

export const http = (path: string, init: RequestInit = {}) => new Request(`http://localhost${path}`, init);

export interface AppFixture {
  database: Database;
  app: ReturnType<typeof createApp>;
  deps: Awaited<ReturnType<typeof buildTestApp>>["deps"];
}

/**
 * A fresh database and app for the enclosing describe(), opened before its
 * tests and closed after them. `setup` runs once the app is up (seed data).
 */
export function useTestApp(opts: TestAppOptions & { kind?: TestDbKind; setup?: (f: AppFixture) => Promise<void> } = {}): AppFixture {
  const fixture = {} as AppFixture;
  let stop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    fixture.database = await openTestDatabase(opts.kind ?? "pglite");
    const built = await buildTestApp(fixture.database, opts);
    fixture.app = built.app;
    fixture.deps = built.deps;
    stop = built.stop;
    await opts.setup?.(fixture);
  });
  afterAll(async () => {
    await stop?.();
    await fixture.database?.close();
  });
  return fixture;
}
