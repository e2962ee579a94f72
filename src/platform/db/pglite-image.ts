// A ready-made embedded database: PGlite's initdb costs ~4 s, loading a dump
// of an initialized, migrated cluster costs well under one. `bun install`
// builds the image (postinstall) into node_modules/.cache; first start and
// every test file load it. Keyed by the migrations' contents, so a new
// migration makes a new image.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { fromPglite } from "./client.ts";
import { migrate, migrationsFolder } from "./migrate.ts";

const cacheDir = join(import.meta.dir, "../../../node_modules/.cache/atelier");

export function migrationsHash(): string {
  const h = createHash("sha256");
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else h.update(entry.name).update(readFileSync(path));
    }
  };
  walk(migrationsFolder);
  return h.digest("hex").slice(0, 16);
}

let memo: Promise<Blob> | undefined;

/** The image for the current migrations, built on first use if the cache lacks it. */
export function pgliteImage(): Promise<Blob> {
  memo ??= loadOrBuild();
  return memo;
}

async function loadOrBuild(): Promise<Blob> {
  const file = join(cacheDir, `pglite-${migrationsHash()}.tar`);
  if (existsSync(file)) return new Blob([readFileSync(file)]);
  const client = await PGlite.create({ extensions: { vector } });
  await migrate(fromPglite(client));
  const dump = await client.dumpDataDir("none");
  await client.close();
  mkdirSync(cacheDir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, new Uint8Array(await dump.arrayBuffer()));
  renameSync(tmp, file); // atomic: a parallel process never reads half a file
  return dump;
}
