// The environment, validated once at boot and turned into a typed Config.
// Nothing else in the app reads process.env: everything receives Config.
import { resolve } from "node:path";
import { buildAuthConfig, type AuthConfig } from "./auth/oidc/config.ts";
import { ROLE_PRIVILEGE_ORDER } from "./auth/role-rules.ts";
import { buildKnowledgeConfig, type KnowledgeConfig } from "./knowledge/config.ts";
import { OFFLINE_MODEL } from "./knowledge/embed/models.ts";
import { buildBlobConfig, type BlobStoreConfig } from "./platform/blobs/config.ts";
import { buildQueueConfig, type QueueConfig } from "./platform/queue/config.ts";
import { bool, ConfigError, int, key32, list, oneOf, optionalStr, readEnv, str, url, type EnvValues } from "./platform/env-vars.ts";

export const envSpec = {
  NODE_ENV: oneOf("Runtime mode. `production` refuses unsafe defaults (dev sign-in, generated keys).", ["development", "test", "production"], "development"),
  HOST: str("Interface to listen on. The container image sets `0.0.0.0`; a laptop stays on loopback.", "127.0.0.1"),
  PORT: int("HTTP port.", 3000, { min: 1, max: 65535 }),
  PUBLIC_URL: url("The address users reach Atelier at (sign-in callbacks, secure cookies, the CSRF origin check). Defaults to http://localhost:PORT, where 127.0.0.1 and [::1] count as the same site."),
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
  SESSION_IDLE_DAYS: int("A session unused for this many days ends (sliding expiry).", 7, { min: 1, max: 90 }),
  SESSION_MAX_DAYS: int("Every session ends after this many days, used or not.", 30, { min: 1, max: 365 }),
  STREAM_FLUSH_MS: int("How often a streaming answer's progress is saved (ms); a crash loses at most about this much text.", 500, { min: 50, max: 5000 }),
  PROVIDER_TIMEOUT_S: int("Seconds of provider silence (before the first token, or between tokens) after which a reply fails with a retry button.", 60, { min: 5, max: 600 }),
  SAFETY_ALERT_TOPIC_ARN: optionalStr("SNS topic for critical safety incidents (AWS). Unset: critical incidents go to the log and in-app notices only."),
  BEDROCK_GUARDRAIL_ID: optionalStr("Amazon Bedrock guardrail combined with the local safety engine on every input check."),
  BEDROCK_GUARDRAIL_VERSION: str("Version of BEDROCK_GUARDRAIL_ID.", "DRAFT"),
  OPENAI_MODERATION: bool("Also send inputs to OpenAI's moderation endpoint (uses the OpenAI API key setting).", false),
  STUDENT_ID_PATTERNS: list("The district's student-id formats as regular expressions, redacted as [STUDENT_ID]. Default: 7 digits starting with 2, or S and 6 digits. Whatever the formats, a 6-9 digit number the text names as an id (\"my student number is 3018842\") is redacted too.", ["2\\d{6}", "[Ss]\\d{6}"]),
  SETTINGS_CACHE_SECONDS: int("How long a setting read from the database is cached.", 300, { min: 0, max: 86_400 }),
  BLOB_STORE: oneOf("Where uploaded files are kept: `local` (DATA_DIR/blobs) or `s3` (S3_BUCKET).", ["local", "s3"], "local"),
  S3_BUCKET: optionalStr("The S3 bucket for uploaded files. Required when BLOB_STORE=s3 (the region comes from AWS_REGION)."),
  QUEUE_DRIVER: oneOf("The work queue of the ingestion workers: `local` (a table in the database, worked inside the app) or `sqs`.", ["local", "sqs"], "local"),
  SQS_FILE_PROCESSOR_URL: url("URL of the SQS queue of the file-processor worker. Required when QUEUE_DRIVER=sqs."),
  SQS_URL_PROCESSOR_URL: url("URL of the SQS queue of the url-processor worker. Required when QUEUE_DRIVER=sqs."),
  SQS_EMBEDDING_GENERATOR_URL: url("URL of the SQS queue of the embedding-generator worker. Required when QUEUE_DRIVER=sqs."),
  UPLOAD_MAX_BYTES: int("Largest file a knowledge base accepts, in bytes (25 MB by default); also caps documents fetched from a URL.", 26_214_400, { min: 1024, max: 1_073_741_824 }),
  QUEUE_MAX_ATTEMPTS: int("Deliveries of a queue message before it is dead-lettered and its item marked failed (match the SQS redrive maxReceiveCount).", 3, { min: 1, max: 20 }),
  QUEUE_VISIBILITY_TIMEOUT_S: int("Seconds a received message stays hidden while a worker handles it (match the SQS queue and above the Lambda timeout).", 300, { min: 1, max: 43_200 }),
  EMBEDDING_MODEL: str("Embedding model of new knowledge bases: `offline:hash-384` (no provider needed), `openai:text-embedding-3-small` or `bedrock:amazon.titan-embed-text-v2:0`.", OFFLINE_MODEL),
  AUTH_MODE: oneOf("How people sign in: `oidc` (Cognito's hosted UI over OpenID Connect) or `dev` (the development sign-in, refused in production). Unset: `oidc` when OIDC_ISSUER is set, else `dev`.", ["dev", "oidc"], undefined),
  OIDC_ISSUER: url("The OpenID Connect issuer, e.g. https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123 (https; http only for a provider on this machine)."),
  OIDC_CLIENT_ID: optionalStr("The app client id at the issuer. Required when AUTH_MODE=oidc; the callback URL to register is PUBLIC_URL/auth/oidc/callback."),
  OIDC_CLIENT_SECRET: optionalStr("The app client secret; leave unset for a public client (PKCE only).", { secret: true }),
  OIDC_SCOPES: str("Scopes asked for at sign-in (must include `openid`).", "openid email profile"),
  OIDC_GROUPS_CLAIM: str("The ID token claim that lists the user's groups.", "cognito:groups"),
  ROLE_DEFAULT: oneOf("Role given at first sign-in when no rule matches.", ROLE_PRIVILEGE_ORDER, "student"),
  ROLE_EMAIL_DOMAINS: optionalStr("First-sign-in roles by verified email domain, comma-separated (subdomains included; the most specific wins), e.g. `staff.district.org=staff,students.district.org=student`."),
  ROLE_GROUPS: optionalStr("First-sign-in roles by group, comma-separated (checked before domains; the most privileged match wins), e.g. `administrators=administrator,teachers=teacher,staff=staff,students=student`."),
} as const;

type Env = EnvValues<typeof envSpec>;

export interface Config {
  env: Env["NODE_ENV"];
  production: boolean;
  host: string;
  port: number;
  publicUrl: string;
  /** Origins whose requests count as ours (the CSRF Origin check). */
  ownOrigins: string[];
  dataDir: string;
  database:
    | { kind: "pglite"; dataDir: string }
    | { kind: "postgres"; url: string; password: string | undefined; ssl: boolean; poolMax: number; connectTimeoutS: number };
  logLevel: Env["LOG_LEVEL"];
  secretsKey: Uint8Array | undefined;
  trustProxy: boolean;
  maxBodyBytes: number;
  settingsCacheMs: number;
  session: { idleMs: number; maxAgeMs: number };
  chat: { flushMs: number; providerTimeoutMs: number };
  safety: {
    alertTopicArn: string | undefined;
    bedrockGuardrail: { id: string; version: string } | undefined;
    openaiModeration: boolean;
    studentIdPatterns: string[];
  };
  auth: AuthConfig;
  blobs: BlobStoreConfig;
  queue: QueueConfig;
  knowledge: KnowledgeConfig;
}

export function loadConfig(env: Record<string, string | undefined>): Config {
  const e = readEnv(envSpec, env);
  const production = e.NODE_ENV === "production";
  const dataDir = resolve(e.DATA_DIR);
  const problems: string[] = [];
  if (production && !e.SECRETS_KEY) problems.push("SECRETS_KEY is required when NODE_ENV=production");
  if (production && !e.DATABASE_URL) problems.push("DATABASE_URL is required when NODE_ENV=production (embedded PGlite is for laptops)");
  const publicUrl = e.PUBLIC_URL ?? `http://localhost:${e.PORT}`;
  const { auth, problems: authProblems } = buildAuthConfig(e, { publicUrl, production });
  problems.push(...authProblems);
  const { blobs, problems: blobProblems } = buildBlobConfig(e, dataDir);
  const { queue, problems: queueProblems } = buildQueueConfig(e);
  const { knowledge, problems: knowledgeProblems } = buildKnowledgeConfig(e);
  problems.push(...blobProblems, ...queueProblems, ...knowledgeProblems);
  for (const pattern of e.STUDENT_ID_PATTERNS) {
    try {
      new RegExp(pattern);
    } catch {
      problems.push(`STUDENT_ID_PATTERNS has an invalid regular expression: ${pattern}`);
    }
  }
  if (problems.length) throw new ConfigError(problems);

  return {
    env: e.NODE_ENV,
    production,
    host: e.HOST,
    port: e.PORT,
    publicUrl,
    // Without PUBLIC_URL the app runs on a laptop, where the browser may say
    // localhost, 127.0.0.1 or [::1] for the same server.
    ownOrigins: e.PUBLIC_URL
      ? [new URL(e.PUBLIC_URL).origin]
      : [publicUrl, `http://127.0.0.1:${e.PORT}`, `http://[::1]:${e.PORT}`],
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
    session: { idleMs: e.SESSION_IDLE_DAYS * 86_400_000, maxAgeMs: e.SESSION_MAX_DAYS * 86_400_000 },
    chat: { flushMs: e.STREAM_FLUSH_MS, providerTimeoutMs: e.PROVIDER_TIMEOUT_S * 1000 },
    safety: {
      alertTopicArn: e.SAFETY_ALERT_TOPIC_ARN,
      bedrockGuardrail: e.BEDROCK_GUARDRAIL_ID ? { id: e.BEDROCK_GUARDRAIL_ID, version: e.BEDROCK_GUARDRAIL_VERSION } : undefined,
      openaiModeration: e.OPENAI_MODERATION,
      studentIdPatterns: e.STUDENT_ID_PATTERNS,
    },
    auth,
    blobs,
    queue,
    knowledge,
  };
}
