// Schools, classes and who belongs to them, as imported from OneRoster 1.1.
// Safety incidents reach teachers through class_members; knowledge bases are
// shared with a class or a school through these tables.
import { boolean, index, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { users } from "../auth/schema.ts";
import { createdAt, id, updatedAt } from "../platform/db/columns.ts";

export const schools = pgTable("schools", {
  id: id(),
  /** OneRoster sourcedId: the key re-imports match on. */
  sourcedId: text("sourced_id").notNull().unique(),
  name: text("name").notNull(),
  identifier: text("identifier").notNull().default(""),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const classes = pgTable(
  "classes",
  {
    id: id(),
    sourcedId: text("sourced_id").notNull().unique(),
    schoolId: uuid("school_id").notNull().references(() => schools.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    classCode: text("class_code").notNull().default(""),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("classes_school_idx").on(t.schoolId)],
);

export type ClassRole = "teacher" | "student";

export const classMembers = pgTable(
  "class_members",
  {
    classId: uuid("class_id").notNull().references(() => classes.id, { onDelete: "cascade" }),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    role: text("role").$type<ClassRole>().notNull(),
    /** OneRoster enrollment sourcedId. */
    sourcedId: text("sourced_id").notNull().unique(),
  },
  (t) => [primaryKey({ columns: [t.classId, t.userId] }), index("class_members_user_idx").on(t.userId)],
);

export const schoolMembers = pgTable(
  "school_members",
  {
    schoolId: uuid("school_id").notNull().references(() => schools.id, { onDelete: "cascade" }),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.schoolId, t.userId] }), index("school_members_user_idx").on(t.userId)],
);

/**
 * What the roster says about a person, beside their account. The import changes
 * an account's role or enables it again only where the roster set that value
 * itself, so an administrator's manual change survives the nightly import
 * (docs/roster.md, "Roles").
 */
export const rosterUsers = pgTable("roster_users", {
  userId: uuid("user_id").primaryKey().references(() => users.id, { onDelete: "cascade" }),
  /** OneRoster role as the file says it: teacher, student, administrator, aide, proctor. */
  rosterRole: text("roster_role").notNull(),
  /** The Atelier role the import last gave the account (null: never). While the account keeps it, the roster manages the role. */
  managedRoleId: text("managed_role_id"),
  /** true when the import disabled the account (enabledUser=false or tobedeleted); only then may it enable it again. */
  disabledByRoster: boolean("disabled_by_roster").notNull().default(false),
  username: text("username").notNull().default(""),
  identifier: text("identifier").notNull().default(""),
  /** Grade levels, comma-separated as in users.csv ("09,10"). */
  grades: text("grades").notNull().default(""),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export type School = typeof schools.$inferSelect;
export type Class = typeof classes.$inferSelect;
export type ClassMember = typeof classMembers.$inferSelect;
export type RosterUser = typeof rosterUsers.$inferSelect;
