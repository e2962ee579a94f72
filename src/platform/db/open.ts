// Opens the database the config names, and readies it for the app.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Config } from "../../config.ts";
import { pgliteImage } from "./pglite-image.ts";
import { openPglite, openPostgres, type Database } from "./client.ts";
import { migrate, pendingMigrations } from "./migrate.ts";

export class PendingMigrationsError extends Error {
  constructor(count: number) {
    super(`The database is missing ${count} migration(s). Run \`bun run db:migrate\` with the same DATABASE_URL, then start again.`);
    this.name = "PendingMigrationsError";
  }
}

/**
 * Embedded PGlite migrates itself at start (nobody else will). A server
 * database is migrated by `bun run db:migrate` (in AWS, a one-off task before
 * the service updates); the app refuses to run against an older schema.
 */
export async function openDatabase(config: Config["database"]): Promise<Database> {
  if (config.kind === "pglite") {
    // A new data directory starts from the prepared image instead of initdb.
    const fresh = !existsSync(join(config.dataDir, "PG_VERSION"));
    const database = await openPglite({ dataDir: config.dataDir, ...(fresh ? { loadDataDir: await pgliteImage() } : {}) });
    await migrate(database);
    return database;
  }
  const database = await openPostgres(config.url, { poolMax: config.poolMax, connectTimeoutS: config.connectTimeoutS, password: config.password, ssl: config.ssl });
  const pending = await pendingMigrations(database);
  if (pending > 0) {
    await database.close();
    throw new PendingMigrationsError(pending);
  }
  return database;
}
