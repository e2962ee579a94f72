// A OneRoster bundle as it arrives: a folder, a .zip (CLI or admin upload) or
// loose files. Only orgs, users, classes, enrollments and the manifest are
// read; any other file (courses.csv, academicSessions.csv...) is ignored.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { parse } from "csv-parse/sync";
import { MANIFEST_FILE, ROSTER_FILES, type RosterFile } from "./format.ts";
import { describeRejection, type Rejection } from "./report.ts";
import { decodeUtf8 } from "./utf8.ts";
import { defaultZipLimits, extractZipEntries, listZipEntries, ZipError, type ZipLimits } from "./zip.ts";

const READ = new Set<string>([...ROSTER_FILES, MANIFEST_FILE]);

/** Raw bytes by canonical file name ("users.csv"). */
export interface RawBundle {
  source: string;
  files: Map<string, Uint8Array>;
}

export interface DecodedBundle {
  source: string;
  /** Text of each roster file; a file the manifest declares absent is "" (no rows). */
  texts: Record<RosterFile, string>;
  /** bulk unless the manifest says `file.enrollments,delta`. */
  enrollmentsMode: "bulk" | "delta";
}

/** The bundle cannot be read at all: every problem found, each naming its file. */
export class BundleError extends Error {
  constructor(readonly rejections: Rejection[]) {
    super(rejections.map(describeRejection).join("; "));
    this.name = "BundleError";
  }
}

const fail = (file: string, reason: string) => new BundleError([{ file, reason }]);

/** Folder or .zip on disk. */
export function readBundlePath(path: string, limits: ZipLimits = defaultZipLimits): RawBundle {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw fail(basename(path), `cannot be read: no such file or folder (${path})`);
  }
  if (stat.isDirectory()) return readBundleFolder(path, limits);
  if (path.toLowerCase().endsWith(".csv")) throw fail(basename(path), "is a single file: give the folder that holds orgs.csv, users.csv, classes.csv and enrollments.csv, or a .zip of them");
  if (stat.size > limits.maxTotalBytes) throw fail(basename(path), `is larger than the ${limits.maxTotalBytes} byte limit`);
  return readBundleZip(new Uint8Array(readFileSync(path)), basename(path), limits);
}

function readBundleFolder(dir: string, limits: ZipLimits): RawBundle {
  const files = new Map<string, Uint8Array>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const name = entry.name.toLowerCase();
    if (!entry.isFile() || !READ.has(name)) continue;
    const path = join(dir, entry.name);
    if (statSync(path).size > limits.maxEntryBytes) throw fail(entry.name, `is larger than the ${limits.maxEntryBytes} byte limit`);
    files.set(canonical(name), new Uint8Array(readFileSync(path)));
  }
  return { source: basename(dir), files };
}

/** A .zip with the files at its root or inside one folder. */
export function readBundleZip(bytes: Uint8Array, source: string, limits: ZipLimits = defaultZipLimits): RawBundle {
  try {
    const byName = new Map<string, string[]>();
    for (const entry of listZipEntries(bytes, limits)) {
      const name = entry.split("/").pop()!.toLowerCase();
      if (entry.startsWith("__MACOSX/") || entry.endsWith("/") || !READ.has(name)) continue;
      byName.set(name, [...(byName.get(name) ?? []), entry]);
    }
    const twice = [...byName].filter(([, entries]) => entries.length > 1);
    if (twice.length) {
      throw new BundleError(twice.map(([name, entries]) => ({ file: source, reason: `holds ${name} more than once (${entries.join(", ")}); put one bundle in a zip` })));
    }
    const wanted = new Map([...byName].map(([name, entries]) => [entries[0]!, canonical(name)]));
    const extracted = extractZipEntries(bytes, new Set(wanted.keys()), limits);
    return { source, files: new Map([...extracted].map(([entry, data]) => [wanted.get(entry)!, data])) };
  } catch (err) {
    if (err instanceof ZipError) throw fail(source, err.message);
    throw err;
  }
}

/** Files uploaded one by one (or built in memory). Names are matched case-insensitively. */
export function bundleFromFiles(source: string, files: Record<string, Uint8Array | string>): RawBundle {
  const out = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(files)) {
    const key = basename(name).toLowerCase();
    if (READ.has(key)) out.set(canonical(key), typeof data === "string" ? new TextEncoder().encode(data) : data);
  }
  return { source, files: out };
}

const canonical = (lower: string) => [...READ].find((n) => n.toLowerCase() === lower)!;

/** UTF-8 text of every file, checked against the manifest. Throws BundleError listing every problem. */
export function decodeBundle(raw: RawBundle): DecodedBundle {
  const problems: Rejection[] = [];
  const manifest = readManifest(raw, problems);
  const texts = {} as Record<RosterFile, string>;
  for (const file of ROSTER_FILES) {
    const bytes = raw.files.get(file);
    const declared = manifest.get(`file.${file.replace(".csv", "")}`);
    if (!bytes) {
      if (declared === "absent") texts[file] = "";
      else problems.push({ file, reason: `is missing from the bundle (a OneRoster import needs ${ROSTER_FILES.join(", ")})` });
      continue;
    }
    const decoded = decodeUtf8(bytes);
    if (decoded.ok) texts[file] = decoded.text;
    else problems.push({ file, reason: decoded.reason });
  }
  if (problems.length) throw new BundleError(problems);
  return { source: raw.source, texts, enrollmentsMode: manifest.get("file.enrollments") === "delta" ? "delta" : "bulk" };
}

function readManifest(raw: RawBundle, problems: Rejection[]): Map<string, string> {
  const out = new Map<string, string>();
  const bytes = raw.files.get(MANIFEST_FILE);
  if (!bytes) return out;
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    problems.push({ file: MANIFEST_FILE, reason: decoded.reason });
    return out;
  }
  let rows: string[][];
  try {
    rows = parse(decoded.text, { relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (err) {
    problems.push({ file: MANIFEST_FILE, reason: `is not valid CSV (${err instanceof Error ? err.message : String(err)})` });
    return out;
  }
  for (const [key, value] of rows.slice(1)) if (key) out.set(key, (value ?? "").toLowerCase());
  const version = out.get("oneroster.version");
  if (version && version !== "1.1" && version !== "1.0") {
    problems.push({ file: MANIFEST_FILE, reason: `declares OneRoster ${version}; Atelier reads OneRoster 1.1 CSV bundles` });
  }
  return out;
}
