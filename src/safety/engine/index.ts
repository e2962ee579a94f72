// The safety engine's public surface: pure functions and data, no I/O.
export * from "./types.ts";
export { checkText, checkConversation, type CheckInput, type CheckContext, type ChatMessage, type ChatRole, type ConversationDecision } from "./check.ts";
export { combine, decide, severityOf } from "./decide.ts";
export { errorDecision, failSafe, failSafeSync } from "./fail-closed.ts";
export { lastSentenceEnd, OutputGuard, type GuardCheck, type GuardStep, type OutputGuardOptions } from "./output-guard.ts";
export { outputCheck } from "./output-check.ts";
export { defaultProfiles, parseProfile, ProfileError, resolveProfile, staffProfile, studentProfile, type ActionTable, type BlockedTopic, type CustomTerm, type Profile, type ProfileId } from "./profiles.ts";
export { alertMessage, engineErrorMessage, refusalMessage, supportMessages } from "./messages.ts";
