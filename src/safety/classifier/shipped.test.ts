// The shipped recipe is reproducible: `bun run safety:train` on the committed
// corpus and code gives back shipped.json byte for byte, and the weights a
// machine trains from it are those the cache holds.
import { describe, expect, test } from "bun:test";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { offlineAnswerLines } from "../../../scripts/safety-offline-answers.ts";
import { buildRecipe, trainingFiles } from "../../../scripts/safety-train.ts";
import { pruneStaleModels, recipeFile, sha256, shippedClassifier, trainShipped } from "./shipped.ts";

const root = join(import.meta.dir, "../../..");

describe("the shipped classifier", () => {
  test("shipped.json is what safety:train produces from the committed training data", () => {
    expect(buildRecipe(root)).toBe(readFileSync(recipeFile, "utf8"));
  }, 60_000);

  test("never trains on the dev set, and its weights are reproducible", () => {
    const { recipe, model } = shippedClassifier();
    expect(recipe.data.map((d) => d.file)).toEqual(trainingFiles);
    expect(trainingFiles.some((f) => f.includes("guardrails-dev"))).toBe(false);
    const texts = recipe.data.map((d) => readFileSync(join(root, d.file), "utf8"));
    expect(texts.map((t) => sha256(t))).toEqual(recipe.data.map((d) => d.sha256));
    expect(texts.join("\n")).not.toContain('"id": "dev-');
    const again = trainShipped(recipe, texts);
    expect(Buffer.from(again.weights.buffer).equals(Buffer.from(model.weights.buffer))).toBe(true);
  }, 60_000);
});

describe("the offline demo model's answers the classifier learns from", () => {
  test("are what scripts/safety-offline-answers.ts writes from the current model and corpus", () => {
    expect(offlineAnswerLines()).toBe(readFileSync(join(root, "src/safety/classifier/fixtures/offline-answers.jsonl"), "utf8"));
  });
});

describe("the weights cache", () => {
  test("keeps only the model it just wrote, and nothing that is not a model", () => {
    const dir = mkdtempSync(join(tmpdir(), "atelier-cache-"));
    try {
      for (const name of ["safety-classifier-aaaa.bin", "safety-classifier-bbbb.bin", "pglite-1234.tar"]) writeFileSync(join(dir, name), "x");
      pruneStaleModels(dir, join(dir, "safety-classifier-bbbb.bin"));
      expect(readdirSync(dir).sort()).toEqual(["pglite-1234.tar", "safety-classifier-bbbb.bin"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
