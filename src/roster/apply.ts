// Writes a plan inside the import's transaction: removals first (so a moved
// enrollment id or email is free again), then inserts and updates.
import { eq, sql } from "drizzle-orm";
import { users } from "../auth/schema.ts";
import type { Tx } from "../platform/db/client.ts";
import { deleteRows, insertRows, textIn, uuidIn } from "./bulk-sql.ts";
import type { Plan } from "./plan.ts";
import { classes, classMembers, rosterUsers, schoolMembers, schools } from "./schema.ts";

export async function applyPlan(tx: Tx, plan: Plan): Promise<void> {
  if (plan.classMemberDeletes.length) await tx.delete(classMembers).where(sql`${classMembers.sourcedId} in ${textIn(plan.classMemberDeletes)}`);
  if (plan.schoolMemberDeletes.length) await deleteRows(tx, schoolMembers, plan.schoolMemberDeletes);
  if (plan.classDeletes.length) await tx.delete(classes).where(sql`${classes.id} in ${uuidIn(plan.classDeletes)}`);
  if (plan.schoolDeletes.length) await tx.delete(schools).where(sql`${schools.id} in ${uuidIn(plan.schoolDeletes)}`);

  await insertRows(tx, schools, plan.schoolInserts);
  for (const s of plan.schoolUpdates) await tx.update(schools).set({ name: s.name, identifier: s.identifier }).where(eq(schools.id, s.id));

  // Two people may trade emails in one bundle: park the changing ones on a
  // unique placeholder first so the unique index never sees a clash.
  const moving = plan.userUpdates.filter((u) => u.set.email !== undefined);
  for (const u of moving) await tx.update(users).set({ email: `${u.id}@roster-import.invalid` }).where(eq(users.id, u.id));
  // Changes are few after the first import: one statement each.
  for (const u of plan.userUpdates) await tx.update(users).set(u.set).where(eq(users.id, u.id));
  await insertRows(tx, users, plan.userInserts);
  await insertRows(
    tx,
    rosterUsers,
    plan.rosterUserUpserts,
    sql`on conflict (user_id) do update set roster_role = excluded.roster_role, managed_role_id = excluded.managed_role_id,
      disabled_by_roster = excluded.disabled_by_roster, username = excluded.username, identifier = excluded.identifier,
      grades = excluded.grades, updated_at = now()`,
  );

  await insertRows(tx, classes, plan.classInserts);
  for (const c of plan.classUpdates) await tx.update(classes).set({ schoolId: c.schoolId, title: c.title, classCode: c.classCode }).where(eq(classes.id, c.id));

  await insertRows(tx, schoolMembers, plan.schoolMemberInserts);
  await insertRows(tx, classMembers, plan.classMemberInserts);
}
