// The check an OutputGuard runs while an answer streams: the new passage is
// read together with the text just before it (a recipe's "step 2" needs its
// "step 1"), and a failure of the check fails closed per the profile.
import { checkText, type CheckContext } from "./check.ts";
import { failSafeSync } from "./fail-closed.ts";
import type { GuardCheck } from "./output-guard.ts";
import { resolveProfile, type Profile, type ProfileId } from "./profiles.ts";

export function outputCheck(profileIn: Profile | ProfileId, context: CheckContext = {}): GuardCheck {
  const profile = resolveProfile(profileIn);
  return (passage, previous) =>
    failSafeSync(
      profile,
      () => {
        const text = previous + passage;
        const decision = checkText({ text, direction: "output", profile, context });
        if (decision.decision !== "flag") return decision;
        // A flag on text that was already released was reported then; report only what is new.
        const fresh = decision.matches.filter((m) => m.end === undefined || m.end > previous.length);
        return fresh.length ? { ...decision, matches: fresh } : { decision: "allow", categories: [], severity: null, matches: [], message: null };
      },
      "output",
    );
}
