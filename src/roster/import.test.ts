// A realistic district imported end to end, imported again (nothing new), and
// changed the way a SIS changes between two nightly exports.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "bun:test";
import { eq, sql } from "drizzle-orm";
import { users } from "../auth/schema.ts";
import { listAudit } from "../platform/audit/service.ts";
import type { Database } from "../platform/db/client.ts";
import { testDbKinds } from "../platform/db/test-db.ts";
import { parseRosterFile } from "./csv.ts";
import { importRoster } from "./import.ts";
import { getClass, listClasses } from "./queries.ts";
import { emptyCounts } from "./report.ts";
import { generateRosterBundle, zipBundle } from "./sample.ts";
import { classes } from "./schema.ts";
import { clearRoster, openRosterTestDatabase, renderDistrict, tableCounts, tinyDistrict } from "./testing.ts";

const cli = { actorId: null };

for (const kind of testDbKinds()) {
  describe(`roster import on ${kind}`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await openRosterTestDatabase(kind);
    });
    afterAll(() => database.close());
    beforeEach(() => clearRoster(database.db));

    test("a realistic district (3 schools, 50 classes, 1,000 people) imports with exact counts, and a re-import adds nothing", async () => {
      const db = database.db;
      const files = generateRosterBundle({ schools: 3, classes: 50, users: 1000, seed: 42 });
      // Expected numbers come from the files themselves.
      const people = parseRosterFile("users.csv", files["users.csv"]).rows.map((r) => r.values);
      const enrollments = parseRosterFile("enrollments.csv", files["enrollments.csv"]).rows.length;
      const schoolMemberships = people.reduce((n, p) => n + p.orgSourcedIds!.split(",").length, 0);

      const first = await importRoster(db, { files, name: "lakeside" }, cli);
      expect(first.status).toBe("applied");
      expect(first.rejections).toEqual([]);
      expect(first.counts).toEqual({
        schools: { ...emptyCounts(), created: 3 },
        users: { ...emptyCounts(), created: 1000 },
        classes: { ...emptyCounts(), created: 50 },
        schoolMemberships: { ...emptyCounts(), created: schoolMemberships },
        classMemberships: { ...emptyCounts(), created: enrollments },
      });
      const counts = await tableCounts(db);
      expect(counts).toEqual({ schools: 3, classes: 50, users: 1000, rosterUsers: 1000, schoolMembers: schoolMemberships, classMembers: enrollments });

      // Roles as the roster says, school administrators as staff; names intact in UTF-8.
      const byRole = await db.select({ role: users.roleId, n: sql<number>`count(*)::int` }).from(users).groupBy(users.roleId);
      const expected = (role: string) => people.filter((p) => p.role === role).length;
      expect(Object.fromEntries(byRole.map((r) => [r.role, r.n]))).toEqual({ staff: expected("administrator"), teacher: expected("teacher"), student: expected("student") });
      const vietnamese = people.find((p) => p.familyName === "Nguyễn")!;
      const [stored] = await db.select().from(users).where(eq(users.rosterSourcedId, vietnamese.sourcedId!));
      expect(stored!.name).toBe(`${vietnamese.givenName} Nguyễn`);

      // Every class has one or two teachers and 20 to 30 students.
      const { rows, total } = await listClasses(db, { limit: 100 });
      expect(total).toBe(50);
      for (const c of rows) {
        expect(c.teachers).toBeGreaterThanOrEqual(1);
        expect(c.teachers).toBeLessThanOrEqual(2);
        expect(c.students).toBeGreaterThanOrEqual(20);
        expect(c.students).toBeLessThanOrEqual(30);
      }

      // The same bundle again, zipped this time: nothing created, nothing duplicated.
      const again = await importRoster(db, { zip: zipBundle(files), name: "lakeside.zip" }, cli);
      expect(again.status).toBe("applied");
      expect(again.counts).toEqual({
        schools: { ...emptyCounts(), unchanged: 3 },
        users: { ...emptyCounts(), unchanged: 1000 },
        classes: { ...emptyCounts(), unchanged: 50 },
        schoolMemberships: { ...emptyCounts(), unchanged: schoolMemberships },
        classMemberships: { ...emptyCounts(), unchanged: enrollments },
      });
      expect(await tableCounts(db)).toEqual(counts);

      // One audit entry per import, with its summary.
      const audit = await listAudit(db, { action: "roster.imported" });
      expect(audit.map((a) => a.subjectId)).toEqual(["lakeside.zip", "lakeside"]);
      expect(audit[1]!.actorId).toBeNull();
      expect(audit[1]!.before).toEqual({ totals: { schools: 0, classes: 0, rosterUsers: 0, schoolMemberships: 0, classMemberships: 0 } });
      expect(audit[1]!.after).toMatchObject({ status: "applied", counts: { users: { created: 1000 } }, rejected: 0, totals: { rosterUsers: 1000, classMemberships: enrollments } });
    }, 60_000); // two imports of a thousand people: seconds on a busy machine

    test("the next export renames a class, moves a student and drops an enrollment", async () => {
      const db = database.db;
      const district = tinyDistrict();
      await importRoster(db, { files: renderDistrict(district), name: "monday" }, cli);

      district.classes[0]!.title = "Biology Honors";
      // Liam (st3) moves to South Middle and into Math 7, keeping his enrollment id.
      Object.assign(district.users[4]!, { orgSourcedIds: "s2" });
      Object.assign(district.enrollments[3]!, { classSourcedId: "c2", schoolSourcedId: "s2" });
      // Mia (st4) leaves Math 7.
      district.enrollments[5]!.status = "tobedeleted";
      const report = await importRoster(db, { files: renderDistrict(district), name: "tuesday" }, cli);

      expect(report.status).toBe("applied");
      expect(report.counts.classes).toEqual({ created: 0, updated: 1, unchanged: 1, removed: 0 });
      expect(report.counts.classMemberships).toEqual({ created: 1, updated: 0, unchanged: 4, removed: 2 });
      expect(report.counts.schoolMemberships).toEqual({ created: 1, updated: 0, unchanged: 7, removed: 1 });
      expect(report.counts.users).toEqual({ created: 0, updated: 0, unchanged: 7, removed: 0 });

      const [c1, c2] = await db.select().from(classes).orderBy(classes.sourcedId);
      const biology = (await getClass(db, c1!.id))!;
      expect(biology.class.title).toBe("Biology Honors");
      expect(biology.teachers.map((t) => t.name)).toEqual(["Ada Lovelace"]);
      expect(biology.students.map((s) => s.name)).toEqual(["José García", "Zoë Nguyễn"]);
      const math = (await getClass(db, c2!.id))!;
      expect(math.students.map((s) => s.name)).toEqual(["Liam O'Brien"]);

      // Importing Tuesday's bundle twice changes nothing the second time.
      const again = await importRoster(db, { files: renderDistrict(district), name: "tuesday" }, cli);
      expect(again.counts.classMemberships).toEqual({ created: 0, updated: 0, unchanged: 5, removed: 0 });
      expect(again.counts.classes).toEqual({ created: 0, updated: 0, unchanged: 2, removed: 0 });
    });

    test("a full (bulk) export drops memberships it no longer lists; a delta export does not", async () => {
      const db = database.db;
      const district = tinyDistrict();
      await importRoster(db, { files: renderDistrict(district), name: "full" }, cli);
      const withoutJose = { ...district, enrollments: district.enrollments.filter((e) => e.sourcedId !== "e3") };

      const delta = "propertyName,value\noneroster.version,1.1\nfile.enrollments,delta\n";
      const deltaReport = await importRoster(db, { files: { ...renderDistrict(withoutJose), "manifest.csv": delta }, name: "delta" }, cli);
      expect(deltaReport.enrollmentsMode).toBe("delta");
      expect(deltaReport.counts.classMemberships.removed).toBe(0);
      expect((await tableCounts(db)).classMembers).toBe(6);

      const bulk = await importRoster(db, { files: renderDistrict(withoutJose), name: "bulk" }, cli);
      expect(bulk.counts.classMemberships).toEqual({ created: 0, updated: 0, unchanged: 5, removed: 1 });
      const [c1] = await db.select().from(classes).where(eq(classes.sourcedId, "c1"));
      expect((await getClass(db, c1!.id))!.students.map((s) => s.name)).toEqual(["Liam O'Brien", "Zoë Nguyễn"]);
    });

    test("a person marked tobedeleted is switched off and taken out of classes; the account stays", async () => {
      const db = database.db;
      const district = tinyDistrict();
      await importRoster(db, { files: renderDistrict(district), name: "before" }, cli);
      district.users[3]!.status = "tobedeleted"; // José
      district.enrollments = district.enrollments.filter((e) => e.userSourcedId !== "st2");
      const report = await importRoster(db, { files: renderDistrict(district), name: "after" }, cli);
      expect(report.counts.users.removed).toBe(1);
      expect(report.counts.classMemberships.removed).toBe(1);
      expect(report.counts.schoolMemberships.removed).toBe(1);
      const [jose] = await db.select().from(users).where(eq(users.rosterSourcedId, "st2"));
      expect(jose!.disabled).toBe(true);
      expect((await tableCounts(db)).users).toBe(7);

      const again = await importRoster(db, { files: renderDistrict(district), name: "after" }, cli);
      expect(again.counts.users).toEqual({ created: 0, updated: 0, unchanged: 7, removed: 0 });
    });

    test("classes and a school marked tobedeleted are removed with their memberships", async () => {
      const db = database.db;
      const district = tinyDistrict();
      await importRoster(db, { files: renderDistrict(district), name: "before" }, cli);
      district.orgs[2]!.status = "tobedeleted";
      district.classes[1]!.status = "tobedeleted";
      district.users = district.users.filter((u) => !["t2", "st4"].includes(u.sourcedId!));
      district.users.find((u) => u.sourcedId === "a1")!.orgSourcedIds = "s1";
      district.enrollments = district.enrollments.filter((e) => e.classSourcedId !== "c2");
      const report = await importRoster(db, { files: renderDistrict(district), name: "after" }, cli);
      expect(report.rejections).toEqual([]);
      expect(report.counts.schools).toEqual({ created: 0, updated: 0, unchanged: 1, removed: 1 });
      expect(report.counts.classes).toEqual({ created: 0, updated: 0, unchanged: 1, removed: 1 });
      expect(report.counts.classMemberships.removed).toBe(2);
      expect(await tableCounts(db)).toMatchObject({ schools: 1, classes: 1, classMembers: 4 });
    });
  });
}
