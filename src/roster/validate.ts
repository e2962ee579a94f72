// Row checks and references, file by file in dependency order (orgs, users,
// classes, enrollments). A row that refers to a rejected row is rejected too,
// naming the row it depended on, so nothing is applied half-connected.
// Pure: the bundle's rows and a snapshot of the database in, a verdict out.
import { emailProblem, normalizeEmail } from "../auth/users.ts";
import type { CsvRow, ParsedFile } from "./csv.ts";
import {
  atelierRoleFor,
  ENROLLMENT_ROLES,
  oneOf,
  ORG_TYPES,
  STATUSES,
  UNSUPPORTED_USER_ROLES,
  USER_ROLES,
  type AtelierRoleId,
  type ClassRoleValue,
  type RosterFile,
  type RosterUserRole,
} from "./format.ts";
import type { Rejection, Skipped } from "./report.ts";
import type { KnownUser, Snapshot } from "./snapshot.ts";

export interface ValidSchool { sourcedId: string; name: string; identifier: string }
export interface ValidUser {
  sourcedId: string;
  email: string;
  name: string;
  rosterRole: RosterUserRole;
  atelierRole: AtelierRoleId;
  enabled: boolean;
  orgSourcedIds: string[];
  username: string;
  identifier: string;
  grades: string;
}
export interface ValidClass { sourcedId: string; title: string; classCode: string; schoolSourcedId: string }
export interface ValidEnrollment { sourcedId: string; classSourcedId: string; userSourcedId: string; role: ClassRoleValue }

export interface Validated {
  schools: ValidSchool[];
  users: ValidUser[];
  classes: ValidClass[];
  enrollments: ValidEnrollment[];
  /** sourcedIds marked tobedeleted that exist in Atelier. */
  schoolDeletes: string[];
  userDeletes: string[];
  classDeletes: string[];
  enrollmentDeletes: string[];
  /** Enrollment ids whose rows were rejected: a bulk import leaves their memberships as they were. */
  rejectedEnrollments: Set<string>;
  rejections: Rejection[];
  skipped: Skipped[];
}

type State = { kind: "valid" | "deleted" } | { kind: "rejected"; line: number } | { kind: "skipped"; what: string } | { kind: "org"; type: string };

const byLine = (a: Rejection, b: Rejection) => (a.line ?? 0) - (b.line ?? 0);

/** The account a roster person is (or becomes): linked by sourcedId, else an unlinked account with the same email. */
export function existingUserFor(known: Snapshot, sourcedId: string, email: string): KnownUser | undefined {
  const bySourcedId = known.usersBySourcedId.get(sourcedId);
  if (bySourcedId) return bySourcedId;
  const byEmail = known.usersByEmail.get(email);
  return byEmail && !byEmail.rosterSourcedId ? byEmail : undefined;
}

export function validateBundle(parsed: Record<RosterFile, ParsedFile>, known: Snapshot): Validated {
  const out: Validated = {
    schools: [], users: [], classes: [], enrollments: [],
    schoolDeletes: [], userDeletes: [], classDeletes: [], enrollmentDeletes: [],
    rejectedEnrollments: new Set(), rejections: [], skipped: [],
  };
  const states: Record<RosterFile, Map<string, State>> = { "orgs.csv": new Map(), "users.csv": new Map(), "classes.csv": new Map(), "enrollments.csv": new Map() };
  const reject = (file: RosterFile, row: CsvRow, reasons: string[]) => {
    const sourcedId = row.values.sourcedId || undefined;
    out.rejections.push({ file, line: row.line, sourcedId, reason: reasons.join("; ") });
    if (sourcedId && states[file].get(sourcedId)?.kind !== "rejected") states[file].set(sourcedId, { kind: "rejected", line: row.line });
  };
  // Rows the CSV reader already refused (a wrong number of fields) still count as rejected references.
  const files = {} as Record<RosterFile, CsvRow[]>;
  for (const [file, { rows, rejections }] of Object.entries(parsed) as [RosterFile, ParsedFile][]) {
    files[file] = rows;
    for (const r of rejections) {
      out.rejections.push(r);
      if (r.sourcedId && r.line) states[file].set(r.sourcedId, { kind: "rejected", line: r.line });
    }
  }
  const skip = (file: RosterFile, row: CsvRow, reason: string, what: string) => {
    out.skipped.push({ file, line: row.line, sourcedId: row.values.sourcedId, reason });
    states[file].set(row.values.sourcedId!, { kind: "skipped", what });
  };

  /** Empty ids, duplicate ids and unknown statuses; splits the rest into active and tobedeleted rows. */
  const triage = (file: RosterFile, rows: CsvRow[]) => {
    const lines = new Map<string, number[]>();
    for (const r of rows) if (r.values.sourcedId) lines.set(r.values.sourcedId, [...(lines.get(r.values.sourcedId) ?? []), r.line]);
    const active: CsvRow[] = [];
    const deleted: CsvRow[] = [];
    for (const row of rows) {
      const { sourcedId = "", status = "" } = row.values;
      const seen = lines.get(sourcedId) ?? [];
      const state = status.toLowerCase() || "active";
      if (!sourcedId) reject(file, row, ["sourcedId is empty"]);
      else if (seen.length > 1) reject(file, row, [`sourcedId ${sourcedId} appears ${seen.length} times (lines ${seen.join(", ")}); every copy is rejected`]);
      else if (!oneOf(STATUSES, state)) reject(file, row, [`status must be active or tobedeleted (got "${status}")`]);
      else if (state === "tobedeleted") {
        deleted.push(row);
        states[file].set(sourcedId, { kind: "deleted" });
      } else active.push(row);
    }
    return { active, deleted };
  };

  /** Why a reference does not resolve, or undefined when it does. */
  const refProblem = (file: RosterFile, noun: string, id: string, inDb: boolean): string | undefined => {
    const state = states[file].get(id);
    if (state?.kind === "rejected") return `${noun} ${id} was rejected (${file} line ${state.line})`;
    if (state?.kind === "deleted") return `${noun} ${id} is marked tobedeleted in ${file}`;
    if (!state && !inDb) return `${noun} ${id} is neither in ${file} nor in Atelier`;
    return undefined;
  };

  // orgs.csv: schools are imported; other valid orgs only count as references.
  const orgs = triage("orgs.csv", files["orgs.csv"]);
  for (const row of orgs.active) {
    const { sourcedId = "", name = "", identifier = "" } = row.values;
    const type = (row.values.type ?? "").toLowerCase();
    const problems: string[] = [];
    if (!name) problems.push("name is empty");
    if (!oneOf(ORG_TYPES, type)) problems.push(`type must be one of ${ORG_TYPES.join(", ")} (got "${row.values.type}")`);
    if (problems.length) reject("orgs.csv", row, problems);
    else if (type === "school") {
      out.schools.push({ sourcedId, name, identifier });
      states["orgs.csv"].set(sourcedId, { kind: "valid" });
    } else {
      out.skipped.push({ file: "orgs.csv", line: row.line, sourcedId, reason: "orgs that are not schools (district, department...) are not imported" });
      states["orgs.csv"].set(sourcedId, { kind: "org", type });
    }
  }

  // users.csv
  const people = triage("users.csv", files["users.csv"]);
  let candidates: { row: CsvRow; user: ValidUser }[] = [];
  for (const row of people.active) {
    const v = row.values;
    const role = (v.role ?? "").toLowerCase();
    if (oneOf(UNSUPPORTED_USER_ROLES, role)) {
      skip("users.csv", row, "guardians, parents and relatives have no Atelier account", role);
      continue;
    }
    const problems: string[] = [];
    if (!oneOf(USER_ROLES, role)) problems.push(`role must be one of ${USER_ROLES.join(", ")} (got "${v.role}")`);
    const enabled = (v.enabledUser ?? "").toLowerCase();
    if (enabled !== "true" && enabled !== "false") problems.push(`enabledUser must be true or false (got "${v.enabledUser}")`);
    const email = normalizeEmail(v.email ?? "");
    if (!email) problems.push("email is empty: Atelier signs people in by email");
    else if (emailProblem(email)) problems.push(`email "${v.email}" is not a valid address`);
    const name = [v.givenName, v.familyName].filter(Boolean).join(" ");
    if (!name) problems.push("givenName and familyName are both empty");
    const orgIds = (v.orgSourcedIds ?? "").split(",").map((s) => s.trim()).filter(Boolean);
    if (!orgIds.length) problems.push("orgSourcedIds is empty");
    for (const org of orgIds) {
      const problem = refProblem("orgs.csv", "org", org, known.schools.has(org));
      if (problem) problems.push(problem);
    }
    if (problems.length) reject("users.csv", row, problems);
    else {
      const rosterRole = role as RosterUserRole;
      candidates.push({
        row,
        user: {
          sourcedId: v.sourcedId!, email, name, rosterRole, atelierRole: atelierRoleFor(rosterRole)!, enabled: enabled === "true",
          orgSourcedIds: orgIds, username: v.username ?? "", identifier: v.identifier ?? "", grades: v.grades ?? "",
        },
      });
    }
  }
  // One email, one person: two rows sharing an email are both rejected.
  const byEmail = new Map<string, typeof candidates>();
  for (const c of candidates) byEmail.set(c.user.email, [...(byEmail.get(c.user.email) ?? []), c]);
  candidates = candidates.filter((c) => {
    const others = byEmail.get(c.user.email)!.filter((o) => o !== c);
    if (others.length) reject("users.csv", c.row, [`email ${c.user.email} is also given to ${others.map((o) => `${o.user.sourcedId} (line ${o.row.line})`).join(", ")}`]);
    return !others.length;
  });
  // An email that belongs to another account is refused, unless that account's row moves it elsewhere.
  for (let changed = true; changed; ) {
    changed = false;
    const emailOf = new Map(candidates.map((c) => [c.user.sourcedId, c.user.email]));
    candidates = candidates.filter((c) => {
      const owner = known.usersByEmail.get(c.user.email);
      const self = existingUserFor(known, c.user.sourcedId, c.user.email);
      if (!owner || owner.id === self?.id) return true;
      const leaving = owner.rosterSourcedId && emailOf.has(owner.rosterSourcedId) && emailOf.get(owner.rosterSourcedId) !== c.user.email;
      if (leaving) return true;
      reject("users.csv", c.row, [
        `email ${c.user.email} belongs to another Atelier account${owner.rosterSourcedId ? ` (roster person ${owner.rosterSourcedId})` : " that is not linked to the roster"}`,
      ]);
      changed = true;
      return false;
    });
  }
  for (const c of candidates) {
    out.users.push(c.user);
    states["users.csv"].set(c.user.sourcedId, { kind: "valid" });
  }
  for (const row of people.deleted) if (known.usersBySourcedId.has(row.values.sourcedId!)) out.userDeletes.push(row.values.sourcedId!);

  // classes.csv
  const sections = triage("classes.csv", files["classes.csv"]);
  for (const row of sections.active) {
    const { sourcedId = "", title = "", classCode = "", schoolSourcedId = "" } = row.values;
    const problems: string[] = [];
    if (!title) problems.push("title is empty");
    const org = states["orgs.csv"].get(schoolSourcedId);
    if (!schoolSourcedId) problems.push("schoolSourcedId is empty");
    else if (org?.kind === "org") problems.push(`schoolSourcedId ${schoolSourcedId} is a ${org.type}, not a school`);
    else {
      const problem = refProblem("orgs.csv", "school", schoolSourcedId, known.schools.has(schoolSourcedId));
      if (problem) problems.push(problem);
    }
    if (problems.length) reject("classes.csv", row, problems);
    else {
      out.classes.push({ sourcedId, title, classCode, schoolSourcedId });
      states["classes.csv"].set(sourcedId, { kind: "valid" });
    }
  }
  for (const row of sections.deleted) if (known.classes.has(row.values.sourcedId!)) out.classDeletes.push(row.values.sourcedId!);

  // A school is deleted only once nothing in Atelier is left in it.
  const orgRows = new Map(orgs.deleted.map((r) => [r.values.sourcedId!, r]));
  const deletedClasses = new Set(out.classDeletes);
  const bundleSchoolOf = new Map(out.classes.map((c) => [c.sourcedId, c.schoolSourcedId]));
  for (const [sid, row] of orgRows) {
    const school = known.schools.get(sid);
    if (!school) continue;
    const left = [...known.classes.values()].filter(
      (c) => c.schoolId === school.id && !deletedClasses.has(c.sourcedId) && (bundleSchoolOf.get(c.sourcedId) ?? sid) === sid,
    );
    if (left.length) {
      const names = left.slice(0, 3).map((c) => c.sourcedId).join(", ");
      reject("orgs.csv", row, [`school ${sid} still has ${left.length} class(es) in Atelier (${names}${left.length > 3 ? ", …" : ""}); mark them tobedeleted or move them in the same bundle`]);
    } else out.schoolDeletes.push(sid);
  }

  // enrollments.csv
  const enrolments = triage("enrollments.csv", files["enrollments.csv"]);
  const rosterRoleOf = new Map(out.users.map((u) => [u.sourcedId, u.rosterRole as string]));
  const accepted: { row: CsvRow; enrollment: ValidEnrollment }[] = [];
  for (const row of enrolments.active) {
    const { sourcedId = "", classSourcedId = "", userSourcedId = "" } = row.values;
    const role = (row.values.role ?? "").toLowerCase();
    if (oneOf(ENROLLMENT_ROLES, role) && role !== "teacher" && role !== "student") {
      skip("enrollments.csv", row, `only teacher and student enrollments are imported`, role);
      continue;
    }
    const person = states["users.csv"].get(userSourcedId);
    if (person?.kind === "skipped") {
      skip("enrollments.csv", row, "enrollments of guardians, parents and relatives are not imported", person.what);
      continue;
    }
    const problems: string[] = [];
    if (!oneOf(ENROLLMENT_ROLES, role)) problems.push(`role must be teacher or student (got "${row.values.role}")`);
    const classProblem = classSourcedId ? refProblem("classes.csv", "class", classSourcedId, known.classes.has(classSourcedId)) : "classSourcedId is empty";
    if (classProblem) problems.push(classProblem);
    const dbUser = known.usersBySourcedId.get(userSourcedId);
    const userProblem = userSourcedId ? refProblem("users.csv", "user", userSourcedId, !!dbUser) : "userSourcedId is empty";
    if (userProblem) problems.push(userProblem);
    const personRole = rosterRoleOf.get(userSourcedId) ?? dbUser?.roster?.rosterRole ?? dbUser?.roleId;
    if (role === "teacher" && personRole === "student") problems.push(`user ${userSourcedId} is a student, and a student cannot teach a class`);
    if (problems.length) reject("enrollments.csv", row, problems);
    else accepted.push({ row, enrollment: { sourcedId, classSourcedId, userSourcedId, role: role as ClassRoleValue } });
  }
  // One membership per person and class.
  const byPair = new Map<string, typeof accepted>();
  for (const a of accepted) {
    const key = `${a.enrollment.classSourcedId}\u0000${a.enrollment.userSourcedId}`;
    byPair.set(key, [...(byPair.get(key) ?? []), a]);
  }
  for (const group of byPair.values()) {
    const [first, ...rest] = group;
    if (rest.some((r) => r.enrollment.role !== first!.enrollment.role)) {
      for (const g of group) {
        reject("enrollments.csv", g.row, [
          `user ${g.enrollment.userSourcedId} is enrolled in class ${g.enrollment.classSourcedId} both as teacher and as student (lines ${group.map((x) => x.row.line).join(", ")})`,
        ]);
      }
      continue;
    }
    out.enrollments.push(first!.enrollment);
    for (const r of rest) {
      out.skipped.push({ file: "enrollments.csv", line: r.row.line, sourcedId: r.enrollment.sourcedId, reason: "the same person is enrolled in the same class more than once; the first enrollment is used" });
    }
  }
  out.enrollmentDeletes = enrolments.deleted.map((r) => r.values.sourcedId!);
  for (const r of out.rejections) if (r.file === "enrollments.csv" && r.sourcedId) out.rejectedEnrollments.add(r.sourcedId);

  out.rejections.sort((a, b) => fileOrder(a.file) - fileOrder(b.file) || byLine(a, b));
  out.skipped.sort((a, b) => fileOrder(a.file) - fileOrder(b.file) || byLine(a, b));
  return out;
}

const order = ["orgs.csv", "users.csv", "classes.csv", "enrollments.csv"];
const fileOrder = (file: string) => order.indexOf(file);
