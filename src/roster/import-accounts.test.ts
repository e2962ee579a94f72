// People who already have an account, and what an administrator set by hand:
// the import links accounts by email, and never silently reverts a role or
// re-enables an account an administrator chose.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "bun:test";
import { eq } from "drizzle-orm";
import { users } from "../auth/schema.ts";
import { changeUserRole, setUserDisabled, userForSignIn } from "../auth/users.ts";
import type { Database } from "../platform/db/client.ts";
import { testDbKinds } from "../platform/db/test-db.ts";
import { importRoster } from "./import.ts";
import { clearRoster, openRosterTestDatabase, renderDistrict, tableCounts, tinyDistrict, type TinyDistrict } from "./testing.ts";

const cli = { actorId: null };

for (const kind of testDbKinds()) {
  describe(`roster accounts on ${kind}`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await openRosterTestDatabase(kind);
    });
    afterAll(() => database.close());
    beforeEach(() => clearRoster(database.db));

    const load = async (d: TinyDistrict, name = "roster") => {
      const report = await importRoster(database.db, { files: renderDistrict(d), name }, cli);
      expect(report.rejections).toEqual([]);
      return report;
    };
    const account = async (rosterId: string) => (await database.db.select().from(users).where(eq(users.rosterSourcedId, rosterId)))[0]!;
    const admin = async () => (await userForSignIn(database.db, { email: "it@harbor.example.org", name: "IT", roleId: "administrator" })).id;

    test("someone who signed in before the import is linked by email, not duplicated, and takes the roster's role", async () => {
      const before = await userForSignIn(database.db, { email: "Ada@Harbor.example.org", roleId: "student" });
      const report = await load(tinyDistrict());
      expect(report.linkedAccounts).toBe(1);
      expect(report.counts.users).toEqual({ created: 6, updated: 1, unchanged: 0, removed: 0 });
      expect((await tableCounts(database.db)).users).toBe(7);
      const ada = await account("t1");
      expect(ada.id).toBe(before.id);
      expect(ada.roleId).toBe("teacher");
      expect(ada.name).toBe("Ada Lovelace");
    });

    test("an existing account whose role is not the sign-in default keeps it", async () => {
      await userForSignIn(database.db, { email: "ada@harbor.example.org", roleId: "staff" });
      const report = await load(tinyDistrict());
      expect(report.rolesKept).toBe(1);
      expect((await account("t1")).roleId).toBe("staff");
    });

    test("a role an administrator changed survives every later import; the roster's own changes still apply to others", async () => {
      const d = tinyDistrict();
      await load(d);
      const jose = await account("st2");
      await changeUserRole(database.db, jose.id, "staff", { id: await admin() });

      d.users.find((u) => u.sourcedId === "st1")!.role = "teacher"; // Zoë becomes a student teacher
      d.enrollments = d.enrollments.filter((e) => e.userSourcedId !== "st1");
      const report = await load(d);
      expect(report.rolesKept).toBe(1);
      expect((await account("st2")).roleId).toBe("staff");
      expect((await account("st1")).roleId).toBe("teacher");

      // Set back to what the roster says, the role is the roster's again.
      await changeUserRole(database.db, jose.id, "student", { id: await admin() });
      d.users.find((u) => u.sourcedId === "st2")!.role = "teacher";
      d.enrollments = d.enrollments.filter((e) => e.userSourcedId !== "st2");
      await load(d);
      expect((await account("st2")).roleId).toBe("teacher");
    });

    test("a school administrator in the roster becomes staff, and a platform administrator is never demoted", async () => {
      await userForSignIn(database.db, { email: "pat@harbor.example.org", roleId: "administrator" });
      const report = await load(tinyDistrict());
      expect((await account("a1")).roleId).toBe("administrator");
      expect(report.rolesKept).toBe(1);
      const d = tinyDistrict();
      d.users = d.users.map((u) => (u.sourcedId === "a1" ? { ...u, email: "pat.principal@harbor.example.org" } : u));
      d.users.push({ sourcedId: "a2", enabledUser: "true", orgSourcedIds: "s2", role: "administrator", username: "vp", givenName: "Vic", familyName: "Vice", email: "vic@harbor.example.org" });
      await load(d);
      expect((await account("a2")).roleId).toBe("staff");
    });

    test("the roster switches people off and on again, but never re-enables an account an administrator disabled", async () => {
      const d = tinyDistrict();
      await load(d);
      d.users.find((u) => u.sourcedId === "st1")!.enabledUser = "false";
      await load(d);
      expect((await account("st1")).disabled).toBe(true);
      d.users.find((u) => u.sourcedId === "st1")!.enabledUser = "true";
      await load(d);
      expect((await account("st1")).disabled).toBe(false);

      await setUserDisabled(database.db, (await account("st2")).id, true, { id: await admin() });
      const report = await load(d);
      expect((await account("st2")).disabled).toBe(true);
      expect(report.counts.users.unchanged).toBe(7);
    });

    test("two people may trade emails in one export, and a changed email is updated", async () => {
      const d = tinyDistrict();
      await load(d);
      const ada = d.users.find((u) => u.sourcedId === "t1")!;
      const grace = d.users.find((u) => u.sourcedId === "t2")!;
      [ada.email, grace.email] = [grace.email!, ada.email!];
      d.users.find((u) => u.sourcedId === "st4")!.email = "mia.chen@students.harbor.example.org";
      const report = await load(d);
      expect(report.counts.users).toEqual({ created: 0, updated: 3, unchanged: 4, removed: 0 });
      expect((await account("t1")).email).toBe("grace@harbor.example.org");
      expect((await account("t2")).email).toBe("ada@harbor.example.org");
      expect((await account("st4")).email).toBe("mia.chen@students.harbor.example.org");
    });
  });
}
