import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { eq } from "drizzle-orm";
import type { Database } from "../platform/db/client.ts";
import { openTestDatabase, testDbKinds } from "../platform/db/test-db.ts";
import { listAudit } from "../platform/audit/service.ts";
import { TestClient } from "../../tests/support/client.ts";
import { buildTestApp, http } from "../../tests/support/test-app.ts";
import { users } from "./schema.ts";

for (const kind of testDbKinds()) {
  describe(`sign-in and sessions over HTTP on ${kind}`, () => {
    let database: Database;
    let app: Awaited<ReturnType<typeof buildTestApp>>["app"];
    beforeAll(async () => {
      database = await openTestDatabase(kind);
      ({ app } = await buildTestApp(database));
    });
    afterAll(() => database.close());

    test("dev sign-in creates the user, sets a safe session cookie and returns to the page asked for", async () => {
      const client = new TestClient(app);
      const res = await client.request("/auth/dev", { form: { email: "New.Student@School.org", role: "student", next: "/account" } });
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toBe("/account");
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith("atelier_session="))!;
      expect(cookie).toContain("HttpOnly");
      expect(cookie).toContain("SameSite=Lax");
      expect(cookie).not.toContain("Secure");
      const [user] = await database.db.select().from(users).where(eq(users.email, "new.student@school.org"));
      expect(user?.roleId).toBe("student");
      const account = await client.request("/account");
      expect(account.status).toBe(200);
      expect(await account.text()).toContain("new.student@school.org");
    });

    test("behind https the session cookie is Secure", async () => {
      const client = new TestClient(app);
      const res = await client.request("/auth/dev", { form: { email: "sec@school.org", role: "teacher" }, headers: { "X-Forwarded-Proto": "https" } });
      // TRUST_PROXY is off in tests, so build an app that trusts the ALB.
      expect(res.status).toBe(303);
      const trusting = (await buildTestApp(database, { env: { TRUST_PROXY: "true" } })).app;
      const secure = new TestClient(trusting);
      const res2 = await secure.request("/auth/dev", { form: { email: "sec@school.org", role: "teacher" }, headers: { "X-Forwarded-Proto": "https" } });
      expect(res2.headers.getSetCookie().find((c) => c.startsWith("atelier_session="))).toContain("Secure");
    });

    test("a redirect target on another site is ignored", async () => {
      const client = new TestClient(app);
      const res = await client.request("/auth/dev", { form: { email: "x@school.org", role: "student", next: "//evil.example/phish" } });
      expect(res.headers.get("location")).toBe("/");
    });

    test("bad input re-renders the form with the problem named (422)", async () => {
      const client = new TestClient(app);
      const res = await client.request("/auth/dev", { form: { email: "not-an-email", role: "wizard" }, htmx: true });
      expect(res.status).toBe(422);
      const html = await res.text();
      expect(html).toContain("Enter a valid email address");
      expect(html).toContain("Choose one of the listed roles");
      expect(html).toContain('aria-invalid="true"');
      expect(html).toContain('value="not-an-email"');
    });

    test("a forged or stale session cookie means signed out, quietly", async () => {
      const client = new TestClient(app);
      client.cookies.set("atelier_session", "forgedforgedforgedforged.forgedforgedforgedforged");
      const home = await client.request("/");
      expect(home.status).toBe(200);
      expect(await home.text()).toContain("Sign in to begin");
      expect(client.cookies.has("atelier_session")).toBe(false);
    });

    test("a signed-out visitor is sent to sign in, and back afterwards", async () => {
      const res = await app.handle(http("/account?tab=sessions"));
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toBe("/auth/sign-in?next=%2Faccount%3Ftab%3Dsessions");
      const htmx = await app.handle(http("/account", { headers: { "HX-Request": "true", "HX-Current-URL": "http://localhost/account" } }));
      expect(htmx.status).toBe(401);
      expect(htmx.headers.get("hx-redirect")).toBe("/auth/sign-in?next=%2Faccount");
    });

    test("sign out ends the session; sign out everywhere ends all of them", async () => {
      const laptop = new TestClient(app);
      const phone = new TestClient(app);
      await laptop.signIn("multi@school.org", "teacher");
      await phone.signIn("multi@school.org", "teacher");
      const stolen = laptop.cookies.get("atelier_session")!;
      await laptop.request("/auth/sign-out", { method: "POST" });
      expect(laptop.cookies.has("atelier_session")).toBe(false);
      const replay = new TestClient(app);
      replay.cookies.set("atelier_session", stolen);
      expect((await replay.request("/account")).status).toBe(303);
      expect((await phone.request("/account")).status).toBe(200);

      const tablet = new TestClient(app);
      await tablet.signIn("multi@school.org", "teacher");
      await tablet.request("/auth/sign-out-everywhere", { method: "POST" });
      expect((await phone.request("/account")).status).toBe(303);
      expect((await tablet.request("/account")).status).toBe(303);
    });

    test("CSRF: a state change without the page's token, or from another site, is refused", async () => {
      const client = new TestClient(app);
      await client.signIn("csrf@school.org", "teacher");
      const noToken = await client.request("/auth/sign-out-everywhere", { method: "POST", headers: { "X-CSRF-Token": "" } });
      expect(noToken.status).toBe(403);
      expect(await noToken.text()).toContain("This form has expired or did not come from Atelier");
      const wrong = await client.request("/auth/sign-out-everywhere", { method: "POST", headers: { "X-CSRF-Token": "A".repeat(43) } });
      expect(wrong.status).toBe(403);
      const crossSite = await client.request("/auth/sign-out-everywhere", { method: "POST", headers: { Origin: "https://evil.example" } });
      expect(crossSite.status).toBe(403);
      expect(await crossSite.text()).toContain("came from another site");
      // A plain form carries the token as _csrf instead of the header.
      const token = await client.csrfToken();
      const form = await client.request("/auth/sign-out-everywhere", {
        method: "POST",
        headers: { "X-CSRF-Token": "", "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ _csrf: token }).toString(),
      });
      expect(form.status).toBe(303);
      // Another visitor's token does not fit this visitor's cookie.
      const other = new TestClient(app);
      const res = await other.request("/auth/dev", { form: { email: "o@school.org", role: "student" }, headers: { "X-CSRF-Token": token } });
      expect(res.status).toBe(403);
    });

    test("on a laptop the browser may name the server localhost, 127.0.0.1 or [::1]; with PUBLIC_URL only that origin counts", async () => {
      // Sign-out is a state change anyone may make, and it is not rate limited.
      for (const origin of ["http://localhost:3000", "http://127.0.0.1:3000", "http://[::1]:3000"]) {
        const res = await new TestClient(app).request("/auth/sign-out", { method: "POST", headers: { Origin: origin } });
        expect(res.status).toBe(303);
      }
      const deployed = (await buildTestApp(database, { env: { PUBLIC_URL: "https://ai.district.example" } })).app;
      const ours = await new TestClient(deployed).request("/auth/sign-out", { method: "POST", headers: { Origin: "https://ai.district.example" } });
      expect(ours.status).toBe(303);
      const loopback = await new TestClient(deployed).request("/auth/sign-out", { method: "POST", headers: { Origin: "http://127.0.0.1:3000" } });
      expect(loopback.status).toBe(403);
    });

    test("sign-in attempts are rate limited per email", async () => {
      const client = new TestClient(app);
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) {
        statuses.push((await client.request("/auth/dev", { form: { email: "limited@school.org", role: "student" } })).status);
      }
      expect(statuses.slice(0, 5).every((s) => s === 303)).toBe(true);
      expect(statuses.at(-1)).toBe(429);
    });

    test("a student at /admin gets a 403 page and the attempt is logged", async () => {
      const lines: string[] = [];
      const { app: logged } = await buildTestApp(database, { logLines: lines });
      const student = new TestClient(logged);
      await student.signIn("curious@school.org", "student");
      const res = await student.request("/admin");
      expect(res.status).toBe(403);
      expect(await res.text()).toContain("You do not have access");
      expect(lines.some((l) => l.includes('"msg":"access denied"') && l.includes('"path":"/admin"'))).toBe(true);
      const denied = await listAudit(database.db, { action: "access.denied" });
      expect(denied.some((e) => e.subjectId === "GET /admin")).toBe(true);
    });
  });
}
