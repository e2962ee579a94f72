// The classifier that ships. `shipped.json` (written by `bun run safety:train`,
// checked by a test) holds the recipe and the calibrated thresholds; the
// weights are trained from the committed regression corpus and everyday
// messages with that recipe, deterministically, on first use (about a second)
// and cached in node_modules/.cache like the embedded database image. The dev
// set never trains it: it stays a held-out check.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseDataset } from "../eval/dataset.ts";
import { featureBits, type FeatureOptions } from "./features.ts";
import type { LinearHeads, TrainOptions } from "./logistic.ts";
import { heads, prepare, train } from "./model.ts";
import type { Budget, Thresholds } from "./policy.ts";

export interface ShippedRecipe {
  about: string;
  /** The training data, relative to the repository root, with SHA-256s. */
  data: Array<{ file: string; sha256: string; lines: number }>;
  features: FeatureOptions;
  training: TrainOptions;
  innerFolds: number;
  budget: Budget;
  thresholds: Thresholds;
}

const root = join(import.meta.dir, "../../..");
export const recipeFile = join(import.meta.dir, "shipped.json");
const cacheDir = join(root, "node_modules/.cache/atelier");
/**
 * Everything the weights depend on: a change to any of these trains a new model.
 * The features read the engine's normalized text, context flags and vocabulary,
 * so the engine's own sources count too.
 */
const engineDir = join(import.meta.dir, "../engine");
const sources = [
  ...["features.ts", "lexicon.ts", "logistic.ts", "model.ts", "pieces.ts"].map((f) => join(import.meta.dir, f)),
  ...readdirSync(engineDir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .sort()
    .map((f) => join(engineDir, f)),
];

export const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

export interface ShippedClassifier {
  recipe: ShippedRecipe;
  model: LinearHeads;
}

let memo: ShippedClassifier | undefined;

/** The shipped model, trained or read from the cache on first use. */
export function shippedClassifier(): ShippedClassifier {
  memo ??= load();
  return memo;
}

function load(): ShippedClassifier {
  const recipeText = readFileSync(recipeFile, "utf8");
  const recipe = JSON.parse(recipeText) as ShippedRecipe;
  const texts = recipe.data.map((d) => readFileSync(join(root, d.file), "utf8"));
  const key = sha256([recipeText, ...texts, ...sources.map((f) => readFileSync(f, "utf8"))].join("\u0000")).slice(0, 16);
  const file = join(cacheDir, `safety-classifier-${key}.bin`);
  const buckets = 1 << featureBits;
  if (existsSync(file)) {
    const bytes = readFileSync(file);
    const floats = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    if (floats.length === heads.length * (buckets + 1)) {
      return { recipe, model: { heads, buckets, bias: floats.slice(0, heads.length), weights: floats.slice(heads.length) } };
    }
  }
  const model = trainShipped(recipe, texts);
  saveQuietly(file, model);
  return { recipe, model };
}

/** `texts` are the contents of `recipe.data`'s files, in order. */
export function trainShipped(recipe: Pick<ShippedRecipe, "data" | "features" | "training">, texts: readonly string[]): LinearHeads {
  const cases = recipe.data.flatMap((d, i) => parseDataset(texts[i]!, d.file));
  return train(prepare(cases, recipe.features), recipe.training);
}

/** Every engine change trains a new model (16 MB); the ones before it are never read again. */
export function pruneStaleModels(dir: string, keep: string): void {
  for (const name of readdirSync(dir)) {
    if (/^safety-classifier-[0-9a-f]+\.bin$/.test(name) && join(dir, name) !== keep) rmSync(join(dir, name), { force: true });
  }
}

/** The cache is a convenience: a read-only install (a container) just trains again next time. */
function saveQuietly(file: string, model: LinearHeads): void {
  try {
    mkdirSync(cacheDir, { recursive: true });
    const all = new Float32Array(model.bias.length + model.weights.length);
    all.set(model.bias, 0);
    all.set(model.weights, model.bias.length);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, new Uint8Array(all.buffer));
    renameSync(tmp, file); // atomic: a parallel process never reads half a file
    pruneStaleModels(cacheDir, file);
  } catch {
    // Not writable: keep the model in memory only.
  }
}
