// Fixed-window rate limits kept in PostgreSQL, so every app instance behind
// the load balancer counts the same attempts.
import { lt, sql } from "drizzle-orm";
import type { Db } from "../platform/db/client.ts";
import { AppError } from "../platform/errors.ts";
import { rateLimits } from "./schema.ts";

export interface Limit {
  key: string;
  max: number;
  windowMs: number;
}

/** Counts one attempt against each limit; throws 429 when any is exceeded. */
export async function hit(db: Db, limits: Limit[], now = Date.now()): Promise<void> {
  for (const limit of limits) {
    const windowStart = new Date(Math.floor(now / limit.windowMs) * limit.windowMs);
    const [row] = await db
      .insert(rateLimits)
      .values({ key: limit.key, windowStart, count: 1 })
      .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { count: sql`${rateLimits.count} + 1` } })
      .returning({ count: rateLimits.count });
    if (row!.count > limit.max) {
      const retryS = Math.ceil((windowStart.getTime() + limit.windowMs - now) / 1000);
      throw new AppError("rate_limited", `Too many sign-in attempts. Please wait ${retryS} seconds and try again.`);
    }
  }
}

/** Old windows are useless; drop them now and then. */
export async function pruneRateLimits(db: Db, olderThanMs: number, now = Date.now()): Promise<void> {
  await db.delete(rateLimits).where(lt(rateLimits.windowStart, new Date(now - olderThanMs)));
}
