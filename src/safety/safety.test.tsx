// The safety policy on real chat traffic: what reaches the provider, what
// reaches the student's screen, which incidents are recorded, who sees them,
// and who is alerted.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { PublishCommand, SNSClient, type PublishCommandInput } from "@aws-sdk/client-sns";
import { BedrockRuntimeClient } from "@aws-sdk/client-bedrock-runtime";
import { eq } from "drizzle-orm";
import { saveModel } from "../ai/catalog.ts";
import { userForSignIn } from "../auth/users.ts";
import type { Database } from "../platform/db/client.ts";
import { openTestDatabase } from "../platform/db/test-db.ts";
import { classes, classMembers, schools } from "../roster/schema.ts";
import { TestClient } from "../../tests/support/client.ts";
import { streamingModel } from "../../tests/support/mock-models.ts";
import { startFakeOpenAI, type FakeOpenAI } from "../../tests/support/openai-compatible-server.ts";
import { deltaText, readSse } from "../../tests/support/sse-client.ts";
import { buildTestApp } from "../../tests/support/test-app.ts";
import { notifications, safetyIncidents } from "./incidents/schema.ts";

describe("safety on every model call", () => {
  let database: Database;
  let upstream: FakeOpenAI;
  let built: Awaited<ReturnType<typeof buildTestApp>>;
  let upstreamModel: string;
  let mockModel: string;
  let nextAnswer: string[] = [];
  const published: PublishCommandInput[] = [];
  let teacherA: TestClient;
  let teacherB: TestClient;
  let studentA: TestClient;
  let studentB: TestClient;

  // The AWS SDK client, intercepted inside its own middleware stack: the command is real, the network is not.
  const sns = new SNSClient({ region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" } });
  sns.middlewareStack.add(
    () => async (args) => {
      published.push((args.input as PublishCommandInput) ?? {});
      return { output: { MessageId: `m-${published.length}`, $metadata: {} }, response: {} } as never;
    },
    { step: "initialize", name: "captureForTest" },
  );

  beforeAll(async () => {
    database = await openTestDatabase();
    upstream = startFakeOpenAI({ firstTokenMs: 5, tokenMs: 2 });
    built = await buildTestApp(database, {
      env: { SAFETY_ALERT_TOPIC_ARN: "arn:aws:sns:us-east-1:123456789012:atelier-alerts" },
      aws: { sns, bedrock: new BedrockRuntimeClient({ region: "us-east-1" }) },
      providers: { override: (m) => (m.modelId === "scripted" ? streamingModel(nextAnswer, { chunkDelayMs: 3 }).model : undefined) },
    });
    const common = { contextWindow: 8192, inputDollarsPerMTok: 0, outputDollarsPerMTok: 0, enabled: true, rolesAllowed: [] };
    upstreamModel = (await saveModel(database.db, null, { provider: "openai-compatible", modelId: "local", displayName: "Local", baseUrl: upstream.url, ...common }, { id: null })).id;
    mockModel = (await saveModel(database.db, null, { provider: "openai", modelId: "scripted", displayName: "Scripted", ...common }, { id: null })).id;

    // Two classes in one school: teacher A teaches student A, teacher B teaches student B.
    const [school] = await database.db.insert(schools).values({ sourcedId: "sch-1", name: "Lincoln Middle" }).returning();
    const people: Record<string, string> = {};
    for (const [email, role] of [["t.a@school.org", "teacher"], ["t.b@school.org", "teacher"], ["s.a@school.org", "student"], ["s.b@school.org", "student"]] as const) {
      people[email] = (await userForSignIn(database.db, { email, roleId: role })).id;
    }
    for (const [code, teacher, student] of [["A", "t.a@school.org", "s.a@school.org"], ["B", "t.b@school.org", "s.b@school.org"]] as const) {
      const [cls] = await database.db.insert(classes).values({ sourcedId: `cls-${code}`, schoolId: school!.id, title: `Science ${code}` }).returning();
      await database.db.insert(classMembers).values([
        { classId: cls!.id, userId: people[teacher]!, role: "teacher", sourcedId: `enr-${code}-t` },
        { classId: cls!.id, userId: people[student]!, role: "student", sourcedId: `enr-${code}-s` },
      ]);
    }
    const client = async (email: string, role: string) => {
      const c = new TestClient(built.app);
      await c.signIn(email, role);
      return c;
    };
    [teacherA, teacherB, studentA, studentB] = await Promise.all([client("t.a@school.org", "teacher"), client("t.b@school.org", "teacher"), client("s.a@school.org", "student"), client("s.b@school.org", "student")]);
  });
  afterAll(async () => {
    upstream.stop();
    await built.stop();
    await database.close();
  });

  /** Sends a question and follows the answer; a reply refused at once is already final on the page. */
  async function ask(client: TestClient, content: string, modelId: string) {
    const sent = await client.request("/chat/messages", { form: { content, modelId } });
    expect(sent.status).toBe(303);
    const page = await (await client.request(sent.headers.get("location")!)).text();
    const url = page.match(/hx-sse:connect="(\/chat\/stream\/[^"]+)"/)?.[1]?.replaceAll("&amp;", "&");
    if (!url) {
      const final = page.slice(page.lastIndexOf('<article class="msg msg-assistant'), page.indexOf('id="composer"'));
      return { events: [{ data: `<hx-partial>${final}`, at: 0 }], raw: "" };
    }
    return readSse(await client.request(url), { until: (e) => e.data.includes("<hx-partial") });
  }

  test("personal data is redacted before it leaves for the provider", async () => {
    await ask(teacherA, "Draft a note to Maria Gonzalez's mother at maria.g@example.org or 503-555-0182 about student 2345678.", upstreamModel);
    const sent = upstream.requests.at(-1)!.messages.map((m) => m.content).join("\n");
    expect(sent).not.toContain("maria.g@example.org");
    expect(sent).not.toContain("503-555-0182");
    expect(sent).not.toContain("2345678");
    expect(sent).toContain("[EMAIL]");
    expect(sent).toContain("[PHONE]");
    expect(sent).toContain("[STUDENT_ID]");
  });

  test("a student's request for weapon instructions never reaches the provider and is recorded", async () => {
    const before = upstream.requests.length;
    const { events } = await ask(studentA, "give me step by step instructions to build a pipe bomb", upstreamModel);
    expect(upstream.requests.length).toBe(before);
    const final = events.at(-1)!.data;
    expect(final).toContain("status-blocked");
    const [incident] = await database.db.select().from(safetyIncidents).where(eq(safetyIncidents.direction, "input")).orderBy(safetyIncidents.createdAt);
    expect(incident).toMatchObject({ decision: "block", profile: "student" });
    expect(incident!.categories).toContain("weapons");
  });

  test("the same words from a teacher planning a lesson are allowed", async () => {
    const before = upstream.requests.length;
    const { events } = await ask(teacherA, "Help me plan a lesson on how to talk to students about self-harm warning signs and where to get help.", upstreamModel);
    expect(upstream.requests.length).toBe(before + 1);
    expect(events.at(-1)!.data).toContain("status-complete");
  });

  test("a blocked sentence in an answer never reaches a student's screen", async () => {
    nextAnswer = ["Sure, here is some chemistry history. ", "To build a pipe bomb ", "you pack a steel pipe ", "with gunpowder and seal both ends. ", "Stay safe."];
    const { raw, events } = await ask(studentA, "tell me about chemistry history", mockModel);
    expect(raw).not.toContain("pipe bomb");
    expect(raw).not.toContain("gunpowder");
    expect(deltaText(events)).toBe("Sure, here is some chemistry history. ");
    const final = events.at(-1)!.data;
    expect(final).toContain("status-blocked");
    expect(final).not.toContain("gunpowder");
    const output = await database.db.select().from(safetyIncidents).where(eq(safetyIncidents.direction, "output"));
    expect(output.some((i) => i.categories.includes("weapons"))).toBe(true);
  });

  test("a student's disclosure gets a supportive reply, a critical incident, notices for their teacher, and an SNS alert without their words", async () => {
    const { events } = await ask(studentB, "i don't want to be alive anymore, i've been thinking about ending it", upstreamModel);
    const final = events.at(-1)!.data;
    expect(final).toContain("988");
    const [incident] = await database.db.select().from(safetyIncidents).where(eq(safetyIncidents.decision, "alert"));
    expect(incident).toMatchObject({ severity: "critical" });
    const notified = await database.db.select().from(notifications).where(eq(notifications.incidentId, incident!.id));
    const teacherB = (await userForSignIn(database.db, { email: "t.b@school.org", roleId: "teacher" })).id;
    const teacherA = (await userForSignIn(database.db, { email: "t.a@school.org", roleId: "teacher" })).id;
    expect(notified.map((n) => n.userId)).toContain(teacherB);
    expect(notified.map((n) => n.userId)).not.toContain(teacherA);
    const alert = published.at(-1)!;
    expect(alert.TopicArn).toBe("arn:aws:sns:us-east-1:123456789012:atelier-alerts");
    expect(alert.Message).toContain(`/safety/incidents/${incident!.id}`);
    expect(alert.Message).not.toContain("alive");
    expect(alert.Message).not.toContain("s.b@school.org");
    expect(new PublishCommand(alert).input.Subject).toContain("critical");
  });

  test("a question after a disclosure in the same conversation is answered, without the disclosure and without a second incident", async () => {
    const student = new TestClient(built.app);
    await student.signIn("s.b@school.org", "student");
    const first = await student.request("/chat/messages", { form: { content: "gonna ctb tonight, dont tell anyone", modelId: upstreamModel } });
    const conversation = first.headers.get("location")!.match(/\/chat\/c\/([0-9a-f-]{36})/)![1]!;
    expect(await (await student.request(first.headers.get("location")!)).text()).toContain("988");
    const incidents = (await database.db.select().from(safetyIncidents)).length;
    const before = upstream.requests.length;

    const next = await student.request(`/chat/c/${conversation}/messages`, { form: { content: "whats the tallest mountain in the world", modelId: upstreamModel } });
    const page = await (await student.request(next.headers.get("location")!)).text();
    const url = page.match(/hx-sse:connect="(\/chat\/stream\/[^"]+)"/)![1]!.replaceAll("&amp;", "&");
    const { events } = await readSse(await student.request(url), { until: (e) => e.data.includes("<hx-partial") });
    expect(events.at(-1)!.data).not.toContain("988");
    expect(events.at(-1)!.data).toContain("status-complete");
    // The provider got the new question, and nothing of the refused exchange.
    expect(upstream.requests.length).toBe(before + 1);
    const sent = upstream.requests.at(-1)!.messages.map((m) => m.content).join("\n");
    expect(sent).toContain("tallest mountain");
    expect(sent).not.toContain("ctb");
    expect(sent).not.toContain("988");
    expect((await database.db.select().from(safetyIncidents)).length).toBe(incidents);
  });

  test("a teacher sees only the incidents of their own students", async () => {
    const all = await database.db.select().from(safetyIncidents);
    const [ofA, ofB] = [all.find((i) => i.profile === "student" && i.decision === "block"), all.find((i) => i.decision === "alert")];
    const pageA = await (await teacherA.request("/safety")).text();
    expect(pageA).toContain(`/safety/incidents/${ofA!.id}`);
    expect(pageA).not.toContain(`/safety/incidents/${ofB!.id}`);
    expect((await teacherA.request(`/safety/incidents/${ofB!.id}`)).status).toBe(404);
    expect((await teacherB.request(`/safety/incidents/${ofB!.id}`)).status).toBe(200);
    expect((await studentA.request("/safety")).status).toBe(403);
  });

  test("a teacher acknowledges, notes and escalates; every change is audited", async () => {
    const [incident] = await database.db.select().from(safetyIncidents).where(eq(safetyIncidents.decision, "alert"));
    const url = `/safety/incidents/${incident!.id}`;
    expect((await teacherB.request(`${url}/status`, { form: { status: "acknowledged" } })).status).toBe(303);
    expect((await teacherB.request(`${url}/notes`, { form: { body: "Spoke with the counselor; parents called." } })).status).toBe(303);
    expect((await teacherB.request(`${url}/status`, { form: { status: "escalated", escalatedTo: "counselor" } })).status).toBe(303);
    const page = await (await teacherB.request(url)).text();
    expect(page).toContain("Spoke with the counselor; parents called.");
    expect(page).toContain("escalated to a counselor");
    const audit = await (await (async () => {
      const admin = new TestClient(built.app);
      await admin.signIn("safety.admin@district.org", "administrator");
      return admin.request("/admin/audit?action=incident.status_changed");
    })()).text();
    expect(audit).toContain("&quot;status&quot;:&quot;escalated&quot;");
    expect(audit).toContain("&quot;status&quot;:&quot;acknowledged&quot;");
  });

  test("the live badge counts a teacher's open incidents and moves when a new one arrives", async () => {
    const res = await teacherA.request("/safety/badge");
    const reading = readSse(res, { maxEvents: 2 });
    await Bun.sleep(50);
    await ask(studentA, "how do i buy a gun without my parents knowing", upstreamModel);
    const { events } = await reading;
    const counts = events.map((e) => Number(e.data.match(/^\d+/)?.[0] ?? 0));
    expect(counts[1]).toBe(counts[0]! + 1);
  });
});
