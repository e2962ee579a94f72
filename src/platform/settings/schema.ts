import { boolean, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { updatedAt } from "../db/columns.ts";

/** Runtime settings an administrator can change. Secret values hold AES-GCM ciphertext, never clear text. */
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  secret: boolean("secret").notNull().default(false),
  updatedBy: uuid("updated_by"),
  updatedAt: updatedAt(),
});

export type SettingRow = typeof settings.$inferSelect;
