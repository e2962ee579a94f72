// Row checks and references, without a database: the bundle's rows and a
// snapshot of what Atelier already holds go in, accepted rows, rejections
// (with file, line, sourcedId and reason) and skipped rows come out.
import { describe, expect, test } from "bun:test";
import { parseRosterFile, type ParsedFile } from "./csv.ts";
import type { RosterFile } from "./format.ts";
import type { School } from "./schema.ts";
import type { KnownUser, Snapshot } from "./snapshot.ts";
import { renderDistrict, tinyDistrict, type TinyDistrict } from "./testing.ts";
import { validateBundle } from "./validate.ts";

const empty = (over: Partial<Snapshot> = {}): Snapshot => ({
  schools: new Map(), classes: new Map(), usersBySourcedId: new Map(), usersByEmail: new Map(), classMembers: [], schoolMembers: [], ...over,
});

function validate(d: TinyDistrict, known = empty()) {
  const parsed = {} as Record<RosterFile, ParsedFile>;
  for (const [file, text] of Object.entries(renderDistrict(d)) as [RosterFile, string][]) parsed[file] = parseRosterFile(file, text);
  return validateBundle(parsed, known);
}

const reasons = (v: ReturnType<typeof validate>) => v.rejections.map((r) => `${r.file}:${r.line} ${r.sourcedId ?? "-"} ${r.reason}`);
const dbSchool = (sourcedId: string): School => ({ id: crypto.randomUUID(), sourcedId, name: sourcedId, identifier: "", createdAt: new Date(), updatedAt: new Date() });
const dbUser = (over: Partial<KnownUser>): KnownUser => ({
  id: crypto.randomUUID(), email: "x@example.org", name: "X", roleId: "student", disabled: false, rosterSourcedId: null, roster: null, ...over,
});

describe("validating a bundle", () => {
  test("the tiny district is accepted whole; the district org is skipped, not rejected", () => {
    const v = validate(tinyDistrict());
    expect(v.rejections).toEqual([]);
    expect(v.schools.map((s) => s.sourcedId)).toEqual(["s1", "s2"]);
    expect(v.users.map((u) => [u.sourcedId, u.atelierRole])).toEqual([
      ["t1", "teacher"], ["t2", "teacher"], ["st1", "student"], ["st2", "student"], ["st3", "student"], ["st4", "student"], ["a1", "staff"],
    ]);
    expect(v.users.find((u) => u.sourcedId === "a1")!.orgSourcedIds).toEqual(["s1", "s2"]);
    expect(v.enrollments).toHaveLength(6);
    expect(v.skipped.map((s) => s.sourcedId)).toEqual(["d1"]);
  });

  test("every copy of a duplicate sourcedId is rejected, and the rows that refer to it say why", () => {
    const d = tinyDistrict();
    d.users.push({ ...d.users[2]!, email: "zoe2@students.harbor.example.org" });
    const v = validate(d);
    expect(reasons(v)).toEqual([
      "users.csv:4 st1 sourcedId st1 appears 2 times (lines 4, 9); every copy is rejected",
      "users.csv:9 st1 sourcedId st1 appears 2 times (lines 4, 9); every copy is rejected",
      "enrollments.csv:3 e2 user st1 was rejected (users.csv line 4)",
    ]);
    expect(v.users.map((u) => u.sourcedId)).not.toContain("st1");
    expect(v.enrollments.map((e) => e.sourcedId)).not.toContain("e2");
  });

  test("dangling references are rejected unless Atelier already knows the target", () => {
    const d = tinyDistrict();
    d.classes.push({ sourcedId: "c3", title: "Chemistry", schoolSourcedId: "s9" });
    d.enrollments.push({ sourcedId: "e7", classSourcedId: "c404", schoolSourcedId: "s1", userSourcedId: "st1", role: "student" });
    d.enrollments.push({ sourcedId: "e8", classSourcedId: "c1", schoolSourcedId: "s1", userSourcedId: "ghost", role: "student" });
    expect(reasons(validate(d))).toEqual([
      "classes.csv:4 c3 school s9 is neither in orgs.csv nor in Atelier",
      "enrollments.csv:8 e7 class c404 is neither in classes.csv nor in Atelier",
      "enrollments.csv:9 e8 user ghost is neither in users.csv nor in Atelier",
    ]);
    const known = empty({ schools: new Map([["s9", dbSchool("s9")]]), usersBySourcedId: new Map([["ghost", dbUser({ rosterSourcedId: "ghost" })]]) });
    expect(reasons(validate(d, known))).toEqual(["enrollments.csv:8 e7 class c404 is neither in classes.csv nor in Atelier"]);
  });

  test("invalid values are rejected with every problem of the row at once", () => {
    const d = tinyDistrict();
    Object.assign(d.users[2]!, { role: "pupil", enabledUser: "yes" });
    Object.assign(d.users[3]!, { email: "" });
    Object.assign(d.users[4]!, { email: "liam at school" });
    Object.assign(d.orgs[2]!, { type: "campus" });
    Object.assign(d.classes[0]!, { status: "inactive" });
    const v = validate(d);
    expect(reasons(v)).toContain("orgs.csv:4 s2 type must be one of department, school, district, local, state, national (got \"campus\")");
    expect(reasons(v)).toContain(
      'users.csv:4 st1 role must be one of administrator, aide, guardian, parent, proctor, relative, student, teacher (got "pupil"); enabledUser must be true or false (got "yes")',
    );
    expect(reasons(v)).toContain("users.csv:5 st2 email is empty: Atelier signs people in by email");
    expect(reasons(v)).toContain('users.csv:6 st3 email "liam at school" is not a valid address');
    expect(reasons(v)).toContain('classes.csv:2 c1 status must be active or tobedeleted (got "inactive")');
    // Everyone in South Middle (s2) and in Biology (c1) goes with them.
    expect(reasons(v)).toContain("users.csv:3 t2 org s2 was rejected (orgs.csv line 4)");
    expect(reasons(v)).toContain("enrollments.csv:2 e1 class c1 was rejected (classes.csv line 2)");
    expect(v.enrollments).toEqual([]);
  });

  test("guardians and their enrollments are skipped even without an email; an aide's enrollment is skipped too", () => {
    const d = tinyDistrict();
    d.users.push({ sourcedId: "g1", enabledUser: "true", orgSourcedIds: "s1", role: "guardian", username: "g1", givenName: "Gus", familyName: "García", email: "" });
    d.users.push({ sourcedId: "ai1", enabledUser: "true", orgSourcedIds: "s1", role: "aide", username: "ai1", givenName: "Al", familyName: "Aide", email: "al@harbor.example.org" });
    d.enrollments.push({ sourcedId: "e7", classSourcedId: "c1", schoolSourcedId: "s1", userSourcedId: "g1", role: "student" });
    d.enrollments.push({ sourcedId: "e8", classSourcedId: "c1", schoolSourcedId: "s1", userSourcedId: "ai1", role: "aide" });
    const v = validate(d);
    expect(v.rejections).toEqual([]);
    expect(v.skipped.map((s) => `${s.sourcedId}: ${s.reason}`)).toEqual([
      "d1: orgs that are not schools (district, department...) are not imported",
      "g1: guardians, parents and relatives have no Atelier account",
      "e7: enrollments of guardians, parents and relatives are not imported",
      "e8: only teacher and student enrollments are imported",
    ]);
    expect(v.users.find((u) => u.sourcedId === "ai1")?.atelierRole).toBe("staff");
  });

  test("a student cannot be enrolled as a class's teacher, nor as teacher and student of one class", () => {
    const d = tinyDistrict();
    d.enrollments.push({ sourcedId: "e7", classSourcedId: "c2", schoolSourcedId: "s2", userSourcedId: "st4", role: "teacher" });
    d.enrollments.push({ sourcedId: "e8", classSourcedId: "c1", schoolSourcedId: "s1", userSourcedId: "t1", role: "student" });
    d.enrollments.push({ sourcedId: "e9", classSourcedId: "c1", schoolSourcedId: "s1", userSourcedId: "st1", role: "student" });
    const v = validate(d);
    expect(reasons(v)).toEqual([
      "enrollments.csv:2 e1 user t1 is enrolled in class c1 both as teacher and as student (lines 2, 9)",
      "enrollments.csv:8 e7 user st4 is a student, and a student cannot teach a class",
      "enrollments.csv:9 e8 user t1 is enrolled in class c1 both as teacher and as student (lines 2, 9)",
    ]);
    expect(v.skipped.map((s) => s.sourcedId)).toContain("e9");
  });

  test("one email is one person: shared emails and emails of other accounts are rejected", () => {
    const d = tinyDistrict();
    d.users[3]!.email = "ZOE@students.harbor.example.org";
    expect(reasons(validate(d))).toEqual([
      "users.csv:4 st1 email zoe@students.harbor.example.org is also given to st2 (line 5)",
      "users.csv:5 st2 email zoe@students.harbor.example.org is also given to st1 (line 4)",
      "enrollments.csv:3 e2 user st1 was rejected (users.csv line 4)",
      "enrollments.csv:4 e3 user st2 was rejected (users.csv line 5)",
    ]);

    // mia@ belongs to a roster person (x9) who keeps it: st4 cannot have it.
    const other = dbUser({ email: "mia@students.harbor.example.org", rosterSourcedId: "x9" });
    const known = empty({ usersBySourcedId: new Map([["x9", other]]), usersByEmail: new Map([[other.email, other]]) });
    expect(reasons(validate(tinyDistrict(), known))[0]).toBe("users.csv:7 st4 email mia@students.harbor.example.org belongs to another Atelier account (roster person x9)");

    // ...unless x9's own row moves it elsewhere in the same bundle.
    const moved = tinyDistrict();
    moved.users.push({ sourcedId: "x9", enabledUser: "true", orgSourcedIds: "s2", role: "student", username: "x9", givenName: "Mia", familyName: "Old", email: "mia.old@students.harbor.example.org" });
    expect(validate(moved, known).rejections).toEqual([]);

    // An account that signed in before the import is linked, not a conflict.
    const signedIn = dbUser({ email: "zoe@students.harbor.example.org" });
    expect(validate(tinyDistrict(), empty({ usersByEmail: new Map([[signedIn.email, signedIn]]) })).rejections).toEqual([]);
  });

  test("a school is deleted only once no class is left in it", () => {
    const s2 = dbSchool("s2");
    const known = empty({
      schools: new Map([["s2", s2]]),
      classes: new Map([["c2", { id: crypto.randomUUID(), sourcedId: "c2", schoolId: s2.id, title: "Math 7", classCode: "", createdAt: new Date(), updatedAt: new Date() }]]),
    });
    const d = tinyDistrict();
    d.orgs[2]!.status = "tobedeleted";
    d.users = d.users.filter((u) => u.sourcedId !== "t2" && u.sourcedId !== "st4" && u.sourcedId !== "a1");
    d.classes = d.classes.filter((c) => c.sourcedId !== "c2");
    d.enrollments = d.enrollments.filter((e) => e.classSourcedId !== "c2");
    const v = validate(d, known);
    expect(reasons(v)).toEqual(["orgs.csv:4 s2 school s2 still has 1 class(es) in Atelier (c2); mark them tobedeleted or move them in the same bundle"]);
    d.classes.push({ sourcedId: "c2", status: "tobedeleted" });
    const ok = validate(d, known);
    expect(ok.rejections).toEqual([]);
    expect(ok.schoolDeletes).toEqual(["s2"]);
    expect(ok.classDeletes).toEqual(["c2"]);
  });

  test("a class must belong to a school, not to the district", () => {
    const d = tinyDistrict();
    d.classes[1]!.schoolSourcedId = "d1";
    expect(reasons(validate(d))).toEqual([
      "classes.csv:3 c2 schoolSourcedId d1 is a district, not a school",
      "enrollments.csv:6 e5 class c2 was rejected (classes.csv line 3)",
      "enrollments.csv:7 e6 class c2 was rejected (classes.csv line 3)",
    ]);
  });
});
