// The admin roster page: upload a OneRoster zip, read the report, browse classes.
import { describe, expect, test } from "bun:test";
import { listAudit } from "../platform/audit/service.ts";
import { generateRosterBundle, zipBundle } from "../roster/sample.ts";
import { TestClient } from "../../tests/support/client.ts";
import { useTestApp } from "../../tests/support/test-app.ts";

describe("roster import from the admin page", () => {
  let admin: TestClient;
  const t = useTestApp({
    setup: async ({ app }) => {
      admin = new TestClient(app);
      await admin.signIn("roster.admin@district.org", "administrator");
    },
  });

  function upload(zip: Uint8Array, fields: Record<string, string> = {}) {
    const form = new FormData();
    form.append("bundle", new File([new Uint8Array(zip)], "roster.zip", { type: "application/zip" }));
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    return admin.request("/admin/roster", { method: "POST", body: form, htmx: true });
  }

  test("a valid export is imported, reported, audited, and its classes are listed", async () => {
    const bundle = generateRosterBundle({ schools: 2, classes: 6, users: 120, seed: 7 });
    const res = await upload(zipBundle(bundle));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("The roster was imported.");
    expect(html).toMatch(/<th scope="row">Classes<\/th><td>6<\/td>/);
    const classes = await (await admin.request("/admin/classes")).text();
    expect(classes).toContain("6 classes");
    const [entry] = await listAudit(t.database.db, { action: "roster.imported" });
    expect(entry?.actorId).not.toBeNull();
    const again = await (await upload(zipBundle(bundle))).text();
    expect(again).toMatch(/<th scope="row">Classes<\/th><td>0<\/td><td>0<\/td><td>6<\/td>/);
  });

  test("a broken export lists every rejection and writes nothing", async () => {
    const bundle = generateRosterBundle({ schools: 1, classes: 2, users: 30, seed: 8 });
    const broken = { ...bundle, "enrollments.csv": bundle["enrollments.csv"] + "e-x,active,,no-such-class,,no-such-user,student,false,,\n" };
    const res = await upload(zipBundle(broken));
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Nothing was imported.");
    expect(html).toContain("enrollments.csv");
    expect(html).toContain("no-such-class");
    expect(await (await admin.request("/admin/classes")).text()).toContain("6 classes");
  });

  test("no file is a plain form error", async () => {
    const form = new FormData();
    const res = await admin.request("/admin/roster", { method: "POST", body: form, htmx: true });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("Choose the roster export");
  });
});
