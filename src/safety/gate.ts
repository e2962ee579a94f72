// The safety policy as the model gateway sees it (src/ai/gateway.ts): the
// caller's profile, the input check over the whole conversation (the local
// engine, plus Bedrock Guardrails or OpenAI moderation when configured),
// PII redaction, and the output guard. Whatever is not allowed becomes an
// incident, and critical ones alert responsible adults at once.
import { BedrockRuntimeClient } from "@aws-sdk/client-bedrock-runtime";
import { SNSClient } from "@aws-sdk/client-sns";
import type { Caller, CallContext, OutputGuard as GatewayGuard, Refusal, Released, SafetyGate } from "../ai/gateway.ts";
import type { Config } from "../config.ts";
import type { Database } from "../platform/db/client.ts";
import type { Logger } from "../platform/logger.ts";
import type { Settings } from "../platform/settings/service.ts";
import { bedrockGuardrailAdapter } from "./adapters/bedrock-guardrails.ts";
import { checkWithAdapters } from "./adapters/combine.ts";
import { openAiModerationAdapter } from "./adapters/openai-moderation.ts";
import type { ModerationAdapter } from "./adapters/types.ts";
import { checkConversation, combine, failSafe, lastSentenceEnd, OutputGuard, outputCheck, type Decision, type GuardCheck } from "./engine/index.ts";
import { announceIncident, type AlertOptions } from "./incidents/alerts.ts";
import { IncidentBus } from "./incidents/bus.ts";
import { alreadyRecorded, recordIncident } from "./incidents/service.ts";
import { createRedactor } from "./pii/index.ts";
import { studentIdPatternsFor } from "./pii/types.ts";
import { ProfileStore } from "./profiles-store.ts";

export interface SafetyDeps {
  database: Database;
  settings: Settings;
  logger: Logger;
  config: Config;
  /** Tests intercept the AWS clients. */
  sns?: SNSClient;
  bedrock?: BedrockRuntimeClient;
}

export interface SafetyRuntime {
  gate: SafetyGate;
  bus: IncidentBus;
  profiles: ProfileStore;
  start(): Promise<void>;
  stop(): Promise<void>;
}

function refusalOf(decision: Decision): Refusal | undefined {
  if (decision.decision !== "block" && decision.decision !== "alert") return undefined;
  return { decision: decision.decision, message: decision.message ?? "This request was stopped by the school's safety policy." };
}

/**
 * Students: B's sentence hold-back, so a blocked passage never reaches them.
 * The engine releases whole sentences that passed.
 */
class HeldBackGuard implements GatewayGuard {
  constructor(private readonly guard: OutputGuard, private readonly onDecision: (d: Decision) => void) {}
  async push(delta: string): Promise<Released> {
    return this.released(await this.guard.push(delta));
  }
  async finish(): Promise<Released> {
    return this.released(await this.guard.finish());
  }
  private released(step: Awaited<ReturnType<OutputGuard["push"]>>): Released {
    if (step.flagged) this.onDecision(step.flagged);
    if (!step.stopped) return { text: step.release };
    this.onDecision(step.stopped.decision);
    return { text: step.release, refusal: { decision: step.stopped.decision.decision as "block" | "alert", message: step.stopped.replacement } };
  }
}

/**
 * Staff: the answer streams live and each sentence is checked as soon as it
 * is complete; one that fails stops the answer and replaces what was shown.
 * Adults in the staff profile may read professional material, so they do not
 * wait a sentence for every word (the student profile does).
 */
class LiveCheckedGuard implements GatewayGuard {
  private sentence = "";
  private checked = "";
  constructor(private readonly check: GuardCheck, private readonly onDecision: (d: Decision) => void) {}

  async push(delta: string): Promise<Released> {
    this.sentence += delta;
    const cut = lastSentenceEnd(this.sentence);
    if (cut > 0) {
      const refusal = await this.judge(this.sentence.slice(0, cut));
      this.sentence = this.sentence.slice(cut);
      if (refusal) return { text: "", refusal };
    }
    return { text: delta };
  }

  async finish(): Promise<Released> {
    const rest = this.sentence;
    this.sentence = "";
    const refusal = rest ? await this.judge(rest) : undefined;
    return refusal ? { text: "", refusal } : { text: "" };
  }

  private async judge(passage: string): Promise<Refusal | undefined> {
    // A short look back frames the sentence (a lesson, a story) at a fraction of
    // the cost of re-reading 600 characters for every sentence of every answer.
    const decision = await this.check(passage, this.checked.slice(-160));
    this.checked += passage;
    if (decision.decision !== "allow") this.onDecision(decision);
    return refusalOf(decision);
  }
}

export function createSafetyRuntime(deps: SafetyDeps): SafetyRuntime {
  const { database, logger, config } = deps;
  const profiles = new ProfileStore(database);
  const bus = new IncidentBus(database);
  const studentIdPatterns = studentIdPatternsFor(config.safety.studentIdPatterns);
  const redact = createRedactor({ studentIdPatterns });
  const alerts: AlertOptions = {
    database,
    logger,
    publicUrl: config.publicUrl,
    ...(config.safety.alertTopicArn ? { sns: { client: deps.sns ?? new SNSClient({}), topicArn: config.safety.alertTopicArn } } : {}),
  };

  const adapters: ModerationAdapter[] = [];
  if (config.safety.bedrockGuardrail) {
    adapters.push(
      bedrockGuardrailAdapter({
        client: deps.bedrock ?? new BedrockRuntimeClient({}),
        guardrailId: config.safety.bedrockGuardrail.id,
        guardrailVersion: config.safety.bedrockGuardrail.version,
      }),
    );
  }
  const openai = config.safety.openaiModeration
    ? { moderate: async (text: string, direction: "input" | "output") => openAiModerationAdapter({ baseURL: "https://api.openai.com/v1", apiKey: await deps.settings.get("providers.openai.apiKey") }).moderate(text, direction), name: "openai" as const }
    : undefined;
  if (openai) adapters.push(openai);

  /** Records what was not allowed (once per passage and conversation) and alerts if critical. */
  async function record(caller: Caller, context: CallContext, direction: "input" | "output", decision: Decision): Promise<void> {
    if (decision.decision === "allow") return;
    const evidence = [...new Set(decision.matches.map((m) => m.evidence).filter(Boolean))].join(" … ").slice(0, 2000) || (decision.error ? "The safety check could not run." : "");
    const input = {
      userId: caller.userId,
      profile: caller.safetyProfile,
      feature: context.feature,
      conversationId: context.conversationId,
      messageId: context.messageId,
      direction,
      decision: decision.decision,
      severity: decision.severity ?? "low",
      categories: decision.categories,
      evidence,
      matches: decision.matches.map(({ category, level, action, rule, source }) => ({ category, level, action, rule, source })),
    };
    if (await alreadyRecorded(database.db, input)) return;
    const incident = await recordIncident(database.db, input);
    await announceIncident(alerts, incident);
  }

  const recordSafely = (caller: Caller, context: CallContext, direction: "input" | "output", decision: Decision) =>
    record(caller, context, direction, decision).catch((err) => logger.error("safety incident could not be recorded", { error: err, direction }));

  const gate: SafetyGate = {
    async checkInput({ messages, caller, context }) {
      const profile = profiles.get(caller.safetyProfile);
      const decision = await failSafe(profile, async () => {
        const local = checkConversation(
          messages.map((m) => ({ role: m.role as "user" | "assistant" | "system", content: m.text })),
          profile,
        );
        if (!adapters.length) return local;
        const lastUser = [...messages].reverse().find((m) => m.role === "user")?.text ?? "";
        return combine([local, await checkWithAdapters({ text: lastUser, direction: "input", profile, adapters })], "input");
      });
      if (decision.error) logger.error("safety check failed", { error: decision.error, profile: caller.safetyProfile });
      // A refusal waits for its incident (an alert must reach adults); a flag does not hold the answer up.
      const refusal = refusalOf(decision);
      if (refusal) await recordSafely(caller, context, "input", decision);
      else void recordSafely(caller, context, "input", decision);
      return refusal;
    },
    redact,
    outputGuard({ caller, context }) {
      const profile = profiles.get(caller.safetyProfile);
      const onDecision = (d: Decision) => void recordSafely(caller, context, "output", d);
      const check = outputCheck(profile, { pii: { studentIdPatterns } });
      return caller.safetyProfile === "student" ? new HeldBackGuard(new OutputGuard({ check }), onDecision) : new LiveCheckedGuard(check, onDecision);
    },
  };

  return {
    gate,
    bus,
    profiles,
    async start() {
      await profiles.start();
      await bus.start();
    },
    async stop() {
      await bus.stop();
      await profiles.stop();
    },
  };
}
