// bun run scripts/safety-offline-answers.ts
// Writes src/safety/classifier/fixtures/offline-answers.jsonl: the offline demo
// model's answers to the allowed student questions of our training corpus,
// labeled allow as model output. The demo model echoes the question and
// repeats its keywords in bold, so an answer about "the death penalty" reads
// "Find one example of **death** ..."; without these lines a retrained
// classifier learned to refuse the product's own answers. Deterministic: the
// same corpus gives the same file.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { offlineAnswer } from "../src/ai/offline-model.ts";
import { parseDataset } from "../src/safety/eval/dataset.ts";

const root = join(import.meta.dir, "..");
const out = join(root, "src/safety/classifier/fixtures/offline-answers.jsonl");
const sourcesOfQuestions = ["src/safety/classifier/fixtures/background.jsonl", "src/safety/eval/fixtures/regression.jsonl"];

export function offlineAnswerLines(): string {
  const questions = new Set<string>();
  for (const file of sourcesOfQuestions) {
    for (const c of parseDataset(readFileSync(join(root, file), "utf8"), file)) {
      if (c.profile === "student" && c.direction === "input" && c.expect === "allow") questions.add(c.text);
    }
  }
  // Every second question: enough to teach the demo model's phrasing without
  // outweighing the labeled answers.
  const picked = [...questions].filter((_, i) => i % 2 === 0);
  return picked
    .map((q, i) => JSON.stringify({ id: `bg-offline-${String(i + 1).padStart(3, "0")}`, profile: "student", direction: "output", text: offlineAnswer(q), expect: "allow", categories: [], pii: [] }))
    .join("\n")
    .concat("\n");
}

if (import.meta.main) {
  writeFileSync(out, offlineAnswerLines());
  process.stdout.write(`wrote ${out}\n`);
}
