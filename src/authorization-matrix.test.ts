// Every route the app registers × every role → the status the route's rule
// promises. The route list comes from the app itself, so a new route without
// an access rule fails here, and a rule that does not hold fails too.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { systemRoles, type Capability } from "./auth/capabilities.ts";
import { accessRuleOf } from "./auth/plugin.ts";
import { createSession } from "./auth/sessions.ts";
import { userForSignIn } from "./auth/users.ts";
import type { Database } from "./platform/db/client.ts";
import { openTestDatabase } from "./platform/db/test-db.ts";
import { TestClient } from "../tests/support/client.ts";
import { buildTestApp } from "../tests/support/test-app.ts";

// Routes that may change state without a signed-in user: signing in and out.
const publicWrites = new Set(["POST /auth/dev", "POST /auth/sign-out"]);
// Routes outside the auth plugin's reach by design (no user, no cookies).
const platformRoutes = new Set(["GET /health", "GET /static/:name"]);

function concretePath(path: string): string {
  return path
    .replace(":name", "app.css")
    .replace(/:[a-zA-Z]+/g, "00000000-0000-7000-8000-000000000000")
    .replace("*", "x");
}

describe("authorization matrix", () => {
  let database: Database;
  let app: Awaited<ReturnType<typeof buildTestApp>>["app"];
  beforeAll(async () => {
    database = await openTestDatabase();
    ({ app } = await buildTestApp(database));
  });
  afterAll(() => database.close());

  const routes = () => app.routes.filter((r) => !platformRoutes.has(`${r.method} ${r.path}`));

  test("every route declares exactly one access rule", () => {
    const missing = routes().filter((r) => !accessRuleOf(r)).map((r) => `${r.method} ${r.path}`);
    expect(missing).toEqual([]);
  });

  test("rules are sane: admin pages need admin, writes need a user", () => {
    for (const r of routes()) {
      const key = `${r.method} ${r.path}`;
      const rule = accessRuleOf(r);
      if (r.path.startsWith("/admin")) expect(`${key} ${rule}`).toMatch(/ can:admin($|\|)/);
      if (r.method !== "GET" && !publicWrites.has(key)) expect(`${key} ${rule}`).not.toBe(`${key} public`);
    }
  });

  async function clientFor(roleId: string | null): Promise<TestClient> {
    const client = new TestClient(app);
    if (roleId) {
      const user = await userForSignIn(database.db, { email: `matrix-${roleId}-${crypto.randomUUID()}@school.org`, roleId });
      client.cookies.set("atelier_session", (await createSession(database.db, user.id)).token);
    }
    return client;
  }

  for (const who of [null, ...systemRoles.map((r) => r.id)]) {
    test(`${who ?? "a signed-out visitor"}: each route answers as its rule says`, async () => {
      const grants = new Set<Capability>(systemRoles.find((r) => r.id === who)?.grants ?? []);
      const problems: string[] = [];
      for (const route of routes()) {
        const rule = accessRuleOf(route)!;
        const client = await clientFor(who); // a fresh session: sign-out routes must not spoil the next request
        const res = await client.request(concretePath(route.path), { method: route.method, ...(route.method === "GET" ? {} : { form: {} }) });
        const toSignIn = res.status === 401 || (res.status === 303 && (res.headers.get("location") ?? "").startsWith("/auth/sign-in"));
        const refused = res.status === 403;
        let expected: "allowed" | "sign-in" | "forbidden";
        if (rule === "public") expected = "allowed";
        else if (!who) expected = "sign-in";
        else if (rule === "auth") expected = "allowed";
        else expected = rule.slice(4).split("|").some((c) => grants.has(c as Capability)) ? "allowed" : "forbidden";
        const got = toSignIn ? "sign-in" : refused ? "forbidden" : "allowed";
        if (got !== expected) problems.push(`${route.method} ${route.path} (${rule}): expected ${expected}, got ${res.status}`);
      }
      expect(problems).toEqual([]);
    });
  }
});
