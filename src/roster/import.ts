// Importing a OneRoster 1.1 bundle: read, check, plan and write in ONE
// transaction, then one audit entry. Strict by default: any rejected row
// means nothing is written, and the report lists every rejection at once.
// allowPartial writes the valid rows (still in one transaction) and leaves
// out the rejected ones and every row that depends on them.
import { inArray, sql } from "drizzle-orm";
import { roles } from "../auth/schema.ts";
import { normalizeEmail } from "../auth/users.ts";
import { recordAudit } from "../platform/audit/service.ts";
import type { Db } from "../platform/db/client.ts";
import { AppError } from "../platform/errors.ts";
import { applyPlan } from "./apply.ts";
import { BundleError, bundleFromFiles, decodeBundle, readBundlePath, readBundleZip, type RawBundle } from "./bundle.ts";
import { parseRosterFile, type ParsedFile } from "./csv.ts";
import { ROSTER_FILES, type RosterFile } from "./format.ts";
import { planImport } from "./plan.ts";
import { describeRejection, emptyImportCounts, type ImportReport, type ImportStatus, type Rejection } from "./report.ts";
import { loadSnapshot, rosterTotals } from "./snapshot.ts";
import { validateBundle } from "./validate.ts";
import { defaultZipLimits, type ZipLimits } from "./zip.ts";

export type BundleInput =
  | { path: string }
  | { zip: Uint8Array; name: string }
  | { files: Record<string, Uint8Array | string>; name: string };

export interface ImportOptions {
  /** Who imports: a user id, or null for the CLI. */
  actorId: string | null;
  requestId?: string;
  /** Write the valid rows even when some are rejected. */
  allowPartial?: boolean;
  /** Check and count only; nothing is written and nothing audited. */
  dryRun?: boolean;
  /** The sign-in default role: an existing account still on it takes the roster's role. */
  defaultRoleId?: string;
  limits?: ZipLimits;
}

export const ROSTER_IMPORTED = "roster.imported";
export const ROSTER_IMPORT_REJECTED = "roster.import_rejected";
const AUDITED_REJECTIONS = 50;

function readRaw(input: BundleInput, limits: ZipLimits): RawBundle {
  if ("path" in input) return readBundlePath(input.path, limits);
  if ("zip" in input) return readBundleZip(input.zip, input.name, limits);
  return bundleFromFiles(input.name, input.files);
}

function sourceName(input: BundleInput): string {
  return "path" in input ? input.path.replace(/\/+$/, "").split("/").pop() || input.path : input.name;
}

/** Every structural problem of every file, or the parsed files. */
function readBundle(input: BundleInput, limits: ZipLimits) {
  const decoded = decodeBundle(readRaw(input, limits));
  const parsed = {} as Record<RosterFile, ParsedFile>;
  const problems: Rejection[] = [];
  for (const file of ROSTER_FILES) {
    try {
      parsed[file] = parseRosterFile(file, decoded.texts[file]);
    } catch (err) {
      if (!(err instanceof BundleError)) throw err;
      problems.push(...err.rejections);
    }
  }
  if (problems.length) throw new BundleError(problems);
  return { parsed, enrollmentsMode: decoded.enrollmentsMode };
}

export async function importRoster(db: Db, input: BundleInput, options: ImportOptions): Promise<ImportReport> {
  const source = sourceName(input);
  let bundle;
  try {
    bundle = readBundle(input, options.limits ?? defaultZipLimits);
  } catch (err) {
    if (!(err instanceof BundleError)) throw err;
    const report: ImportReport = {
      status: options.dryRun ? "checked" : "rejected", source, counts: emptyImportCounts(), linkedAccounts: 0, rolesKept: 0,
      rejections: err.rejections, skipped: [], enrollmentsMode: "bulk",
    };
    if (!options.dryRun) await audit(db, report, options, null);
    return report;
  }

  try {
    return await inTransaction(db, bundle, source, options);
  } catch (err) {
    // Drizzle's message repeats the query and its values (names, emails): keep only PostgreSQL's own words.
    const cause = (err as { cause?: { code?: unknown; message?: string } }).cause;
    if (typeof cause?.code !== "string" || !cause.message) throw err;
    throw new AppError("internal", `The roster import failed in the database, so nothing was changed (${cause.message}).`);
  }
}

async function inTransaction(db: Db, bundle: ReturnType<typeof readBundle>, source: string, options: ImportOptions): Promise<ImportReport> {
  return db.transaction(async (tx) => {
    // One import at a time: two at once would each plan against a state the other is changing.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('atelier:roster-import'))`);
    const present = await tx.select({ id: roles.id }).from(roles).where(inArray(roles.id, ["staff", "teacher", "student"]));
    if (present.length < 3) {
      throw new AppError("unavailable", "The system roles (staff, teacher, student) are missing: start Atelier once so it creates them, then import again.");
    }
    const before = await rosterTotals(tx);
    const { parsed } = bundle;
    const ids = (file: RosterFile, column: string) => parsed[file].rows.map((r) => r.values[column] ?? "");
    const known = await loadSnapshot(tx, {
      userSourcedIds: [...ids("users.csv", "sourcedId"), ...ids("enrollments.csv", "userSourcedId")],
      emails: ids("users.csv", "email").map(normalizeEmail),
      classSourcedIds: [...ids("classes.csv", "sourcedId"), ...ids("enrollments.csv", "classSourcedId")],
      enrollmentSourcedIds: ids("enrollments.csv", "sourcedId"),
      schoolSourcedIds: ids("orgs.csv", "sourcedId"),
    });
    const validated = validateBundle(parsed, known);
    const plan = planImport(validated, known, {
      defaultRoleId: options.defaultRoleId ?? "student",
      enrollmentsMode: bundle.enrollmentsMode,
      newId: () => Bun.randomUUIDv7(),
    });
    const blocked = validated.rejections.length > 0 && !options.allowPartial;
    const status: ImportStatus = options.dryRun ? "checked" : blocked ? "rejected" : validated.rejections.length ? "partial" : "applied";
    // A refused bundle changed nothing, so it reports no counts; a dry run reports what would change.
    const written = status !== "rejected";
    const report: ImportReport = {
      status, source,
      counts: written ? plan.counts : emptyImportCounts(),
      linkedAccounts: written ? plan.linkedAccounts : 0,
      rolesKept: written ? plan.rolesKept : 0,
      rejections: validated.rejections, skipped: validated.skipped, enrollmentsMode: bundle.enrollmentsMode,
    };
    if (options.dryRun) return report;
    if (!blocked) await applyPlan(tx, plan);
    await audit(tx, report, options, before, blocked ? null : await rosterTotals(tx));
    return report;
  });
}

type Totals = Awaited<ReturnType<typeof rosterTotals>>;

async function audit(db: Parameters<typeof recordAudit>[0], report: ImportReport, options: ImportOptions, before: Totals | null, after: Totals | null = null) {
  const applied = report.status === "applied" || report.status === "partial";
  await recordAudit(db, {
    actorId: options.actorId,
    action: applied ? ROSTER_IMPORTED : ROSTER_IMPORT_REJECTED,
    subjectType: "roster",
    subjectId: report.source,
    before: before ? { totals: before } : null,
    after: {
      status: report.status,
      source: report.source,
      ...(applied ? { counts: report.counts, linkedAccounts: report.linkedAccounts, rolesKept: report.rolesKept, totals: after } : {}),
      rejected: report.rejections.length,
      skipped: report.skipped.length,
      rejections: report.rejections.slice(0, AUDITED_REJECTIONS).map(describeRejection),
    },
    requestId: options.requestId ?? null,
  });
}
