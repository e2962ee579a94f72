import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { cosineSimilarity } from "ai";
import { EMBEDDING_DIMENSIONS, parseEmbeddingModel } from "./models.ts";
import { hashEmbed } from "./offline.ts";
import { createEmbedder } from "./registry.ts";

describe("offline embedding", () => {
  test("is deterministic, 384-dimensional and unit length", () => {
    const a = hashEmbed("Photosynthesis turns light into chemical energy.");
    expect(a).toHaveLength(EMBEDDING_DIMENSIONS);
    expect(hashEmbed("Photosynthesis turns light into chemical energy.")).toEqual(a);
    expect(Math.hypot(...a)).toBeCloseTo(1, 6);
  });

  test("related texts are closer than unrelated ones, also through word forms", () => {
    const query = hashEmbed("how do plants photosynthesize sunlight");
    const related = hashEmbed("Photosynthesis: plants use sunlight to make sugar in their leaves.");
    const unrelated = hashEmbed("The French Revolution began in 1789 with the storming of the Bastille.");
    expect(cosineSimilarity(query, related)).toBeGreaterThan(cosineSimilarity(query, unrelated) + 0.1);
  });

  test("an empty or stopword-only text gives a zero vector, not NaN", () => {
    expect(hashEmbed("the and of").every((x) => x === 0)).toBe(true);
  });
});

describe("embedding models", () => {
  test("config names are checked with a reason", () => {
    expect(parseEmbeddingModel("offline:hash-384").dimensions).toBe(384);
    expect(parseEmbeddingModel("openai:text-embedding-3-small")).toMatchObject({ provider: "openai", dimensions: 384 });
    expect(parseEmbeddingModel("bedrock:amazon.titan-embed-text-v2:0")).toMatchObject({ provider: "bedrock", modelId: "amazon.titan-embed-text-v2:0", dimensions: 256 });
    expect(() => parseEmbeddingModel("openai:text-embedding-ada-002")).toThrow(/text-embedding-3-small or text-embedding-3-large/);
    expect(() => parseEmbeddingModel("cohere:embed")).toThrow(/offline, openai or bedrock/);
    expect(() => parseEmbeddingModel("hash-384")).toThrow(/provider:model/);
  });
});

describe("embedding providers (through local stand-ins)", () => {
  let server: ReturnType<typeof Bun.serve>;
  const requests: { path: string; body: Record<string, unknown> }[] = [];
  beforeAll(() => {
    server = Bun.serve({
      port: 0,
      hostname: "127.0.0.1",
      async fetch(req) {
        const path = new URL(req.url).pathname;
        const body = (await req.json()) as Record<string, unknown>;
        requests.push({ path, body });
        const vector = (n: number, seed: number) => Array.from({ length: n }, (_, i) => Math.sin(seed + i));
        if (path === "/v1/embeddings") {
          const input = body.input as string[];
          return Response.json({ object: "list", data: input.map((_, i) => ({ object: "embedding", index: i, embedding: vector(Number(body.dimensions), i) })), model: body.model, usage: { prompt_tokens: 3, total_tokens: 3 } });
        }
        if (path.endsWith("/invoke")) return Response.json({ embedding: vector(Number(body.dimensions), 1), inputTextTokenCount: 3 });
        return new Response("not found", { status: 404 });
      },
    });
  });
  afterAll(() => server.stop(true));

  test("OpenAI is asked for 384 dimensions", async () => {
    const embedder = createEmbedder({ openai: async () => ({ apiKey: "sk-test", baseURL: `http://127.0.0.1:${server.port}/v1` }) });
    const vectors = await embedder.embed(["one", "two"], "openai:text-embedding-3-small");
    expect(vectors.map((v) => v.length)).toEqual([384, 384]);
    expect(requests.at(-1)).toMatchObject({ path: "/v1/embeddings", body: { model: "text-embedding-3-small", dimensions: 384, input: ["one", "two"] } });
  });

  test("Bedrock Titan is asked for 256 dimensions and padded with zeros to 384", async () => {
    const embedder = createEmbedder({
      bedrock: async () => ({
        region: "us-east-1",
        credentialProvider: async () => ({ accessKeyId: "AKIDTEST", secretAccessKey: "secret" }),
      }),
      fetch: ((url: string | URL | Request, init?: RequestInit) =>
        fetch(String(url).replace("https://bedrock-runtime.us-east-1.amazonaws.com", `http://127.0.0.1:${server.port}`), init)) as typeof fetch,
    });
    const [v] = await embedder.embed(["photosynthesis"], "bedrock:amazon.titan-embed-text-v2:0");
    expect(v).toHaveLength(384);
    expect(v!.slice(256).every((x) => x === 0)).toBe(true);
    expect(v!.slice(0, 256).some((x) => x !== 0)).toBe(true);
    expect(requests.at(-1)).toMatchObject({ path: "/model/amazon.titan-embed-text-v2%3A0/invoke", body: { inputText: "photosynthesis", dimensions: 256 } });
  });
});
