// The models a district offers, and who may use them.
import { boolean, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "../platform/db/columns.ts";

export const providerKinds = ["offline", "openai", "anthropic", "bedrock", "google", "azure", "openai-compatible"] as const;
export type ProviderKind = (typeof providerKinds)[number];

export const aiModels = pgTable(
  "ai_models",
  {
    id: id(),
    provider: text("provider").$type<ProviderKind>().notNull(),
    /** The provider's own model id, e.g. "gpt-4.1-mini" or "anthropic.claude-3-5-haiku-20241022-v1:0". */
    modelId: text("model_id").notNull(),
    displayName: text("display_name").notNull(),
    /** Only for OpenAI-compatible servers (Ollama, vLLM, llama.cpp). */
    baseUrl: text("base_url"),
    contextWindow: integer("context_window").notNull().default(8192),
    /** US dollars per million tokens, in millionths of a dollar (integers keep sums exact). */
    inputMicrosPerMTok: integer("input_micros_per_mtok").notNull().default(0),
    outputMicrosPerMTok: integer("output_micros_per_mtok").notNull().default(0),
    enabled: boolean("enabled").notNull().default(true),
    /** Role ids that may use the model; empty means every role. */
    rolesAllowed: text("roles_allowed").array().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("ai_models_provider_model_key").on(t.provider, t.modelId, t.baseUrl)],
);

export type AiModel = typeof aiModels.$inferSelect;
