// The item and chunk writes every worker shares. Each keeps the item's status
// truthful: chunks are replaced in one transaction, "ready" is set only when
// no chunk lacks its embedding, "failed" always comes with a plain reason and
// no chunks.
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../platform/db/client.ts";
import { rowsOf } from "../platform/db/migrate.ts";
import type { ChunkDraft } from "./chunk.ts";
import { knowledgeBases, knowledgeChunks, knowledgeItems, type KnowledgeItem } from "./schema.ts";

export type ItemWithModel = KnowledgeItem & { embeddingModel: string };

export async function getItemWithModel(db: Db, itemId: string): Promise<ItemWithModel | undefined> {
  const [row] = await db
    .select({ item: knowledgeItems, embeddingModel: knowledgeBases.embeddingModel })
    .from(knowledgeItems)
    .innerJoin(knowledgeBases, eq(knowledgeBases.id, knowledgeItems.kbId))
    .where(eq(knowledgeItems.id, itemId));
  return row ? { ...row.item, embeddingModel: row.embeddingModel } : undefined;
}

/** queued → processing; other states are left alone. */
export async function startProcessing(db: Db, itemId: string): Promise<void> {
  await db.update(knowledgeItems).set({ status: "processing" }).where(and(eq(knowledgeItems.id, itemId), eq(knowledgeItems.status, "queued")));
}

export async function markItemFailed(db: Db, itemId: string, reason: string, lastError: string | null = null): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(knowledgeChunks).where(eq(knowledgeChunks.itemId, itemId));
    await tx
      .update(knowledgeItems)
      .set({ status: "failed", failureReason: reason, lastError, chunkCount: 0, readyAt: null })
      .where(eq(knowledgeItems.id, itemId));
  });
}

export async function noteRetry(db: Db, itemId: string, error: string): Promise<void> {
  await db.update(knowledgeItems).set({ lastError: error.slice(0, 1000) }).where(eq(knowledgeItems.id, itemId));
}

export const contentHash = (d: Pick<ChunkDraft, "section" | "page" | "text">) =>
  new Bun.CryptoHasher("sha256").update(`${d.section}\u0000${d.page ?? ""}\u0000${d.text}`).digest("hex");

/**
 * Replaces an item's chunks in one transaction, unless they are unchanged
 * (same count and hashes), in which case existing rows and their embeddings
 * stay. The item row is locked first, so two deliveries of one message
 * cannot interleave.
 */
export async function storeChunks(
  db: Db,
  item: Pick<KnowledgeItem, "id" | "kbId">,
  drafts: ChunkDraft[],
  details: Partial<Pick<KnowledgeItem, "mime" | "pageCount" | "title" | "sizeBytes" | "blobKey">>,
): Promise<{ changed: boolean }> {
  const hashes = drafts.map(contentHash);
  return db.transaction(async (tx) => {
    const locked = rowsOf(await tx.execute(sql`select 1 from knowledge_items where id = ${item.id} for update`));
    if (locked.length === 0) return { changed: false }; // deleted while it was being read: nothing to store
    const existing = await tx
      .select({ ordinal: knowledgeChunks.ordinal, hash: knowledgeChunks.contentHash })
      .from(knowledgeChunks)
      .where(eq(knowledgeChunks.itemId, item.id))
      .orderBy(knowledgeChunks.ordinal);
    const changed = existing.length !== drafts.length || existing.some((e, i) => e.ordinal !== i || e.hash !== hashes[i]);
    if (changed) {
      await tx.delete(knowledgeChunks).where(eq(knowledgeChunks.itemId, item.id));
      for (let i = 0; i < drafts.length; i += 500) {
        await tx.insert(knowledgeChunks).values(
          drafts.slice(i, i + 500).map((d, j) => ({
            itemId: item.id,
            kbId: item.kbId,
            ordinal: d.ordinal,
            text: d.text,
            section: d.section,
            page: d.page,
            contentHash: hashes[i + j]!,
          })),
        );
      }
    }
    await tx
      .update(knowledgeItems)
      .set({ ...details, chunkCount: drafts.length, failureReason: null, lastError: null })
      .where(eq(knowledgeItems.id, item.id));
    return { changed };
  });
}

/** Chunks of the item still lacking an embedding by `model`, in order. */
export async function chunksLackingEmbedding(db: Db, itemId: string, model: string, limit: number) {
  return db
    .select({ id: knowledgeChunks.id, text: knowledgeChunks.text, section: knowledgeChunks.section })
    .from(knowledgeChunks)
    .where(and(eq(knowledgeChunks.itemId, itemId), sql`(${knowledgeChunks.embedding} is null or ${knowledgeChunks.embeddingModel} is distinct from ${model})`))
    .orderBy(knowledgeChunks.ordinal)
    .limit(limit);
}

export async function saveEmbeddings(db: Db, model: string, rows: { id: string; vector: number[] }[]): Promise<void> {
  if (rows.length === 0) return;
  // One statement for the batch; vectors travel as pgvector text inside JSON (portable across both drivers).
  const payload = JSON.stringify(rows.map((r) => ({ id: r.id, e: `[${r.vector.map((x) => +x.toFixed(6)).join(",")}]` })));
  await db.execute(sql`
    update knowledge_chunks c set embedding = v.e::vector, embedding_model = ${model}
      from json_to_recordset(${payload}::json) as v(id uuid, e text)
     where c.id = v.id`);
}

/** processing → ready when the item has chunks and every one has its text vector and its embedding by `model`. */
export async function markReadyIfComplete(db: Db, itemId: string, model: string): Promise<boolean> {
  const rows = rowsOf(
    await db.execute(sql`
      update knowledge_items i set status = 'ready', ready_at = now(), last_error = null, failure_reason = null
       where i.id = ${itemId} and i.status in ('queued', 'processing')
         and exists (select 1 from knowledge_chunks c where c.item_id = i.id)
         and not exists (select 1 from knowledge_chunks c where c.item_id = i.id
                          and (c.embedding is null or c.embedding_model is distinct from ${model}))
      returning i.id`),
  );
  return rows.length > 0;
}
