// The remote adapters against their real clients: the AWS SDK client builds,
// signs and parses a real ApplyGuardrail exchange, with a middleware standing in
// for the network; fetch talks to a moderation stand-in on localhost.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { BedrockRuntimeClient } from "@aws-sdk/client-bedrock-runtime";
import { bedrockGuardrailAdapter, mapGuardrailResponse } from "./bedrock-guardrails.ts";
import { checkWithAdapters } from "./combine.ts";
import { openAiModerationAdapter } from "./openai-moderation.ts";
import { parseProfile } from "../engine/profiles.ts";

interface Seen {
  path: string;
  body: Record<string, unknown>;
  auth: string | null;
}

let bedrockReply: { status: number; body: unknown } = { status: 200, body: {} };
let moderationReply: { status: number; body: unknown } = { status: 200, body: {} };
const seen: Seen[] = [];

const server = Bun.serve({
  hostname: "127.0.0.1",
  port: 0,
  async fetch(req) {
    const url = new URL(req.url);
    const body = (await req.json().catch(() => ({}))) as Record<string, unknown>;
    seen.push({ path: url.pathname, body, auth: req.headers.get("authorization") });
    return Response.json(moderationReply.body, { status: moderationReply.status });
  },
});
const base = `http://127.0.0.1:${server.port}`;

const bedrockClient = new BedrockRuntimeClient({
  region: "us-east-1",
  maxAttempts: 1,
  credentials: { accessKeyId: "AKIDTEST", secretAccessKey: "test-secret" },
});
// Innermost in the deserialize step: the SDK's own deserializer parses what this returns.
bedrockClient.middlewareStack.add(
  () => async (args) => {
    const request = args.request as { path: string; body: string; headers: Record<string, string> };
    seen.push({ path: request.path, body: JSON.parse(request.body) as Record<string, unknown>, auth: request.headers.authorization ?? null });
    const response = { statusCode: bedrockReply.status, headers: { "content-type": "application/json" }, body: new TextEncoder().encode(JSON.stringify(bedrockReply.body)) };
    return { response, output: {} as never };
  },
  { step: "deserialize", priority: "low", name: "bedrockStandIn" },
);
const bedrock = bedrockGuardrailAdapter({ client: bedrockClient, guardrailId: "gr-123", guardrailVersion: "2" });
const openai = openAiModerationAdapter({ baseURL: `${base}/v1`, apiKey: "sk-test" });

beforeAll(() => {
  seen.length = 0;
});
afterAll(() => {
  server.stop(true);
});

describe("Bedrock Guardrails (ApplyGuardrail)", () => {
  test("sends the text with its direction and maps the assessments to our categories", async () => {
    bedrockReply = {
      status: 200,
      body: {
        action: "GUARDRAIL_INTERVENED",
        outputs: [{ text: "blocked" }],
        usage: {},
        assessments: [
          {
            contentPolicy: { filters: [{ type: "VIOLENCE", confidence: "HIGH", action: "BLOCKED", detected: true }, { type: "SEXUAL", confidence: "NONE", action: "NONE", detected: false }] },
            topicPolicy: { topics: [{ name: "Self harm", type: "DENY", action: "BLOCKED", detected: true }] },
            wordPolicy: { customWords: [], managedWordLists: [{ match: "damn", type: "PROFANITY", action: "BLOCKED", detected: true }] },
          },
        ],
      },
    };
    const findings = await bedrock.moderate("some text", "output");
    const request = seen.at(-1)!;
    expect(request.path).toBe("/guardrail/gr-123/version/2/apply");
    expect(request.auth).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDTEST\//);
    expect(request.body).toEqual({ source: "OUTPUT", content: [{ text: { text: "some text" } }] });
    expect(findings.map((f) => [f.category, f.level, f.source])).toEqual([
      ["violence", "harmful", "bedrock"],
      ["self_harm", "harmful", "bedrock"],
      ["profanity", "mild", "bedrock"],
    ]);
  });

  test("an intervention without a readable reason is still a finding", () => {
    expect(mapGuardrailResponse({ action: "GUARDRAIL_INTERVENED", assessments: [] }, { fallbackCategory: "hate" })).toEqual([{ category: "hate", level: "harmful", rule: "bedrock.intervened", source: "bedrock" }]);
    expect(mapGuardrailResponse({ action: "NONE", assessments: [] })).toEqual([]);
  });

  test("a Bedrock error refuses the student's message (fail closed)", async () => {
    bedrockReply = { status: 500, body: { message: "internal failure" } };
    const d = await checkWithAdapters({ text: "help me with fractions", direction: "input", profile: "student", adapters: [bedrock] });
    expect(d.decision).toBe("block");
    expect(d.error).toMatch(/bedrock: ApplyGuardrail failed/);
  });
});

describe("OpenAI moderation (POST /moderations)", () => {
  test("posts the input with the key and maps flagged categories", async () => {
    moderationReply = {
      status: 200,
      body: { id: "modr-1", model: "omni-moderation-latest", results: [{ flagged: true, categories: { "self-harm/intent": true, "self-harm": true, violence: false, sexual: false } }] },
    };
    const findings = await openai.moderate("i don't want to be here", "input");
    const request = seen.at(-1)!;
    expect(request.path).toBe("/v1/moderations");
    expect(request.auth).toBe("Bearer sk-test");
    expect(request.body).toEqual({ model: "omni-moderation-latest", input: "i don't want to be here" });
    expect(findings.map((f) => [f.category, f.level])).toEqual([
      ["self_harm", "critical"],
      ["self_harm", "mild"],
    ]);
  });

  test("combined with the local engine, the most severe decision wins", async () => {
    moderationReply = { status: 200, body: { results: [{ flagged: true, categories: { "self-harm/intent": true } }] } };
    const d = await checkWithAdapters({ text: "whatever, nothing matters", direction: "input", profile: "student", adapters: [openai] });
    expect(d.decision).toBe("alert");
    expect(d.matches.map((m) => m.source)).toContain("openai");
  });

  test("remote findings on a lesson plan count as mild, so staff teaching is not blocked", async () => {
    moderationReply = { status: 200, body: { results: [{ flagged: true, categories: { "illicit/violent": true, violence: true } }] } };
    const d = await checkWithAdapters({ text: "Write a lesson plan on the causes of World War II for my 10th grade history class.", direction: "input", profile: "staff", adapters: [openai] });
    expect(d.decision).toBe("allow");
  });

  test("an HTTP error or a broken body fails closed for students and follows the profile for staff", async () => {
    moderationReply = { status: 503, body: { error: "overloaded" } };
    const student = await checkWithAdapters({ text: "what is 2 + 2", direction: "input", profile: "student", adapters: [openai] });
    expect(student.decision).toBe("block");
    expect(student.error).toContain("openai: HTTP 503");
    const openStaff = parseProfile({ id: "staff", failClosed: false });
    expect((await checkWithAdapters({ text: "what is 2 + 2", direction: "input", profile: openStaff, adapters: [openai] })).decision).toBe("flag");
    moderationReply = { status: 200, body: { nothing: true } };
    expect((await checkWithAdapters({ text: "what is 2 + 2", direction: "input", profile: "student", adapters: [openai] })).decision).toBe("block");
  });

  test("an unreachable server fails closed for students", async () => {
    const down = openAiModerationAdapter({ baseURL: "http://127.0.0.1:9/v1", timeoutMs: 500 });
    const d = await checkWithAdapters({ text: "hello", direction: "input", profile: "student", adapters: [down] });
    expect(d.decision).toBe("block");
    expect(d.error).toContain("openai: request failed");
  });
});
