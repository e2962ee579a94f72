// One roster file's text -> rows of named, trimmed values with the line each
// row starts on. A bad header or broken quoting rejects the file; a row with
// the wrong number of fields rejects that row.
import { parse } from "csv-parse/sync";
import { BundleError } from "./bundle.ts";
import { optionalColumns, requiredColumns, type RosterFile } from "./format.ts";
import type { Rejection } from "./report.ts";

export interface CsvRow {
  /** The line the row starts on (the header is line 1). */
  line: number;
  /** Known columns by their OneRoster name; a missing optional column reads "". */
  values: Record<string, string>;
}

export interface ParsedFile {
  rows: CsvRow[];
  rejections: Rejection[];
}

interface Parsed {
  record: string[];
  info: { lines: number };
}

export function parseRosterFile(file: RosterFile, text: string): ParsedFile {
  if (!text.trim()) return { rows: [], rejections: [] };
  // One line ending everywhere, so line numbers are those an editor shows.
  const normalized = text.replace(/\r\n?/g, "\n");
  let parsed: Parsed[];
  try {
    parsed = parse(normalized, { info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as Parsed[];
  } catch (err) {
    const e = err as { lines?: number; message?: string };
    throw new BundleError([{ file, reason: `is not valid CSV near line ${e.lines ?? "?"}: ${e.message ?? String(err)}` }]);
  }
  const [head, ...body] = parsed;
  if (!head) return { rows: [], rejections: [] };

  const header = head.record.map((h) => h.trim());
  const known = [...requiredColumns[file], ...optionalColumns[file]];
  const index = new Map<string, number>();
  const repeated = new Set<string>();
  header.forEach((h, i) => {
    const name = known.find((k) => k.toLowerCase() === h.toLowerCase());
    if (!name) return;
    if (index.has(name)) repeated.add(name);
    index.set(name, i);
  });
  const missing = requiredColumns[file].filter((c) => !index.has(c));
  const problems: Rejection[] = [];
  if (missing.length) problems.push({ file, reason: `lacks the required column${missing.length > 1 ? "s" : ""} ${missing.join(", ")} (its header has: ${header.join(", ")})` });
  if (repeated.size) problems.push({ file, reason: `has the column${repeated.size > 1 ? "s" : ""} ${[...repeated].join(", ")} more than once` });
  if (problems.length) throw new BundleError(problems);

  const rows: CsvRow[] = [];
  const rejections: Rejection[] = [];
  const sourcedAt = index.get("sourcedId")!;
  for (const { record, info } of body) {
    const newlinesInside = record.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0);
    const line = info.lines - newlinesInside;
    if (record.length !== header.length) {
      const sourcedId = record[sourcedAt]?.trim() || undefined;
      rejections.push({ file, line, sourcedId, reason: `has ${record.length} fields; the header has ${header.length} (an unquoted comma?)` });
      continue;
    }
    const values: Record<string, string> = {};
    for (const name of known) {
      const at = index.get(name);
      values[name] = at === undefined ? "" : record[at]!.trim();
    }
    rows.push({ line, values });
  }
  return { rows, rejections };
}
