// The safety classifier's heads and labels. Three ordinal decision heads
// (anything but allow; block or worse; alert) say how serious a text is; one
// head per category says what it is about. Labels come straight from the
// evaluation format, so any labeled JSONL file is training data.
import { readText } from "../engine/detect.ts";
import { resolveProfile } from "../engine/profiles.ts";
import { categories, type Category } from "../engine/types.ts";
import type { EvalCase } from "../eval/dataset.ts";
import { defaultFeatureOptions, featureBits, featurize, type FeatureOptions, type FeatureVector, type ProfileKind } from "./features.ts";
import { piecesOf, type Piece } from "./pieces.ts";
import { defaultTrainOptions, scoreHeads, trainHeads, type LinearHeads, type TrainingExample, type TrainOptions } from "./logistic.ts";

export const decisionHeads = ["flag", "block", "alert"] as const;
export const heads: readonly string[] = [...decisionHeads, ...categories.map((c) => `category:${c}`)];

export interface Scores {
  /** P(anything but allow). */
  flag: number;
  /** P(block or alert). */
  block: number;
  /** P(alert). */
  alert: number;
  category: Record<Category, number>;
  /** Not scores: whether the text has a risky word, and how many words it has (the policy may require either). */
  risky: boolean;
  words: number;
}

export const profileKind = (profileId: string): ProfileKind => (profileId === "staff" ? "staff" : "student");

/** Features of a labeled case, read through the engine's own normalization and context: the whole line and its pieces. */
export function caseFeatures(c: EvalCase, options: FeatureOptions = defaultFeatureOptions): { x: FeatureVector; pieces: Piece[] } {
  const ctx = readText(c.text, c.direction, resolveProfile(c.profile));
  const read = options.engineText ? ctx : { ...ctx, flags: new Set<never>(), n: { ...ctx.n, text: c.text.toLowerCase(), obfuscations: [], quotes: [] } };
  const kind = profileKind(c.profile);
  return { x: featurize({ ctx: read, profile: kind }, options), pieces: piecesOf(read, kind, options) };
}

export function labelsOf(c: EvalCase): Uint8Array {
  const y = new Uint8Array(heads.length);
  const e = c.expect ?? "allow";
  y[0] = e !== "allow" ? 1 : 0;
  y[1] = e === "block" || e === "alert" ? 1 : 0;
  y[2] = e === "alert" ? 1 : 0;
  categories.forEach((cat, i) => {
    y[3 + i] = e !== "allow" && (c.categories ?? []).includes(cat) ? 1 : 0;
  });
  return y;
}

export interface PreparedCase {
  c: EvalCase;
  /** The whole line, as labeled: what the model trains on. */
  x: FeatureVector;
  /** What the model reads when it judges the line. */
  pieces: Piece[];
  y: Uint8Array;
}

export const prepare = (cases: readonly EvalCase[], options: FeatureOptions = defaultFeatureOptions): PreparedCase[] => cases.map((c) => ({ c, ...caseFeatures(c, options), y: labelsOf(c) }));

export function train(data: readonly PreparedCase[], options: TrainOptions = defaultTrainOptions): LinearHeads {
  const examples: TrainingExample[] = data.map((d) => ({ x: d.x, y: d.y }));
  return trainHeads(heads, 1 << featureBits, examples, options);
}

export function scoresOf(model: LinearHeads, x: FeatureVector): Scores {
  const p = scoreHeads(model, x);
  const category = {} as Record<Category, number>;
  categories.forEach((cat, i) => (category[cat] = p[3 + i]!));
  return { flag: p[0]!, block: p[1]!, alert: p[2]!, category, risky: x.risky, words: x.words };
}

/** A text's scores: for each head, its most worrying piece's. */
export function scoresOfPieces(model: LinearHeads, pieces: readonly Piece[]): { scores: Scores; each: Scores[] } {
  const each = pieces.map((p) => scoresOf(model, p.x));
  const scores = structuredClone(each[0]!);
  for (const s of each.slice(1)) {
    scores.flag = Math.max(scores.flag, s.flag);
    scores.block = Math.max(scores.block, s.block);
    scores.alert = Math.max(scores.alert, s.alert);
    scores.risky ||= s.risky;
    scores.words = Math.max(scores.words, s.words);
    for (const cat of categories) scores.category[cat] = Math.max(scores.category[cat], s.category[cat]);
  }
  return { scores, each };
}
