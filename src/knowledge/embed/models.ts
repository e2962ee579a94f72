// Which embedding models Atelier can use, and how each fits the one vector
// column. Decision: every vector is stored at EMBEDDING_DIMENSIONS (384), so a
// single pgvector column and a single HNSW index serve every knowledge base.
// - offline:hash-384 produces 384 dimensions itself;
// - OpenAI text-embedding-3-* are asked for 384 dimensions (the API shortens
//   them natively; they are trained for it);
// - Bedrock Titan Text v2 offers 256/512/1024: it is asked for 256 and padded
//   with zeros to 384, which leaves cosine similarity exactly unchanged.
// A model that cannot give 384 or fewer dimensions is refused at boot. Vectors
// of different models are never compared: every chunk records its model and
// search embeds the query with the model of the knowledge base.
export const EMBEDDING_DIMENSIONS = 384;

export type EmbeddingProvider = "offline" | "openai" | "bedrock";

export interface EmbeddingModelSpec {
  /** As written in config and stored per chunk, e.g. "openai:text-embedding-3-small". */
  id: string;
  provider: EmbeddingProvider;
  modelId: string;
  /** Dimensions asked of the provider; fewer than EMBEDDING_DIMENSIONS are zero-padded. */
  dimensions: number;
  /**
   * Vector hits less similar than this (cosine) are noise, not answers. For the
   * offline model unrelated texts score within about ±0.1 and related ones 0.15
   * and up (measured on the search tests' labeled set); for provider models only
   * opposite-leaning vectors are dropped until a district measures its own.
   */
  minSimilarity: number;
}

export const OFFLINE_MODEL = "offline:hash-384";

export function parseEmbeddingModel(id: string): EmbeddingModelSpec {
  const at = id.indexOf(":");
  const provider = id.slice(0, at);
  const modelId = id.slice(at + 1);
  if (at < 1 || !modelId) throw new Error(`must look like provider:model (e.g. ${OFFLINE_MODEL}), got "${id}"`);
  if (provider === "offline") {
    if (modelId !== "hash-384") throw new Error(`the offline provider has one model, hash-384; got "${modelId}"`);
    return { id, provider, modelId, dimensions: EMBEDDING_DIMENSIONS, minSimilarity: 0.1 };
  }
  if (provider === "openai") {
    if (!/^text-embedding-3-(small|large)$/.test(modelId)) {
      throw new Error(`OpenAI models must be text-embedding-3-small or text-embedding-3-large (they can give ${EMBEDDING_DIMENSIONS} dimensions); got "${modelId}"`);
    }
    return { id, provider, modelId, dimensions: EMBEDDING_DIMENSIONS, minSimilarity: 0 };
  }
  if (provider === "bedrock") {
    if (modelId !== "amazon.titan-embed-text-v2:0") {
      throw new Error(`the Bedrock model must be amazon.titan-embed-text-v2:0 (it can give 256 dimensions); got "${modelId}"`);
    }
    return { id, provider, modelId, dimensions: 256, minSimilarity: 0 };
  }
  throw new Error(`the provider must be offline, openai or bedrock; got "${provider}"`);
}
