// Prints the configuration reference from src/config.ts; with --write, replaces
// the table in README.md (a test checks that README and config agree).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { envSpec } from "../src/config.ts";
import { envReference } from "../src/platform/env-vars.ts";

const table = envReference(envSpec);
if (process.argv.includes("--write")) {
  const path = join(import.meta.dir, "../README.md");
  const readme = readFileSync(path, "utf8");
  const updated = readme.replace(/\| Variable \| Type \| Default \| Meaning \|\n(?:\|.*\|\n)+/, table + "\n");
  if (updated === readme && !readme.includes(table)) throw new Error("README.md has no configuration table to replace");
  writeFileSync(path, updated);
} else {
  console.log(table);
}
