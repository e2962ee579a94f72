// Runs streaming jobs in this process and keeps the database informed.
// Generation never depends on a browser: readers come and go, the job goes
// on. Progress is written in batches (one statement per flush for all jobs)
// often enough that a crash loses about a second at most, and each flush
// NOTIFYs the other app instances so their readers follow along.
import type { Database, Unlisten } from "../../platform/db/client.ts";
import type { Logger } from "../../platform/logger.ts";
import type { JobStatus } from "../schema.ts";
import { LiveJob } from "./live-job.ts";
import { CANCEL_CHANNEL, PROGRESS_CHANNEL, requestCancel, sweepInterrupted, touchJobs, writeProgress } from "./store.ts";

export interface RunnerOptions {
  database: Database;
  logger: Logger;
  instanceId: string;
  /** How often progress is written (ms). */
  flushMs: number;
  /** A running job not written for this long belongs to a dead instance. */
  staleMs?: number;
}

export interface JobOutcome {
  status: JobStatus;
  error: string | null;
}

/** Produces the job's text; returns how it ended. It must stop when `signal` aborts. */
export type JobWork = (job: LiveJob, signal: AbortSignal) => Promise<JobOutcome>;
/** Persists the end of the job (message, usage, job row) before readers are told. */
export type JobFinish = (job: LiveJob, outcome: JobOutcome) => Promise<void>;

const NOTIFY_BYTES = 7900;
const FLUSH_BATCH = 100;
const TOUCH_MS = 10_000;

export class JobRunner {
  private readonly jobs = new Map<string, LiveJob>();
  private timer: Timer | undefined;
  private sweeper: Timer | undefined;
  private toucher: Timer | undefined;
  private unlisten: Unlisten | undefined;
  private flushing: Promise<void> | undefined;

  constructor(private readonly opts: RunnerOptions) {}

  get instanceId(): string {
    return this.opts.instanceId;
  }

  async start(): Promise<void> {
    if (this.opts.database.kind === "pglite") {
      // Embedded mode has one instance: whatever was running died with the last process.
      const swept = await sweepInterrupted(this.opts.database.db, { instanceId: this.opts.instanceId });
      if (swept) this.opts.logger.warn("interrupted jobs found at start", { jobs: swept });
    }
    this.unlisten = await this.opts.database.listen(CANCEL_CHANNEL, (jobId) => this.jobs.get(jobId)?.abort.abort());
    this.timer = setInterval(() => void this.flush(), this.opts.flushMs);
    // On a timer of its own, not after the progress writes: when the pool is
    // saturated those wait behind everything else, and another instance would
    // take these live jobs for dead.
    this.toucher = setInterval(() => void this.touch(), TOUCH_MS);
    const staleMs = this.opts.staleMs ?? 45_000;
    this.sweeper = setInterval(() => {
      sweepInterrupted(this.opts.database.db, { instanceId: this.opts.instanceId, staleMs }).catch((err) => this.opts.logger.warn("sweep failed", { error: err }));
    }, Math.max(5_000, staleMs / 3));
  }

  /** Stops taking part: waits for running jobs up to `graceMs`, then aborts the rest (their text is kept). */
  async stop(graceMs = 0): Promise<void> {
    clearInterval(this.timer);
    clearInterval(this.sweeper);
    clearInterval(this.toucher);
    const deadline = Date.now() + graceMs;
    while (this.jobs.size && Date.now() < deadline) await Bun.sleep(100);
    for (const job of this.jobs.values()) job.abort.abort();
    while (this.jobs.size) await Bun.sleep(10);
    await this.flush();
    await this.unlisten?.();
  }

  get(jobId: string): LiveJob | undefined {
    return this.jobs.get(jobId);
  }

  /** Starts a job in the background; the returned promise settles when it has ended (for tests and shutdown). */
  run(job: LiveJob, work: JobWork, finish: JobFinish): Promise<void> {
    this.jobs.set(job.id, job);
    return (async () => {
      let outcome: JobOutcome;
      try {
        outcome = await work(job, job.abort.signal);
      } catch (err) {
        this.opts.logger.error("job failed unexpectedly", { jobId: job.id, error: err });
        outcome = { status: "failed", error: "Something went wrong while writing this answer. The text so far is kept." };
      }
      try {
        await finish(job, outcome);
      } catch (err) {
        this.opts.logger.error("job could not be saved", { jobId: job.id, error: err });
      } finally {
        this.jobs.delete(job.id);
        job.end(outcome.status);
        await this.notify([job.id]).catch(() => {});
      }
    })();
  }

  /** Asks the job to stop, wherever it runs. */
  async cancel(jobId: string): Promise<void> {
    const local = this.jobs.get(jobId);
    if (local) {
      local.abort.abort();
      return;
    }
    // Recorded too, so the owner still sees it if the notification was missed.
    await requestCancel(this.opts.database.db, jobId);
    await this.opts.database.notify(CANCEL_CHANNEL, jobId);
  }

  private flush(): Promise<void> {
    // One flush at a time; a slow database must not pile them up.
    this.flushing ??= this.doFlush().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  private async doFlush(): Promise<void> {
    const dirty = [...this.jobs.values()].filter((j) => j.dirty);
    for (const j of dirty) j.dirty = false;
    let left = dirty;
    try {
      // In batches, with the event loop let through between them: embedded
      // PGlite runs each statement on this thread, and one write of 1,000
      // jobs held every stream for over 100 ms (bench/stream.ts).
      for (let at = 0; at < dirty.length; at += FLUSH_BATCH) {
        if (at) await new Promise((resolve) => setImmediate(resolve));
        const batch = dirty.slice(at, at + FLUSH_BATCH);
        left = dirty.slice(at);
        // Taken now: the jobs go on appending while the write is under way.
        const writes = batch.map((j) => j.pendingWrite());
        const written = await writeProgress(this.opts.database.db, writes);
        batch.forEach((j, i) => j.written(writes[i]!, written.has(j.id)));
        await this.notify(batch.filter((j) => written.has(j.id)).map((j) => j.id));
      }
      left = [];
    } catch (err) {
      for (const j of left) j.dirty = true;
      this.opts.logger.warn("progress not saved; will retry", { jobs: left.length, error: err });
    }
  }

  /** Marks the running jobs alive (a slow first token writes nothing) and picks up cancels asked through the database. */
  private async touch(): Promise<void> {
    try {
      const cancelled = await touchJobs(this.opts.database.db, [...this.jobs.keys()]);
      for (const id of cancelled) this.jobs.get(id)?.abort.abort();
    } catch (err) {
      this.opts.logger.warn("running jobs not marked alive; will retry", { error: err });
    }
  }

  private async notify(ids: string[]): Promise<void> {
    let batch = "";
    for (const id of ids) {
      if (batch.length + id.length + 1 > NOTIFY_BYTES) {
        await this.opts.database.notify(PROGRESS_CHANNEL, batch);
        batch = "";
      }
      batch = batch ? `${batch},${id}` : id;
    }
    if (batch) await this.opts.database.notify(PROGRESS_CHANNEL, batch);
  }
}
