import { expect, test } from "bun:test";
import { studentGuardrailPolicy } from "./student-guardrail.ts";

const policy = studentGuardrailPolicy() as any;

test("filters sexual, violent, hateful, insulting and misconduct content at HIGH both ways, and prompt attacks on input", () => {
  const filters = Object.fromEntries(policy.contentPolicyConfig.filtersConfigs.map((f: any) => [f.type, [f.inputStrength, f.outputStrength]]));
  expect(filters).toEqual({
    SEXUAL: ["HIGH", "HIGH"],
    VIOLENCE: ["HIGH", "HIGH"],
    HATE: ["HIGH", "HIGH"],
    INSULTS: ["HIGH", "HIGH"],
    MISCONDUCT: ["HIGH", "HIGH"],
    PROMPT_ATTACK: ["HIGH", "NONE"],
  });
});

test("denies self-harm instructions, weapons and drugs, each with examples", () => {
  const topics = policy.topicPolicyConfig.topicsConfigs;
  expect(topics.map((t: any) => [t.name, t.type])).toEqual([["self-harm-instructions", "DENY"], ["weapons", "DENY"], ["drugs", "DENY"]]);
  for (const topic of topics) {
    expect(topic.definition.length).toBeLessThanOrEqual(200);
    expect(topic.examples.length).toBeGreaterThan(0);
  }
});

test("masks contact details and names, blocks SSNs and card numbers, and screens profanity", () => {
  const pii = Object.fromEntries(policy.sensitiveInformationPolicyConfig.piiEntitiesConfigs.map((p: any) => [p.type, p.action]));
  expect(pii).toEqual({ EMAIL: "ANONYMIZE", PHONE: "ANONYMIZE", ADDRESS: "ANONYMIZE", NAME: "ANONYMIZE", US_SOCIAL_SECURITY_NUMBER: "BLOCK", CREDIT_DEBIT_CARD_NUMBER: "BLOCK" });
  expect(policy.wordPolicyConfig.managedWordListsConfigs).toEqual([{ type: "PROFANITY" }]);
});
