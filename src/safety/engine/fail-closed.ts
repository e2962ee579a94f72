// What happens when a check itself fails (a bug, a remote moderation service
// down or timing out). For students the answer is always no: the message is
// refused with a clear explanation. For staff the profile decides: refuse, or
// let it through with a flag so the failure is still on record.
import { fromMatches } from "./decide.ts";
import { engineErrorMessage } from "./messages.ts";
import { resolveProfile, type Profile, type ProfileId } from "./profiles.ts";
import type { Decision, Direction } from "./types.ts";

export function errorDecision(profileIn: Profile | ProfileId, error: unknown, direction: Direction = "input"): Decision {
  const profile = resolveProfile(profileIn);
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const closed = profile.id === "student" || profile.failClosed;
  const base = fromMatches([], direction, `safety check failed: ${reason}`);
  return closed
    ? { ...base, decision: "block", severity: "medium", message: engineErrorMessage }
    : { ...base, decision: "flag", severity: "low", message: null };
}

/** Runs a check; if it throws or rejects, the profile's fail-closed rule decides instead. */
export async function failSafe(profile: Profile | ProfileId, check: () => Decision | Promise<Decision>, direction: Direction = "input"): Promise<Decision> {
  try {
    return await check();
  } catch (error) {
    return errorDecision(profile, error, direction);
  }
}

/** The synchronous form, for the local engine. */
export function failSafeSync(profile: Profile | ProfileId, check: () => Decision, direction: Direction = "input"): Decision {
  try {
    return check();
  } catch (error) {
    return errorDecision(profile, error, direction);
  }
}
