// Answers grounded in the knowledge bases attached to a conversation: the
// passages most relevant to the question (hybrid search, limited to what the
// person may read) go to the model with the question, numbered so the answer
// can cite them. They travel in the user's turn, so the same safety check and
// PII redaction apply to them as to everything else sent to a provider.
import { and, eq } from "drizzle-orm";
import type { Caller } from "../ai/gateway.ts";
import { appendSources } from "../ai/sources-format.ts";
import type { Db, Tx } from "../platform/db/client.ts";
import type { Reader } from "../knowledge/access.ts";
import type { Embedder } from "../knowledge/embed/registry.ts";
import { locationOf } from "../knowledge/passages.ts";
import { searchKnowledge } from "../knowledge/search.ts";
import { getKnowledgeBase } from "../knowledge/service.ts";
import { conversationKnowledge, type SourceRef } from "./schema.ts";

export interface Grounding {
  sources: SourceRef[];
  /** Appended to the question sent to the model. */
  context: string;
}

/** `attached`: the conversation's knowledge bases when the caller already knows them (undefined: they are read). */
export type Ground = (caller: Caller & { isAdmin: boolean }, conversationId: string, question: string, attached?: string[]) => Promise<Grounding | undefined>;

export async function attachedKnowledge(db: Db | Tx, conversationId: string): Promise<string[]> {
  return (await db.select({ kbId: conversationKnowledge.kbId }).from(conversationKnowledge).where(eq(conversationKnowledge.conversationId, conversationId))).map((r) => r.kbId);
}

/** The knowledge bases asked for, each checked readable by the person (404 otherwise). */
export async function readableKnowledge(db: Db, reader: Reader, kbIds: string[]): Promise<string[]> {
  const unique = [...new Set(kbIds)].slice(0, 10);
  for (const kbId of unique) await getKnowledgeBase(db, reader, kbId);
  return unique;
}

/** Replaces the conversation's knowledge bases (ids already checked with readableKnowledge). */
export async function replaceAttachedKnowledge(tx: Db | Tx, conversationId: string, kbIds: string[]): Promise<void> {
  await tx.delete(conversationKnowledge).where(eq(conversationKnowledge.conversationId, conversationId));
  if (kbIds.length) await tx.insert(conversationKnowledge).values(kbIds.map((kbId) => ({ conversationId, kbId })));
}

export function createGround(deps: { db: Db; embedder: Embedder; limit?: number }): Ground {
  return async (caller, conversationId, question, attached) => {
    const kbIds = attached ?? (await attachedKnowledge(deps.db, conversationId));
    if (!kbIds.length || !question.trim()) return undefined;
    const reader: Reader = { userId: caller.userId, roleId: caller.roleId, isAdmin: caller.isAdmin };
    const hits = await searchKnowledge({ db: deps.db, embedder: deps.embedder }, reader, question, { kbIds, limit: deps.limit ?? 5 });
    if (!hits.length) return undefined;
    const sources: SourceRef[] = hits.map((h, i) => ({ n: i + 1, chunkId: h.chunkId, title: h.itemTitle, kbName: h.kbName, page: h.page, section: h.section }));
    const context = appendSources("", hits.map((h) => ({ title: h.itemTitle, where: locationOf(h), text: h.text })));
    return { sources, context };
  };
}

/** Readable ids only: a conversation never keeps a base its person can no longer read. */
export async function readableAttached(db: Db, reader: Reader, conversationId: string): Promise<string[]> {
  const ids = await attachedKnowledge(db, conversationId);
  const ok: string[] = [];
  for (const id of ids) {
    try {
      await getKnowledgeBase(db, reader, id);
      ok.push(id);
    } catch {
      await db.delete(conversationKnowledge).where(and(eq(conversationKnowledge.conversationId, conversationId), eq(conversationKnowledge.kbId, id)));
    }
  }
  return ok;
}
