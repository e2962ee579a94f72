// The workers inside the app on a laptop: one loop per queue over the local
// (Postgres) queue, the same handlers the Lambdas run. `bun run start` calls
// startLocalWorkers; `bun run workers` runs them alone.
import { loadConfig } from "../src/config.ts";
import type { PipelineDeps } from "../src/knowledge/pipeline.ts";
import { openDatabase } from "../src/platform/db/open.ts";
import { ConfigError } from "../src/platform/env-vars.ts";
import { createLogger } from "../src/platform/logger.ts";
import { queueNames, type QueueName } from "../src/platform/queue/config.ts";
import { runWorkerLoop } from "../src/platform/queue/worker-loop.ts";
import { resolveSecretsKey } from "../src/platform/settings/key.ts";
import { settingDefs, settingsEnv } from "../src/platform/settings/registry.ts";
import { Settings } from "../src/platform/settings/service.ts";
import { buildPipelineDeps, type WorkerEnvironment } from "./deps.ts";
import { workers } from "./registry.ts";

export interface LocalWorkers {
  /** Stops polling and waits for the messages in hand. */
  stop(): Promise<void>;
}

export interface LocalLoopOptions {
  visibilityTimeoutS: number;
  queues?: readonly QueueName[];
  idleWaitMs?: number;
  retryDelayS?: (receiveCount: number) => number;
}

/** Runs the worker loops over already-built deps (tests and the benchmark use this directly). */
export function runLocalWorkers(deps: PipelineDeps, options: LocalLoopOptions): LocalWorkers {
  const controller = new AbortController();
  const loops = (options.queues ?? queueNames).map((name) =>
    runWorkerLoop({
      queue: deps.queue,
      name,
      handler: (message) => workers[name].handler(message, deps),
      onDeadLetter: (letter) => workers[name].onDeadLetter(letter, deps),
      concurrency: workers[name].concurrency,
      visibilityTimeoutS: options.visibilityTimeoutS,
      logger: deps.logger.child({ worker: name }),
      signal: controller.signal,
      ...(options.idleWaitMs !== undefined ? { idleWaitMs: options.idleWaitMs } : {}),
      ...(options.retryDelayS ? { retryDelayS: options.retryDelayS } : {}),
    }),
  );
  return {
    async stop() {
      controller.abort();
      await Promise.all(loops);
    },
  };
}

/** For the app: starts the loops when the queue is local; with SQS the Lambdas do the work. */
export function startLocalWorkers(env: WorkerEnvironment): LocalWorkers {
  if (env.config.queue.kind !== "local") {
    env.logger.info("workers run as Lambdas (QUEUE_DRIVER=sqs); no local worker loops started");
    return { stop: async () => {} };
  }
  const deps = buildPipelineDeps(env);
  const running = runLocalWorkers(deps, { visibilityTimeoutS: env.config.queue.visibilityTimeoutS });
  env.logger.info("local workers started", { queues: [...queueNames] });
  return {
    async stop() {
      await running.stop();
      await deps.queue.close?.();
    },
  };
}

if (import.meta.main) {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(`The workers could not start.\n${err.message}`);
    process.exit(1);
  }
  const logger = createLogger({ level: config.logLevel });
  const database = await openDatabase(config.database);
  const settings = new Settings({ database, secretsKey: resolveSecretsKey(config), defs: settingDefs, env: settingsEnv(process.env), cacheMs: config.settingsCacheMs });
  await settings.subscribe();
  const running = startLocalWorkers({ config, database, logger, settings });
  const shutdown = async (signal: string) => {
    logger.info("workers stopping", { signal });
    await running.stop();
    await database.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}
