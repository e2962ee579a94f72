// CSV: rows grouped into chunk-sized blocks, each repeating the header line so
// a passage still says what its columns mean. Sections name the rows they hold.
import { parse } from "csv-parse/sync";
import { UnprocessableError } from "../errors.ts";
import type { Extracted, Section } from "./types.ts";

function delimiterOf(firstLine: string): string {
  const counts = [",", ";", "\t"].map((d) => [d, firstLine.replace(/"[^"]*"/g, "").split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ",";
}

export function extractCsv(text: string, targetChars = 1000): Extracted {
  const clean = text.replace(/^\uFEFF/, "");
  let rows: string[][];
  try {
    rows = parse(clean, {
      delimiter: delimiterOf(clean.split("\n", 1)[0] ?? ""),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
    }) as string[][];
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    throw new UnprocessableError(`The CSV file cannot be read${line ? ` (line ${line})` : ""}.`);
  }
  rows = rows.filter((r) => r.some((cell) => cell !== ""));
  if (rows.length === 0) return { type: "csv", title: null, sections: [], pageCount: null, prechunked: true };
  const [header, ...data] = rows;
  const headerLine = header!.join(", ");
  const sections: Section[] = [];
  let block: string[] = [];
  let first = 2; // rows are numbered as in a spreadsheet: the header is row 1
  const flush = (last: number) => {
    if (!block.length) return;
    sections.push({ text: [headerLine, ...block].join("\n"), section: first === last ? `Row ${first}` : `Rows ${first}–${last}`, page: null });
    block = [];
    first = last + 1;
  };
  data.forEach((row, i) => {
    const line = row.join(", ");
    const size = headerLine.length + block.reduce((n, l) => n + l.length + 1, 0) + line.length;
    if (block.length && size > targetChars) flush(i + 1);
    block.push(line);
  });
  flush(data.length + 1);
  if (data.length === 0) sections.push({ text: headerLine, section: "Row 1", page: null });
  return { type: "csv", title: null, sections, pageCount: null, prechunked: true };
}
