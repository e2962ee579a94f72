// People: created at first sign-in, managed by administrators. Every admin
// change is audited with the state before and after.
import { and, asc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../platform/db/client.ts";
import { recordAudit } from "../platform/audit/service.ts";
import { AppError } from "../platform/errors.ts";
import { getRole, type Actor } from "./roles.ts";
import { invalidateUserSessions } from "./sessions.ts";
import { roles, users, type User } from "./schema.ts";

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

export function normalizeEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

export function emailProblem(email: string): string | undefined {
  if (!email) return "Enter an email address.";
  if (email.length > 254 || !EMAIL.test(email)) return "Enter a valid email address, like name@school.org.";
  return undefined;
}

export async function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  const [user] = await db.select().from(users).where(sql`lower(${users.email}) = ${normalizeEmail(email)}`);
  return user;
}

export async function getUser(db: Db, id: string): Promise<User | undefined> {
  const [user] = await db.select().from(users).where(eq(users.id, id));
  return user;
}

export interface SignInIdentity {
  email: string;
  name?: string;
  /** The role for a new user (from dev sign-in or the role rules). */
  roleId: string;
  oidcSubject?: string;
  /** Whether the identity provider vouches for the email (OIDC only). */
  emailVerified?: boolean;
}

/**
 * The user behind a sign-in: found by OIDC subject or email, created on first
 * sign-in. An existing user's role is left alone: administrators own it.
 */
export async function userForSignIn(db: Db, identity: SignInIdentity): Promise<User> {
  const email = normalizeEmail(identity.email);
  const problem = emailProblem(email);
  if (problem) throw new AppError("validation", problem, { email: problem });
  if (!(await getRole(db, identity.roleId))) throw new AppError("validation", "That role does not exist.", { role: "Choose one of the listed roles." });

  const bySubject = identity.oidcSubject
    ? (await db.select().from(users).where(eq(users.oidcSubject, identity.oidcSubject)))[0]
    : undefined;
  const byEmail = bySubject ? undefined : await findUserByEmail(db, email);
  if (byEmail && identity.oidcSubject) {
    // Linking a provider identity to an existing account by email is only safe
    // when the provider verified the address and the account has no other link;
    // otherwise anyone able to claim the address could take the account over.
    const linkable = identity.emailVerified === true && (!byEmail.oidcSubject || byEmail.oidcSubject === identity.oidcSubject);
    if (!linkable) {
      throw new AppError("forbidden", "An account with this email already exists and signs in another way. Ask your administrator to link it.");
    }
  }
  const existing = bySubject ?? byEmail;
  if (existing) {
    if (existing.disabled) throw new AppError("forbidden", "This account has been disabled. Please contact your school's administrator.");
    const [updated] = await db
      .update(users)
      .set({
        lastSignInAt: new Date(),
        ...(identity.oidcSubject && !existing.oidcSubject ? { oidcSubject: identity.oidcSubject } : {}),
        ...(identity.name && !existing.name ? { name: identity.name } : {}),
      })
      .where(eq(users.id, existing.id))
      .returning();
    return updated!;
  }
  const [created] = await db
    .insert(users)
    .values({ email, name: identity.name?.trim() ?? "", roleId: identity.roleId, oidcSubject: identity.oidcSubject ?? null, lastSignInAt: new Date() })
    .returning();
  return created!;
}

export interface UserRow extends User {
  roleName: string;
}

export async function searchUsers(db: Db, filter: { q?: string; roleId?: string; limit?: number; offset?: number }): Promise<{ rows: UserRow[]; total: number }> {
  const where: SQL[] = [];
  const q = filter.q?.trim();
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => "\\" + c)}%`;
    where.push(or(ilike(users.email, pattern), ilike(users.name, pattern))!);
  }
  if (filter.roleId) where.push(eq(users.roleId, filter.roleId));
  const condition = where.length ? and(...where) : undefined;
  const rows = await db
    .select({ user: users, roleName: roles.name })
    .from(users)
    .innerJoin(roles, eq(roles.id, users.roleId))
    .where(condition)
    .orderBy(asc(users.email))
    .limit(filter.limit ?? 50)
    .offset(filter.offset ?? 0);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(users).where(condition);
  return { rows: rows.map((r) => ({ ...r.user, roleName: r.roleName })), total: count?.n ?? 0 };
}

export async function changeUserRole(db: Db, userId: string, roleId: string, actor: Actor): Promise<User> {
  const user = await getUser(db, userId);
  if (!user) throw new AppError("not_found", "That user does not exist.");
  if (!(await getRole(db, roleId))) throw new AppError("validation", "That role does not exist.", { role: "Choose one of the listed roles." });
  if (user.id === actor.id && user.roleId === "administrator" && roleId !== "administrator") {
    throw new AppError("validation", "You cannot remove your own administrator role.", { role: "Ask another administrator." });
  }
  return db.transaction(async (tx) => {
    const [updated] = await tx.update(users).set({ roleId }).where(eq(users.id, userId)).returning();
    await recordAudit(tx, { actorId: actor.id, action: "user.role_changed", subjectType: "user", subjectId: userId, before: { roleId: user.roleId }, after: { roleId }, requestId: actor.requestId });
    return updated!;
  });
}

/** Disabling ends every session of the user at once. */
export async function setUserDisabled(db: Db, userId: string, disabled: boolean, actor: Actor): Promise<User> {
  const user = await getUser(db, userId);
  if (!user) throw new AppError("not_found", "That user does not exist.");
  if (user.id === actor.id && disabled) throw new AppError("validation", "You cannot disable your own account.", { disabled: "Ask another administrator." });
  const updated = await db.transaction(async (tx) => {
    const [row] = await tx.update(users).set({ disabled }).where(eq(users.id, userId)).returning();
    await recordAudit(tx, {
      actorId: actor.id,
      action: disabled ? "user.disabled" : "user.enabled",
      subjectType: "user",
      subjectId: userId,
      before: { disabled: user.disabled },
      after: { disabled },
      requestId: actor.requestId,
    });
    return row!;
  });
  if (disabled) await invalidateUserSessions(db, userId);
  return updated;
}
