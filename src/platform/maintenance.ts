// Housekeeping that keeps tables from growing forever: expired sessions, old
// rate-limit windows, and the rows of finished streaming jobs (their answers
// live in the messages). Runs hourly on every instance; each step is
// idempotent, so instances running it at once do no harm.
import type { Logger } from "./logger.ts";

export interface MaintenanceTask {
  name: string;
  run(): Promise<unknown>;
}

export function startMaintenance(tasks: MaintenanceTask[], logger: Logger, everyMs = 60 * 60 * 1000): () => void {
  const runAll = async () => {
    for (const task of tasks) {
      try {
        await task.run();
      } catch (err) {
        logger.warn("maintenance task failed", { task: task.name, error: err });
      }
    }
  };
  const timer = setInterval(() => void runAll(), everyMs);
  timer.unref();
  void runAll();
  return () => clearInterval(timer);
}
