// The streaming hold-back. A model's answer arrives in small deltas; the guard
// keeps them until a sentence is complete (or a long run has no boundary),
// checks the answer so far, and only then releases the sentence. A student
// never sees a passage that fails the check: on block or alert the stream
// stops and the caller replaces what was shown with `replacement`.
import type { Decision } from "./types.ts";

export type GuardCheck = (text: string, previous: string) => Decision | Promise<Decision>;

export interface OutputGuardOptions {
  /** Judges `text` (the pending passage) in the light of `previous` (recently released text). */
  check: GuardCheck;
  /** Release a passage without a sentence boundary once it is this long (characters). */
  maxHold?: number;
  /** How much already released text is checked again with each new passage, for context. */
  contextChars?: number;
}

export interface GuardStep {
  /** Text that passed and may be shown now (possibly empty). */
  release: string;
  /** Set once the answer is stopped: the decision, and the message to show instead of the whole answer. */
  stopped?: { decision: Decision; replacement: string };
  /** Set when a released passage was flagged (allowed, but an incident should be recorded). */
  flagged?: Decision;
}

// End of a sentence: ., ! or ? (with closing quotes/brackets) followed by whitespace, or a line break.
const boundary = /[.!?…]+["'”’)\]]*\s+|\n+/g;

/** Where the last complete sentence of `text` ends (0: none yet). */
export function lastSentenceEnd(text: string): number {
  let cut = 0;
  boundary.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(text)) !== null) cut = m.index + m[0].length;
  return cut;
}

export class OutputGuard {
  private pending = "";
  private released = "";
  private stoppedWith: GuardStep["stopped"];
  private readonly maxHold: number;
  private readonly contextChars: number;

  constructor(private readonly options: OutputGuardOptions) {
    this.maxHold = options.maxHold ?? 400;
    this.contextChars = options.contextChars ?? 600;
  }

  get stopped(): boolean {
    return this.stoppedWith !== undefined;
  }

  /** Everything released so far. */
  get shown(): string {
    return this.released;
  }

  async push(delta: string): Promise<GuardStep> {
    if (this.stoppedWith) return { release: "", stopped: this.stoppedWith };
    this.pending += delta;
    const cut = this.cutPoint();
    if (cut === 0) return { release: "" };
    return this.releaseUpTo(cut);
  }

  /** The end of the stream: the held tail is checked and released, or the answer is stopped. */
  async finish(): Promise<GuardStep> {
    if (this.stoppedWith) return { release: "", stopped: this.stoppedWith };
    if (!this.pending) return { release: "" };
    return this.releaseUpTo(this.pending.length);
  }

  /** Where the held text can be cut: after the last complete sentence, or at a space once too much is held. */
  private cutPoint(): number {
    let cut = lastSentenceEnd(this.pending);
    if (cut === 0 && this.pending.length >= this.maxHold) {
      const space = this.pending.lastIndexOf(" ", this.maxHold);
      cut = space > this.maxHold / 2 ? space + 1 : this.maxHold;
    }
    return cut;
  }

  private async releaseUpTo(cut: number): Promise<GuardStep> {
    const passage = this.pending.slice(0, cut);
    const decision = await this.options.check(passage, this.released.slice(-this.contextChars));
    if (decision.decision === "block" || decision.decision === "alert") {
      this.stoppedWith = { decision, replacement: decision.message ?? "This answer was stopped by the school's safety policy." };
      this.pending = "";
      return { release: "", stopped: this.stoppedWith };
    }
    this.pending = this.pending.slice(cut);
    this.released += passage;
    const step: GuardStep = { release: passage };
    if (decision.decision === "flag") step.flagged = decision;
    return step;
  }
}
