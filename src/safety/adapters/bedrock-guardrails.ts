// Amazon Bedrock Guardrails through ApplyGuardrail. The guardrail's content
// filters, denied topics and word lists become findings in our categories.
// Denied topics are matched by name: call them after our categories
// ("self_harm", "Weapons", "drugs") or pass `topicCategories`.
import { ApplyGuardrailCommand, type ApplyGuardrailCommandOutput, type BedrockRuntimeClient } from "@aws-sdk/client-bedrock-runtime";
import { categories, type Category, type Direction, type Finding, type Level } from "../engine/types.ts";
import { ModerationError, type ModerationAdapter } from "./types.ts";

export interface BedrockGuardrailOptions {
  client: BedrockRuntimeClient;
  guardrailId: string;
  guardrailVersion: string;
  /** Denied-topic name -> category, for topics not named after a category. */
  topicCategories?: Record<string, Category>;
  /** Where MISCONDUCT (criminal activity) findings go; the guardrail does not say which crime. */
  misconductCategory?: Category;
  /** Category for an intervention the assessments do not explain (an unknown topic, a custom word). */
  fallbackCategory?: Category;
  timeoutMs?: number;
}

const filterCategory: Record<string, Category | undefined> = {
  SEXUAL: "sexual",
  VIOLENCE: "violence",
  HATE: "hate",
  INSULTS: "harassment",
  PROMPT_ATTACK: "prompt_injection",
};

const confidenceLevel = (confidence: string | undefined): Level => (confidence === "HIGH" || confidence === "MEDIUM" ? "harmful" : "mild");

function topicCategory(name: string, options: { topicCategories?: Record<string, Category> }): Category | undefined {
  const mapped = options.topicCategories?.[name];
  if (mapped) return mapped;
  const key = name.trim().toLowerCase().replace(/[^a-z]+/g, "_").replace(/^_|_$/g, "");
  return (categories as readonly string[]).includes(key) ? (key as Category) : undefined;
}

/** Our findings for one ApplyGuardrail response. */
export function mapGuardrailResponse(output: Pick<ApplyGuardrailCommandOutput, "action" | "assessments">, options: Omit<BedrockGuardrailOptions, "client" | "guardrailId" | "guardrailVersion"> = {}): Finding[] {
  const findings: Finding[] = [];
  const add = (category: Category, level: Level, rule: string) => findings.push({ category, level, rule: `bedrock.${rule}`, source: "bedrock" });
  const fallback = options.fallbackCategory ?? "violence";
  for (const a of output.assessments ?? []) {
    for (const f of a.contentPolicy?.filters ?? []) {
      const hit = f.action === "BLOCKED" || f.detected === true;
      if (!hit || !f.type) continue;
      const category = f.type === "MISCONDUCT" ? (options.misconductCategory ?? "weapons") : filterCategory[f.type];
      if (category) add(category, f.type === "PROMPT_ATTACK" ? "mild" : confidenceLevel(f.confidence), `content.${f.type.toLowerCase()}`);
    }
    for (const t of a.topicPolicy?.topics ?? []) {
      if (t.action !== "BLOCKED" && t.detected !== true) continue;
      add(topicCategory(t.name ?? "", options) ?? fallback, "harmful", `topic.${t.name ?? "unnamed"}`);
    }
    for (const w of a.wordPolicy?.managedWordLists ?? []) {
      if (w.action === "BLOCKED" || w.detected === true) add("profanity", "mild", "words.profanity");
    }
    for (const w of a.wordPolicy?.customWords ?? []) {
      if (w.action === "BLOCKED" || w.detected === true) add(fallback, "harmful", "words.custom");
    }
  }
  // The guardrail stepped in but no assessment says why: still a finding, never silently allowed.
  if (output.action === "GUARDRAIL_INTERVENED" && findings.length === 0) add(fallback, "harmful", "intervened");
  return findings;
}

export function bedrockGuardrailAdapter(options: BedrockGuardrailOptions): ModerationAdapter {
  return {
    name: "bedrock",
    async moderate(text: string, direction: Direction): Promise<Finding[]> {
      const command = new ApplyGuardrailCommand({
        guardrailIdentifier: options.guardrailId,
        guardrailVersion: options.guardrailVersion,
        source: direction === "input" ? "INPUT" : "OUTPUT",
        content: [{ text: { text } }],
      });
      let output: ApplyGuardrailCommandOutput;
      try {
        output = await options.client.send(command, { abortSignal: AbortSignal.timeout(options.timeoutMs ?? 5000) });
      } catch (e) {
        const status = (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
        throw new ModerationError("bedrock", `ApplyGuardrail failed: ${(e as Error).message}`, status);
      }
      return mapGuardrailResponse(output, options);
    },
  };
}
