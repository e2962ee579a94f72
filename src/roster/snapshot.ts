// What the database already holds about the people, schools and classes a
// bundle mentions, read inside the import's transaction. Validation and the
// plan are pure functions of the bundle and this snapshot.
import { isNotNull, or, sql } from "drizzle-orm";
import { users, type User } from "../auth/schema.ts";
import type { Tx } from "../platform/db/client.ts";
import { textIn, uuidIn } from "./bulk-sql.ts";
import { classes, classMembers, rosterUsers, schoolMembers, schools, type Class, type ClassMember, type RosterUser, type School } from "./schema.ts";

export interface KnownUser extends Pick<User, "id" | "email" | "name" | "roleId" | "disabled" | "rosterSourcedId"> {
  roster: RosterUser | null;
}

export interface Snapshot {
  schools: Map<string, School>;
  classes: Map<string, Class>;
  usersBySourcedId: Map<string, KnownUser>;
  /** By lower-case email. */
  usersByEmail: Map<string, KnownUser>;
  /** Class memberships of the classes, enrollments and people the bundle mentions. */
  classMembers: ClassMember[];
  /** School memberships of the people the bundle mentions and of the schools it deletes. */
  schoolMembers: { schoolId: string; userId: string }[];
}

export interface SnapshotKeys {
  userSourcedIds: string[];
  emails: string[];
  classSourcedIds: string[];
  enrollmentSourcedIds: string[];
  /** Schools the bundle marks tobedeleted. */
  schoolSourcedIds: string[];
}

export async function loadSnapshot(tx: Tx, keys: SnapshotKeys): Promise<Snapshot> {
  const allSchools = await tx.select().from(schools);
  const allClasses = await tx.select().from(classes);

  const found = new Map<string, KnownUser>();
  const columns = { id: users.id, email: users.email, name: users.name, roleId: users.roleId, disabled: users.disabled, rosterSourcedId: users.rosterSourcedId };
  const matching = await tx
    .select(columns)
    .from(users)
    .where(or(sql`${users.rosterSourcedId} in ${textIn(keys.userSourcedIds)}`, sql`lower(${users.email}) in ${textIn(keys.emails)}`));
  for (const u of matching) found.set(u.id, { ...u, roster: null });
  const userIds = [...found.keys()];
  for (const r of await tx.select().from(rosterUsers).where(sql`${rosterUsers.userId} in ${uuidIn(userIds)}`)) found.get(r.userId)!.roster = r;
  const usersBySourcedId = new Map<string, KnownUser>();
  const usersByEmail = new Map<string, KnownUser>();
  for (const u of found.values()) {
    if (u.rosterSourcedId) usersBySourcedId.set(u.rosterSourcedId, u);
    usersByEmail.set(u.email.toLowerCase(), u);
  }

  const classIdBySourcedId = new Map(allClasses.map((c) => [c.sourcedId, c.id]));
  const classIds = keys.classSourcedIds.flatMap((sid) => classIdBySourcedId.get(sid) ?? []);
  const rosterUserIds = [...usersBySourcedId.values()].map((u) => u.id);
  const members = await tx
    .select()
    .from(classMembers)
    .where(
      or(
        sql`${classMembers.classId} in ${uuidIn(classIds)}`,
        sql`${classMembers.sourcedId} in ${textIn(keys.enrollmentSourcedIds)}`,
        sql`${classMembers.userId} in ${uuidIn(rosterUserIds)}`,
      ),
    );

  const schoolIds = keys.schoolSourcedIds.flatMap((sid) => allSchools.find((s) => s.sourcedId === sid)?.id ?? []);
  const memberships = await tx
    .select()
    .from(schoolMembers)
    .where(or(sql`${schoolMembers.userId} in ${uuidIn(userIds)}`, sql`${schoolMembers.schoolId} in ${uuidIn(schoolIds)}`));

  return {
    schools: new Map(allSchools.map((s) => [s.sourcedId, s])),
    classes: new Map(allClasses.map((c) => [c.sourcedId, c])),
    usersBySourcedId,
    usersByEmail,
    classMembers: members,
    schoolMembers: memberships,
  };
}

/** Row counts shown before and after an import in the audit log. */
export async function rosterTotals(tx: Tx) {
  const count = async (table: typeof schools | typeof classes | typeof classMembers | typeof schoolMembers | typeof rosterUsers) =>
    (await tx.select({ n: sql<number>`count(*)::int` }).from(table))[0]?.n ?? 0;
  const [linked] = await tx.select({ n: sql<number>`count(*)::int` }).from(users).where(isNotNull(users.rosterSourcedId));
  return {
    schools: await count(schools),
    classes: await count(classes),
    rosterUsers: linked?.n ?? 0,
    schoolMemberships: await count(schoolMembers),
    classMemberships: await count(classMembers),
  };
}
