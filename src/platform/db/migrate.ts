// Applies the committed migrations in order, on either driver. drizzle-kit's
// journal (migrations/meta/_journal.json) lists them; the database records what
// ran in drizzle.__drizzle_migrations.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import type { Database } from "./client.ts";
import type * as schema from "./schema.ts";

export const migrationsFolder = join(import.meta.dir, "../../../migrations");

export async function migrate(database: Database): Promise<void> {
  if (database.kind === "pglite") {
    await migratePglite(database.db as unknown as PgliteDatabase<typeof schema>, { migrationsFolder });
  } else {
    await migratePostgres(database.db as unknown as PostgresJsDatabase<typeof schema>, { migrationsFolder });
  }
}

/** How many committed migrations the database has not applied yet. */
export async function pendingMigrations(database: Database): Promise<number> {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, "meta/_journal.json"), "utf8")) as { entries: unknown[] };
  const [table] = rowsOf(await database.db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as ok`));
  if (!table?.ok) return journal.entries.length;
  const applied = rowsOf(await database.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`));
  return Math.max(0, journal.entries.length - (applied[0] as { n: number }).n);
}

/** Drizzle's execute() returns rows directly on postgres.js and `{ rows }` on PGlite. */
export function rowsOf(result: unknown): Record<string, unknown>[] {
  if (Array.isArray(result)) return result as Record<string, unknown>[];
  return ((result as { rows?: Record<string, unknown>[] }).rows ?? []) as Record<string, unknown>[];
}
