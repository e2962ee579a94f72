// The ingestion steps the three workers run: file → text → chunks → vectors.
// Every step is idempotent and keyed by the item, so a message delivered
// twice, or retried after a crash, converges on the same chunks.
import { eq } from "drizzle-orm";
import type { BlobStore } from "../platform/blobs/types.ts";
import { BlobNotFoundError } from "../platform/blobs/types.ts";
import type { Db } from "../platform/db/client.ts";
import type { Logger } from "../platform/logger.ts";
import type { Queue } from "../platform/queue/types.ts";
import { chunkSections } from "./chunk.ts";
import type { Embedder } from "./embed/registry.ts";
import { formatBytes, isUnprocessable, UnprocessableError } from "./errors.ts";
import { extractDocument, mimeOf } from "./extract/index.ts";
import { fetchUrl, type FetchUrlOptions } from "./fetch-url.ts";
import {
  chunksLackingEmbedding,
  getItemWithModel,
  markItemFailed,
  markReadyIfComplete,
  noteRetry,
  saveEmbeddings,
  startProcessing,
  storeChunks,
  type ItemWithModel,
} from "./items.ts";
import { knowledgeItems } from "./schema.ts";

export interface PipelineDeps {
  db: Db;
  blobs: BlobStore;
  queue: Queue;
  embedder: Embedder;
  uploadMaxBytes: number;
  /** Deliveries before the queue gives up (QUEUE_MAX_ATTEMPTS). */
  maxAttempts: number;
  logger: Logger;
  /** Tests only: loosened address policy for local servers. Never set from configuration. */
  fetchOptions?: Pick<FetchUrlOptions, "isAllowedAddress" | "resolve" | "extraCa" | "timeoutMs">;
  embedBatchSize?: number;
}

/** Too many passages means a document nobody will search usefully (or a generated one). */
const MAX_CHUNKS = 20_000;

export const blobKeyFor = (item: { kbId: string; id: string }) => `knowledge/${item.kbId}/${item.id}`;

export function embedMessage(itemId: string, model: string) {
  return { body: { itemId, model }, dedupId: `embed:${itemId}:${model}` };
}

async function ingestBytes(deps: PipelineDeps, item: ItemWithModel, bytes: Uint8Array, hints: { filename?: string; declaredType?: string }, titleFromDocument: boolean) {
  const extracted = await extractDocument(bytes, hints);
  const drafts = chunkSections(extracted.sections, extracted.prechunked ? { overlap: 0 } : {});
  if (drafts.length > MAX_CHUNKS) throw new UnprocessableError(`The document is too long: ${drafts.length} passages; at most ${MAX_CHUNKS} are allowed.`);
  await storeChunks(deps.db, item, drafts, {
    mime: mimeOf[extracted.type],
    pageCount: extracted.pageCount,
    sizeBytes: bytes.byteLength,
    ...(titleFromDocument && (extracted.title || hints.filename) ? { title: (extracted.title || hints.filename)!.slice(0, 300) } : {}),
  });
  if ((await chunksLackingEmbedding(deps.db, item.id, item.embeddingModel, 1)).length) {
    const m = embedMessage(item.id, item.embeddingModel);
    await deps.queue.send("embedding-generator", m.body, { dedupId: m.dedupId });
  } else {
    await markReadyIfComplete(deps.db, item.id, item.embeddingModel);
  }
  deps.logger.info("item extracted", { itemId: item.id, type: extracted.type, chunks: drafts.length });
}

/** file-processor: the uploaded blob → chunks. */
export async function processFileItem(deps: PipelineDeps, itemId: string): Promise<void> {
  const item = await getItemWithModel(deps.db, itemId);
  if (!item || item.status === "failed") return; // deleted, or already given up on: nothing to do
  await startProcessing(deps.db, itemId);
  if (!item.blobKey) throw new UnprocessableError("The uploaded file is missing.");
  const head = await deps.blobs.head(item.blobKey);
  if (!head) throw new UnprocessableError("The uploaded file is missing from storage.");
  if (head.size > deps.uploadMaxBytes) throw new UnprocessableError(`The file is ${formatBytes(head.size)}; the limit is ${formatBytes(deps.uploadMaxBytes)}.`);
  let bytes: Uint8Array;
  try {
    bytes = await deps.blobs.get(item.blobKey);
  } catch (err) {
    if (err instanceof BlobNotFoundError) throw new UnprocessableError("The uploaded file is missing from storage.");
    throw err;
  }
  await ingestBytes(deps, item, bytes, { filename: item.sourceName ?? "", ...(item.mime ? { declaredType: item.mime } : {}) }, false);
}

/** url-processor: fetch (SSRF-safe) → keep a copy in blob storage → chunks. */
export async function processUrlItem(deps: PipelineDeps, itemId: string): Promise<void> {
  const item = await getItemWithModel(deps.db, itemId);
  if (!item || item.status === "failed") return;
  if (!item.sourceUrl) throw new UnprocessableError("The item has no address.");
  await startProcessing(deps.db, itemId);
  const fetched = await fetchUrl(item.sourceUrl, { maxBytes: deps.uploadMaxBytes, ...deps.fetchOptions });
  const blobKey = blobKeyFor(item);
  await deps.blobs.put(blobKey, fetched.bytes, { contentType: fetched.contentType });
  await deps.db.update(knowledgeItems).set({ blobKey }).where(eq(knowledgeItems.id, itemId));
  await ingestBytes(deps, item, fetched.bytes, { filename: fetched.filename ?? "", declaredType: fetched.contentType }, true);
}

/** embedding-generator: fills the vectors still missing for the base's model, in batches, then marks the item ready. */
export async function embedItem(deps: PipelineDeps, itemId: string, model: string): Promise<void> {
  const item = await getItemWithModel(deps.db, itemId);
  if (!item || item.status === "failed") return;
  // A message from before the base switched models: the re-embed run sent its own.
  if (item.embeddingModel !== model) return;
  const batch = deps.embedBatchSize ?? 64;
  for (;;) {
    const rows = await chunksLackingEmbedding(deps.db, itemId, model, batch);
    if (rows.length === 0) break;
    const vectors = await deps.embedder.embed(rows.map((r) => (r.section ? `${r.section}\n${r.text}` : r.text)), model);
    await saveEmbeddings(deps.db, model, rows.map((r, i) => ({ id: r.id, vector: vectors[i]! })));
  }
  await markReadyIfComplete(deps.db, itemId, model);
}

/**
 * The failure policy of every knowledge worker. Bad input (UnprocessableError)
 * marks the item failed with its reason and acknowledges the message: trying
 * again cannot help. Other errors are retried; on the last attempt the item is
 * marked failed before the error goes back to the queue (which dead-letters it).
 */
export async function runItemJob(deps: PipelineDeps, itemId: string, receiveCount: number, job: () => Promise<void>): Promise<void> {
  try {
    await job();
  } catch (err) {
    if (isUnprocessable(err)) {
      await markItemFailed(deps.db, itemId, err.message);
      deps.logger.info("item failed", { itemId, reason: err.message });
      return;
    }
    const message = err instanceof Error ? err.message : String(err);
    if (receiveCount >= deps.maxAttempts) {
      await markItemFailed(deps.db, itemId, giveUpReason(receiveCount), message).catch(() => {});
    } else {
      await noteRetry(deps.db, itemId, message).catch(() => {});
    }
    throw err;
  }
}

export const giveUpReason = (attempts: number) =>
  `Processing failed ${attempts} time${attempts === 1 ? "" : "s"} because of a temporary problem (storage, network or the embedding provider). Try adding it again later.`;

/** For a message the queue dead-lettered without the handler finishing (a crash or a timeout). */
export async function failDeadLetteredItem(deps: Pick<PipelineDeps, "db">, itemId: string, lastError: string | null): Promise<void> {
  const item = await getItemWithModel(deps.db, itemId);
  if (!item || item.status === "ready" || item.status === "failed") return;
  await markItemFailed(deps.db, itemId, "Processing did not finish after several attempts. Try adding it again later.", lastError);
}
