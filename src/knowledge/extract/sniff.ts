// What a file really is, from its first bytes; the name and the declared type
// only break ties between text formats. A file whose name promises one thing
// and whose bytes say another is refused with a plain reason.
import { UnprocessableError } from "../errors.ts";
import { isZip, readZipDirectory } from "./zip.ts";

export type DocType = "pdf" | "docx" | "pptx" | "html" | "markdown" | "text" | "csv";

export const supportedExtensions = [".pdf", ".docx", ".pptx", ".txt", ".md", ".markdown", ".html", ".htm", ".csv"];
export const supportedList = "PDF, Word (.docx), PowerPoint (.pptx), text, Markdown, HTML or CSV";

export const mimeOf: Record<DocType, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  html: "text/html",
  markdown: "text/markdown",
  text: "text/plain",
  csv: "text/csv",
};

const binaries: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], "a PNG image"],
  [[0xff, 0xd8, 0xff], "a JPEG image"],
  [[0x47, 0x49, 0x46, 0x38], "a GIF image"],
  [[0x1f, 0x8b], "a gzip archive"],
  [[0x37, 0x7a, 0xbc, 0xaf], "a 7-Zip archive"],
  [[0x52, 0x61, 0x72, 0x21], "a RAR archive"],
  [[0x7f, 0x45, 0x4c, 0x46], "a program"],
  [[0x4d, 0x5a], "a Windows program"],
  [[0xd0, 0xcf, 0x11, 0xe0], "an older Office file (.doc, .ppt or .xls); save it as .docx, .pptx or PDF"],
];

export function extensionOf(filename: string): string {
  const m = /\.[A-Za-z0-9]{1,10}$/.exec(filename);
  return m ? m[0].toLowerCase() : "";
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Decodes text files: UTF-8 (with or without BOM), else Windows-1252; refuses binary data. */
export function decodeText(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, 65_536);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return null;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > sample.length * 0.01) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

function zipKind(bytes: Uint8Array): DocType {
  const names = new Set(readZipDirectory(bytes).map((e) => e.name));
  if (names.has("word/document.xml")) return "docx";
  if (names.has("ppt/presentation.xml")) return "pptx";
  if (names.has("xl/workbook.xml")) throw new UnprocessableError("Excel workbooks are not supported. Save the sheet as CSV and upload that.");
  throw new UnprocessableError(`This is a ZIP archive, which is not supported. Upload ${supportedList} files.`);
}

export function sniffType(bytes: Uint8Array, hints: { filename?: string; declaredType?: string } = {}): DocType {
  if (bytes.length === 0) throw new UnprocessableError("The file is empty.");
  const ext = extensionOf(hints.filename ?? "");
  const declared = (hints.declaredType ?? "").split(";")[0]!.trim().toLowerCase();

  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  const namedPdf = ext === ".pdf" || declared === "application/pdf";
  // Readers accept a PDF header anywhere in the first KB; we do so only when the name agrees.
  if (head.startsWith("%PDF-") || (namedPdf && head.includes("%PDF-"))) return "pdf";
  if (namedPdf) throw new UnprocessableError("The file is named as a PDF but is not one (it may be damaged).");

  if (isZip(bytes)) return zipKind(bytes);
  if (ext === ".docx" || ext === ".pptx") throw new UnprocessableError(`The file is named ${ext} but is not a valid ${ext === ".docx" ? "Word" : "PowerPoint"} file (it may be damaged).`);

  for (const [magic, what] of binaries) {
    if (startsWith(bytes, magic)) throw new UnprocessableError(`This looks like ${what}, which is not supported. Upload ${supportedList} files.`);
  }
  if (decodeText(bytes) === null) throw new UnprocessableError(`This file type is not supported. Upload ${supportedList} files.`);

  const start = head.replace(/^\uFEFF|^ï»¿/, "").trimStart().slice(0, 100).toLowerCase();
  if ([".html", ".htm"].includes(ext) || declared === "text/html" || declared === "application/xhtml+xml" || start.startsWith("<!doctype html") || start.startsWith("<html")) return "html";
  if ([".md", ".markdown"].includes(ext) || declared === "text/markdown" || declared === "text/x-markdown") return "markdown";
  if (ext === ".csv" || declared === "text/csv" || declared === "application/csv") return "csv";
  if (ext === ".txt" || declared === "text/plain" || (!ext && declared.startsWith("text/"))) return "text";
  throw new UnprocessableError(`Files of type ${ext || declared || "unknown"} are not supported. Upload ${supportedList} files.`);
}
