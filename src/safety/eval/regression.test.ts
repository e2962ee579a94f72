// Labeled examples written for this engine (not the dev set): the engine must
// keep deciding them as labeled, and skipping the rules whose required words a
// text lacks (engine/required-words.ts) must never hide a match the full rules
// would find.
import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { builtInRules, detect } from "../engine/detect.ts";
import { studentProfile } from "../engine/profiles.ts";
import { runRules } from "../engine/rules.ts";
import { parseDataset } from "./dataset.ts";
import { score } from "./metrics.ts";
import { evaluate } from "./run.ts";

// Both files also train the shipped classifier (scripts/safety-train.ts); the dev set never does.
const cases = ["regression.jsonl", "regression-signals.jsonl"].flatMap((file) => parseDataset(readFileSync(join(import.meta.dir, "fixtures", file), "utf8"), file));

// Two thousand examples take a few seconds on a busy CI machine: a generous timeout, not a speed check.
describe("labeled regression examples", () => {
  test("decisions, categories and PII spans match the labels", () => {
    const summary = score(cases, evaluate(cases));
    expect(summary.misses).toEqual([]);
  }, 30_000);

  test("skipping rules by their required words never hides a match", () => {
    for (const c of cases) {
      for (const direction of ["input", "output"] as const) {
        const { ctx } = detect(c.text, direction, studentProfile);
        const fast = runRules(builtInRules, ctx, true).map((f) => `${f.rule}@${f.start}`);
        const full = runRules(builtInRules, ctx, false).map((f) => `${f.rule}@${f.start}`);
        expect({ id: c.id, direction, rules: fast.sort() }).toEqual({ id: c.id, direction, rules: full.sort() });
      }
    }
  }, 30_000);
});
