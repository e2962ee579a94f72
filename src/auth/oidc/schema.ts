// States of OIDC sign-ins that already came back. The sealed cookie proves a
// transaction is ours, but a copy of it can be sent again; this table makes each
// transaction usable once across every app instance. Rows only need to outlive
// the transaction itself (10 minutes), so they are pruned as new ones arrive.
import { index, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const oidcUsedStates = pgTable(
  "oidc_used_states",
  {
    /** SHA-256 of the state, hex: the state itself is never stored. */
    stateHash: text("state_hash").primaryKey(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("oidc_used_states_expires_idx").on(t.expiresAt)],
);
