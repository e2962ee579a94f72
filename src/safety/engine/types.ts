// The vocabulary of the safety engine. Detectors report findings (what they
// saw and how serious it is); a profile turns findings into a decision.
export const categories = [
  "self_harm",
  "violence",
  "weapons",
  "sexual",
  "drugs",
  "hate",
  "harassment",
  "profanity",
  "abuse_disclosure",
  "threat",
  "prompt_injection",
  "filter_evasion",
] as const;
export type Category = (typeof categories)[number];

/** What happens to a message. Ordered from least to most severe. */
export const actions = ["allow", "flag", "block", "alert"] as const;
export type Action = (typeof actions)[number];

/**
 * How serious one finding is, before any profile is applied:
 * - mild: worth a note (casual profanity, hyperbole, a request to get round the web filter);
 * - harmful: content that must not be produced or answered (instructions for a weapon, explicit sex);
 * - critical: someone may be in danger now (a disclosure of self-harm or abuse, a threat to others).
 */
export const levels = ["mild", "harmful", "critical"] as const;
export type Level = (typeof levels)[number];

export const severities = ["low", "medium", "high", "critical"] as const;
export type Severity = (typeof severities)[number];

export type Direction = "input" | "output";

/** Where a finding came from: the local engine or a configured remote service. */
export type FindingSource = "local" | "bedrock" | "openai" | "engine_error";

export interface Finding {
  category: Category;
  level: Level;
  /** The rule that fired, e.g. "self_harm.ideation"; stable, for audits and tuning. */
  rule: string;
  /** Offsets in the checked text ([start, end)); absent for remote findings without a span. */
  start?: number;
  end?: number;
  source: FindingSource;
}

export interface Match {
  category: Category;
  level: Level;
  action: Action;
  rule: string;
  start?: number;
  end?: number;
  /** The matched passage with personal data redacted, safe to store and show to staff. */
  evidence: string;
  source: FindingSource;
}

export interface Decision {
  decision: Action;
  /** Categories of the findings that led to a non-allow action, in a stable order. */
  categories: Category[];
  severity: Severity | null;
  matches: Match[];
  /** The kind refusal (block) or supportive reply (alert) to show instead; null otherwise. */
  message: string | null;
  /** Set when a detector failed and the profile's fail-closed rule made the decision. */
  error?: string;
}

export const actionRank = (a: Action): number => actions.indexOf(a);
export const levelRank = (l: Level): number => levels.indexOf(l);
export const severityRank = (s: Severity | null): number => (s === null ? -1 : severities.indexOf(s));
export const mostSevere = (a: Action, b: Action): Action => (actionRank(a) >= actionRank(b) ? a : b);
