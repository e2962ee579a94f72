// Knowledge as teachers and students use it: a base shared with a class, a
// document that becomes searchable, a passage page, and walls between classes.
import { describe, expect, test } from "bun:test";
import { userForSignIn } from "../auth/users.ts";
import { classes, classMembers, schools } from "../roster/schema.ts";
import { TestClient } from "../../tests/support/client.ts";
import { useTestApp } from "../../tests/support/test-app.ts";

const lesson = `# Unit 3: Photosynthesis

Plants capture light energy in their chloroplasts. Chlorophyll absorbs red and blue light and reflects green.

## The Calvin cycle

In the stroma, the Calvin cycle fixes carbon dioxide into sugar using ATP and NADPH made by the light reactions.
`;

describe("knowledge pages", () => {
  let classA = "";
  const t = useTestApp({
    env: { UPLOAD_MAX_BYTES: "20000" },
    setup: async ({ database }) => {
      const db = database.db;
      const [school] = await db.insert(schools).values({ sourcedId: "k-s1", name: "Oak High" }).returning();
      const people: Record<string, string> = {};
      for (const [email, role] of [["bio.teacher@oak.org", "teacher"], ["ana@oak.org", "student"], ["ben@oak.org", "student"]] as const) {
        people[email] = (await userForSignIn(db, { email, roleId: role })).id;
      }
      const [a] = await db.insert(classes).values({ sourcedId: "k-a", schoolId: school!.id, title: "Biology A" }).returning();
      const [b] = await db.insert(classes).values({ sourcedId: "k-b", schoolId: school!.id, title: "Biology B" }).returning();
      classA = a!.id;
      await db.insert(classMembers).values([
        { classId: a!.id, userId: people["bio.teacher@oak.org"]!, role: "teacher", sourcedId: "k-e1" },
        { classId: a!.id, userId: people["ana@oak.org"]!, role: "student", sourcedId: "k-e2" },
        { classId: b!.id, userId: people["ben@oak.org"]!, role: "student", sourcedId: "k-e3" },
      ]);
    },
  });

  const signedIn = async (email: string, role: string) => {
    const c = new TestClient(t.app);
    await c.signIn(email, role);
    return c;
  };

  function upload(client: TestClient, kbId: string, name: string, body: string | Uint8Array, type = "text/markdown") {
    const form = new FormData();
    form.append("file", new File([typeof body === "string" ? body : new Uint8Array(body)], name, { type }));
    return client.request(`/knowledge/${kbId}/files`, { method: "POST", body: form, htmx: true });
  }

  async function untilReady(client: TestClient, kbId: string, title: string): Promise<string> {
    let html = "";
    for (let i = 0; i < 200; i++) {
      html = await (await client.request(`/knowledge/${kbId}/items`, { htmx: true })).text();
      if (html.includes(title) && !/queued|processing/.test(html)) break;
      await Bun.sleep(50);
    }
    return html;
  }

  test("a teacher's document shared with a class becomes searchable, with a passage page to cite", async () => {
    const teacher = await signedIn("bio.teacher@oak.org", "teacher");
    const created = await teacher.request("/knowledge", { form: { name: "Biology A readings", description: "Unit 3", sharing: "class", "share.class": classA } });
    expect(created.status).toBe(303);
    const kbId = created.headers.get("location")!.split("/").at(-1)!;

    const uploaded = await upload(teacher, kbId, "photosynthesis.md", lesson);
    expect(uploaded.status).toBe(200);
    expect(await uploaded.text()).toMatch(/photosynthesis\.md[\s\S]*(queued|processing|ready)/);
    const items = await untilReady(teacher, kbId, "photosynthesis.md");
    expect(items).toContain('class="badge ok">ready');

    const student = await signedIn("ana@oak.org", "student");
    expect(await (await student.request("/knowledge")).text()).toContain("Biology A readings");
    const results = await (await student.request("/knowledge/search?q=Calvin+cycle+carbon+dioxide")).text();
    const passage = results.match(/href="(\/knowledge\/passages\/[0-9a-f-]{36})"/)![1]!;
    expect(results).toContain("The Calvin cycle");
    const page = await (await student.request(passage)).text();
    expect(page).toContain("fixes carbon dioxide into sugar");
    expect(page).toContain("Unit 3: Photosynthesis &gt; The Calvin cycle");

    const other = await signedIn("ben@oak.org", "student");
    expect(await (await other.request("/knowledge/search?q=Calvin+cycle")).text()).not.toContain("The Calvin cycle");
    expect((await other.request(`/knowledge/${kbId}`)).status).toBe(404);
    expect((await other.request(passage)).status).toBe(404);
    // Students read; they do not upload.
    expect((await upload(student, kbId, "mine.md", "# Mine")).status).toBe(403);
  });

  test("an unsupported file fails with a plain reason, and a file over the limit is refused before it is read", async () => {
    const teacher = await signedIn("bio.teacher@oak.org", "teacher");
    const kbId = (await teacher.request("/knowledge", { form: { name: "Odds and ends" } })).headers.get("location")!.split("/").at(-1)!;
    await upload(teacher, kbId, "movie.exe", new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0]), "application/octet-stream");
    const items = await untilReady(teacher, kbId, "movie.exe");
    expect(items).toContain('class="badge danger">failed');
    expect(items).toMatch(/not a kind of file|cannot be read|supported/i);

    const big = "x".repeat(200_000);
    const form = new FormData();
    form.append("file", new File([big], "huge.txt", { type: "text/plain" }));
    const body = new Response(form);
    const bytes = new Uint8Array(await body.arrayBuffer());
    const res = await teacher.request(`/knowledge/${kbId}/files`, {
      method: "POST",
      body: bytes,
      headers: { "Content-Type": body.headers.get("content-type")!, "Content-Length": String(bytes.byteLength) },
    });
    expect(res.status).toBe(413);
  });

  test("a URL to a private address is refused plainly", async () => {
    const teacher = await signedIn("bio.teacher@oak.org", "teacher");
    const kbId = (await teacher.request("/knowledge", { form: { name: "Links" } })).headers.get("location")!.split("/").at(-1)!;
    const res = await teacher.request(`/knowledge/${kbId}/urls`, { form: { url: "http://169.254.169.254/latest/meta-data/" }, htmx: true });
    const html = res.status === 200 ? await untilReady(teacher, kbId, "169.254.169.254") : await res.text();
    expect(html).toMatch(/private|internal|not allowed|refused/i);
  });
});
