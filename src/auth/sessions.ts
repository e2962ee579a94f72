// Sessions as lucia-auth.com teaches them: a token "<id>.<secret>" lives in an
// HttpOnly cookie; the database keeps the id and SHA-256(secret) only, so a
// leaked table cannot be replayed, and the secret is compared in constant time.
// Sliding expiry: a session idle longer than the idle timeout ends, and every
// session ends at the absolute maximum age.
import { sha256 } from "@oslojs/crypto/sha2";
import { constantTimeEqual } from "@oslojs/crypto/subtle";
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import { and, eq, lt, ne, or } from "drizzle-orm";
import type { Db } from "../platform/db/client.ts";
import { capabilitiesOf } from "./roles.ts";
import { roles, sessions, users, type Role, type Session, type User } from "./schema.ts";
import type { Capability } from "./capabilities.ts";

export interface SessionPolicy {
  idleMs: number;
  maxAgeMs: number;
  /** How often last_verified_at is written (not on every request). */
  activityIntervalMs: number;
}

export interface Authenticated {
  session: Session;
  user: User;
  role: Role;
  capabilities: Set<Capability>;
  /** true when the cookie should be re-sent with a fresh expiry. */
  refreshed: boolean;
}

/** 120 bits from a CSPRNG, in an unambiguous lowercase alphabet. */
function randomToken(): string {
  const bytes = new Uint8Array(15);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

function hashSecret(secret: string): Uint8Array {
  return sha256(new TextEncoder().encode(secret));
}

export async function createSession(db: Db, userId: string): Promise<{ token: string; session: Session }> {
  const id = randomToken();
  const secret = randomToken();
  const [session] = await db.insert(sessions).values({ id, secretHash: hashSecret(secret), userId }).returning();
  return { token: `${id}.${secret}`, session: session! };
}

/** The signed-in user for a token, or null for anything forged, expired, ended or disabled. */
export async function validateSessionToken(db: Db, token: string, policy: SessionPolicy, now = Date.now()): Promise<Authenticated | null> {
  const parts = token.split(".");
  if (parts.length !== 2 || !parts[0] || !parts[1] || parts[0].length > 64 || parts[1].length > 64) return null;
  const [id, secret] = parts as [string, string];
  const [row] = await db
    .select({ session: sessions, user: users, role: roles })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(roles, eq(roles.id, users.roleId))
    .where(eq(sessions.id, id));
  if (!row) return null;
  if (!constantTimeEqual(hashSecret(secret), new Uint8Array(row.session.secretHash))) return null;
  const idle = now - row.session.lastVerifiedAt.getTime();
  const age = now - row.session.createdAt.getTime();
  if (row.user.disabled || idle >= policy.idleMs || age >= policy.maxAgeMs) {
    await invalidateSession(db, id);
    return null;
  }
  let refreshed = false;
  if (idle >= policy.activityIntervalMs) {
    const lastVerifiedAt = new Date(now);
    await db.update(sessions).set({ lastVerifiedAt }).where(eq(sessions.id, id));
    row.session.lastVerifiedAt = lastVerifiedAt;
    refreshed = true;
  }
  return { session: row.session, user: row.user, role: row.role, capabilities: await capabilitiesOf(db, row.role.id), refreshed };
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Sign out everywhere: every session of the user, optionally keeping the current one. */
export async function invalidateUserSessions(db: Db, userId: string, keepSessionId?: string): Promise<number> {
  const where = keepSessionId ? and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)) : eq(sessions.userId, userId);
  const removed = await db.delete(sessions).where(where).returning({ id: sessions.id });
  return removed.length;
}

export async function listUserSessions(db: Db, userId: string): Promise<Session[]> {
  return db.select().from(sessions).where(eq(sessions.userId, userId));
}

/** Sessions past their idle or maximum age are useless; removes them (run now and then). */
export async function pruneExpiredSessions(db: Db, policy: SessionPolicy, now = Date.now()): Promise<number> {
  const removed = await db
    .delete(sessions)
    .where(or(lt(sessions.lastVerifiedAt, new Date(now - policy.idleMs)), lt(sessions.createdAt, new Date(now - policy.maxAgeMs))))
    .returning({ id: sessions.id });
  return removed.length;
}
