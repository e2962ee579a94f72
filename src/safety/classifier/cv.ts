// Leave-one-batch-out cross-validation. Labeled lines come in batches written
// at different times by different people (the id prefix: "reg-h8", "dev");
// lines of one batch share phrasing, so holding out single lines would
// flatter any model. Each batch is held out in turn: the model is trained and
// its thresholds calibrated on the other batches only (thresholds from an
// inner grouped cross-validation, never from scores on its own training
// lines), then it predicts the held-out batch.
import type { EvalCase } from "../eval/dataset.ts";
import type { LinearHeads, TrainOptions } from "./logistic.ts";
import { defaultTrainOptions } from "./logistic.ts";
import { scoresOfPieces, train, type PreparedCase, type Scores } from "./model.ts";
import { calibrate, defaultBudget, isEveryday, type Budget, type Scored, type Thresholds } from "./policy.ts";

/** The batch of a labeled line: its id without the trailing number ("reg-h8-012" -> "reg-h8"; "fresh-a13-B007" -> "fresh-a13", written in two parts). */
export const groupOf = (id: string): string => id.replace(/-[A-Z]?\d+$/, "");

export interface TrainedClassifier {
  model: LinearHeads;
  thresholds: Thresholds;
}

export interface FitOptions {
  innerFolds: number;
  budget: Budget;
  train: TrainOptions;
}

export const defaultFitOptions: FitOptions = { innerFolds: 4, budget: defaultBudget, train: defaultTrainOptions };

/** Splits groups into `k` folds, round-robin over the sorted group names (deterministic). */
export function groupFolds(groups: readonly string[], k: number): string[][] {
  const sorted = [...new Set(groups)].sort();
  const folds: string[][] = Array.from({ length: Math.min(k, sorted.length) }, () => []);
  sorted.forEach((g, i) => folds[i % folds.length]!.push(g));
  return folds;
}

/** Scores of every line from a model that never saw that line's batch. */
export function outOfFold(data: readonly PreparedCase[], folds: readonly string[][], options: TrainOptions): Scored[] {
  const scored: Scored[] = [];
  for (const fold of folds) {
    const held = new Set(fold);
    const model = train(data.filter((d) => !held.has(groupOf(d.c.id))), options);
    for (const d of data) if (held.has(groupOf(d.c.id))) scored.push({ c: d.c, scores: scoresOfPieces(model, d.pieces).scores });
  }
  return scored;
}

/**
 * Background lines: greetings ("hey") and everyday messages ("i'm bored")
 * written to teach the model what ordinary chat looks like. They train; the
 * labeled corpus's false-positive budget is measured without them (easy lines
 * would dilute it), and the everyday messages have a budget of their own.
 */
export const isBackground = (id: string): boolean => id.startsWith("bg-");

/** The whole training procedure: thresholds from inner cross-validation, then one model on all the data. */
export function fit(data: readonly PreparedCase[], options: FitOptions = defaultFitOptions): TrainedClassifier {
  const folds = groupFolds(data.map((d) => groupOf(d.c.id)), options.innerFolds);
  const thresholds = calibrate(outOfFold(data, folds, options.train).filter((s) => !isBackground(s.c.id) || isEveryday(s.c.id)), options.budget);
  return { model: train(data, options.train), thresholds };
}

export interface HeldOut {
  c: EvalCase;
  group: string;
  scores: Scores;
  /** The thresholds of the fold that held this line out. */
  thresholds: Thresholds;
}

/** Leave-one-group-out over every group present; `only` limits which groups are held out (the rest still train). */
export function leaveOneGroupOut(data: readonly PreparedCase[], options: FitOptions = defaultFitOptions, only?: ReadonlySet<string>, progress?: (group: string) => void): HeldOut[] {
  const groups = [...new Set(data.map((d) => groupOf(d.c.id)))].sort();
  const out: HeldOut[] = [];
  for (const group of groups) {
    if (only && !only.has(group)) continue;
    progress?.(group);
    const trained = fit(data.filter((d) => groupOf(d.c.id) !== group), options);
    for (const d of data) {
      if (groupOf(d.c.id) === group) out.push({ c: d.c, group, scores: scoresOfPieces(trained.model, d.pieces).scores, thresholds: trained.thresholds });
    }
  }
  return out;
}
