// Column helpers every feature schema shares, so ids and timestamps look the same everywhere.
import { timestamp, uuid } from "drizzle-orm/pg-core";

/** Time-ordered UUID (v7): index-friendly and safe to expose. */
export const id = () => uuid("id").primaryKey().$defaultFn(() => Bun.randomUUIDv7());

export const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () =>
  timestamp("updated_at", { withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date());
