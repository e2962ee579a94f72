// Turns held-out classifier scores and rule decisions into predictions for
// each approach (rules, classifier, rules + classifier under a policy) and
// scores them with the evaluation metrics, pooled over the held-out batches.
import type { Action, Category } from "../engine/types.ts";
import type { EvalCase } from "../eval/dataset.ts";
import { rate, score, type Prediction, type Ratio, type Summary } from "../eval/metrics.ts";
import type { HeldOut } from "./cv.ts";
import { profileKind } from "./model.ts";
import { moreSevere, verdictOf, type Verdict } from "./policy.ts";

export interface RuleDecision {
  decision: Action;
  categories: Category[];
}

/** How the classifier's verdict joins the rules' decision. */
export type Combination =
  /** Classifier alone. */
  | "classifier"
  /** The more severe of the two (the classifier may raise any rule decision). */
  | "union"
  /** The classifier only speaks when the rules allow. */
  | "raise-allow"
  /** As raise-allow, and never on a staff text the engine reads as professional or educational. */
  | "raise-allow-guarded"
  /** As raise-allow; on a professional or educational staff text only an alert (someone in danger) may be raised. */
  | "raise-allow-alert-only-in-context"
  /** As raise-allow, for students only. */
  | "raise-allow-students";

export const combinations: readonly Combination[] = ["classifier", "union", "raise-allow", "raise-allow-guarded", "raise-allow-alert-only-in-context", "raise-allow-students"];

const professionalFlags = ["professional", "educational"] as const;

export function combine(how: Combination, rules: RuleDecision, verdict: Verdict | null, c: EvalCase, flags: ReadonlySet<string>): RuleDecision {
  if (how === "classifier") return verdict ? { decision: verdict.action, categories: [verdict.category] } : { decision: "allow", categories: [] };
  if (!verdict) return rules;
  if (how !== "union" && rules.decision !== "allow") return rules;
  if (how === "raise-allow-guarded" && c.profile === "staff" && professionalFlags.some((f) => flags.has(f))) return rules;
  if (how === "raise-allow-students" && c.profile === "staff") return rules;
  if (how === "raise-allow-alert-only-in-context" && c.profile === "staff" && verdict.action !== "alert" && professionalFlags.some((f) => flags.has(f))) return rules;
  const decision = moreSevere(rules.decision, verdict.action);
  if (decision === rules.decision) return rules;
  return { decision, categories: [...new Set([...rules.categories, verdict.category])] };
}

export interface Row {
  approach: string;
  scope: string;
  summary: Summary;
  lines: number;
}

export function predictionsFor(how: Combination, held: readonly HeldOut[], rules: ReadonlyMap<string, RuleDecision> | null, flags: ReadonlyMap<string, ReadonlySet<string>>): Prediction[] {
  return held.map((h) => {
    const verdict = verdictOf(h.scores, profileKind(h.c.profile), h.c.direction, h.thresholds);
    const r = rules?.get(h.c.id) ?? { decision: "allow" as Action, categories: [] };
    const d = combine(how, r, verdict, h.c, flags.get(h.c.id) ?? new Set());
    return { id: h.c.id, decision: d.decision, categories: d.categories, pii: [] };
  });
}

export const rulePredictions = (cases: readonly EvalCase[], rules: ReadonlyMap<string, RuleDecision>): Prediction[] =>
  cases.map((c) => {
    const r = rules.get(c.id)!;
    return { id: c.id, decision: r.decision, categories: r.categories, pii: [] };
  });

export function row(approach: string, scope: string, cases: readonly EvalCase[], predictions: readonly Prediction[]): Row {
  // PII is scored separately (the classifier does not touch it); drop its labels here.
  const plain = cases.map(({ pii: _pii, ...rest }) => rest);
  return { approach, scope, summary: score(plain, predictions), lines: cases.length };
}

const pct = (r: Ratio | undefined) => {
  const v = rate(r);
  return v === null ? "    -" : `${(v * 100).toFixed(1).padStart(5)}`;
};

export function formatRows(rows: readonly Row[]): string {
  const head = `${"approach".padEnd(52)} ${"held-out scope".padEnd(24)} lines  alert  block   flag  allow  FPstu  FPstf`;
  const body = rows.map((r) => {
    const d = r.summary.decisionRecall;
    const fp = r.summary.falsePositives;
    return `${r.approach.padEnd(52)} ${r.scope.padEnd(24)} ${String(r.lines).padStart(5)}  ${pct(d.alert)}  ${pct(d.block)}  ${pct(d.flag)}  ${pct(d.allow)}  ${pct(fp.student)}  ${pct(fp.staff)}`;
  });
  return [head, ...body].join("\n");
}
