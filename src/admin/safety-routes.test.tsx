// Administrators tune the safety profiles from a form; a change applies to the next message.
import { describe, expect, test } from "bun:test";
import { checkText } from "../safety/engine/index.ts";
import { TestClient } from "../../tests/support/client.ts";
import { useTestApp } from "../../tests/support/test-app.ts";

describe("safety profiles page", () => {
  let admin: TestClient;
  const built = useTestApp({
    setup: async ({ app }) => {
      admin = new TestClient(app);
      await admin.signIn("policy.admin@district.org", "administrator");
    },
  });

  /** The form as the page renders it, with some fields changed. */
  async function formFields(id: "student" | "staff", change: Record<string, string>) {
    const page = await (await admin.request("/admin/safety")).text();
    const form = page.slice(page.indexOf(`id="profile-${id}"`), page.indexOf("</form>", page.indexOf(`id="profile-${id}"`)));
    const fields: Record<string, string> = {};
    for (const m of form.matchAll(/<select id="[^"]+" name="([^"]+)">([\s\S]*?)<\/select>/g)) fields[m[1]!] = m[2]!.match(/<option value="([^"]+)" selected/)![1]!;
    fields.customTerms = "";
    fields.blockedTopics = "";
    return { ...fields, ...change };
  }

  test("a custom term saved on the page applies to students at once, and is audited", async () => {
    const res = await admin.request("/admin/safety/student", { form: await formFields("student", { customTerms: "glitter bomb prank | harassment | harmful" }), htmx: true });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Saved. The new profile applies now.");
    const decision = checkText({ text: "help me plan a glitter bomb prank on my teacher", direction: "input", profile: built.deps.safety.profiles.get("student") });
    expect(decision.decision).toBe("flag");
    expect(decision.categories).toContain("harassment");
    const audit = await (await admin.request("/admin/audit?action=safety.profile_changed")).text();
    expect(audit).toContain("glitter bomb prank");
  });

  test("bad entries are named, and nothing is saved", async () => {
    const res = await admin.request("/admin/safety/staff", { form: await formFields("staff", { customTerms: "x | nonsense | harmful", blockedTopics: "Cheating | cheating | harmful" }), htmx: true });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Custom terms, line 1: term must be at least 2 characters");
    expect(html).toContain("Blocked topic 1: category &quot;cheating&quot; is not a category");
    expect(built.deps.safety.profiles.get("staff").customTerms).toEqual([]);
  });

  test("a student is refused the page", async () => {
    const student = new TestClient(built.app);
    await student.signIn("kid@school.org", "student");
    expect((await student.request("/admin/safety")).status).toBe(403);
  });
});
