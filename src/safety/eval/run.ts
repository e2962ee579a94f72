// Runs the engine over evaluation cases, as the gateway would: the decision
// from the local engine, and the PII spans the redactor would replace.
import { checkText } from "../engine/check.ts";
import { detectPii } from "../pii/index.ts";
import type { EvalCase } from "./dataset.ts";
import type { Prediction } from "./metrics.ts";

export function predict(c: EvalCase): Prediction {
  const d = checkText({ text: c.text, direction: c.direction, profile: c.profile });
  return {
    id: c.id,
    decision: d.decision,
    categories: d.categories,
    pii: detectPii(c.text).map((s) => ({ type: s.type, value: s.value })),
  };
}

export const evaluate = (cases: readonly EvalCase[]): Prediction[] => cases.map(predict);
