// The environment, validated once at boot and turned into a typed Config.
// Nothing else in the app reads process.env: everything receives Config.
import { resolve } from "node:path";
import { bool, ConfigError, int, key32, oneOf, optionalStr, readEnv, str, url, type EnvValues } from "./platform/env-vars.ts";

export const envSpec = {
  NODE_ENV: oneOf("Runtime mode. `production` refuses unsafe defaults (dev sign-in, generated keys).", ["development", "test", "production"], "development"),
  HOST: str("Interface to listen on. The container image sets `0.0.0.0`; a laptop stays on loopback.", "127.0.0.1"),
  PORT: int("HTTP port.", 3000, { min: 1, max: 65535 }),
  PUBLIC_URL: url("The address users reach Atelier at (sign-in callbacks, secure cookies). Defaults to http://localhost:PORT."),
  DATA_DIR: str("Where embedded mode keeps its files: the PGlite database (`pg/`), blobs and the generated key.", "./.data"),
  DATABASE_URL: url("PostgreSQL connection string. Unset: embedded PGlite under DATA_DIR/pg.", undefined, { protocols: ["postgres:", "postgresql:"], secret: true }),
  DATABASE_PASSWORD: optionalStr("Password for DATABASE_URL, kept apart so it can come from a secret store (ECS injects Aurora's managed secret).", { secret: true }),
  DATABASE_SSL: oneOf("TLS to the server database: `require` for Aurora, `disable` for a local server.", ["disable", "require"], "disable"),
  DATABASE_POOL_MAX: int("Connections per app process to a server database.", 10, { min: 1, max: 200 }),
  DATABASE_CONNECT_TIMEOUT_S: int("Seconds to wait for a server database at start before giving up.", 10, { min: 1, max: 300 }),
  LOG_LEVEL: oneOf("Lowest level written to the JSON log.", ["debug", "info", "warn", "error"], "info"),
  SECRETS_KEY: key32("AES-256-GCM key for secret settings (API keys) at rest. Required in production; embedded mode generates DATA_DIR/secrets.key."),
  TRUST_PROXY: bool("Trust X-Forwarded-Proto/-For from a load balancer (set behind the ALB).", false),
  MAX_BODY_BYTES: int("Largest accepted form or JSON body, in bytes (uploads have their own limit).", 1_048_576, { min: 1024, max: 1_073_741_824 }),
  SETTINGS_CACHE_SECONDS: int("How long a setting read from the database is cached.", 300, { min: 0, max: 86_400 }),
} as const;

type Env = EnvValues<typeof envSpec>;

export interface Config {
  env: Env["NODE_ENV"];
  production: boolean;
  host: string;
  port: number;
  publicUrl: string;
  dataDir: string;
  database:
    | { kind: "pglite"; dataDir: string }
    | { kind: "postgres"; url: string; password: string | undefined; ssl: boolean; poolMax: number; connectTimeoutS: number };
  logLevel: Env["LOG_LEVEL"];
  secretsKey: Uint8Array | undefined;
  trustProxy: boolean;
  maxBodyBytes: number;
  settingsCacheMs: number;
}

export function loadConfig(env: Record<string, string | undefined>): Config {
  const e = readEnv(envSpec, env);
  const production = e.NODE_ENV === "production";
  const dataDir = resolve(e.DATA_DIR);
  const problems: string[] = [];
  if (production && !e.SECRETS_KEY) problems.push("SECRETS_KEY is required when NODE_ENV=production");
  if (production && !e.DATABASE_URL) problems.push("DATABASE_URL is required when NODE_ENV=production (embedded PGlite is for laptops)");
  if (problems.length) throw new ConfigError(problems);

  return {
    env: e.NODE_ENV,
    production,
    host: e.HOST,
    port: e.PORT,
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    dataDir,
    database: e.DATABASE_URL
      ? {
          kind: "postgres",
          url: e.DATABASE_URL,
          password: e.DATABASE_PASSWORD,
          ssl: e.DATABASE_SSL === "require",
          poolMax: e.DATABASE_POOL_MAX,
          connectTimeoutS: e.DATABASE_CONNECT_TIMEOUT_S,
        }
      : { kind: "pglite", dataDir: resolve(dataDir, "pg") },
    logLevel: e.LOG_LEVEL,
    secretsKey: e.SECRETS_KEY,
    trustProxy: e.TRUST_PROXY,
    maxBodyBytes: e.MAX_BODY_BYTES,
    settingsCacheMs: e.SETTINGS_CACHE_SECONDS * 1000,
  };
}
