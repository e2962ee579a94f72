// What an import tells the person who ran it: counts per entity, every
// rejected row with its reason, and the rows skipped by design.

/**
 * A row the import refused, or a whole file when line is absent (then the
 * reason reads on from the file name: "is missing from the bundle").
 */
export interface Rejection {
  file: string;
  line?: number;
  sourcedId?: string;
  reason: string;
}

/** A valid OneRoster row Atelier does not import (a guardian, a district org, an aide's enrollment). */
export type Skipped = Rejection;

export interface EntityCounts {
  created: number;
  updated: number;
  unchanged: number;
  removed: number;
}

export const ENTITIES = ["schools", "users", "classes", "schoolMemberships", "classMemberships"] as const;
export type Entity = (typeof ENTITIES)[number];
export type ImportCounts = Record<Entity, EntityCounts>;

export type ImportStatus =
  /** Everything valid was written. */
  | "applied"
  /** allowPartial: the valid rows were written, the rejected ones left out. */
  | "partial"
  /** Nothing was written. */
  | "rejected"
  /** dryRun: checked and counted, nothing written. */
  | "checked";

export interface ImportReport {
  status: ImportStatus;
  /** The bundle's name as given (a file or folder name). */
  source: string;
  counts: ImportCounts;
  /** Accounts that existed (a sign-in before the import) and were linked by email. */
  linkedAccounts: number;
  /** Accounts whose role an administrator chose; the import left it as it was. */
  rolesKept: number;
  rejections: Rejection[];
  skipped: Skipped[];
  /** Whether memberships missing from the bundle were removed (bulk) or only explicit changes applied (delta). */
  enrollmentsMode: "bulk" | "delta";
}

export const emptyCounts = (): EntityCounts => ({ created: 0, updated: 0, unchanged: 0, removed: 0 });

export function emptyImportCounts(): ImportCounts {
  return { schools: emptyCounts(), users: emptyCounts(), classes: emptyCounts(), schoolMemberships: emptyCounts(), classMemberships: emptyCounts() };
}

const labels: Record<Entity, string> = {
  schools: "Schools",
  users: "People",
  classes: "Classes",
  schoolMemberships: "School memberships",
  classMemberships: "Class memberships",
};

const headline: Record<ImportStatus, string> = {
  applied: "Imported.",
  partial: "Imported, except the rejected rows below.",
  rejected: "Nothing was imported.",
  checked: "Checked only (dry run): nothing was written.",
};

/** "users.csv line 12 [u-17]: email is empty", or for a whole file "users.csv is not UTF-8 text". */
export function describeRejection(r: Rejection): string {
  if (!r.line) return `${r.file} ${r.reason}`;
  return `${r.file} line ${r.line}${r.sourcedId ? ` [${r.sourcedId}]` : ""}: ${r.reason}`;
}

/** The report as plain text, for the CLI and for logs kept by a district's scheduler. */
export function formatReport(report: ImportReport): string {
  const out: string[] = [`${report.source}: ${headline[report.status]}`];
  if (report.status !== "rejected") {
    const header = ["", "created", "updated", "unchanged", "removed"];
    const rows = ENTITIES.map((e) => [labels[e], ...Object.values(report.counts[e]).map(String)]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
    out.push("", line(header), ...rows.map(line));
    const notes = [
      report.linkedAccounts ? `${report.linkedAccounts} existing account(s) linked by email` : "",
      report.rolesKept ? `${report.rolesKept} role(s) set by an administrator kept` : "",
      report.enrollmentsMode === "delta" ? "enrollments.csv is a delta: only its rows changed memberships" : "",
    ].filter(Boolean);
    if (notes.length) out.push("", ...notes);
  }
  if (report.rejections.length) {
    out.push("", `Rejected (${report.rejections.length}):`, ...report.rejections.map((r) => `  ${describeRejection(r)}`));
    if (report.status === "rejected" && report.rejections.some((r) => r.line)) {
      out.push("", "Fix these rows and import again, or import with --allow-partial to apply every other row.");
    }
  }
  if (report.skipped.length) {
    out.push("", `Not imported by design (${report.skipped.length}):`);
    const byReason = new Map<string, Skipped[]>();
    for (const s of report.skipped) {
      const rows = byReason.get(s.reason);
      if (rows) rows.push(s);
      else byReason.set(s.reason, [s]);
    }
    for (const [reason, rows] of byReason) {
      const ids = rows.slice(0, 5).map((r) => r.sourcedId ?? `${r.file}:${r.line}`).join(", ");
      out.push(`  ${rows.length} × ${reason} (${ids}${rows.length > 5 ? ", …" : ""})`);
    }
  }
  return out.join("\n");
}
