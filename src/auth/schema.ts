// Who people are (users), what they may do (roles) and how they stay signed in (sessions).
import { sql } from "drizzle-orm";
import { boolean, customType, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "../platform/db/columns.ts";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

/** The safety profile a role's members are held to (the safety feature applies it). */
export type SafetyProfile = "student" | "staff";

export const roles = pgTable("roles", {
  id: text("id").primaryKey(), // a stable key such as "teacher"
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
  system: boolean("system").notNull().default(false),
  safetyProfile: text("safety_profile").$type<SafetyProfile>().notNull().default("student"),
  createdAt: createdAt(),
});

export const users = pgTable(
  "users",
  {
    id: id(),
    email: text("email").notNull(),
    name: text("name").notNull().default(""),
    roleId: text("role_id").notNull().references(() => roles.id),
    disabled: boolean("disabled").notNull().default(false),
    /** The OpenID Connect subject (Cognito `sub`) once the user has signed in through OIDC. */
    oidcSubject: text("oidc_subject"),
    /** The OneRoster sourcedId when the user came from a roster import. */
    rosterSourcedId: text("roster_sourced_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("users_email_key").on(sql`lower(${t.email})`),
    uniqueIndex("users_oidc_subject_key").on(t.oidcSubject),
    uniqueIndex("users_roster_sourced_id_key").on(t.rosterSourcedId),
    index("users_role_idx").on(t.roleId),
  ],
);

// Lucia's scheme: the cookie holds "<id>.<secret>"; only SHA-256(secret) is stored.
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    secretHash: bytea("secret_hash").notNull(),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    lastVerifiedAt: timestamp("last_verified_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** Which capability (see capabilities.ts) each role holds. */
export const roleCapabilities = pgTable(
  "role_capabilities",
  {
    roleId: text("role_id").notNull().references(() => roles.id, { onDelete: "cascade" }),
    capability: text("capability").notNull(),
  },
  (t) => [primaryKey({ columns: [t.roleId, t.capability] })],
);

/** Fixed-window counters shared by every app instance (sign-in attempts). */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

export type Role = typeof roles.$inferSelect;
export type User = typeof users.$inferSelect;
export type Session = typeof sessions.$inferSelect;
