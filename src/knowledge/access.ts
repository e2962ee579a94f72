// Who may read and who may manage a knowledge base, each as one SQL predicate
// over knowledge_bases, so search, lists and lookups apply the same rule.
import { sql, type SQL } from "drizzle-orm";
import { knowledgeBases } from "./schema.ts";

/** The person asking. `isAdmin` comes from the caller's capabilities (the `admin` capability). */
export interface Reader {
  userId: string;
  roleId: string;
  isAdmin: boolean;
  /** For the audit log. */
  requestId?: string;
}

/**
 * A user reads a base they own; one shared with a class they belong to (as
 * teacher or student); one shared with a school they belong to directly or
 * through one of its classes; one shared with their role. Administrators
 * read everything.
 */
export function canRead(reader: Reader): SQL {
  if (reader.isAdmin) return sql`true`;
  const kb = knowledgeBases;
  return sql`(
    ${kb.ownerId} = ${reader.userId}
    or (${kb.sharing} = 'roles' and ${reader.roleId} = any(${kb.sharedWith}))
    or (${kb.sharing} = 'class' and exists (
          select 1 from class_members cm
           where cm.user_id = ${reader.userId} and cm.class_id::text = any(${kb.sharedWith})))
    or (${kb.sharing} = 'school' and (
          exists (select 1 from school_members sm
                   where sm.user_id = ${reader.userId} and sm.school_id::text = any(${kb.sharedWith}))
          or exists (select 1 from class_members cm join classes c on c.id = cm.class_id
                      where cm.user_id = ${reader.userId} and c.school_id::text = any(${kb.sharedWith}))))
  )`;
}

/** Adding, removing and sharing items: the owner and administrators. */
export function canManage(reader: Reader): SQL {
  return reader.isAdmin ? sql`true` : sql`${knowledgeBases.ownerId} = ${reader.userId}`;
}
