// One entry point: sniff the real type, run its extractor, refuse what holds no text.
import { UnprocessableError } from "../errors.ts";
import { extractCsv } from "./csv.ts";
import { decodeText, sniffType } from "./sniff.ts";
import { extractText } from "./text.ts";
import type { Extracted } from "./types.ts";

export type { Extracted, Section } from "./types.ts";
export { mimeOf, supportedExtensions, supportedList, type DocType } from "./sniff.ts";

export async function extractDocument(bytes: Uint8Array, hints: { filename?: string; declaredType?: string } = {}): Promise<Extracted> {
  const type = sniffType(bytes, hints);
  // The heavier extractors (pdf.js, mammoth, linkedom) load when a file needs
  // them, so the app starts quickly on a laptop.
  let extracted: Extracted;
  switch (type) {
    case "pdf":
      extracted = await (await import("./pdf.ts")).extractPdf(bytes);
      break;
    case "docx":
      extracted = await (await import("./docx.ts")).extractDocx(bytes);
      break;
    case "pptx":
      extracted = (await import("./pptx.ts")).extractPptx(bytes);
      break;
    case "html":
      extracted = (await import("./html.ts")).extractHtml(decodeText(bytes) ?? "");
      break;
    default: {
      const text = decodeText(bytes) ?? "";
      extracted = type === "csv" ? extractCsv(text) : extractText(text, type);
    }
  }
  if (!extracted.sections.some((s) => s.text.trim())) throw new UnprocessableError("The file has no text to read.");
  return extracted;
}
