import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { eq } from "drizzle-orm";
import type { Database } from "../platform/db/client.ts";
import { openTestDatabase, testDbKinds } from "../platform/db/test-db.ts";
import { ensureSystemRoles } from "./roles.ts";
import { sessions } from "./schema.ts";
import { createSession, invalidateUserSessions, pruneExpiredSessions, validateSessionToken, type SessionPolicy } from "./sessions.ts";
import { setUserDisabled, userForSignIn } from "./users.ts";

const DAY = 86_400_000;
const policy: SessionPolicy = { idleMs: 7 * DAY, maxAgeMs: 30 * DAY, activityIntervalMs: 3_600_000 };

for (const kind of testDbKinds()) {
  describe(`sessions on ${kind}`, () => {
    let database: Database;
    let userId: string;
    beforeAll(async () => {
      database = await openTestDatabase(kind);
      await ensureSystemRoles(database.db);
      userId = (await userForSignIn(database.db, { email: "Ada@School.org", roleId: "teacher" })).id;
    });
    afterAll(() => database.close());

    test("the token is <id>.<secret> and only the secret's SHA-256 is stored", async () => {
      const { token, session } = await createSession(database.db, userId);
      const [id, secret] = token.split(".");
      expect(id).toMatch(/^[a-z2-7]{24}$/);
      expect(secret).toMatch(/^[a-z2-7]{24}$/);
      const [row] = await database.db.select().from(sessions).where(eq(sessions.id, session.id));
      expect(Buffer.from(row!.secretHash).toString("hex")).toBe(new Bun.CryptoHasher("sha256").update(secret!).digest("hex"));
      expect(JSON.stringify(row)).not.toContain(secret!);
      const auth = await validateSessionToken(database.db, token, policy);
      expect(auth?.user.email).toBe("ada@school.org");
      expect(auth?.role.id).toBe("teacher");
      expect(auth?.capabilities.has("safety.review")).toBe(true);
    });

    test("a forged secret, an unknown id or a malformed token means signed out", async () => {
      const { token } = await createSession(database.db, userId);
      const [id] = token.split(".");
      expect(await validateSessionToken(database.db, `${id}.aaaaaaaaaaaaaaaaaaaaaaaa`, policy)).toBeNull();
      expect(await validateSessionToken(database.db, "nosuchsessionidatall1234.x", policy)).toBeNull();
      expect(await validateSessionToken(database.db, "garbage", policy)).toBeNull();
      expect(await validateSessionToken(database.db, token, policy)).not.toBeNull();
    });

    test("sliding expiry: use keeps a session alive, idleness ends it", async () => {
      const { token, session } = await createSession(database.db, userId);
      const start = session.createdAt.getTime();
      const later = await validateSessionToken(database.db, token, policy, start + 6 * DAY);
      expect(later?.refreshed).toBe(true);
      expect(await validateSessionToken(database.db, token, policy, start + 12 * DAY)).not.toBeNull();
      expect(await validateSessionToken(database.db, token, policy, start + 12 * DAY + 7 * DAY)).toBeNull();
      expect(await database.db.select().from(sessions).where(eq(sessions.id, session.id))).toHaveLength(0);
    });

    test("every session ends at its maximum age, however active", async () => {
      const { token, session } = await createSession(database.db, userId);
      const start = session.createdAt.getTime();
      for (let day = 5; day < 30; day += 5) expect(await validateSessionToken(database.db, token, policy, start + day * DAY)).not.toBeNull();
      expect(await validateSessionToken(database.db, token, policy, start + 30 * DAY)).toBeNull();
    });

    test("sign out everywhere ends every session of the user", async () => {
      const a = await createSession(database.db, userId);
      const b = await createSession(database.db, userId);
      await invalidateUserSessions(database.db, userId);
      expect(await validateSessionToken(database.db, a.token, policy)).toBeNull();
      expect(await validateSessionToken(database.db, b.token, policy)).toBeNull();
    });

    test("housekeeping removes sessions past their idle or maximum age, and only those", async () => {
      const fresh = await createSession(database.db, userId);
      const stale = await createSession(database.db, userId);
      await database.db.update(sessions).set({ lastVerifiedAt: new Date(Date.now() - 8 * DAY) }).where(eq(sessions.id, stale.session.id));
      expect(await pruneExpiredSessions(database.db, policy)).toBeGreaterThanOrEqual(1);
      expect(await database.db.select().from(sessions).where(eq(sessions.id, stale.session.id))).toHaveLength(0);
      expect(await validateSessionToken(database.db, fresh.token, policy)).not.toBeNull();
    });

    test("disabling a user ends their sessions and refuses sign-in", async () => {
      const bob = await userForSignIn(database.db, { email: "bob@school.org", roleId: "student" });
      const { token } = await createSession(database.db, bob.id);
      await setUserDisabled(database.db, bob.id, true, { id: null });
      expect(await validateSessionToken(database.db, token, policy)).toBeNull();
      await expect(userForSignIn(database.db, { email: "bob@school.org", roleId: "student" })).rejects.toThrow(/disabled/);
    });
  });
}
