// Schools, classes and who belongs to them, as imported from OneRoster 1.1.
// Safety incidents reach teachers through class_members; knowledge bases are
// shared with a class or a school through these tables.
import { index, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
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

export type School = typeof schools.$inferSelect;
export type Class = typeof classes.$inferSelect;
export type ClassMember = typeof classMembers.$inferSelect;
