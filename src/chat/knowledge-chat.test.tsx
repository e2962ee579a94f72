// Chat grounded in knowledge: the passages go to the model with the question
// (through the same PII redaction), and the answer lists its sources with
// links to the passages.
import { afterAll, describe, expect, test } from "bun:test";
import { saveModel } from "../ai/catalog.ts";
import { TestClient } from "../../tests/support/client.ts";
import { startFakeOpenAI } from "../../tests/support/openai-compatible-server.ts";
import { readSse } from "../../tests/support/sse-client.ts";
import { useTestApp } from "../../tests/support/test-app.ts";

const handbook = `# Field trip handbook

Permission slips are due on Friday, March 14. Questions go to the office at trips@lincoln.example.org.

## Lunch

Students bring a packed lunch; the bus leaves at 8:15 from the north entrance.
`;

describe("chat with knowledge", () => {
  const upstream = startFakeOpenAI({ firstTokenMs: 5, tokenMs: 2 });
  afterAll(() => upstream.stop());
  let upstreamModel = "";
  const t = useTestApp({
    setup: async ({ database }) => {
      upstreamModel = (
        await saveModel(
          database.db,
          null,
          { provider: "openai-compatible", modelId: "local", displayName: "Local", baseUrl: upstream.url, contextWindow: 8192, inputDollarsPerMTok: 0, outputDollarsPerMTok: 0, enabled: true, rolesAllowed: [] },
          { id: null },
        )
      ).id;
    },
  });

  async function teacherWithHandbook() {
    const teacher = new TestClient(t.app);
    await teacher.signIn("trips.teacher@lincoln.org", "teacher");
    const kbId = (await teacher.request("/knowledge", { form: { name: "Trip handbook" } })).headers.get("location")!.split("/").at(-1)!;
    const form = new FormData();
    form.append("file", new File([handbook], "handbook.md", { type: "text/markdown" }));
    await teacher.request(`/knowledge/${kbId}/files`, { method: "POST", body: form, htmx: true });
    for (let i = 0; i < 200; i++) {
      if ((await (await teacher.request(`/knowledge/${kbId}/items`, { htmx: true })).text()).includes("badge ok\">ready")) break;
      await Bun.sleep(50);
    }
    return { teacher, kbId };
  }

  async function ask(client: TestClient, content: string, modelId: string, kbId: string) {
    const sent = await client.request("/chat/messages", { form: { content, modelId, kbIds: kbId } });
    expect(sent.status).toBe(303);
    const page = await (await client.request(sent.headers.get("location")!)).text();
    const url = page.match(/hx-sse:connect="(\/chat\/stream\/[^"]+)"/)![1]!.replaceAll("&amp;", "&");
    const { events } = await readSse(await client.request(url), { until: (e) => e.data.includes("<hx-partial") });
    return { final: events.at(-1)!.data, location: sent.headers.get("location")! };
  }

  test("the offline model answers from the attached document and cites it, linking to the passage", async () => {
    const { teacher, kbId } = await teacherWithHandbook();
    const offline = (await (await teacher.request("/chat")).text()).match(/<option value="([0-9a-f-]{36})"[^>]*>Offline demo model/)![1]!;
    const { final, location } = await ask(teacher, "When are permission slips due for the field trip?", offline, kbId);
    expect(final).toContain("From your documents:");
    expect(final).toContain("Permission slips are due on Friday, March 14.");
    expect(final).toContain('class="sources"');
    const passage = final.match(/href="(\/knowledge\/passages\/[0-9a-f-]{36})"/)![1]!;
    expect(await (await teacher.request(passage)).text()).toContain("Permission slips are due");
    // The conversation remembers its knowledge: the composer shows it ticked.
    expect(await (await teacher.request(location)).text()).toMatch(new RegExp(`name="kbIds" value="${kbId}" checked`));
  });

  test("retrieved passages reach the provider with the question, personal data redacted", async () => {
    const { teacher, kbId } = await teacherWithHandbook();
    await ask(teacher, "Who do I ask about the field trip permission slips?", upstreamModel, kbId);
    const sent = upstream.requests.at(-1)!.messages.at(-1)!.content;
    expect(sent).toContain("Permission slips are due on Friday, March 14");
    expect(sent).toContain("[1] handbook.md");
    expect(sent).not.toContain("trips@lincoln.example.org");
    expect(sent).toContain("[EMAIL]");
  });

  test("a knowledge base that is not shared with the person cannot be attached", async () => {
    const { kbId } = await teacherWithHandbook();
    const student = new TestClient(t.app);
    await student.signIn("curious.kid@lincoln.org", "student");
    const offline = (await (await student.request("/chat")).text()).match(/<option value="([0-9a-f-]{36})"/)![1]!;
    const res = await student.request("/chat/messages", { form: { content: "what's in the handbook?", modelId: offline, kbIds: kbId } });
    expect(res.status).toBe(404);
  });
});
