// What the safety policy noticed, and what adults did about it.
import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "../../auth/schema.ts";
import { createdAt, id, updatedAt } from "../../platform/db/columns.ts";

export type IncidentStatus = "new" | "acknowledged" | "escalated" | "resolved";
export type IncidentSeverity = "low" | "medium" | "high" | "critical";

export const safetyIncidents = pgTable(
  "safety_incidents",
  {
    id: id(),
    /** The person whose message (or whose answer) it was. */
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    profile: text("profile").notNull(),
    feature: text("feature").notNull(),
    conversationId: uuid("conversation_id"),
    messageId: uuid("message_id"),
    direction: text("direction").$type<"input" | "output">().notNull(),
    decision: text("decision").$type<"flag" | "block" | "alert">().notNull(),
    severity: text("severity").$type<IncidentSeverity>().notNull(),
    categories: text("categories").array().notNull(),
    /** The matched passages, with personal data redacted. */
    evidence: text("evidence").notNull(),
    /** Which detectors and rules fired, for tuning. */
    matches: jsonb("matches").notNull().default([]),
    status: text("status").$type<IncidentStatus>().notNull().default("new"),
    /** Who it was escalated to: a counselor (staff) or an administrator. */
    escalatedTo: text("escalated_to").$type<"counselor" | "administrator">(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("safety_incidents_user_idx").on(t.userId, t.createdAt), index("safety_incidents_status_idx").on(t.status, t.severity, t.createdAt)],
);

export const safetyIncidentNotes = pgTable(
  "safety_incident_notes",
  {
    id: id(),
    incidentId: uuid("incident_id").notNull().references(() => safetyIncidents.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("safety_incident_notes_incident_idx").on(t.incidentId)],
);

/** In-app notices (critical incidents); the badge and the notices page read them. */
export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    incidentId: uuid("incident_id").references(() => safetyIncidents.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.readAt)],
);

/** Profiles as administrators tuned them (the engine's defaults otherwise). */
export const safetyProfiles = pgTable("safety_profiles", {
  id: text("id").primaryKey(),
  config: jsonb("config").notNull(),
  updatedBy: uuid("updated_by"),
  updatedAt: updatedAt(),
});

export type Incident = typeof safetyIncidents.$inferSelect;
export type IncidentNote = typeof safetyIncidentNotes.$inferSelect;
export type Notification = typeof notifications.$inferSelect;
