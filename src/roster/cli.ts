// `bun run roster:import PATH [--allow-partial] [--dry-run] [--json]`: imports a
// OneRoster 1.1 bundle (a folder or a .zip) into the configured database.
// Exit codes: 0 imported cleanly; 1 nothing imported (rejected bundle or an
// error); 2 imported with rejected rows left out (--allow-partial).
import { ensureSystemRoles } from "../auth/roles.ts";
import { loadConfig } from "../config.ts";
import { openDatabase } from "../platform/db/open.ts";
import { importRoster } from "./import.ts";
import { formatReport, type ImportReport } from "./report.ts";

const usage = `Usage: bun run roster:import PATH [--allow-partial] [--dry-run] [--json]

PATH            a folder or a .zip holding orgs.csv, users.csv, classes.csv and
                enrollments.csv (OneRoster 1.1 CSV; manifest.csv is read if present)
--allow-partial import the valid rows even when some rows are rejected
--dry-run       check and count only; write nothing
--json          print the report as JSON instead of a table`;

function exitCodeFor(report: ImportReport, allowPartial: boolean): number {
  if (report.status === "rejected") return 1;
  if (report.rejections.length) return allowPartial ? 2 : 1;
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith("--")));
  const paths = argv.filter((a) => !a.startsWith("--"));
  const unknown = [...flags].filter((f) => !["--allow-partial", "--dry-run", "--json", "--help"].includes(f));
  if (flags.has("--help")) {
    console.log(usage);
    return 0;
  }
  if (paths.length !== 1 || unknown.length) {
    console.error(unknown.length ? `Unknown option ${unknown.join(", ")}\n\n${usage}` : usage);
    return 1;
  }
  const config = loadConfig(process.env);
  const database = await openDatabase(config.database);
  try {
    await ensureSystemRoles(database.db);
    const allowPartial = flags.has("--allow-partial");
    const report = await importRoster(database.db, { path: paths[0]! }, { actorId: null, allowPartial, dryRun: flags.has("--dry-run") });
    console.log(flags.has("--json") ? JSON.stringify(report, null, 2) : formatReport(report));
    return exitCodeFor(report, allowPartial);
  } finally {
    await database.close();
  }
}

if (import.meta.main) {
  try {
    process.exit(await main(process.argv.slice(2)));
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  }
}
