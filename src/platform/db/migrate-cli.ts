// `bun run db:migrate`: applies the committed migrations to DATABASE_URL
// (or to the embedded database when it is unset). Exits non-zero on failure.
import { loadConfig } from "../../config.ts";
import { describeDatabaseUrl, openPglite, openPostgres } from "./client.ts";
import { migrate, pendingMigrations } from "./migrate.ts";

try {
  const config = loadConfig(process.env);
  const database =
    config.database.kind === "pglite"
      ? await openPglite({ dataDir: config.database.dataDir })
      : await openPostgres(config.database.url, { poolMax: 1, connectTimeoutS: config.database.connectTimeoutS, password: config.database.password, ssl: config.database.ssl });
  const target = config.database.kind === "pglite" ? config.database.dataDir : describeDatabaseUrl(config.database.url);
  const before = await pendingMigrations(database);
  await migrate(database);
  console.log(JSON.stringify({ level: "info", msg: "migrations applied", target, applied: before }));
  await database.close();
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
