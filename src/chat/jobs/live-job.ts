// A job running in this process: its released text, the sequence number of
// each event, and the readers following it live. Event ids are sequence
// numbers; offsets[i] is the text length after event i+1, so a reader that
// last saw event k resumes at text.slice(offsetAfter(k)), without a gap or a
// duplicate.
import type { JobStatus } from "../schema.ts";
import type { ProgressWrite } from "./store.ts";

export type JobEvent = { type: "delta"; seq: number; text: string } | { type: "end"; seq: number; status: JobStatus };

export function offsetAfter(offsets: readonly number[], seq: number): number {
  if (seq <= 0) return 0;
  return offsets[Math.min(seq, offsets.length) - 1] ?? 0;
}

export class LiveJob {
  text = "";
  seq = 0;
  readonly offsets: number[] = [];
  status: JobStatus = "running";
  /** Progress not yet written to the database. */
  dirty = false;
  /** The seq of the last write the database holds (its row starts empty); undefined when unknown. */
  private savedSeq: number | undefined = 0;
  readonly abort = new AbortController();
  private readonly listeners = new Set<(event: JobEvent) => void>();

  constructor(readonly id: string, readonly messageId: string, readonly userId: string) {}

  append(text: string): void {
    if (!text) return;
    this.text += text;
    this.seq++;
    this.offsets.push(this.text.length);
    this.dirty = true;
    const event: JobEvent = { type: "delta", seq: this.seq, text };
    for (const listener of this.listeners) listener(event);
  }

  end(status: JobStatus): void {
    this.status = status;
    const event: JobEvent = { type: "end", seq: this.seq, status };
    for (const listener of this.listeners) listener(event);
    this.listeners.clear();
  }

  /** What a reader that last saw event `afterSeq` is missing. */
  since(afterSeq: number): string {
    return this.text.slice(offsetAfter(this.offsets, afterSeq));
  }

  /** What the database lacks, as of now: the text since the saved write, or all of it when that is unknown. */
  pendingWrite(): ProgressWrite {
    const saved = this.savedSeq;
    if (saved === undefined) return { id: this.id, text: this.text, seq: this.seq, offsets: this.offsets.slice(), savedSeq: 0, whole: true };
    return { id: this.id, text: this.text.slice(offsetAfter(this.offsets, saved)), seq: this.seq, offsets: this.offsets.slice(saved), savedSeq: saved, whole: false };
  }

  /** The database took `write`, or did not (its row then holds something else: write everything next time). */
  written(write: ProgressWrite, applied: boolean): void {
    this.savedSeq = applied ? write.seq : undefined;
  }

  subscribe(listener: (event: JobEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get readers(): number {
    return this.listeners.size;
  }
}
