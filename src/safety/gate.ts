// The safety policy as the model gateway sees it (src/ai/gateway.ts): the
// input check over the whole conversation, PII redaction, and the output
// guard that releases a streamed answer only once it has passed.
import type { Caller, OutputGuard, Refusal, SafetyGate } from "../ai/gateway.ts";
import type { Config } from "../config.ts";
import type { Database } from "../platform/db/client.ts";
import type { Logger } from "../platform/logger.ts";
import type { Settings } from "../platform/settings/service.ts";
import { checkConversation, checkText } from "./engine/check.ts";
import { engineErrorMessage } from "./engine/messages.ts";
import { redact } from "./pii/index.ts";

export interface GateDeps {
  database: Database;
  settings: Settings;
  logger: Logger;
  config: Config;
}

function refusalOf(decision: { decision: string; message: string | null }): Refusal | undefined {
  if (decision.decision !== "block" && decision.decision !== "alert") return undefined;
  return { decision: decision.decision, message: decision.message ?? engineErrorMessage };
}

/** Releases text sentence by sentence, each only after it passed the output check. */
class SentenceGuard implements OutputGuard {
  private pending = "";
  private released = "";
  constructor(private readonly caller: Caller) {}

  push(delta: string) {
    this.pending += delta;
    let cut = lastBoundary(this.pending);
    // A long run without a sentence end is released at a word boundary, so nothing waits forever.
    if (cut <= 0 && this.pending.length > 240) cut = this.pending.lastIndexOf(" ") + 1;
    if (cut <= 0) return { text: "" };
    return this.check(cut);
  }

  finish() {
    return this.pending ? this.check(this.pending.length) : { text: "" };
  }

  private check(cut: number) {
    const sentence = this.pending.slice(0, cut);
    const decision = checkText({ text: sentence, direction: "output", profile: this.caller.safetyProfile, context: { previous: this.released.slice(-2000) } });
    const refusal = refusalOf(decision);
    if (refusal) return { text: "", refusal };
    this.pending = this.pending.slice(cut);
    this.released += sentence;
    return { text: sentence };
  }
}

function lastBoundary(text: string): number {
  const m = /[.!?\n]["')\]]*\s+(?=\S)|\n\n/g;
  let last = 0;
  for (let r = m.exec(text); r; r = m.exec(text)) last = r.index + r[0].length;
  return last;
}

export function createSafetyGate(deps: GateDeps): SafetyGate {
  return {
    async checkInput({ messages, caller }) {
      try {
        const decision = checkConversation(
          messages.map((m) => ({ role: m.role as "user" | "assistant" | "system", content: m.text })),
          caller.safetyProfile,
        );
        return refusalOf(decision);
      } catch (err) {
        deps.logger.error("safety engine failed on input", { error: err });
        return { decision: "block", message: engineErrorMessage };
      }
    },
    redact: (text) => redact(text),
    outputGuard: ({ caller }) => new SentenceGuard(caller),
  };
}
