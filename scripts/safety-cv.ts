// bun run scripts/safety-cv.ts [--baseline DIR --baseline-unseen REGEX] [--fresh FILE] [--only g1,g2] [--json FILE]
//   [--features chars=1,lexicon=0,engineText=0] [--epochs N] [--staff-budget X] [--min-words N] [--risky-word] [--no-background]
// Leave-one-batch-out cross-validation of the safety classifier over the dev
// set, the regression corpus and the everyday messages it also trains on
// (see docs/safety-evaluation.md). Prints, per
// approach, pooled held-out recall per decision and false positives per
// profile. The current rules were written while reading every batch, so their
// rows are in-sample; `--baseline DIR` adds an older engine (a `git archive`
// of src/safety at an earlier commit) scored only on the batches written
// after it (`--baseline-unseen`), which is the honest view of rules on fresh text.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { defaultFitOptions, groupOf, isBackground, leaveOneGroupOut, type HeldOut } from "../src/safety/classifier/cv.ts";
import { piecesOf } from "../src/safety/classifier/pieces.ts";
import { shippedClassifier } from "../src/safety/classifier/shipped.ts";
import { defaultFeatureOptions, type FeatureOptions } from "../src/safety/classifier/features.ts";
import { prepare, profileKind, scoresOfPieces } from "../src/safety/classifier/model.ts";
import { combinations, formatRows, predictionsFor, row, rulePredictions, type RuleDecision, type Row } from "../src/safety/classifier/report.ts";
import { decide } from "../src/safety/engine/decide.ts";
import { detect, readText } from "../src/safety/engine/detect.ts";
import { resolveProfile } from "../src/safety/engine/profiles.ts";
import { parseDataset, type EvalCase } from "../src/safety/eval/dataset.ts";

const root = join(import.meta.dir, "..");
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

const devFile = arg("--dev") ?? "/work/shared/eval/guardrails-dev.jsonl";
const backgroundFile = join(root, "src/safety/classifier/fixtures/background.jsonl");
const everydayFile = join(root, "src/safety/classifier/fixtures/everyday.jsonl");
const contrastsFile = join(root, "src/safety/classifier/fixtures/engine-contrasts.jsonl");
const corpus: EvalCase[] = [
  ...parseDataset(readFileSync(devFile, "utf8"), devFile),
  ...parseDataset(readFileSync(join(root, "src/safety/eval/fixtures/regression.jsonl"), "utf8"), "regression.jsonl"),
  // The engine tests' allowed look-alikes ("im gonna beat him in the race tomorrow"), one more batch.
  ...parseDataset(readFileSync(contrastsFile, "utf8"), "engine-contrasts.jsonl"),
];
// --no-background: train without the everyday messages (an ablation).
// held-out/everyday.jsonl is never read here: it measures false positives on everyday text.
const background = process.argv.includes("--no-background")
  ? []
  : [backgroundFile, everydayFile].flatMap((file) => parseDataset(readFileSync(file, "utf8"), file.split("/").at(-1)!));
const cases = [...corpus, ...background];
const only = arg("--only") ? new Set(arg("--only")!.split(",")) : undefined;
const epochs = arg("--epochs");
const baseOptions = epochs ? { ...defaultFitOptions, train: { ...defaultFitOptions.train, epochs: Number(epochs) } } : defaultFitOptions;
// --risky-word: let the classifier speak only on texts with a word of a risky class (the policy before the tenth round).
// --min-words N, --staff-budget X (0 = students only, the default): the policy's other knobs.
const budget = { ...baseOptions.budget, requireRisky: baseOptions.budget.requireRisky || process.argv.includes("--risky-word") };
if (arg("--min-words")) budget.minWords = Number(arg("--min-words"));
if (arg("--staff-budget")) budget.falsePositive = { ...budget.falsePositive, staff: Number(arg("--staff-budget")) };
const options = { ...baseOptions, budget };
// --features chars=0,lexicon=0,engineText=0 for the ablations.
const features: FeatureOptions = { ...defaultFeatureOptions };
for (const pair of (arg("--features") ?? "").split(",").filter(Boolean)) {
  const [key, value] = pair.split("=");
  if (!(key! in features)) throw new Error(`--features: unknown family "${key}" (expected ${Object.keys(features).join(", ")})`);
  features[key as keyof FeatureOptions] = value !== "0";
}

type Checker = (c: EvalCase) => RuleDecision;
// The rules alone: the engine without its classifier stage.
const current: Checker = (c) => {
  const profile = resolveProfile(c.profile);
  return decide(detect(c.text, c.direction, profile, undefined, { classifier: false }).findings, profile, c.direction, c.text, (t) => t);
};
const decisionsOf = (check: Checker) => new Map(cases.map((c) => [c.id, (({ decision, categories }) => ({ decision, categories }))(check(c))]));

const started = performance.now();
const data = prepare(cases, features);
const flags = new Map(cases.map((c) => [c.id, readText(c.text, c.direction, resolveProfile(c.profile)).flags as ReadonlySet<string>]));
const held = leaveOneGroupOut(data, options, only, (g) => process.stderr.write(`holding out ${g} (${((performance.now() - started) / 1000).toFixed(0)} s)\n`));
const inCorpus = held.filter((h) => !isBackground(h.c.id));
const heldCases = inCorpus.map((h) => h.c);
const rows: Row[] = [];
const all = "dev + regression + contrasts";

const currentRules = decisionsOf(current);
rows.push(row("(a) rules, current [IN-SAMPLE]", all, heldCases, rulePredictions(heldCases, currentRules)));
for (const how of combinations) {
  const label = how === "classifier" ? "(b) classifier" : `(c) current rules + clf, ${how}`;
  rows.push(row(how === "classifier" ? label : `${label} [rules in-sample]`, all, heldCases, predictionsFor(how, inCorpus, currentRules, flags)));
}
const everyday = held.filter((h) => isBackground(h.c.id));
if (everyday.length) {
  const everydayCases = everyday.map((h) => h.c);
  rows.push(row("(a) rules, current", "everyday messages", everydayCases, rulePredictions(everydayCases, currentRules)));
  rows.push(row("(b) classifier", "everyday messages", everydayCases, predictionsFor("classifier", everyday, currentRules, flags)));
}

const baselineDir = arg("--baseline");
if (baselineDir) {
  const unseen = new RegExp(arg("--baseline-unseen") ?? "^reg-h(?:8|9|1[0-6])$");
  const { checkText: oldCheck } = (await import(join(baselineDir, "src/safety/engine/check.ts"))) as { checkText: (i: unknown) => RuleDecision };
  const oldRules = decisionsOf((c) => oldCheck({ text: c.text, direction: c.direction, profile: c.profile }));
  const scoped = held.filter((h) => unseen.test(h.group));
  const scope = "batches unseen by baseline";
  const scopedCases = scoped.map((h) => h.c);
  rows.push(row("(a) rules, baseline engine", scope, scopedCases, rulePredictions(scopedCases, oldRules)));
  rows.push(row("(a) rules, current [IN-SAMPLE]", scope, scopedCases, rulePredictions(scopedCases, currentRules)));
  for (const how of combinations) {
    rows.push(row(how === "classifier" ? "(b) classifier" : `(c) baseline rules + clf, ${how}`, scope, scopedCases, predictionsFor(how, scoped, oldRules, flags)));
  }
}

// --fresh FILE: a batch nobody tuned anything on, judged by the shipped model (trained without the dev set).
const freshFile = arg("--fresh");
if (freshFile) {
  const fresh = parseDataset(readFileSync(freshFile, "utf8"), freshFile);
  const { model, recipe } = shippedClassifier();
  const freshHeld: HeldOut[] = fresh.map((c) => {
    const ctx = readText(c.text, c.direction, resolveProfile(c.profile));
    return { c, group: groupOf(c.id), scores: scoresOfPieces(model, piecesOf(ctx, profileKind(c.profile), recipe.features)).scores, thresholds: recipe.thresholds };
  });
  const freshFlags = new Map(fresh.map((c) => [c.id, readText(c.text, c.direction, resolveProfile(c.profile)).flags as ReadonlySet<string>]));
  const freshRules = new Map(fresh.map((c) => [c.id, (({ decision, categories }) => ({ decision, categories }))(current(c))]));
  rows.push(row("(a) rules, current", "fresh batch", fresh, rulePredictions(fresh, freshRules)));
  rows.push(row("(b) shipped classifier", "fresh batch", fresh, predictionsFor("classifier", freshHeld, freshRules, freshFlags)));
  rows.push(row("(c) current rules + shipped clf, raise-allow", "fresh batch", fresh, predictionsFor("raise-allow", freshHeld, freshRules, freshFlags)));
}

process.stdout.write(`${formatRows(rows)}\n`);
process.stderr.write(`groups: ${[...new Set(held.map((h) => h.group))].join(" ")}; ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
const json = arg("--json");
if (json) {
  writeFileSync(json, JSON.stringify({ rows: rows.map((r) => ({ approach: r.approach, scope: r.scope, lines: r.lines, decisionRecall: r.summary.decisionRecall, categoryRecall: r.summary.categoryRecall, falsePositives: r.summary.falsePositives })), heldOut: held.map((h) => ({ id: h.c.id, group: h.group, scores: h.scores, thresholds: h.thresholds })) }, null, 1));
}
process.stderr.write(`lines: ${cases.length}; groups seen: ${new Set(cases.map((c) => groupOf(c.id))).size}\n`);
