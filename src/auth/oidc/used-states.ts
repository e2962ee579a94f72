// Marks a sign-in transaction's state as used, atomically: of two callbacks
// racing with the same state, exactly one wins (primary key + ON CONFLICT).
import { createHash } from "node:crypto";
import { lt } from "drizzle-orm";
import type { Db } from "../../platform/db/client.ts";
import { oidcUsedStates } from "./schema.ts";

export interface UsedStates {
  /** true the first time a state is claimed, false on every later attempt. */
  claim(state: string, expiresAt: Date): Promise<boolean>;
}

export function usedStatesInDatabase(db: Db, now: () => Date = () => new Date()): UsedStates {
  return {
    async claim(state, expiresAt) {
      const stateHash = createHash("sha256").update(state).digest("hex");
      await db.delete(oidcUsedStates).where(lt(oidcUsedStates.expiresAt, now()));
      const inserted = await db
        .insert(oidcUsedStates)
        .values({ stateHash, expiresAt })
        .onConflictDoNothing()
        .returning({ stateHash: oidcUsedStates.stateHash });
      return inserted.length === 1;
    },
  };
}
