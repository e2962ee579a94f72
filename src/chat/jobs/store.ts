// Streaming jobs in the database: progress written in batches (one statement
// for every dirty job), the final state, and the sweep that marks jobs whose
// instance died as interrupted while keeping their partial text.
import { and, eq, inArray, lt, sql } from "drizzle-orm";
import type { Db, Tx } from "../../platform/db/client.ts";
import { rowsOf } from "../../platform/db/migrate.ts";
import { aiStreamingJobs, type JobStatus, type StreamingJob } from "../schema.ts";
import type { LiveJob } from "./live-job.ts";

export const PROGRESS_CHANNEL = "atelier_job_progress";
export const CANCEL_CHANNEL = "atelier_job_cancel";

export async function createJob(
  db: Db | Tx,
  input: { messageId: string; conversationId: string; userId: string; instanceId: string },
): Promise<StreamingJob> {
  const [job] = await db.insert(aiStreamingJobs).values(input).returning();
  return job!;
}

export async function getJob(db: Db, id: string): Promise<StreamingJob | undefined> {
  const [job] = await db.select().from(aiStreamingJobs).where(eq(aiStreamingJobs.id, id));
  return job;
}

export async function jobForMessage(db: Db, messageId: string): Promise<StreamingJob | undefined> {
  const [job] = await db.select().from(aiStreamingJobs).where(eq(aiStreamingJobs.messageId, messageId)).orderBy(sql`${aiStreamingJobs.createdAt} desc`).limit(1);
  return job;
}

/** What one job has released since its last saved write. */
export interface ProgressWrite {
  id: string;
  /** The text appended since the saved write, or all of it when `whole`. */
  text: string;
  seq: number;
  offsets: number[];
  /** The seq the row holds from the last write; the append applies only on top of it. */
  savedSeq: number;
  whole: boolean;
}

/**
 * Writes the progress of many jobs in one statement, and returns the ids
 * written. Why appends in one JSON parameter: rewriting every job's whole
 * text each flush sent O(length) bytes per job twice a second and built a
 * statement with four parameters per job; at 1,000 streams that took 160 ms
 * of PGlite's (the app's) thread and 30 ms of the app's CPU on PostgreSQL
 * per flush (bench/stream.ts). A job now sends only what it appended, which
 * the row takes only if it still holds the job's last write (its seq), so a
 * write that was applied but reported lost is never applied twice: the job
 * writes its whole text next time instead.
 */
export async function writeProgress(db: Db, writes: ProgressWrite[]): Promise<Set<string>> {
  if (!writes.length) return new Set();
  const rows = rowsOf(
    await db.execute(sql`
      update ai_streaming_jobs as j
      set text = case when v.whole then v.text else j.text || v.text end,
          offsets = case when v.whole then v.offsets else j.offsets || v.offsets end,
          seq = v.seq, updated_at = now()
      from jsonb_to_recordset(${JSON.stringify(writes)}::jsonb)
        as v(id uuid, text text, seq int, offsets int[], "savedSeq" int, whole boolean)
      where j.id = v.id and j.status = 'running' and (v.whole or j.seq = v."savedSeq")
      returning j.id`),
  );
  return new Set(rows.map((r) => String(r.id)));
}

/**
 * Tells the database the jobs are alive even when no text came (a slow first
 * token); returns those a reader asked to cancel through another instance.
 */
export async function touchJobs(db: Db, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await db
    .update(aiStreamingJobs)
    .set({ updatedAt: new Date() })
    .where(and(inArray(aiStreamingJobs.id, ids), eq(aiStreamingJobs.status, "running")))
    .returning({ id: aiStreamingJobs.id, cancel: aiStreamingJobs.cancelRequested });
  return rows.filter((r) => r.cancel).map((r) => r.id);
}

export async function finishJob(tx: Tx, job: LiveJob, status: JobStatus, error: string | null): Promise<void> {
  await tx
    .update(aiStreamingJobs)
    .set({ status, text: job.text, seq: job.seq, offsets: job.offsets, error, finishedAt: new Date() })
    .where(eq(aiStreamingJobs.id, job.id));
}

export async function requestCancel(db: Db, jobId: string): Promise<void> {
  await db.update(aiStreamingJobs).set({ cancelRequested: true }).where(and(eq(aiStreamingJobs.id, jobId), eq(aiStreamingJobs.status, "running")));
}

const INTERRUPTED = "The server restarted while this answer was being written. The text so far is kept.";

/**
 * Jobs whose instance stopped writing (a crash, a killed task) are marked
 * interrupted, and their message keeps the partial text. The sweeping
 * instance's own jobs are never swept: it is alive and running them, however
 * long a saturated database kept their progress from being written. Without
 * `staleMs` (embedded mode at start: only one instance exists) every running
 * job of other instances goes at once. Job and message change in one
 * statement, so no page ever shows an answer still being written whose job
 * is already over.
 */
export async function sweepInterrupted(db: Db, opts: { instanceId: string; staleMs?: number }): Promise<number> {
  // "<=": a clock with millisecond resolution (PGlite) gives a job written just now the very same timestamp as now().
  const stale = opts.staleMs === undefined ? sql`true` : sql`j.updated_at <= now() - (${opts.staleMs}::int * interval '1 millisecond')`;
  const [row] = rowsOf(
    await db.execute(sql`
      with swept as (
        update ai_streaming_jobs as j
        set status = 'interrupted', finished_at = now(), error = ${INTERRUPTED}
        where j.status = 'running' and j.instance_id <> ${opts.instanceId} and ${stale}
        returning j.message_id, j.text
      ), marked as (
        update messages as m
        set status = 'interrupted', content = coalesce(swept.text, ''), error = ${INTERRUPTED}
        from swept
        where m.id = swept.message_id and m.status = 'streaming'
      )
      select count(*)::int as swept from swept`),
  );
  return Number(row?.swept ?? 0);
}

export async function deleteFinishedBefore(db: Db, before: Date): Promise<void> {
  await db.delete(aiStreamingJobs).where(and(lt(aiStreamingJobs.finishedAt, before), sql`${aiStreamingJobs.status} <> 'running'`));
}
