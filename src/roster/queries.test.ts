// What the admin pages and the safety feature read from the imported roster.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { eq } from "drizzle-orm";
import { users } from "../auth/schema.ts";
import type { Database } from "../platform/db/client.ts";
import { testDbKinds } from "../platform/db/test-db.ts";
import { importRoster } from "./import.ts";
import { classesOfTeacher, getClass, listClasses, listSchools, studentsOfTeacher, teachesStudent } from "./queries.ts";
import { openRosterTestDatabase, renderDistrict, tinyDistrict } from "./testing.ts";

for (const kind of testDbKinds()) {
  describe(`roster queries on ${kind}`, () => {
    let database: Database;
    const id: Record<string, string> = {};
    beforeAll(async () => {
      database = await openRosterTestDatabase(kind);
      const d = tinyDistrict();
      // Mia also takes Biology, so two teachers share a student.
      d.enrollments.push({ sourcedId: "e7", classSourcedId: "c1", schoolSourcedId: "s1", userSourcedId: "st4", role: "student" });
      await importRoster(database.db, { files: renderDistrict(d), name: "district" }, { actorId: null });
      for (const u of await database.db.select().from(users)) id[u.rosterSourcedId!] = u.id;
    });
    afterAll(() => database.close());

    test("schools are listed by name with their classes and people", async () => {
      const schools = await listSchools(database.db);
      expect(schools.map((s) => [s.name, s.identifier, s.classes, s.people])).toEqual([
        ["North High", "NH", 1, 5],
        ["South Middle", "SM", 1, 3],
      ]);
    });

    test("classes are listed with member counts, by school and by a search on title or code", async () => {
      const all = await listClasses(database.db);
      expect(all.total).toBe(2);
      expect(all.rows.map((c) => [c.title, c.schoolName, c.teachers, c.students])).toEqual([
        ["Biology", "North High", 1, 4],
        ["Math 7", "South Middle", 1, 1],
      ]);
      const south = (await listSchools(database.db)).find((s) => s.name === "South Middle")!;
      expect((await listClasses(database.db, { schoolId: south.id })).rows.map((c) => c.title)).toEqual(["Math 7"]);
      expect((await listClasses(database.db, { q: "bio-" })).rows.map((c) => c.title)).toEqual(["Biology"]);
      expect(await listClasses(database.db, { q: "100%" })).toEqual({ rows: [], total: 0 });
      expect(await listClasses(database.db, { schoolId: "not-a-uuid" })).toEqual({ rows: [], total: 0 });
    });

    test("a class shows its school, teachers and students", async () => {
      const [biology] = (await listClasses(database.db, { q: "Biology" })).rows;
      const detail = (await getClass(database.db, biology!.id))!;
      expect(detail.school.name).toBe("North High");
      expect(detail.teachers.map((t) => t.email)).toEqual(["ada@harbor.example.org"]);
      expect(detail.students.map((s) => s.name)).toEqual(["José García", "Liam O'Brien", "Mia Chen", "Zoë Nguyễn"]);
      expect(await getClass(database.db, crypto.randomUUID())).toBeUndefined();
      expect(await getClass(database.db, "'; drop table classes; --")).toBeUndefined();
    });

    test("a teacher's classes and students: whose safety incidents the teacher sees", async () => {
      expect((await classesOfTeacher(database.db, id.t2!)).map((c) => c.title)).toEqual(["Math 7"]);
      expect(new Set(await studentsOfTeacher(database.db, id.t1!))).toEqual(new Set([id.st1!, id.st2!, id.st3!, id.st4!]));
      expect(await studentsOfTeacher(database.db, id.t2!)).toEqual([id.st4!]);
      // A student, or staff without classes, teaches nobody.
      expect(await studentsOfTeacher(database.db, id.st1!)).toEqual([]);
      expect(await studentsOfTeacher(database.db, id.a1!)).toEqual([]);
      expect(await teachesStudent(database.db, id.t2!, id.st4!)).toBe(true);
      expect(await teachesStudent(database.db, id.t2!, id.st1!)).toBe(false);
      expect(await teachesStudent(database.db, id.st4!, id.t2!)).toBe(false);
    });

    test("a student who leaves the class leaves the teacher's list at once", async () => {
      const d = tinyDistrict(); // e7 (Mia in Biology) is gone from this full export
      await importRoster(database.db, { files: renderDistrict(d), name: "district" }, { actorId: null });
      expect(await teachesStudent(database.db, id.t1!, id.st4!)).toBe(false);
      const [mia] = await database.db.select().from(users).where(eq(users.id, id.st4!));
      expect(mia!.disabled).toBe(false);
    });
  });
}
