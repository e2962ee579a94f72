// From findings to a decision: the profile gives each finding an action, the
// most severe action wins, and the decision lists the categories behind it.
// `combine` merges decisions from several checks (messages of a conversation,
// the local engine and remote moderation) the same way.
import { alertMessage, refusalMessage } from "./messages.ts";
import type { Profile } from "./profiles.ts";
import {
  actionRank,
  categories as categoryOrder,
  severityRank,
  type Action,
  type Category,
  type Decision,
  type Direction,
  type Finding,
  type Level,
  type Match,
  type Severity,
} from "./types.ts";

const quietCategories: ReadonlySet<Category> = new Set(["profanity", "prompt_injection", "filter_evasion"]);

export function severityOf(category: Category, level: Level, action: Action): Severity {
  if (action === "alert" || level === "critical") return "critical";
  // Swearing is never more than a note for the record, whoever's words they are.
  if (category === "profanity") return "low";
  if (level === "harmful") return quietCategories.has(category) ? "medium" : "high";
  return quietCategories.has(category) ? "low" : "medium";
}

export type Redact = (text: string) => string;

export function evidenceOf(text: string, start: number | undefined, end: number | undefined, redact: Redact): string {
  if (start === undefined || end === undefined) return redact(text.slice(0, 160));
  let a = Math.max(0, start - 40);
  let b = Math.min(text.length, end + 40);
  while (a > 0 && a < start && !/\s/.test(text[a - 1]!)) a++;
  while (b < text.length && b > end && !/\s/.test(text[b]!)) b--;
  const excerpt = `${a > 0 ? "…" : ""}${text.slice(a, b).trim()}${b < text.length ? "…" : ""}`;
  return redact(excerpt.length > 240 ? `${excerpt.slice(0, 239)}…` : excerpt);
}

export function decide(findings: readonly Finding[], profile: Profile, direction: Direction, text: string, redact: Redact): Decision {
  const matches: Match[] = [];
  for (const f of findings) {
    let action = profile.actions[f.category][f.level];
    if (action === "allow") continue;
    // A model's answer is not a person in danger: what would alert on a student's words is refused in an answer.
    if (direction === "output" && action === "alert") action = "block";
    const match: Match = { category: f.category, level: f.level, action, rule: f.rule, evidence: evidenceOf(text, f.start, f.end, redact), source: f.source };
    if (f.start !== undefined) match.start = f.start;
    if (f.end !== undefined) match.end = f.end;
    matches.push(match);
  }
  return fromMatches(matches, direction);
}

export function fromMatches(matches: Match[], direction: Direction, error?: string): Decision {
  let decision: Action = "allow";
  let severity: Severity | null = null;
  for (const m of matches) {
    if (actionRank(m.action) > actionRank(decision)) decision = m.action;
    const s = severityOf(m.category, m.level, m.action);
    if (severityRank(s) > severityRank(severity)) severity = s;
  }
  const categories = orderedCategories(matches);
  const driving = orderedCategories(matches.filter((m) => m.action === decision));
  const message = decision === "alert" ? alertMessage(driving) : decision === "block" ? refusalMessage(driving, direction) : null;
  const result: Decision = { decision, categories, severity, matches, message };
  if (error) result.error = error;
  return result;
}

function orderedCategories(matches: readonly Match[]): Category[] {
  const present = new Set(matches.map((m) => m.category));
  return categoryOrder.filter((c) => present.has(c));
}

/** The most severe of several decisions, with every category and match they found. */
export function combine(decisions: readonly Decision[], direction: Direction = "input"): Decision {
  if (decisions.length === 1) return decisions[0]!;
  const matches = decisions.flatMap((d) => d.matches);
  const errors = decisions.map((d) => d.error).filter((e): e is string => !!e);
  const merged = fromMatches(matches, direction, errors.length ? errors.join("; ") : undefined);
  // A decision made without matches (an engine error that fails closed) still counts.
  const strongest = decisions.reduce((a, b) => (actionRank(b.decision) > actionRank(a.decision) ? b : a));
  if (actionRank(strongest.decision) > actionRank(merged.decision)) {
    return { ...merged, decision: strongest.decision, message: strongest.message, severity: severityRank(strongest.severity) > severityRank(merged.severity) ? strongest.severity : merged.severity };
  }
  return merged;
}
