// Following a job as a reader: replay what the reader missed, then live
// events until the end. A job running in this process is followed from
// memory; one running on another instance through the database (its
// progress notifications, with a slow poll as a safety net).
import type { Database, Unlisten } from "../../platform/db/client.ts";
import { AsyncQueue } from "./async-queue.ts";
import { offsetAfter, type JobEvent } from "./live-job.ts";
import type { JobRunner } from "./runner.ts";
import { getJob, PROGRESS_CHANNEL } from "./store.ts";

/** One LISTEN per process, shared by every reader of a remote job. */
export class ProgressBus {
  private readonly waiters = new Map<string, Set<() => void>>();
  private unlisten: Unlisten | undefined;

  constructor(private readonly database: Database) {}

  async start(): Promise<void> {
    this.unlisten = await this.database.listen(
      PROGRESS_CHANNEL,
      (payload) => {
        for (const id of payload.split(",")) for (const wake of this.waiters.get(id) ?? []) wake();
      },
      // Progress may have been missed while the database was away: every reader re-reads.
      () => {
        for (const set of this.waiters.values()) for (const wake of set) wake();
      },
    );
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
  }

  on(jobId: string, wake: () => void): () => void {
    let set = this.waiters.get(jobId);
    if (!set) this.waiters.set(jobId, (set = new Set()));
    set.add(wake);
    return () => {
      set.delete(wake);
      if (!set.size) this.waiters.delete(jobId);
    };
  }
}

export interface FollowDeps {
  database: Database;
  runner: JobRunner;
  bus: ProgressBus;
  /** Safety-net poll for a remote job when no notification comes (ms). */
  pollMs?: number;
}

export async function* followJob(deps: FollowDeps, jobId: string, afterSeq: number, signal: AbortSignal): AsyncGenerator<JobEvent> {
  const local = deps.runner.get(jobId);
  if (local) {
    const queue = new AsyncQueue<JobEvent>();
    const unsubscribe = local.subscribe((event) => {
      queue.push(event);
      if (event.type === "end") queue.close();
    });
    const onAbort = () => queue.close();
    signal.addEventListener("abort", onAbort);
    try {
      // Subscribed first, then the catch-up: nothing can fall between the two.
      if (afterSeq < local.seq) yield { type: "delta", seq: local.seq, text: local.since(afterSeq) };
      let seen = local.seq;
      if (local.status !== "running") {
        yield { type: "end", seq: local.seq, status: local.status };
        return;
      }
      for (let r = await queue.next(); !r.done; r = await queue.next()) {
        if (r.value.type === "delta" && r.value.seq <= seen) continue;
        if (r.value.type === "delta") seen = r.value.seq;
        yield r.value;
        if (r.value.type === "end") return;
      }
    } finally {
      unsubscribe();
      signal.removeEventListener("abort", onAbort);
    }
    return;
  }
  yield* followRemote(deps, jobId, afterSeq, signal);
}

async function* followRemote(deps: FollowDeps, jobId: string, afterSeq: number, signal: AbortSignal): AsyncGenerator<JobEvent> {
  let wake: () => void = () => {};
  const off = deps.bus.on(jobId, () => wake());
  const onAbort = () => wake();
  signal.addEventListener("abort", onAbort);
  let seen = afterSeq;
  try {
    while (!signal.aborted) {
      let timer: Timer | undefined;
      const woken = new Promise<void>((resolve) => {
        wake = resolve;
        timer = setTimeout(resolve, deps.pollMs ?? 1000);
      });
      const row = await getJob(deps.database.db, jobId);
      if (!row) return;
      if (row.seq > seen) {
        yield { type: "delta", seq: row.seq, text: row.text.slice(offsetAfter(row.offsets, seen)) };
        seen = row.seq;
      }
      if (row.status !== "running") {
        yield { type: "end", seq: row.seq, status: row.status };
        return;
      }
      await woken;
      clearTimeout(timer);
    }
  } finally {
    off();
    signal.removeEventListener("abort", onAbort);
  }
}
