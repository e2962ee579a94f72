// From a validated bundle and the database's snapshot to the exact writes and
// their counts. Pure: the same bundle against the state it produced plans
// nothing (that is what makes a re-import idempotent).
import type { Snapshot, KnownUser } from "./snapshot.ts";
import { emptyImportCounts, type ImportCounts } from "./report.ts";
import type { ClassRoleValue } from "./format.ts";
import { existingUserFor, type Validated, type ValidUser } from "./validate.ts";

export interface PlanOptions {
  /** The role a first sign-in gets; an account still on it is taken over by the roster. */
  defaultRoleId: string;
  enrollmentsMode: "bulk" | "delta";
  newId: () => string;
}

interface UserFields { email: string; name: string; roleId: string; disabled: boolean; rosterSourcedId: string }
export interface RosterUserRow {
  userId: string;
  rosterRole: string;
  managedRoleId: string | null;
  disabledByRoster: boolean;
  username: string;
  identifier: string;
  grades: string;
}
interface MemberRow { classId: string; userId: string; role: ClassRoleValue; sourcedId: string }

export interface Plan {
  schoolInserts: { id: string; sourcedId: string; name: string; identifier: string }[];
  schoolUpdates: { id: string; name: string; identifier: string }[];
  schoolDeletes: string[];
  classInserts: { id: string; sourcedId: string; schoolId: string; title: string; classCode: string }[];
  classUpdates: { id: string; schoolId: string; title: string; classCode: string }[];
  classDeletes: string[];
  userInserts: ({ id: string } & UserFields)[];
  userUpdates: { id: string; set: Partial<UserFields> }[];
  rosterUserUpserts: RosterUserRow[];
  schoolMemberDeletes: { schoolId: string; userId: string }[];
  schoolMemberInserts: { schoolId: string; userId: string }[];
  /** By enrollment sourcedId; updated memberships are deleted and inserted again. */
  classMemberDeletes: string[];
  classMemberInserts: MemberRow[];
  counts: ImportCounts;
  linkedAccounts: number;
  rolesKept: number;
}

export function planImport(v: Validated, known: Snapshot, options: PlanOptions): Plan {
  const plan: Plan = {
    schoolInserts: [], schoolUpdates: [], schoolDeletes: [], classInserts: [], classUpdates: [], classDeletes: [],
    userInserts: [], userUpdates: [], rosterUserUpserts: [], schoolMemberDeletes: [], schoolMemberInserts: [],
    classMemberDeletes: [], classMemberInserts: [], counts: emptyImportCounts(), linkedAccounts: 0, rolesKept: 0,
  };
  const { counts } = plan;

  const schoolIds = new Map([...known.schools].map(([sid, s]) => [sid, s.id]));
  for (const s of v.schools) {
    const current = known.schools.get(s.sourcedId);
    if (!current) {
      const id = options.newId();
      schoolIds.set(s.sourcedId, id);
      plan.schoolInserts.push({ id, ...s });
      counts.schools.created++;
    } else if (current.name !== s.name || current.identifier !== s.identifier) {
      plan.schoolUpdates.push({ id: current.id, name: s.name, identifier: s.identifier });
      counts.schools.updated++;
    } else counts.schools.unchanged++;
  }
  const deletedSchoolIds = new Set(v.schoolDeletes.map((sid) => known.schools.get(sid)!.id));
  plan.schoolDeletes = [...deletedSchoolIds];
  counts.schools.removed = deletedSchoolIds.size;

  const classIds = new Map([...known.classes].map(([sid, c]) => [sid, c.id]));
  for (const c of v.classes) {
    const current = known.classes.get(c.sourcedId);
    const schoolId = schoolIds.get(c.schoolSourcedId)!;
    if (!current) {
      const id = options.newId();
      classIds.set(c.sourcedId, id);
      plan.classInserts.push({ id, sourcedId: c.sourcedId, schoolId, title: c.title, classCode: c.classCode });
      counts.classes.created++;
    } else if (current.title !== c.title || current.classCode !== c.classCode || current.schoolId !== schoolId) {
      plan.classUpdates.push({ id: current.id, schoolId, title: c.title, classCode: c.classCode });
      counts.classes.updated++;
    } else counts.classes.unchanged++;
  }
  const deletedClassIds = new Set(v.classDeletes.map((sid) => known.classes.get(sid)!.id));
  plan.classDeletes = [...deletedClassIds];
  counts.classes.removed = deletedClassIds.size;

  const userIds = new Map([...known.usersBySourcedId].map(([sid, u]) => [sid, u.id]));
  for (const u of v.users) {
    const existing = existingUserFor(known, u.sourcedId, u.email);
    if (!existing) {
      const id = options.newId();
      userIds.set(u.sourcedId, id);
      plan.userInserts.push({ id, email: u.email, name: u.name, roleId: u.atelierRole, disabled: !u.enabled, rosterSourcedId: u.sourcedId });
      plan.rosterUserUpserts.push(rosterRow(id, u, u.atelierRole, !u.enabled));
      counts.users.created++;
      continue;
    }
    userIds.set(u.sourcedId, existing.id);
    const changed = planExistingUser(plan, existing, u, options.defaultRoleId);
    counts.users[changed ? "updated" : "unchanged"]++;
  }

  planSchoolMembers(plan, v, known, schoolIds, userIds, deletedSchoolIds);
  planClassMembers(plan, v, known, classIds, userIds, deletedClassIds, options.enrollmentsMode);

  // tobedeleted people: switched off (the account and its history stay), out of every class and school.
  const userOfEnrollment = new Map(known.classMembers.map((m) => [m.sourcedId, m.userId]));
  const leftSomething = new Set([
    ...plan.classMemberDeletes.map((sid) => userOfEnrollment.get(sid)),
    ...plan.schoolMemberDeletes.map((m) => m.userId),
  ]);
  for (const sid of v.userDeletes) {
    const user = known.usersBySourcedId.get(sid)!;
    const lostMemberships = leftSomething.has(user.id);
    if (!user.disabled) {
      plan.userUpdates.push({ id: user.id, set: { disabled: true } });
      const r = user.roster;
      if (r) plan.rosterUserUpserts.push({ userId: r.userId, rosterRole: r.rosterRole, managedRoleId: r.managedRoleId, disabledByRoster: true, username: r.username, identifier: r.identifier, grades: r.grades });
    }
    counts.users[!user.disabled || lostMemberships ? "removed" : "unchanged"]++;
  }
  return plan;
}

function rosterRow(userId: string, u: ValidUser, managedRoleId: string | null, disabledByRoster: boolean): RosterUserRow {
  return { userId, rosterRole: u.rosterRole, managedRoleId, disabledByRoster, username: u.username, identifier: u.identifier, grades: u.grades };
}

/** Plans the changes to an account the roster already knows or links; true when anything changes. */
function planExistingUser(plan: Plan, existing: KnownUser, u: ValidUser, defaultRoleId: string): boolean {
  const set: Partial<UserFields> = {};
  if (existing.email.toLowerCase() !== u.email) set.email = u.email;
  if (existing.name !== u.name) set.name = u.name;
  if (existing.rosterSourcedId !== u.sourcedId) {
    set.rosterSourcedId = u.sourcedId;
    plan.linkedAccounts++;
  }

  // Roles: the roster manages a role only while it is the one the roster set
  // (or, on first link, while it is still the sign-in default). An
  // administrator's choice is kept, and an administrator is never demoted.
  const r = existing.roster;
  const managed = r ? r.managedRoleId : null;
  const rosterOwnsRole =
    existing.roleId !== "administrator" &&
    (existing.roleId === u.atelierRole || (r ? managed !== null && existing.roleId === managed : existing.roleId === defaultRoleId));
  let managedRoleId = managed;
  if (rosterOwnsRole) {
    managedRoleId = u.atelierRole;
    if (existing.roleId !== u.atelierRole) set.roleId = u.atelierRole;
  } else plan.rolesKept++;

  // Disabling: the roster may always switch a person off, but switches on only those it switched off itself.
  const wantOff = !u.enabled;
  let disabledByRoster = r?.disabledByRoster ?? false;
  if (wantOff && !existing.disabled) {
    set.disabled = true;
    disabledByRoster = true;
  } else if (!wantOff && existing.disabled && disabledByRoster) {
    set.disabled = false;
    disabledByRoster = false;
  } else if (!wantOff) disabledByRoster = false;

  const row = rosterRow(existing.id, u, managedRoleId, disabledByRoster);
  const rosterChanged = !r || (Object.keys(row) as (keyof RosterUserRow)[]).some((k) => row[k] !== r[k]);
  if (rosterChanged) plan.rosterUserUpserts.push(row);
  if (Object.keys(set).length) plan.userUpdates.push({ id: existing.id, set });
  return rosterChanged || Object.keys(set).length > 0;
}

function planSchoolMembers(plan: Plan, v: Validated, known: Snapshot, schoolIds: Map<string, string>, userIds: Map<string, string>, deletedSchools: Set<string>) {
  const { schoolMemberships: counts } = plan.counts;
  const current = new Map<string, Set<string>>();
  for (const m of known.schoolMembers) current.set(m.userId, (current.get(m.userId) ?? new Set()).add(m.schoolId));
  const handled = new Set<string>();
  // A person's row lists all their orgs: their school memberships become exactly those.
  for (const u of v.users) {
    const userId = userIds.get(u.sourcedId)!;
    handled.add(userId);
    const want = new Set(u.orgSourcedIds.flatMap((org) => schoolIds.get(org) ?? []));
    const have = current.get(userId) ?? new Set<string>();
    for (const schoolId of want) {
      if (have.has(schoolId)) counts.unchanged++;
      else {
        plan.schoolMemberInserts.push({ schoolId, userId });
        counts.created++;
      }
    }
    for (const schoolId of have) {
      if (!want.has(schoolId)) {
        plan.schoolMemberDeletes.push({ schoolId, userId });
        counts.removed++;
      }
    }
  }
  const leaving = new Set(v.userDeletes.map((sid) => userIds.get(sid)!));
  for (const m of known.schoolMembers) {
    if (handled.has(m.userId)) continue;
    if (leaving.has(m.userId) || deletedSchools.has(m.schoolId)) {
      plan.schoolMemberDeletes.push(m);
      counts.removed++;
    }
  }
}

function planClassMembers(
  plan: Plan, v: Validated, known: Snapshot, classIds: Map<string, string>, userIds: Map<string, string>,
  deletedClasses: Set<string>, mode: "bulk" | "delta",
) {
  const { classMemberships: counts } = plan.counts;
  const pairKey = (classId: string, userId: string) => `${classId}/${userId}`;
  const wanted = new Map<string, MemberRow>();
  for (const e of v.enrollments) {
    const row = { classId: classIds.get(e.classSourcedId)!, userId: userIds.get(e.userSourcedId)!, role: e.role, sourcedId: e.sourcedId };
    wanted.set(pairKey(row.classId, row.userId), row);
  }
  const wantedIds = new Set(v.enrollments.map((e) => e.sourcedId));
  const deletedEnrollments = new Set(v.enrollmentDeletes);
  const leaving = new Set(v.userDeletes.map((sid) => userIds.get(sid)!));
  // In a bulk bundle, a class listed in classes.csv has exactly the members enrollments.csv gives it.
  const complete = new Set(mode === "bulk" ? v.classes.map((c) => classIds.get(c.sourcedId)!) : []);

  for (const m of known.classMembers) {
    const key = pairKey(m.classId, m.userId);
    const want = wanted.get(key);
    if (want && !deletedClasses.has(m.classId)) {
      wanted.delete(key);
      if (want.role === m.role && want.sourcedId === m.sourcedId) counts.unchanged++;
      else {
        plan.classMemberDeletes.push(m.sourcedId);
        plan.classMemberInserts.push(want);
        counts.updated++;
      }
      continue;
    }
    const remove =
      deletedClasses.has(m.classId) ||
      deletedEnrollments.has(m.sourcedId) ||
      leaving.has(m.userId) ||
      wantedIds.has(m.sourcedId) ||
      (complete.has(m.classId) && !v.rejectedEnrollments.has(m.sourcedId));
    if (remove) {
      if (!deletedClasses.has(m.classId)) plan.classMemberDeletes.push(m.sourcedId);
      counts.removed++;
    }
  }
  for (const row of wanted.values()) {
    plan.classMemberInserts.push(row);
    counts.created++;
  }
}
