// The local engine and any configured remote moderation, as one decision.
// Remote services run in parallel; their findings pass through the same
// profile. Remote classifiers cannot tell a lesson plan from a request, so in
// a text the local engine sees as teaching or professional their harmful
// findings count as mild. A remote failure is an engine failure: students
// are refused, staff follow their profile.
import { createRedactor } from "../pii/index.ts";
import { combine, decide } from "../engine/decide.ts";
import { detect } from "../engine/detect.ts";
import { errorDecision } from "../engine/fail-closed.ts";
import { resolveProfile, type Profile, type ProfileId } from "../engine/profiles.ts";
import type { Decision, Direction, Finding } from "../engine/types.ts";
import type { ModerationAdapter } from "./types.ts";

export interface CombinedCheckInput {
  text: string;
  direction: Direction;
  profile: Profile | ProfileId;
  adapters?: readonly ModerationAdapter[];
  previous?: string;
}

const redact = createRedactor();

export async function checkWithAdapters(input: CombinedCheckInput): Promise<Decision> {
  const profile = resolveProfile(input.profile);
  let local: ReturnType<typeof detect>;
  try {
    local = detect(input.text, input.direction, profile, input.previous);
  } catch (error) {
    return errorDecision(profile, error, input.direction);
  }
  const teaching = local.ctx.flags.has("educational") || local.ctx.flags.has("professional");
  const remote = await Promise.allSettled((input.adapters ?? []).map((a) => a.moderate(input.text, input.direction)));
  const decisions: Decision[] = [decide(local.findings, profile, input.direction, input.text, redact)];
  for (const r of remote) {
    if (r.status === "rejected") {
      decisions.push(errorDecision(profile, r.reason, input.direction));
      continue;
    }
    const findings: Finding[] = r.value.map((f) => (teaching && f.level === "harmful" ? { ...f, level: "mild" } : f));
    decisions.push(decide(findings, profile, input.direction, input.text, redact));
  }
  return combine(decisions, input.direction);
}
