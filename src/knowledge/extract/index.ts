// One entry point: sniff the real type, run its extractor, refuse what holds no text.
import { UnprocessableError } from "../errors.ts";
import { extractCsv } from "./csv.ts";
import { extractDocx } from "./docx.ts";
import { extractHtml } from "./html.ts";
import { extractPdf } from "./pdf.ts";
import { extractPptx } from "./pptx.ts";
import { decodeText, sniffType } from "./sniff.ts";
import { extractText } from "./text.ts";
import type { Extracted } from "./types.ts";

export type { Extracted, Section } from "./types.ts";
export { mimeOf, supportedExtensions, supportedList, type DocType } from "./sniff.ts";

export async function extractDocument(bytes: Uint8Array, hints: { filename?: string; declaredType?: string } = {}): Promise<Extracted> {
  const type = sniffType(bytes, hints);
  let extracted: Extracted;
  switch (type) {
    case "pdf":
      extracted = await extractPdf(bytes);
      break;
    case "docx":
      extracted = await extractDocx(bytes);
      break;
    case "pptx":
      extracted = extractPptx(bytes);
      break;
    default: {
      const text = decodeText(bytes) ?? "";
      extracted = type === "html" ? extractHtml(text) : type === "csv" ? extractCsv(text) : extractText(text, type);
    }
  }
  if (!extracted.sections.some((s) => s.text.trim())) throw new UnprocessableError("The file has no text to read.");
  return extracted;
}
