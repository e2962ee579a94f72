// One Database handle over two drivers: embedded PGlite (a laptop, the tests)
// and PostgreSQL through postgres.js (Aurora in AWS). Features only see `db`
// (Drizzle) plus the few operations Drizzle does not cover: a health ping and
// LISTEN/NOTIFY, which carry events between app instances.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import postgres from "postgres";
import { PgListener, type Unlisten } from "./pg-listener.ts";
import * as schema from "./schema.ts";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle; services accept `Db | Tx` where they can run inside one. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export type { Unlisten };

export interface Database {
  readonly kind: "pglite" | "postgres";
  readonly db: Db;
  /** true when the database answers `select 1` within the timeout. */
  ping(timeoutMs?: number): Promise<boolean>;
  /**
   * `onResubscribed` runs when the subscription is back after the database was
   * away: notifications sent meanwhile were missed, so re-read what matters.
   */
  listen(channel: string, onPayload: (payload: string) => void, onResubscribed?: () => void): Promise<Unlisten>;
  notify(channel: string, payload: string): Promise<void>;
  close(): Promise<void>;
}

export class DatabaseUnreachableError extends Error {
  constructor(readonly target: string, cause: unknown) {
    super(`Cannot reach the database at ${target}: ${describe(cause)}`, { cause });
    this.name = "DatabaseUnreachableError";
  }
}

function describe(err: unknown): string {
  if (err && typeof err === "object") {
    const e = err as { code?: string; message?: string };
    return [e.code, e.message].filter(Boolean).join(" ") || String(err);
  }
  return String(err);
}

/** host:port/db of a connection string, never its password: safe for logs and errors. */
export function describeDatabaseUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}

async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: Timer | undefined;
  try {
    return await Promise.race([
      p,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob } = {}): Promise<Database> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: { vector },
  });
  return fromPglite(client);
}

export function fromPglite(client: PGlite): Database {
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    kind: "pglite",
    db,
    async ping() {
      if (client.closed) return false;
      try {
        await client.query("select 1");
        return true;
      } catch {
        return false;
      }
    },
    async listen(channel, onPayload) {
      const unsub = await client.listen(channel, onPayload);
      return async () => {
        if (!client.closed) await unsub();
      };
    },
    async notify(channel, payload) {
      await client.query("select pg_notify($1, $2)", [channel, payload]);
    },
    close: () => (client.closed ? Promise.resolve() : client.close()),
  };
}

export interface PostgresOptions {
  poolMax?: number;
  connectTimeoutS?: number;
  /** Overrides the URL's password (it may come from a secret store). */
  password?: string;
  ssl?: boolean;
}

export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Database> {
  const connection = {
    ...(options.password ? { password: options.password } : {}),
    ...(options.ssl ? { ssl: "require" as const } : {}),
    connect_timeout: options.connectTimeoutS ?? 10,
    // Migrations print NOTICEs ("extension already exists"); they are not errors.
    onnotice: () => {},
  };
  const client = postgres(url, { ...connection, max: options.poolMax ?? 10, idle_timeout: 60 });
  const target = describeDatabaseUrl(url);
  try {
    await client`select 1`;
  } catch (err) {
    await client.end({ timeout: 1 }).catch(() => {});
    throw new DatabaseUnreachableError(target, err);
  }
  const db = drizzlePostgres({ client, schema }) as unknown as Db;
  let listener: PgListener | undefined;
  return {
    kind: "postgres",
    db,
    async ping(timeoutMs = 2000) {
      try {
        await withTimeout(client`select 1`, timeoutMs);
        return true;
      } catch {
        return false;
      }
    },
    listen(channel, onPayload, onResubscribed) {
      listener ??= new PgListener(url, connection);
      return listener.listen(channel, { onPayload, ...(onResubscribed ? { onResubscribed } : {}) });
    },
    async notify(channel, payload) {
      await client.notify(channel, payload);
    },
    async close() {
      await listener?.close();
      await client.end({ timeout: 5 });
    },
  };
}
