// Test databases that start fast. Creating and migrating PGlite takes seconds,
// so every test file loads the prepared image (pglite-image.ts). On PostgreSQL the same idea
// uses a template database: CREATE DATABASE ... TEMPLATE copies it in
// milliseconds. Tests run on PGlite always, and on PostgreSQL too when
// TEST_DATABASE_URL is set.
import postgres from "postgres";
import { openPglite, openPostgres, type Database } from "./client.ts";
import { migrate } from "./migrate.ts";
import { migrationsHash, pgliteImage } from "./pglite-image.ts";

export type TestDbKind = "pglite" | "postgres";

/** The database kinds this run covers: PGlite, and PostgreSQL when TEST_DATABASE_URL is set. */
export function testDbKinds(): TestDbKind[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

async function openTestPglite(): Promise<Database> {
  return openPglite({ loadDataDir: await pgliteImage() });
}

function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set");
  return url;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

let postgresTemplate: Promise<string> | undefined;

async function ensurePostgresTemplate(): Promise<string> {
  const name = `atelier_tpl_${migrationsHash()}`;
  const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
  try {
    // One builder at a time across parallel test processes.
    await admin`select pg_advisory_lock(74201)`;
    const [found] = await admin`select 1 from pg_database where datname = ${name}`;
    if (!found) {
      const building = `${name}_building`;
      await admin.unsafe(`drop database if exists "${building}" with (force)`);
      await admin.unsafe(`create database "${building}"`);
      const database = await openPostgres(withDatabase(adminUrl(), building), { poolMax: 1 });
      await migrate(database);
      await database.close();
      await admin.unsafe(`alter database "${building}" rename to "${name}"`);
    }
    await admin`select pg_advisory_unlock(74201)`;
    return name;
  } finally {
    await admin.end();
  }
}

async function openTestPostgres(): Promise<Database> {
  const created = await createPostgresTestDatabase();
  const database = await openPostgres(created.url, { poolMax: 4 });
  return {
    ...database,
    async close() {
      await database.close();
      await created.drop();
    },
  };
}

/** A fresh, migrated, empty database of the given kind. Always close() it. */
export function openTestDatabase(kind: TestDbKind = "pglite"): Promise<Database> {
  return kind === "pglite" ? openTestPglite() : openTestPostgres();
}

/** The connection string of a fresh test database on PostgreSQL (for tests that start app processes). */
export async function createPostgresTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  postgresTemplate ??= ensurePostgresTemplate();
  const template = await postgresTemplate;
  const name = `atelier_t_${process.pid}_${crypto.randomUUID().slice(0, 8)}`;
  const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}" template "${template}"`);
  return {
    url: withDatabase(adminUrl(), name),
    async drop() {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}
