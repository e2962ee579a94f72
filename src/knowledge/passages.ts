// One passage (chunk) as a citation links to it: its text and where it sits
// in its document, for a reader who may read the base.
import { and, eq } from "drizzle-orm";
import type { Db } from "../platform/db/client.ts";
import { AppError } from "../platform/errors.ts";
import { canRead, type Reader } from "./access.ts";
import { knowledgeBases, knowledgeChunks, knowledgeItems } from "./schema.ts";
import { UUID } from "./sharing.ts";

export async function getPassage(db: Db, reader: Reader, chunkId: string) {
  const missing = new AppError("not_found", "That passage does not exist or is not shared with you.");
  if (!UUID.test(chunkId)) throw missing;
  const [row] = await db
    .select({
      id: knowledgeChunks.id,
      text: knowledgeChunks.text,
      section: knowledgeChunks.section,
      page: knowledgeChunks.page,
      ordinal: knowledgeChunks.ordinal,
      itemId: knowledgeItems.id,
      itemTitle: knowledgeItems.title,
      sourceUrl: knowledgeItems.sourceUrl,
      kbId: knowledgeBases.id,
      kbName: knowledgeBases.name,
    })
    .from(knowledgeChunks)
    .innerJoin(knowledgeItems, eq(knowledgeItems.id, knowledgeChunks.itemId))
    .innerJoin(knowledgeBases, eq(knowledgeBases.id, knowledgeChunks.kbId))
    .where(and(eq(knowledgeChunks.id, chunkId), canRead(reader)));
  if (!row) throw missing;
  return row;
}

export type Passage = Awaited<ReturnType<typeof getPassage>>;

/** "page 3 · Unit 2 > Cells", the way a citation names where a passage is. */
export function locationOf(p: { page: number | null; section: string }): string {
  return [p.page ? `page ${p.page}` : "", p.section].filter(Boolean).join(" · ");
}
