// Test fixtures shared by the roster tests: a tiny hand-written district whose
// rows tests edit one by one, and a database with the system roles.
import { sql } from "drizzle-orm";
import { ensureSystemRoles } from "../auth/roles.ts";
import { users } from "../auth/schema.ts";
import type { Database, Db } from "../platform/db/client.ts";
import { openTestDatabase, type TestDbKind } from "../platform/db/test-db.ts";
import { specColumns, type RosterFile } from "./format.ts";
import { toCsv } from "./sample.ts";
import { classes, classMembers, rosterUsers, schoolMembers, schools } from "./schema.ts";

export type Row = Record<string, string>;
export interface TinyDistrict {
  orgs: Row[];
  users: Row[];
  classes: Row[];
  enrollments: Row[];
}

const person = (sourcedId: string, role: string, orgs: string, givenName: string, familyName: string, email: string): Row => ({
  sourcedId, enabledUser: "true", orgSourcedIds: orgs, role, username: email.split("@")[0]!, givenName, familyName, email,
});
const enrollment = (sourcedId: string, classSourcedId: string, schoolSourcedId: string, userSourcedId: string, role: string): Row => ({
  sourcedId, classSourcedId, schoolSourcedId, userSourcedId, role,
});

/** Two schools, two classes, a teacher each, four students and an administrator. */
export function tinyDistrict(): TinyDistrict {
  return {
    orgs: [
      { sourcedId: "d1", name: "Harbor District", type: "district" },
      { sourcedId: "s1", name: "North High", type: "school", identifier: "NH" },
      { sourcedId: "s2", name: "South Middle", type: "school", identifier: "SM" },
    ],
    users: [
      person("t1", "teacher", "s1", "Ada", "Lovelace", "ada@harbor.example.org"),
      person("t2", "teacher", "s2", "Grace", "Hopper", "grace@harbor.example.org"),
      person("st1", "student", "s1", "Zoë", "Nguyễn", "zoe@students.harbor.example.org"),
      person("st2", "student", "s1", "José", "García", "jose@students.harbor.example.org"),
      person("st3", "student", "s1", "Liam", "O'Brien", "liam@students.harbor.example.org"),
      person("st4", "student", "s2", "Mia", "Chen", "mia@students.harbor.example.org"),
      person("a1", "administrator", "s1,s2", "Pat", "Principal", "pat@harbor.example.org"),
    ],
    classes: [
      { sourcedId: "c1", title: "Biology", classCode: "BIO-1", schoolSourcedId: "s1" },
      { sourcedId: "c2", title: "Math 7", classCode: "M7", schoolSourcedId: "s2" },
    ],
    enrollments: [
      enrollment("e1", "c1", "s1", "t1", "teacher"),
      enrollment("e2", "c1", "s1", "st1", "student"),
      enrollment("e3", "c1", "s1", "st2", "student"),
      enrollment("e4", "c1", "s1", "st3", "student"),
      enrollment("e5", "c2", "s2", "t2", "teacher"),
      enrollment("e6", "c2", "s2", "st4", "student"),
    ],
  };
}

/** The district as the four CSV files, every 1.1 column present. */
export function renderDistrict(d: TinyDistrict): Record<RosterFile, string> {
  const render = (file: RosterFile, rows: Row[]) => toCsv(specColumns[file], rows.map((r) => specColumns[file].map((c) => r[c] ?? "")));
  return {
    "orgs.csv": render("orgs.csv", d.orgs),
    "users.csv": render("users.csv", d.users),
    "classes.csv": render("classes.csv", d.classes),
    "enrollments.csv": render("enrollments.csv", d.enrollments),
  };
}

export async function openRosterTestDatabase(kind: TestDbKind): Promise<Database> {
  const database = await openTestDatabase(kind);
  await ensureSystemRoles(database.db);
  return database;
}

/** Row counts of every table an import writes: a rejected import leaves them all as they were. */
export async function tableCounts(db: Db) {
  const count = async (table: typeof schools | typeof classes | typeof classMembers | typeof schoolMembers | typeof rosterUsers | typeof users) =>
    (await db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;
  return {
    schools: await count(schools),
    classes: await count(classes),
    users: await count(users),
    rosterUsers: await count(rosterUsers),
    schoolMembers: await count(schoolMembers),
    classMembers: await count(classMembers),
  };
}

/** Empties the roster tables and users between tests that share one database. */
export async function clearRoster(db: Db): Promise<void> {
  await db.execute(sql`truncate ${classMembers}, ${schoolMembers}, ${classes}, ${schools}, ${rosterUsers}, ${users} cascade`);
  await db.execute(sql`delete from audit_log`);
}
