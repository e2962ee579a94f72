// Writing and reading the audit log. Callers pass plain values; secrets are
// masked by the caller before they get here.
import { and, desc, eq, type SQL } from "drizzle-orm";
import type { Db, Tx } from "../db/client.ts";
import { auditLog, type AuditEntry } from "./schema.ts";

export interface AuditInput {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
}

export async function recordAudit(db: Db | Tx, input: AuditInput): Promise<void> {
  await db.insert(auditLog).values({
    actorId: input.actorId,
    action: input.action,
    subjectType: input.subjectType,
    subjectId: input.subjectId ?? null,
    before: input.before ?? null,
    after: input.after ?? null,
    requestId: input.requestId ?? null,
  });
}

export async function listAudit(
  db: Db,
  filter: { subjectType?: string; subjectId?: string; action?: string; limit?: number } = {},
): Promise<AuditEntry[]> {
  const where: SQL[] = [];
  if (filter.subjectType) where.push(eq(auditLog.subjectType, filter.subjectType));
  if (filter.subjectId) where.push(eq(auditLog.subjectId, filter.subjectId));
  if (filter.action) where.push(eq(auditLog.action, filter.action));
  return db
    .select()
    .from(auditLog)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(filter.limit ?? 100);
}
