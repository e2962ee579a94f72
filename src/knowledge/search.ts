// Hybrid retrieval: PostgreSQL full-text search (always) and vector
// similarity (for chunks embedded with their base's model), fused by
// reciprocal rank fusion. Only bases the reader may read are searched.
import { and, inArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "../platform/db/client.ts";
import { rowsOf } from "../platform/db/migrate.ts";
import { canRead, type Reader } from "./access.ts";
import { parseEmbeddingModel } from "./embed/models.ts";
import type { Embedder } from "./embed/registry.ts";
import { knowledgeBases } from "./schema.ts";

export interface SearchHit {
  chunkId: string;
  kbId: string;
  kbName: string;
  itemId: string;
  itemTitle: string;
  itemKind: "file" | "url";
  sourceUrl: string | null;
  ordinal: number;
  section: string;
  page: number | null;
  text: string;
  score: number;
  /** 1-based rank in each list, null when the chunk was not in it. */
  textRank: number | null;
  vectorRank: number | null;
}

export interface SearchOptions {
  /** Search only these bases (still limited to what the reader may read). */
  kbIds?: string[];
  limit?: number;
  /** How many candidates each method contributes before fusion. */
  candidates?: number;
  /** Full-text matches read for ranking, at most (bounds the cost of very common words). */
  textPool?: number;
  /** Told how long each step took (the benchmark's breakdown). */
  onTiming?: (step: "access" | "text" | "embed" | "vector" | "details", ms: number) => void;
}

export const RRF_K = 60;

/** Reciprocal rank fusion: score = Σ 1 / (k + rank) over the lists a chunk appears in. */
export function reciprocalRankFusion(lists: string[][], k = RRF_K): { id: string; score: number; ranks: (number | null)[] }[] {
  const byId = new Map<string, { id: string; score: number; ranks: (number | null)[] }>();
  lists.forEach((list, li) => {
    list.forEach((id, i) => {
      const entry = byId.get(id) ?? { id, score: 0, ranks: lists.map(() => null) };
      if (entry.ranks[li] === null) {
        entry.ranks[li] = i + 1;
        entry.score += 1 / (k + i + 1);
      }
      byId.set(id, entry);
    });
  });
  return [...byId.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

const ids = (result: unknown) => rowsOf(result).map((r) => String(r.id));

/** Ranks at most `pool` chunks matching a tsquery (ranking reads every row it ranks). */
async function rankedMatches(db: Db, kbIds: string[], tsquery: SQL, n: number, pool: number): Promise<string[]> {
  return ids(
    await db.execute(sql`
      with matches as materialized (
        select c.id, c.tsv from knowledge_chunks c
         where c.kb_id in ${kbIds} and c.tsv @@ ${tsquery}
         limit ${pool})
      select id from matches order by ts_rank_cd(tsv, ${tsquery}) desc, id limit ${n}`),
  );
}

/**
 * The query's words, all but one at a time: "(a & b) | (a & c) | (b & c)",
 * built by PostgreSQL from its own stemming, for 3 to 8 words (else null).
 * A scalar subquery, so the planner still uses the GIN index.
 */
const allButOne = (query: string) => sql`(
  select string_agg('(' || array_to_string(array(select quote_literal(x) from unnest(ls[1:i - 1] || ls[i + 1:]) x), ' & ') || ')', ' | ')::tsquery
    from (select array_agg(l order by l) as ls from unnest(tsvector_to_array(to_tsvector('english', ${query}))) l) lex,
         generate_series(1, coalesce(array_length(ls, 1), 0)) i
   where array_length(ls, 1) between 3 and 8)`;

/**
 * Full-text candidates. Every word must match (websearch syntax: "quoted
 * phrases", -excluded, or); when that finds little, a question of three or
 * more words is asked again with all words but one, which keeps recall for
 * questions phrased unlike the text while staying selective (an OR of every
 * word would match most of a large corpus). Very broad matches are ranked over
 * a bounded pool; the vector side of the fusion covers them as well.
 */
async function textCandidates(db: Db, kbIds: string[], query: string, n: number, pool: number): Promise<string[]> {
  const strict = await rankedMatches(db, kbIds, sql`websearch_to_tsquery('english', ${query})`, n, pool);
  const words = query.split(/\s+/).filter(Boolean).length;
  if (strict.length >= 10 || words < 3 || /"|(^|\s)-|\bor\b/i.test(query)) return strict;
  // The fallback only adds recall: a smaller pool keeps its cost in check.
  const more = await rankedMatches(db, kbIds, allButOne(query), n, Math.min(pool, 200));
  return [...strict, ...more.filter((id) => !strict.includes(id))].slice(0, n);
}

async function vectorCandidates(db: Db, kbIds: string[], model: string, vector: number[], n: number): Promise<string[]> {
  const maxDistance = 1 - parseEmbeddingModel(model).minSimilarity;
  if (!vector.some((x) => x !== 0)) return [];
  const literal = `[${vector.map((x) => +x.toFixed(6)).join(",")}]`;
  return db.transaction(async (tx) => {
    // The HNSW index is filtered by base and model; iterative scans keep going
    // until enough rows pass the filter (pgvector 0.8), then the exact order is restored.
    await tx.execute(sql`select set_config('hnsw.ef_search', '100', true), set_config('hnsw.iterative_scan', 'relaxed_order', true)`);
    return ids(
      await tx.execute(sql`
        with nearest as materialized (
          select c.id, c.embedding <=> ${literal}::vector as distance
            from knowledge_chunks c
           where c.kb_id in ${kbIds} and c.embedding_model = ${model}
           order by c.embedding <=> ${literal}::vector
           limit ${n})
        select id from nearest where distance < ${maxDistance} order by distance, id`),
    );
  });
}

export async function searchKnowledge(deps: { db: Db; embedder: Embedder }, reader: Reader, query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
  const q = query.trim().slice(0, 500);
  if (!q) return [];
  const limit = Math.min(Math.max(options.limit ?? 10, 1), 50);
  const n = options.candidates ?? 50;
  if (options.kbIds && options.kbIds.length === 0) return [];
  let mark = performance.now();
  const lap = (step: Parameters<NonNullable<SearchOptions["onTiming"]>>[0]) => {
    const now = performance.now();
    options.onTiming?.(step, now - mark);
    mark = now;
  };
  const bases = await deps.db
    .select({ id: knowledgeBases.id, model: knowledgeBases.embeddingModel })
    .from(knowledgeBases)
    .where(and(canRead(reader), options.kbIds ? inArray(knowledgeBases.id, options.kbIds.filter((id) => /^[0-9a-f-]{36}$/i.test(id))) : undefined));
  lap("access");
  if (bases.length === 0) return [];

  const byModel = new Map<string, string[]>();
  for (const b of bases) byModel.set(b.model, [...(byModel.get(b.model) ?? []), b.id]);
  const allIds = bases.map((b) => b.id);
  const textList = await textCandidates(deps.db, allIds, q, n, options.textPool ?? 500);
  lap("text");
  const vectorLists: string[][] = [];
  for (const [model, kbIds] of byModel) {
    const [vector] = await deps.embedder.embed([q], model);
    lap("embed");
    vectorLists.push(await vectorCandidates(deps.db, kbIds, model, vector!, n));
    lap("vector");
  }
  // Bases on different models give separate vector lists; merged by rank, they count as one.
  const vectorList = vectorLists.length === 1 ? vectorLists[0]! : reciprocalRankFusion(vectorLists).map((f) => f.id);
  const fused = reciprocalRankFusion([textList, vectorList]).slice(0, limit);
  if (fused.length === 0) return [];

  const rows = rowsOf(
    await deps.db.execute(sql`
      select c.id, c.kb_id, kb.name as kb_name, c.item_id, i.title, i.kind, i.source_url, c.ordinal, c.section, c.page, c.text
        from knowledge_chunks c
        join knowledge_items i on i.id = c.item_id
        join knowledge_bases kb on kb.id = c.kb_id
       where c.id in ${fused.map((f) => f.id)}`),
  );
  lap("details");
  const byId = new Map(rows.map((r) => [String(r.id), r]));
  return fused.flatMap((f) => {
    const r = byId.get(f.id);
    if (!r) return [];
    return [
      {
        chunkId: f.id,
        kbId: String(r.kb_id),
        kbName: String(r.kb_name),
        itemId: String(r.item_id),
        itemTitle: String(r.title),
        itemKind: r.kind as "file" | "url",
        sourceUrl: (r.source_url as string | null) ?? null,
        ordinal: Number(r.ordinal),
        section: String(r.section),
        page: r.page === null || r.page === undefined ? null : Number(r.page),
        text: String(r.text),
        score: f.score,
        textRank: f.ranks[0] ?? null,
        vectorRank: f.ranks[1] ?? null,
      },
    ];
  });
}
