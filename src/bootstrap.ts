// Everything the app needs besides its config and database, built the same
// way for `bun run start` and for the tests: settings, keys, the default model,
// the chat runtime and the safety runtime (the gate every model call passes).
import type { AppDeps } from "./app.ts";
import { ensureDefaultModel } from "./ai/catalog.ts";
import { ensureSystemRoles } from "./auth/roles.ts";
import { pruneRateLimits } from "./auth/rate-limit.ts";
import { pruneExpiredSessions } from "./auth/sessions.ts";
import { deleteFinishedBefore } from "./chat/jobs/store.ts";
import { createChatRuntime } from "./chat/runtime.ts";
import { startMaintenance } from "./platform/maintenance.ts";
import { buildPipelineDeps } from "../workers/deps.ts";
import { runLocalWorkers } from "../workers/local.ts";
import type { Config } from "./config.ts";
import type { Database } from "./platform/db/client.ts";
import type { Logger } from "./platform/logger.ts";
import { resolveSecretsKey } from "./platform/settings/key.ts";
import { settingDefs, settingsEnv } from "./platform/settings/registry.ts";
import { Settings } from "./platform/settings/service.ts";
import { createSafetyRuntime, type SafetyDeps } from "./safety/gate.ts";

export interface BootstrapOptions {
  config: Config;
  database: Database;
  logger: Logger;
  /** The process environment, read once: settings fall back to it. */
  env: Record<string, string | undefined>;
  providers?: AppDeps["providers"];
  /** Tests intercept the AWS clients the safety feature uses. */
  aws?: Pick<SafetyDeps, "sns" | "bedrock">;
}

export async function bootstrap(opts: BootstrapOptions): Promise<AppDeps & { stop(graceMs?: number): Promise<void> }> {
  const { config, database, logger } = opts;
  await ensureSystemRoles(database.db);
  await ensureDefaultModel(database.db);
  const secretsKey = resolveSecretsKey(config);
  const settings = new Settings({ database, secretsKey, defs: settingDefs, env: settingsEnv(opts.env), cacheMs: config.settingsCacheMs });
  const unlistenSettings = await settings.subscribe();
  const knowledge = buildPipelineDeps({ config, database, logger, settings });
  // With the local queue the ingestion workers run here; with SQS, the Lambdas do.
  const workers = config.queue.kind === "local" ? runLocalWorkers(knowledge, { visibilityTimeoutS: config.queue.visibilityTimeoutS }) : undefined;
  const chat = createChatRuntime({ database, logger, flushMs: config.chat.flushMs });
  await chat.start();
  const safety = createSafetyRuntime({ database, settings, logger, config, ...opts.aws });
  await safety.start();
  const stopMaintenance = startMaintenance(
    [
      { name: "sessions", run: () => pruneExpiredSessions(database.db, { ...config.session, activityIntervalMs: 0 }) },
      { name: "rate limits", run: () => pruneRateLimits(database.db, 24 * 60 * 60 * 1000) },
      { name: "finished jobs", run: () => deleteFinishedBefore(database.db, new Date(Date.now() - 7 * 24 * 60 * 60 * 1000)) },
    ],
    logger,
  );
  return {
    config,
    database,
    logger,
    settings,
    secretsKey,
    chat,
    knowledge,
    safety,
    gate: safety.gate,
    ...(opts.providers ? { providers: opts.providers } : {}),
    async stop(graceMs = 0) {
      stopMaintenance();
      await workers?.stop();
      await knowledge.queue.close?.();
      await chat.stop(graceMs);
      await safety.stop();
      await unlistenSettings();
    },
  };
}
