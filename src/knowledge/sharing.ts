// Who a knowledge base may be shared with, checked when it is set: a class
// the owner teaches, a school the owner belongs to, or (administrators only)
// everyone holding a role. Ids must exist; unknown ones are named.
import { and, eq, inArray, sql } from "drizzle-orm";
import { roles } from "../auth/schema.ts";
import type { Db, Tx } from "../platform/db/client.ts";
import { rowsOf } from "../platform/db/migrate.ts";
import { AppError } from "../platform/errors.ts";
import { classes, classMembers, schools } from "../roster/schema.ts";
import type { Reader } from "./access.ts";
import type { Sharing } from "./schema.ts";

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const sharingValues: Sharing[] = ["private", "class", "school", "roles"];

const invalid = (message: string) => new AppError("validation", "The sharing could not be saved.", { sharedWith: message });

export async function validateSharing(db: Db | Tx, actor: Reader, sharing: string, sharedWith: string[]): Promise<{ sharing: Sharing; sharedWith: string[] }> {
  if (!sharingValues.includes(sharing as Sharing)) throw new AppError("validation", "The sharing could not be saved.", { sharing: "Choose private, a class, a school or roles." });
  const ids = [...new Set(sharedWith.map((s) => s.trim()).filter(Boolean))];
  if (sharing === "private") return { sharing, sharedWith: [] };
  if (ids.length === 0) throw invalid(`Choose at least one ${sharing === "roles" ? "role" : sharing}.`);
  if (ids.length > 50) throw invalid("Share with at most 50 at once.");

  if (sharing === "roles") {
    if (!actor.isAdmin) throw new AppError("forbidden", "Only administrators can share a knowledge base with a whole role.");
    const found = new Set((await db.select({ id: roles.id }).from(roles).where(inArray(roles.id, ids))).map((r) => r.id));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) throw invalid(`Unknown role: ${missing.join(", ")}.`);
    return { sharing, sharedWith: ids };
  }

  const malformed = ids.filter((id) => !UUID.test(id));
  if (malformed.length) throw invalid(`Unknown ${sharing}: ${malformed.join(", ")}.`);
  if (sharing === "class") {
    const found = new Set((await db.select({ id: classes.id }).from(classes).where(inArray(classes.id, ids))).map((r) => r.id));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) throw invalid(`Unknown class: ${missing.join(", ")}.`);
    if (!actor.isAdmin) {
      const taught = new Set(
        (await db
          .select({ id: classMembers.classId })
          .from(classMembers)
          .where(and(eq(classMembers.userId, actor.userId), eq(classMembers.role, "teacher"), inArray(classMembers.classId, ids)))).map((r) => r.id),
      );
      const notTaught = ids.filter((id) => !taught.has(id));
      if (notTaught.length) throw invalid("You can share only with classes you teach.");
    }
    return { sharing, sharedWith: ids };
  }

  const found = new Set((await db.select({ id: schools.id }).from(schools).where(inArray(schools.id, ids))).map((r) => r.id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) throw invalid(`Unknown school: ${missing.join(", ")}.`);
  if (!actor.isAdmin) {
    const member = await db.execute(sql`
      select s.id::text as id from schools s
       where s.id::text in ${ids}
         and (exists (select 1 from school_members sm where sm.school_id = s.id and sm.user_id = ${actor.userId})
              or exists (select 1 from class_members cm join classes c on c.id = cm.class_id where c.school_id = s.id and cm.user_id = ${actor.userId}))`);
    const mine = new Set(rowsOf(member).map((r) => String(r.id)));
    if (ids.some((id) => !mine.has(id))) throw invalid("You can share only with schools you belong to.");
  }
  return { sharing: "school", sharedWith: ids };
}
