// embed(texts, model) for every model Atelier supports. The offline model
// runs here; OpenAI and Bedrock go through the `ai` SDK's embedMany. Every
// vector comes back at EMBEDDING_DIMENSIONS (see models.ts for why).
import { createAmazonBedrock } from "@ai-sdk/amazon-bedrock";
import { createOpenAI } from "@ai-sdk/openai";
import { BedrockRuntimeClient } from "@aws-sdk/client-bedrock-runtime";
import { embedMany, type EmbeddingModel } from "ai";
import { EMBEDDING_DIMENSIONS, parseEmbeddingModel, type EmbeddingModelSpec } from "./models.ts";
import { hashEmbed } from "./offline.ts";

export interface Embedder {
  embed(texts: string[], model: string): Promise<number[][]>;
}

export interface EmbeddingProviders {
  /** Key and base URL for OpenAI (from the settings); without a key the SDK reads OPENAI_API_KEY. */
  openai?: () => Promise<{ apiKey?: string; baseURL?: string }>;
  /** Region and credentials for Bedrock; by default the AWS SDK's own chain (task or function role). */
  bedrock?: () => Promise<{ region?: string; credentialProvider?: () => PromiseLike<{ accessKeyId: string; secretAccessKey: string; sessionToken?: string }> }>;
  fetch?: typeof fetch;
}

function pad(vector: number[], spec: EmbeddingModelSpec): number[] {
  if (vector.length !== spec.dimensions || !vector.every(Number.isFinite)) {
    throw new Error(`${spec.id} returned a vector of ${vector.length} dimensions; ${spec.dimensions} were asked for`);
  }
  return vector.length === EMBEDDING_DIMENSIONS ? vector : [...vector, ...new Array<number>(EMBEDDING_DIMENSIONS - vector.length).fill(0)];
}

/**
 * Region and credentials from the AWS SDK's own chain (environment, ECS task
 * role, Lambda execution role), as every other AWS client in Atelier gets them.
 */
async function awsDefaults() {
  const client = new BedrockRuntimeClient({});
  const credentials = client.config.credentials;
  return {
    region: await client.config.region(),
    credentialProvider: async () => {
      const c = await credentials();
      return { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey, ...(c.sessionToken ? { sessionToken: c.sessionToken } : {}) };
    },
  };
}

export function createEmbedder(providers: EmbeddingProviders = {}): Embedder {
  async function remoteModel(spec: EmbeddingModelSpec): Promise<EmbeddingModel> {
    if (spec.provider === "openai") {
      const settings = (await providers.openai?.()) ?? {};
      return createOpenAI({ ...settings, ...(providers.fetch ? { fetch: providers.fetch } : {}) }).embedding(spec.modelId);
    }
    const settings = (await providers.bedrock?.()) ?? (await awsDefaults());
    return createAmazonBedrock({ ...settings, ...(providers.fetch ? { fetch: providers.fetch } : {}) }).embedding(spec.modelId);
  }

  return {
    async embed(texts, model) {
      const spec = parseEmbeddingModel(model);
      if (texts.length === 0) return [];
      if (spec.provider === "offline") return texts.map(hashEmbed);
      const { embeddings } = await embedMany({
        model: await remoteModel(spec),
        values: texts,
        dimensions: spec.dimensions,
        // The Bedrock provider reads Titan's dimensions from its own options only.
        ...(spec.provider === "bedrock" ? { providerOptions: { bedrock: { dimensions: spec.dimensions, normalize: true } } } : {}),
        maxParallelCalls: 2,
        maxRetries: 2,
      });
      return embeddings.map((e) => pad(e, spec));
    },
  };
}
