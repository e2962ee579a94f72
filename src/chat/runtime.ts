// The chat machinery of one app process: the job runner and the progress bus
// (LISTEN for jobs running on other instances). main.ts starts and stops it.
import type { Database } from "../platform/db/client.ts";
import type { Logger } from "../platform/logger.ts";
import { ProgressBus } from "./jobs/follow.ts";
import { JobRunner } from "./jobs/runner.ts";

export interface ChatRuntime {
  runner: JobRunner;
  bus: ProgressBus;
  start(): Promise<void>;
  stop(graceMs?: number): Promise<void>;
}

export function createChatRuntime(opts: { database: Database; logger: Logger; instanceId?: string; flushMs: number }): ChatRuntime {
  const runner = new JobRunner({
    database: opts.database,
    logger: opts.logger,
    instanceId: opts.instanceId ?? `${process.pid}-${Bun.randomUUIDv7().slice(-12)}`,
    flushMs: opts.flushMs,
  });
  const bus = new ProgressBus(opts.database);
  return {
    runner,
    bus,
    async start() {
      await runner.start();
      await bus.start();
    },
    async stop(graceMs = 0) {
      await runner.stop(graceMs);
      await bus.stop();
    },
  };
}
