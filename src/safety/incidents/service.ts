// Incidents: recorded by the safety gate, seen by the adults responsible for
// the student. A teacher sees the incidents of the students in their own
// classes; a holder of `safety.admin` sees all. Every change is audited.
import { and, desc, eq, gte, inArray, lte, sql, type SQL } from "drizzle-orm";
import type { Capability } from "../../auth/capabilities.ts";
import { roleCapabilities, roles, users } from "../../auth/schema.ts";
import { recordAudit } from "../../platform/audit/service.ts";
import type { Db } from "../../platform/db/client.ts";
import { AppError } from "../../platform/errors.ts";
import { classes, classMembers, schoolMembers } from "../../roster/schema.ts";
import { studentsOfTeacher } from "../../roster/queries.ts";
import { safetyIncidentNotes, safetyIncidents, type Incident, type IncidentNote, type IncidentSeverity, type IncidentStatus } from "./schema.ts";

/** Whose incidents a person may see. */
export type IncidentScope = { all: true } | { all: false; studentIds: string[] };

export async function scopeFor(db: Db, me: { userId: string; capabilities: Set<Capability> }): Promise<IncidentScope> {
  if (me.capabilities.has("safety.admin")) return { all: true };
  if (me.capabilities.has("safety.review")) return { all: false, studentIds: await studentsOfTeacher(db, me.userId) };
  return { all: false, studentIds: [] };
}

function scopeWhere(scope: IncidentScope): SQL | undefined {
  if (scope.all) return undefined;
  // No student, no incident: an empty IN list would be a syntax error.
  return scope.studentIds.length ? inArray(safetyIncidents.userId, scope.studentIds) : sql`false`;
}

export interface NewIncident {
  userId: string;
  profile: string;
  feature: string;
  conversationId?: string;
  messageId?: string;
  direction: "input" | "output";
  decision: "flag" | "block" | "alert";
  severity: IncidentSeverity;
  categories: string[];
  evidence: string;
  matches: unknown[];
}

export async function recordIncident(db: Db, input: NewIncident): Promise<Incident> {
  const [row] = await db
    .insert(safetyIncidents)
    .values({ ...input, conversationId: input.conversationId ?? null, messageId: input.messageId ?? null })
    .returning();
  return row!;
}

/** The same passage in the same conversation is one incident, however often it is sent again. */
export async function alreadyRecorded(db: Db, input: Pick<NewIncident, "conversationId" | "direction" | "evidence" | "userId">): Promise<boolean> {
  const [row] = await db
    .select({ id: safetyIncidents.id })
    .from(safetyIncidents)
    .where(
      and(
        eq(safetyIncidents.userId, input.userId),
        eq(safetyIncidents.direction, input.direction),
        eq(safetyIncidents.evidence, input.evidence),
        input.conversationId ? eq(safetyIncidents.conversationId, input.conversationId) : sql`${safetyIncidents.conversationId} is null`,
      ),
    )
    .limit(1);
  return row !== undefined;
}

export interface IncidentFilter {
  schoolId?: string;
  category?: string;
  severity?: IncidentSeverity;
  status?: IncidentStatus;
  from?: Date;
  to?: Date;
  limit?: number;
}

const severityOrder = sql`case ${safetyIncidents.severity} when 'critical' then 4 when 'high' then 3 when 'medium' then 2 else 1 end`;

export interface IncidentRow extends Incident {
  studentName: string;
  studentEmail: string;
}

/** Most severe first, then newest. */
export async function listIncidents(db: Db, scope: IncidentScope, filter: IncidentFilter = {}): Promise<IncidentRow[]> {
  const where: (SQL | undefined)[] = [scopeWhere(scope)];
  if (filter.category) where.push(sql`${filter.category} = any(${safetyIncidents.categories})`);
  if (filter.severity) where.push(eq(safetyIncidents.severity, filter.severity));
  if (filter.status) where.push(eq(safetyIncidents.status, filter.status));
  if (filter.from) where.push(gte(safetyIncidents.createdAt, filter.from));
  if (filter.to) where.push(lte(safetyIncidents.createdAt, filter.to));
  if (filter.schoolId) {
    where.push(
      sql`${safetyIncidents.userId} in (select ${schoolMembers.userId} from ${schoolMembers} where ${schoolMembers.schoolId} = ${filter.schoolId}
          union select ${classMembers.userId} from ${classMembers} join ${classes} on ${classes.id} = ${classMembers.classId} where ${classes.schoolId} = ${filter.schoolId})`,
    );
  }
  const rows = await db
    .select({ incident: safetyIncidents, name: users.name, email: users.email })
    .from(safetyIncidents)
    .innerJoin(users, eq(users.id, safetyIncidents.userId))
    .where(and(...where))
    .orderBy(desc(severityOrder), desc(safetyIncidents.createdAt))
    .limit(filter.limit ?? 200);
  return rows.map((r) => ({ ...r.incident, studentName: r.name, studentEmail: r.email }));
}

export async function countOpen(db: Db, scope: IncidentScope): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(safetyIncidents)
    .where(and(scopeWhere(scope), inArray(safetyIncidents.status, ["new", "escalated"])));
  return row?.n ?? 0;
}

export async function getIncident(db: Db, scope: IncidentScope, id: string): Promise<{ incident: IncidentRow; notes: (IncidentNote & { authorEmail: string | null })[] }> {
  const [row] = await db
    .select({ incident: safetyIncidents, name: users.name, email: users.email })
    .from(safetyIncidents)
    .innerJoin(users, eq(users.id, safetyIncidents.userId))
    .where(and(eq(safetyIncidents.id, id), scopeWhere(scope)));
  // Outside one's scope, an incident does not exist.
  if (!row) throw new AppError("not_found", "That incident does not exist.");
  const notes = await db
    .select({ note: safetyIncidentNotes, authorEmail: users.email })
    .from(safetyIncidentNotes)
    .leftJoin(users, eq(users.id, safetyIncidentNotes.authorId))
    .where(eq(safetyIncidentNotes.incidentId, id))
    .orderBy(safetyIncidentNotes.createdAt);
  return { incident: { ...row.incident, studentName: row.name, studentEmail: row.email }, notes: notes.map((n) => ({ ...n.note, authorEmail: n.authorEmail })) };
}

export interface Actor {
  id: string;
  requestId?: string;
}

export async function changeStatus(
  db: Db,
  scope: IncidentScope,
  id: string,
  change: { status: IncidentStatus; escalatedTo?: "counselor" | "administrator" },
  actor: Actor,
): Promise<Incident> {
  const { incident } = await getIncident(db, scope, id);
  if (change.status === "escalated" && !change.escalatedTo) throw new AppError("validation", "Choose who to escalate to.", { escalatedTo: "Choose a counselor or an administrator." });
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(safetyIncidents)
      .set({ status: change.status, escalatedTo: change.status === "escalated" ? change.escalatedTo! : incident.escalatedTo })
      .where(eq(safetyIncidents.id, id))
      .returning();
    await recordAudit(tx, {
      actorId: actor.id,
      action: "incident.status_changed",
      subjectType: "safety_incident",
      subjectId: id,
      before: { status: incident.status, escalatedTo: incident.escalatedTo },
      after: { status: updated!.status, escalatedTo: updated!.escalatedTo },
      requestId: actor.requestId,
    });
    return updated!;
  });
}

export async function addNote(db: Db, scope: IncidentScope, id: string, body: string, actor: Actor): Promise<void> {
  const text = body.trim();
  if (!text) throw new AppError("validation", "Write a note first.", { body: "Write a note first." });
  if (text.length > 4000) throw new AppError("validation", "Notes can be at most 4,000 characters.", { body: "At most 4,000 characters." });
  await getIncident(db, scope, id);
  await db.transaction(async (tx) => {
    const [note] = await tx.insert(safetyIncidentNotes).values({ incidentId: id, authorId: actor.id, body: text }).returning();
    await recordAudit(tx, { actorId: actor.id, action: "incident.note_added", subjectType: "safety_incident", subjectId: id, after: { noteId: note!.id }, requestId: actor.requestId });
  });
}

/** The adults responsible for a student: the teachers of their classes, and everyone who reviews all incidents. */
export async function responsibleAdults(db: Db, studentId: string): Promise<string[]> {
  const teachers = await db
    .selectDistinct({ id: classMembers.userId })
    .from(classMembers)
    .where(
      and(
        eq(classMembers.role, "teacher"),
        inArray(classMembers.classId, db.select({ id: classMembers.classId }).from(classMembers).where(and(eq(classMembers.userId, studentId), eq(classMembers.role, "student")))),
      ),
    );
  const reviewers = await db
    .selectDistinct({ id: users.id })
    .from(users)
    .innerJoin(roles, eq(roles.id, users.roleId))
    .innerJoin(roleCapabilities, eq(roleCapabilities.roleId, roles.id))
    .where(and(eq(roleCapabilities.capability, "safety.admin"), eq(users.disabled, false)));
  return [...new Set([...teachers.map((t) => t.id), ...reviewers.map((r) => r.id)])].filter((id) => id !== studentId);
}
