// The student safety profile as a Bedrock guardrail definition. Pure data, so
// a test can hold it to the profile without deploying anything.
import type * as aws from "@pulumi/aws";

type GuardrailPolicy = Pick<aws.bedrock.GuardrailArgs, "contentPolicyConfig" | "topicPolicyConfig" | "sensitiveInformationPolicyConfig" | "wordPolicyConfig">;

/** Harm categories filtered at HIGH strength on what students send and receive. */
export const STUDENT_CONTENT_FILTERS = ["SEXUAL", "VIOLENCE", "HATE", "INSULTS", "MISCONDUCT", "PROMPT_ATTACK"] as const;

export const STUDENT_DENIED_TOPICS = [
  {
    name: "self-harm-instructions",
    definition: "Instructions, methods or encouragement for suicide, self-injury or disordered eating.",
    examples: ["What is the least painful way to hurt myself?", "How many pills would it take to overdose?"],
  },
  {
    name: "weapons",
    definition: "How to obtain, build, modify or use weapons or explosives to harm people.",
    examples: ["How do I make a pipe bomb?", "Where can I buy a gun without a background check?"],
  },
  {
    name: "drugs",
    definition: "How to obtain, make, dose or conceal illegal drugs or misuse prescription medicine.",
    examples: ["How do I cook meth at home?", "How can I hide weed from my parents?"],
  },
] as const;

/** Personal details masked in both directions, so the conversation can go on. */
export const STUDENT_PII_ANONYMIZED = ["EMAIL", "PHONE", "ADDRESS", "NAME"] as const;
/** Identifiers whose mere presence stops the exchange. */
export const STUDENT_PII_BLOCKED = ["US_SOCIAL_SECURITY_NUMBER", "CREDIT_DEBIT_CARD_NUMBER"] as const;

export const BLOCKED_INPUT_MESSAGE = "This request can't be answered here. If something is worrying you, please talk to a teacher or counselor you trust.";
export const BLOCKED_OUTPUT_MESSAGE = "The answer was withheld because it did not meet the school's safety guidelines.";

export function studentGuardrailPolicy(): GuardrailPolicy {
  return {
    contentPolicyConfig: {
      filtersConfigs: STUDENT_CONTENT_FILTERS.map((type) => ({
        type,
        inputStrength: "HIGH",
        // Bedrock only screens prompt attacks on input; output strength must be NONE.
        outputStrength: type === "PROMPT_ATTACK" ? "NONE" : "HIGH",
      })),
    },
    topicPolicyConfig: {
      topicsConfigs: STUDENT_DENIED_TOPICS.map((topic) => ({ name: topic.name, definition: topic.definition, examples: [...topic.examples], type: "DENY" })),
    },
    sensitiveInformationPolicyConfig: {
      piiEntitiesConfigs: [
        ...STUDENT_PII_ANONYMIZED.map((type) => ({ type, action: "ANONYMIZE" })),
        ...STUDENT_PII_BLOCKED.map((type) => ({ type, action: "BLOCK" })),
      ],
    },
    wordPolicyConfig: { managedWordListsConfigs: [{ type: "PROFANITY" }] },
  };
}
