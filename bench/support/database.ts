// The benchmark's own database: embedded PGlite in a temporary folder (inside
// the app process, as on a laptop), or a fresh database on a PostgreSQL
// server (as in AWS), migrated here and dropped at the end.
import { join } from "node:path";
import postgres from "postgres";
import { describeDatabaseUrl, openPostgres } from "../../src/platform/db/client.ts";
import { migrate } from "../../src/platform/db/migrate.ts";

export interface BenchDatabase {
  describe: string;
  /** What the app's environment needs to open it. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

export async function createBenchDatabase(kind: "pglite" | "postgres", dir: string, serverUrl: string): Promise<BenchDatabase> {
  if (kind === "pglite") {
    return { describe: "embedded PGlite (in the app process)", env: { DATA_DIR: join(dir, "data") }, drop: async () => {} };
  }
  const name = `atelier_bench_${process.pid}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    await admin`select 1`;
  } catch (err) {
    await admin.end();
    throw new Error(`PostgreSQL is not reachable at ${describeDatabaseUrl(serverUrl)} (${(err as Error).message}). Start it, pass --database-url, or run with --db pglite.`);
  }
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.unsafe(`create database "${name}"`);
  const database = await openPostgres(url.toString(), { poolMax: 1 });
  await migrate(database);
  await database.close();
  return {
    describe: `PostgreSQL ${describeDatabaseUrl(url.toString())} (a server process beside the app)`,
    env: { DATABASE_URL: url.toString() },
    async drop() {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}
