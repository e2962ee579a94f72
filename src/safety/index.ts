// K-12 safety: the policy engine, PII redaction and optional remote moderation.
export * from "./engine/index.ts";
export { createRedactor, detectPii, piiRedactor, redact, redactSpans, luhnValid, placeholders, piiTypes, defaultStudentIdPatterns, type PiiOptions, type PiiSpan, type PiiType, type StudentIdPattern } from "./pii/index.ts";
export { checkWithAdapters, type CombinedCheckInput } from "./adapters/combine.ts";
export { bedrockGuardrailAdapter, mapGuardrailResponse, type BedrockGuardrailOptions } from "./adapters/bedrock-guardrails.ts";
export { openAiModerationAdapter, mapModerationResponse, type OpenAiModerationOptions } from "./adapters/openai-moderation.ts";
export { ModerationError, type ModerationAdapter } from "./adapters/types.ts";
