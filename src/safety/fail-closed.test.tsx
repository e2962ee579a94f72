// When a safety check cannot run (here: the Bedrock guardrail is down), a
// student's message is refused with a clear message; staff follow their
// profile, which an administrator may set to let messages through, flagged.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { BedrockRuntimeClient } from "@aws-sdk/client-bedrock-runtime";
import { desc } from "drizzle-orm";
import { saveModel } from "../ai/catalog.ts";
import type { Database } from "../platform/db/client.ts";
import { openTestDatabase } from "../platform/db/test-db.ts";
import { TestClient } from "../../tests/support/client.ts";
import { startFakeOpenAI, type FakeOpenAI } from "../../tests/support/openai-compatible-server.ts";
import { readSse } from "../../tests/support/sse-client.ts";
import { buildTestApp } from "../../tests/support/test-app.ts";
import { safetyIncidents } from "./incidents/schema.ts";

describe("fail closed", () => {
  let database: Database;
  let upstream: FakeOpenAI;
  let built: Awaited<ReturnType<typeof buildTestApp>>;
  let modelId: string;

  // A real Bedrock client whose every call fails, as when the service is unreachable.
  const bedrock = new BedrockRuntimeClient({ region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" } });
  bedrock.middlewareStack.add(
    () => async () => {
      throw Object.assign(new Error("connect ETIMEDOUT bedrock-runtime.us-east-1.amazonaws.com"), { name: "TimeoutError" });
    },
    { step: "initialize", name: "bedrockDown" },
  );

  beforeAll(async () => {
    database = await openTestDatabase();
    upstream = startFakeOpenAI({ firstTokenMs: 5, tokenMs: 2 });
    built = await buildTestApp(database, { env: { BEDROCK_GUARDRAIL_ID: "gr-student", BEDROCK_GUARDRAIL_VERSION: "1" }, aws: { bedrock } });
    modelId = (
      await saveModel(
        database.db,
        null,
        { provider: "openai-compatible", modelId: "local", displayName: "Local", baseUrl: upstream.url, contextWindow: 8192, inputDollarsPerMTok: 0, outputDollarsPerMTok: 0, enabled: true, rolesAllowed: [] },
        { id: null },
      )
    ).id;
  });
  afterAll(async () => {
    upstream.stop();
    await built.stop();
    await database.close();
  });

  async function ask(email: string, role: string, content: string) {
    const client = new TestClient(built.app);
    await client.signIn(email, role);
    const sent = await client.request("/chat/messages", { form: { content, modelId } });
    const page = await (await client.request(sent.headers.get("location")!)).text();
    const url = page.match(/hx-sse:connect="(\/chat\/stream\/[^"]+)"/)?.[1]?.replaceAll("&amp;", "&");
    if (!url) return page;
    const { events } = await readSse(await client.request(url), { until: (e) => e.data.includes("<hx-partial") });
    return events.at(-1)!.data;
  }

  test("a student's harmless question is refused, with a message saying the check failed, and the provider is never called", async () => {
    const before = upstream.requests.length;
    const final = await ask("calm.student@school.org", "student", "what is the capital of France?");
    expect(upstream.requests.length).toBe(before);
    expect(final).toContain("status-blocked");
    expect(final).toMatch(/safety check/i);
    const [incident] = await database.db.select().from(safetyIncidents).orderBy(desc(safetyIncidents.createdAt)).limit(1);
    expect(incident).toMatchObject({ decision: "block", profile: "student" });
  });

  test("staff are refused too by default, and let through (flagged) once an administrator allows it", async () => {
    expect(await ask("t1@school.org", "teacher", "what is the capital of France?")).toContain("status-blocked");

    await built.deps.safety.profiles.save("staff", { failClosed: false }, { id: crypto.randomUUID() });
    const before = upstream.requests.length;
    const final = await ask("t2@school.org", "teacher", "what is the capital of Peru?");
    expect(upstream.requests.length).toBe(before + 1);
    expect(final).toContain("status-complete");
    const [incident] = await database.db.select().from(safetyIncidents).orderBy(desc(safetyIncidents.createdAt)).limit(1);
    expect(incident).toMatchObject({ decision: "flag", profile: "staff" });
  });

  test("the student profile cannot be set to fail open", async () => {
    await expect(built.deps.safety.profiles.save("student", { failClosed: false }, { id: crypto.randomUUID() })).rejects.toThrow(/failClosed cannot be turned off for the student profile/);
  });
});
