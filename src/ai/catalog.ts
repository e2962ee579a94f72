// The model catalog: what a district offers, to whom, and at what price.
import { asc, eq, sql } from "drizzle-orm";
import type { Actor } from "../auth/roles.ts";
import { recordAudit } from "../platform/audit/service.ts";
import type { Db } from "../platform/db/client.ts";
import { AppError } from "../platform/errors.ts";
import { aiModels, providerKinds, type AiModel, type ProviderKind } from "./schema.ts";

/** A fresh install chats at once: with no model at all, the offline demo model is added. */
export async function ensureDefaultModel(db: Db): Promise<void> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(aiModels);
  if (row!.n > 0) return;
  await db
    .insert(aiModels)
    .values({ provider: "offline", modelId: "offline-demo", displayName: "Offline demo model", contextWindow: 8192 })
    .onConflictDoNothing();
  cache.delete(db);
}

// Every chat page and every answer asks for the catalog; it changes when an
// administrator saves a model. A few seconds' cache spares a query per request;
// another instance sees a change within that time.
const cache = new WeakMap<Db, { at: number; models: Promise<AiModel[]> }>();
const CACHE_MS = 5_000;

export function listModels(db: Db): Promise<AiModel[]> {
  const hit = cache.get(db);
  if (hit && Date.now() - hit.at <= CACHE_MS) return hit.models;
  const models = db.select().from(aiModels).orderBy(asc(aiModels.displayName));
  cache.set(db, { at: Date.now(), models });
  models.catch(() => cache.delete(db));
  return models;
}

export function mayUse(model: AiModel, roleId: string): boolean {
  return model.enabled && (model.rolesAllowed.length === 0 || model.rolesAllowed.includes(roleId));
}

export async function modelsForRole(db: Db, roleId: string): Promise<AiModel[]> {
  return (await listModels(db)).filter((m) => mayUse(m, roleId));
}

/** The model a user asked for, or 403 when their role may not use it (404 when it does not exist). */
export async function modelForUser(db: Db, modelId: string, roleId: string): Promise<AiModel> {
  const [model] = await db.select().from(aiModels).where(eq(aiModels.id, modelId));
  if (!model) throw new AppError("not_found", "That model does not exist.");
  if (!mayUse(model, roleId)) throw new AppError("forbidden", `Your role may not use ${model.displayName}.`);
  return model;
}

/** Price of a call in millionths of a dollar. */
export function costMicros(model: Pick<AiModel, "inputMicrosPerMTok" | "outputMicrosPerMTok">, tokensIn: number, tokensOut: number): number {
  return Math.round((tokensIn * model.inputMicrosPerMTok + tokensOut * model.outputMicrosPerMTok) / 1_000_000);
}

export interface ModelInput {
  provider: string;
  modelId: string;
  displayName: string;
  baseUrl?: string;
  contextWindow: number;
  inputDollarsPerMTok: number;
  outputDollarsPerMTok: number;
  enabled: boolean;
  rolesAllowed: string[];
}

export function validateModel(input: ModelInput): { value: Omit<typeof aiModels.$inferInsert, "id">; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  if (!(providerKinds as readonly string[]).includes(input.provider)) errors.provider = "Choose a provider from the list.";
  if (!input.modelId.trim()) errors.modelId = "Enter the provider's model id.";
  if (!input.displayName.trim()) errors.displayName = "Enter the name people will see.";
  if (input.provider === "openai-compatible") {
    try {
      const u = new URL(input.baseUrl ?? "");
      if (!["http:", "https:"].includes(u.protocol)) throw new Error();
    } catch {
      errors.baseUrl = "Enter the server's address, like http://ollama.internal:11434/v1.";
    }
  }
  if (!Number.isInteger(input.contextWindow) || input.contextWindow < 512) errors.contextWindow = "Enter the context window in tokens (at least 512).";
  for (const [field, v] of [["inputPrice", input.inputDollarsPerMTok], ["outputPrice", input.outputDollarsPerMTok]] as const) {
    if (!Number.isFinite(v) || v < 0 || v > 1000) errors[field] = "Enter a price in dollars per million tokens, from 0 to 1000.";
  }
  return {
    errors,
    value: {
      provider: input.provider as ProviderKind,
      modelId: input.modelId.trim(),
      displayName: input.displayName.trim(),
      baseUrl: input.provider === "openai-compatible" ? input.baseUrl!.trim().replace(/\/+$/, "") : null,
      contextWindow: input.contextWindow,
      inputMicrosPerMTok: Math.round(input.inputDollarsPerMTok * 1_000_000),
      outputMicrosPerMTok: Math.round(input.outputDollarsPerMTok * 1_000_000),
      enabled: input.enabled,
      rolesAllowed: input.rolesAllowed,
    },
  };
}

export async function saveModel(db: Db, id: string | null, input: ModelInput, actor: Actor): Promise<AiModel> {
  const { value, errors } = validateModel(input);
  if (Object.keys(errors).length) throw new AppError("validation", "The model could not be saved.", errors);
  const saved = await db.transaction(async (tx) => {
    const [before] = id ? await tx.select().from(aiModels).where(eq(aiModels.id, id)) : [];
    if (id && !before) throw new AppError("not_found", "That model does not exist.");
    const [saved] = id
      ? await tx.update(aiModels).set(value).where(eq(aiModels.id, id)).returning()
      : await tx.insert(aiModels).values(value).returning();
    await recordAudit(tx, {
      actorId: actor.id,
      action: id ? "model.updated" : "model.created",
      subjectType: "ai_model",
      subjectId: saved!.id,
      before: before ?? null,
      after: saved,
      requestId: actor.requestId,
    });
    return saved!;
  });
  cache.delete(db); // after the commit, so no reader caches the old catalog
  return saved;
}
