// Knowledge bases and their items, for the routes to call with plain values.
// Reading follows canRead (access.ts); changing follows canManage. Adding an
// item stores the file (or remembers the address) and queues the work; the
// workers do the rest and keep the item's status truthful.
import { and, desc, eq, sql } from "drizzle-orm";
import { recordAudit } from "../platform/audit/service.ts";
import type { BlobBody, BlobStore } from "../platform/blobs/types.ts";
import type { Db } from "../platform/db/client.ts";
import { AppError } from "../platform/errors.ts";
import type { Queue } from "../platform/queue/types.ts";
import { canManage, canRead, type Reader } from "./access.ts";
import { parseEmbeddingModel } from "./embed/models.ts";
import { formatBytes } from "./errors.ts";
import { extensionOf, supportedExtensions, supportedList } from "./extract/sniff.ts";
import { isPublicAddress } from "./ip-policy.ts";
import { markItemFailed } from "./items.ts";
import { blobKeyFor, embedMessage } from "./pipeline.ts";
import { knowledgeBases, knowledgeItems, type KnowledgeBase, type KnowledgeItem } from "./schema.ts";
import { UUID, validateSharing } from "./sharing.ts";

export interface KnowledgeDeps {
  db: Db;
  blobs: BlobStore;
  queue: Queue;
  uploadMaxBytes: number;
  /** The model new knowledge bases embed with (EMBEDDING_MODEL). */
  embeddingModel: string;
}

export interface KnowledgeBaseInput {
  name: string;
  description?: string;
  sharing?: string;
  sharedWith?: string[];
}

const notFound = () => new AppError("not_found", "That knowledge base does not exist or is not shared with you.");

function checkText(input: { name?: string; description?: string }): Record<string, string> {
  const fields: Record<string, string> = {};
  if (input.name !== undefined && !input.name.trim()) fields.name = "Give the knowledge base a name.";
  if (input.name !== undefined && input.name.trim().length > 120) fields.name = "Keep the name under 120 characters.";
  if (input.description !== undefined && input.description.length > 2000) fields.description = "Keep the description under 2,000 characters.";
  return fields;
}

export async function createKnowledgeBase(deps: Pick<KnowledgeDeps, "db" | "embeddingModel">, actor: Reader, input: KnowledgeBaseInput): Promise<KnowledgeBase> {
  const fields = checkText({ name: input.name, description: input.description ?? "" });
  if (Object.keys(fields).length) throw new AppError("validation", "The knowledge base could not be created.", fields);
  const share = await validateSharing(deps.db, actor, input.sharing ?? "private", input.sharedWith ?? []);
  return deps.db.transaction(async (tx) => {
    const [kb] = await tx
      .insert(knowledgeBases)
      .values({ ownerId: actor.userId, name: input.name.trim(), description: (input.description ?? "").trim(), ...share, embeddingModel: deps.embeddingModel })
      .returning();
    await recordAudit(tx, { actorId: actor.userId, action: "knowledge.created", subjectType: "knowledge_base", subjectId: kb!.id, after: { name: kb!.name, ...share }, requestId: actor.requestId ?? null });
    return kb!;
  });
}

/** A base the reader may read, or not_found (the same answer whether it is missing or not shared). */
export async function getKnowledgeBase(db: Db, reader: Reader, kbId: string): Promise<KnowledgeBase> {
  if (!UUID.test(kbId)) throw notFound();
  const [kb] = await db.select().from(knowledgeBases).where(and(eq(knowledgeBases.id, kbId), canRead(reader)));
  if (!kb) throw notFound();
  return kb;
}

async function manageable(db: Db, actor: Reader, kbId: string): Promise<KnowledgeBase> {
  const kb = await getKnowledgeBase(db, actor, kbId);
  if (!actor.isAdmin && kb.ownerId !== actor.userId) throw new AppError("forbidden", "Only the owner of this knowledge base can change it.");
  return kb;
}

export type KnowledgeBaseSummary = KnowledgeBase & { items: number; ready: number; canManage: boolean };

export async function listKnowledgeBases(db: Db, reader: Reader): Promise<KnowledgeBaseSummary[]> {
  const rows = await db
    .select({
      kb: knowledgeBases,
      items: sql<number>`(select count(*)::int from knowledge_items i where i.kb_id = ${knowledgeBases.id})`,
      ready: sql<number>`(select count(*)::int from knowledge_items i where i.kb_id = ${knowledgeBases.id} and i.status = 'ready')`,
      canManage: sql<boolean>`${canManage(reader)}`,
    })
    .from(knowledgeBases)
    .where(canRead(reader))
    .orderBy(desc(knowledgeBases.updatedAt));
  return rows.map((r) => ({ ...r.kb, items: Number(r.items), ready: Number(r.ready), canManage: Boolean(r.canManage) }));
}

export async function updateKnowledgeBase(deps: Pick<KnowledgeDeps, "db">, actor: Reader, kbId: string, input: Partial<KnowledgeBaseInput>): Promise<KnowledgeBase> {
  const kb = await manageable(deps.db, actor, kbId);
  const fields = checkText(input);
  if (Object.keys(fields).length) throw new AppError("validation", "The knowledge base could not be saved.", fields);
  const share = input.sharing !== undefined || input.sharedWith !== undefined
    ? await validateSharing(deps.db, actor, input.sharing ?? kb.sharing, input.sharedWith ?? kb.sharedWith)
    : { sharing: kb.sharing, sharedWith: kb.sharedWith };
  return deps.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(knowledgeBases)
      .set({ ...(input.name !== undefined ? { name: input.name.trim() } : {}), ...(input.description !== undefined ? { description: input.description.trim() } : {}), ...share })
      .where(eq(knowledgeBases.id, kb.id))
      .returning();
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "knowledge.updated",
      subjectType: "knowledge_base",
      subjectId: kb.id,
      before: { name: kb.name, sharing: kb.sharing, sharedWith: kb.sharedWith },
      after: { name: updated!.name, sharing: updated!.sharing, sharedWith: updated!.sharedWith },
      requestId: actor.requestId ?? null,
    });
    return updated!;
  });
}

export async function deleteKnowledgeBase(deps: Pick<KnowledgeDeps, "db" | "blobs">, actor: Reader, kbId: string): Promise<void> {
  const kb = await manageable(deps.db, actor, kbId);
  const keys = (await deps.db.select({ key: knowledgeItems.blobKey }).from(knowledgeItems).where(eq(knowledgeItems.kbId, kb.id))).map((r) => r.key);
  await deps.db.transaction(async (tx) => {
    await tx.delete(knowledgeBases).where(eq(knowledgeBases.id, kb.id));
    await recordAudit(tx, { actorId: actor.userId, action: "knowledge.deleted", subjectType: "knowledge_base", subjectId: kb.id, before: { name: kb.name }, requestId: actor.requestId ?? null });
  });
  // After the commit: a file left behind by a failed delete is harmless, a row pointing at a deleted file is not.
  for (const key of keys) if (key) await deps.blobs.delete(key).catch(() => {});
}

export async function listItems(db: Db, reader: Reader, kbId: string): Promise<KnowledgeItem[]> {
  const kb = await getKnowledgeBase(db, reader, kbId);
  return db.select().from(knowledgeItems).where(eq(knowledgeItems.kbId, kb.id)).orderBy(desc(knowledgeItems.createdAt), desc(knowledgeItems.id));
}

export interface UploadedFile {
  name: string;
  /** As the browser declared it; the worker trusts the bytes, not this. */
  type?: string;
  /** As declared (Content-Length or the form part); the stored size is counted. */
  size?: number;
  body: BlobBody;
}

function fileTitle(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (name.split(/[\\/]/).pop() ?? "").replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return base.slice(0, 200) || "Untitled file";
}

class TooLarge extends Error {}

function capped(stream: ReadableStream<Uint8Array>, max: number): ReadableStream<Uint8Array> {
  let seen = 0;
  return stream.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > max) controller.error(new TooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
}

async function refreshed(db: Db, id: string): Promise<KnowledgeItem> {
  const [item] = await db.select().from(knowledgeItems).where(eq(knowledgeItems.id, id));
  return item!;
}

/** Stores an uploaded file and queues it. Files that cannot be accepted come back as an item marked failed with the reason. */
export async function addFileItem(deps: KnowledgeDeps, actor: Reader, kbId: string, file: UploadedFile): Promise<KnowledgeItem> {
  const kb = await manageable(deps.db, actor, kbId);
  const title = fileTitle(file.name);
  const declaredSize = file.size ?? (file.body instanceof Uint8Array ? file.body.byteLength : file.body instanceof Blob ? file.body.size : undefined);
  const [item] = await deps.db
    .insert(knowledgeItems)
    .values({ kbId: kb.id, kind: "file", title, sourceName: title, mime: file.type?.slice(0, 200) || null, sizeBytes: declaredSize ?? null, addedBy: actor.userId })
    .returning();
  const fail = async (reason: string) => {
    await markItemFailed(deps.db, item!.id, reason);
    return refreshed(deps.db, item!.id);
  };

  const limit = `the limit is ${formatBytes(deps.uploadMaxBytes)}`;
  if (declaredSize !== undefined && declaredSize > deps.uploadMaxBytes) return fail(`The file is ${formatBytes(declaredSize)}; ${limit}.`);
  if (declaredSize === 0) return fail("The file is empty.");
  const ext = extensionOf(title);
  if (ext && !supportedExtensions.includes(ext)) return fail(`Files of type ${ext} are not supported. Upload ${supportedList} files.`);

  const key = blobKeyFor(item!);
  let size: number;
  try {
    const body = file.body instanceof ReadableStream ? capped(file.body, deps.uploadMaxBytes) : file.body;
    size = (await deps.blobs.put(key, body, { contentType: file.type || "application/octet-stream" })).size;
  } catch (err) {
    await deps.blobs.delete(key).catch(() => {});
    if (err instanceof TooLarge || (err as { cause?: unknown })?.cause instanceof TooLarge) return fail(`The file is larger than the limit of ${formatBytes(deps.uploadMaxBytes)}.`);
    await markItemFailed(deps.db, item!.id, "The file could not be stored. Try again in a moment.", String(err));
    throw new AppError("unavailable", "The file could not be stored. Try again in a moment.");
  }
  if (size === 0) return fail("The file is empty.");
  if (size > deps.uploadMaxBytes) {
    await deps.blobs.delete(key).catch(() => {});
    return fail(`The file is ${formatBytes(size)}; ${limit}.`);
  }
  await deps.db.update(knowledgeItems).set({ blobKey: key, sizeBytes: size }).where(eq(knowledgeItems.id, item!.id));
  await enqueue(deps, item!.id, "file-processor");
  return refreshed(deps.db, item!.id);
}

async function enqueue(deps: KnowledgeDeps, itemId: string, queue: "file-processor" | "url-processor"): Promise<void> {
  try {
    await deps.queue.send(queue, { itemId }, { dedupId: `${queue}:${itemId}` });
  } catch (err) {
    await markItemFailed(deps.db, itemId, "The item could not be queued for processing. Try again in a moment.", String(err));
    throw new AppError("unavailable", "The item could not be queued for processing. Try again in a moment.");
  }
}

/** Checks what can be checked without the network, remembers the address and queues the fetch. */
export async function addUrlItem(deps: KnowledgeDeps, actor: Reader, kbId: string, rawUrl: string): Promise<KnowledgeItem> {
  const kb = await manageable(deps.db, actor, kbId);
  const bad = (message: string) => new AppError("validation", "The address could not be added.", { url: message });
  let url: URL;
  try {
    url = new URL(rawUrl.trim());
  } catch {
    throw bad("Enter a web address starting with http:// or https://.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw bad("Enter a web address starting with http:// or https://.");
  if (url.username || url.password) throw bad("Remove the user name and password from the address.");
  if (url.href.length > 2048) throw bad("The address is too long.");
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (host === "localhost" || (/^[\d.]+$|:/.test(host) && !isPublicAddress(host))) throw bad("That address is on a private or internal network, which is not allowed.");
  url.hash = "";
  const [item] = await deps.db
    .insert(knowledgeItems)
    .values({ kbId: kb.id, kind: "url", title: `${url.host}${url.pathname === "/" ? "" : url.pathname}`.slice(0, 300), sourceUrl: url.href, addedBy: actor.userId })
    .returning();
  await enqueue(deps, item!.id, "url-processor");
  return refreshed(deps.db, item!.id);
}

async function manageableItem(db: Db, actor: Reader, itemId: string): Promise<KnowledgeItem> {
  if (!UUID.test(itemId)) throw new AppError("not_found", "That item does not exist.");
  const [item] = await db.select().from(knowledgeItems).where(eq(knowledgeItems.id, itemId));
  if (!item) throw new AppError("not_found", "That item does not exist.");
  await manageable(db, actor, item.kbId);
  return item;
}

export async function deleteItem(deps: Pick<KnowledgeDeps, "db" | "blobs">, actor: Reader, itemId: string): Promise<void> {
  const item = await manageableItem(deps.db, actor, itemId);
  await deps.db.transaction(async (tx) => {
    await tx.delete(knowledgeItems).where(eq(knowledgeItems.id, item.id));
    await recordAudit(tx, { actorId: actor.userId, action: "knowledge.item_deleted", subjectType: "knowledge_item", subjectId: item.id, before: { kbId: item.kbId, title: item.title }, requestId: actor.requestId ?? null });
  });
  if (item.blobKey) await deps.blobs.delete(item.blobKey).catch(() => {});
}

/** Queues a failed item again (after a temporary problem, or once a file was fixed at its address). */
export async function retryItem(deps: KnowledgeDeps, actor: Reader, itemId: string): Promise<KnowledgeItem> {
  const item = await manageableItem(deps.db, actor, itemId);
  if (item.status !== "failed") throw new AppError("conflict", "Only a failed item can be tried again.");
  if (item.kind === "file" && !item.blobKey) throw new AppError("conflict", "This file was never stored; upload it again.");
  await deps.db.update(knowledgeItems).set({ status: "queued", failureReason: null, lastError: null }).where(eq(knowledgeItems.id, item.id));
  await enqueue(deps, item.id, item.kind === "url" ? "url-processor" : "file-processor");
  return refreshed(deps.db, item.id);
}

/**
 * Administrators: switch a base to another embedding model and queue every
 * processed item to be embedded again. Until an item is done its full-text
 * search still works; its vectors count once they match the new model.
 */
export async function reembedKnowledgeBase(deps: KnowledgeDeps, actor: Reader, kbId: string, model: string): Promise<{ items: number }> {
  if (!actor.isAdmin) throw new AppError("forbidden", "Only administrators can change the embedding model.");
  try {
    parseEmbeddingModel(model);
  } catch (err) {
    throw new AppError("validation", "That embedding model cannot be used.", { model: (err as Error).message });
  }
  const kb = await getKnowledgeBase(deps.db, actor, kbId);
  const items = await deps.db.transaction(async (tx) => {
    await tx.update(knowledgeBases).set({ embeddingModel: model }).where(eq(knowledgeBases.id, kb.id));
    const moved = await tx
      .update(knowledgeItems)
      .set({ status: "processing", readyAt: null })
      .where(and(eq(knowledgeItems.kbId, kb.id), sql`${knowledgeItems.status} in ('ready', 'processing')`, sql`${knowledgeItems.chunkCount} > 0`))
      .returning({ id: knowledgeItems.id });
    await recordAudit(tx, { actorId: actor.userId, action: "knowledge.reembedded", subjectType: "knowledge_base", subjectId: kb.id, before: { model: kb.embeddingModel }, after: { model, items: moved.length }, requestId: actor.requestId ?? null });
    return moved;
  });
  for (const { id } of items) {
    const m = embedMessage(id, model);
    await deps.queue.send("embedding-generator", m.body, { dedupId: m.dedupId });
  }
  return { items: items.length };
}
