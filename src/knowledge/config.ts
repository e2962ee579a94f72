// The knowledge part of Config: the upload size limit and the embedding model
// new knowledge bases use.
import { parseEmbeddingModel } from "./embed/models.ts";

export interface KnowledgeConfig {
  uploadMaxBytes: number;
  /** e.g. "offline:hash-384"; validated by parseEmbeddingModel. */
  embeddingModel: string;
}

export interface KnowledgeEnv {
  UPLOAD_MAX_BYTES: number;
  EMBEDDING_MODEL: string;
}

export function buildKnowledgeConfig(e: KnowledgeEnv): { knowledge: KnowledgeConfig; problems: string[] } {
  const problems: string[] = [];
  try {
    parseEmbeddingModel(e.EMBEDDING_MODEL);
  } catch (err) {
    problems.push(`EMBEDDING_MODEL ${(err as Error).message}`);
  }
  return { knowledge: { uploadMaxBytes: e.UPLOAD_MAX_BYTES, embeddingModel: e.EMBEDDING_MODEL }, problems };
}
