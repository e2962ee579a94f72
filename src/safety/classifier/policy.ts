// From classifier scores to findings the profiles understand. Gates on the
// three decision heads, calibrated per kind of profile on allow lines the
// model has not seen, hold false positives to a budget; two more thresholds
// pick the level (flag, block, alert); the category heads say what it is about. The
// finding's level is the one that gives that action in the built-in profile
// of the same kind, so an administrator's profile still has the last word.
import { staffProfile, studentProfile } from "../engine/profiles.ts";
import { actionRank, categories, levels, type Action, type Category, type Direction, type Level } from "../engine/types.ts";
import type { EvalCase } from "../eval/dataset.ts";
import type { ProfileKind } from "./features.ts";
import { profileKind, type Scores } from "./model.ts";

/** Scores each decision head must reach for the classifier to speak at all (any one is enough); above 1 turns a head off. */
export interface Gate {
  flag: number;
  block: number;
  alert: number;
}

export interface Thresholds {
  /** Per kind of profile, calibrated on allow lines so that few of them pass. */
  gate: Record<ProfileKind, Gate>;
  block: number;
  alert: number;
  /** Categories the classifier may report; others are left to the rules. */
  categories: readonly Category[];
  /** Speak only on texts with a word of a risky class ("whats the easiest way to make slime" has none). */
  requireRisky: boolean;
  /** Speak only on texts of at least this many words: "no" or "pipe bomb" is too little to judge by word statistics. */
  minWords: number;
}

export interface Budget {
  /** Share of allow lines the classifier may raise, per kind of profile; 0 turns it off for that kind. */
  falsePositive: Record<ProfileKind, number>;
  /**
   * Share of everyday messages (cv.ts, isEveryday) the classifier may raise,
   * held apart from the labeled lines: thirty thousand labeled look-alikes
   * would otherwise set the gates for them, and "mondays are the worst"
   * would pay for it.
   */
  everyday: number;
  requireRisky: boolean;
  minWords: number;
}

/**
 * Students only: staff texts in the corpus are all professional prose, so a
 * staff "thanks" or "bonjour" is unlike anything the staff gates were
 * calibrated on, and the cross-validation showed little to gain there.
 * No risky word is required any more: the rule kept the model from alerting
 * on everyday moods ("i just want to stay home") while it had seen few of
 * them, and cost most of its recall on disclosures told in plain words. With
 * 1,200 everyday student messages in training and 1% of labeled allow lines
 * as the budget, alert recall on batches nobody tuned on rose by 4–11 points
 * while false positives on 400 held-out everyday messages went from 1.0% to
 * 0.8% (docs/safety-evaluation.md, tenth round).
 */
export const defaultBudget: Budget = { falsePositive: { student: 0.01, staff: 0 }, everyday: 0.01, requireRisky: false, minWords: 3 };

/** Everyday student messages and assistant answers (fixtures/everyday*.jsonl, ids "bg-e…"): ordinary chat, with false-positive budgets of their own. */
export const isEveryday = (id: string): boolean => id.startsWith("bg-e");

const tables = { student: studentProfile.actions, staff: staffProfile.actions };

export interface Verdict {
  action: Exclude<Action, "allow">;
  category: Category;
  level: Level;
}

/** The classifier's own verdict for one text, or null (allow). */
export function verdictOf(scores: Scores, kind: ProfileKind, direction: Direction, t: Thresholds): Verdict | null {
  if ((t.requireRisky && !scores.risky) || scores.words < t.minWords) return null;
  const gate = t.gate[kind];
  if (scores.flag < gate.flag && scores.block < gate.block && scores.alert < gate.alert) return null;
  let action: Verdict["action"] = scores.alert >= t.alert ? "alert" : scores.block >= t.block ? "block" : "flag";
  // A model's answer is refused, never alerted on (decide.ts does the same).
  if (direction === "output" && action === "alert") action = "block";
  let best: Verdict | null = null;
  let bestScore = -1;
  for (const category of t.categories) {
    const level = levelFor(category, action, kind);
    if (level === null) continue;
    const s = scores.category[category];
    if (s > bestScore) {
      best = { action, category, level };
      bestScore = s;
    }
  }
  return best;
}

/** The lowest level that gives `action` for `category` in the built-in profile of this kind (outputs: alert reads as block). */
export function levelFor(category: Category, action: Action, kind: ProfileKind): Level | null {
  for (const level of levels) {
    const a = tables[kind][category][level];
    if (a === action || (action === "block" && a === "alert")) return level;
  }
  return null;
}

export interface Scored {
  c: EvalCase;
  scores: Scores;
}

/** Thresholds chosen only from scores of lines the model did not train on (out-of-fold). */
export function calibrate(oof: readonly Scored[], budget: Budget = defaultBudget, allowed: readonly Category[] = categories): Thresholds {
  const eligible = oof.filter((s) => (!budget.requireRisky || s.scores.risky) && s.scores.words >= budget.minWords);
  const gate = { student: gateFor(eligible, "student", budget, oof), staff: gateFor(eligible, "staff", budget, oof) };
  const passing = eligible.filter((s) => s.c.expect && s.c.expect !== "allow" && passes(s.scores, gate[profileKind(s.c.profile)]));
  const grid = Array.from({ length: 19 }, (_, i) => 0.05 + i * 0.05);
  const weight: Record<string, number> = { flag: 1, block: 2, alert: 3 };
  let best = { block: 0.5, alert: 0.5, value: -1 };
  for (const block of grid) {
    for (const alert of grid) {
      let value = 0;
      for (const s of passing) {
        const got = s.scores.alert >= alert ? "alert" : s.scores.block >= block ? "block" : "flag";
        const want = s.c.direction === "output" && s.c.expect === "alert" ? "block" : s.c.expect!;
        const asOutput = s.c.direction === "output" && got === "alert" ? "block" : got;
        if (asOutput === want) value += weight[want] ?? 1;
      }
      if (value > best.value) best = { block, alert, value };
    }
  }
  return { gate, block: best.block, alert: best.alert, categories: allowed, requireRisky: budget.requireRisky, minWords: budget.minWords };
}

const passes = (s: Scores, g: Gate) => s.flag >= g.flag || s.block >= g.block || s.alert >= g.alert;
const heads = ["flag", "block", "alert"] as const;

/**
 * Per-head gates at one common false-positive rate: each head may pass its
 * `room` highest-scoring allow lines, `room` as large as the budget allows
 * for the union. A sharp head (alert) thus counts as much as a broad one (flag).
 */
function gateFor(eligible: readonly Scored[], kind: ProfileKind, budget: Budget, all: readonly Scored[]): Gate {
  const isAllow = (s: Scored) => s.c.expect === "allow" && profileKind(s.c.profile) === kind;
  const allow = eligible.filter(isAllow).map((s) => s.scores);
  const labeled = eligible.filter((s) => isAllow(s) && !isEveryday(s.c.id)).map((s) => s.scores);
  // Everyday messages and everyday answers each keep to the budget: a pool of easy answers must not buy room for alerts on chat.
  const everydayOf = (direction: Direction) => (s: Scored) => isAllow(s) && isEveryday(s.c.id) && s.c.direction === direction;
  const everyday = (["input", "output"] as const).map((direction) => ({
    scores: eligible.filter(everydayOf(direction)).map((s) => s.scores),
    limit: Math.floor(budget.everyday * all.filter(everydayOf(direction)).length),
  }));
  const off: Gate = { flag: 2, block: 2, alert: 2 };
  if (allow.length === 0 || budget.falsePositive[kind] === 0) return off;
  const sorted = Object.fromEntries(heads.map((h) => [h, allow.map((s) => s[h]).sort((a, b) => b - a)])) as Record<(typeof heads)[number], number[]>;
  const at = (room: number): Gate => Object.fromEntries(heads.map((h) => [h, Math.min(2, sorted[h][room]! + 1e-9)])) as unknown as Gate;
  // The budget is a share of all this kind's allow lines, including those the policy never lets through.
  const limit = Math.floor(budget.falsePositive[kind] * all.filter((s) => isAllow(s) && !isEveryday(s.c.id)).length);
  let best = off;
  for (let room = 0; room < allow.length; room++) {
    const g = at(room);
    if (labeled.filter((s) => passes(s, g)).length > limit) break;
    if (everyday.some((pool) => pool.scores.filter((s) => passes(s, g)).length > pool.limit)) break;
    best = g;
  }
  return best;
}

export const moreSevere = (a: Action, b: Action): Action => (actionRank(a) >= actionRank(b) ? a : b);
