// PDF text with page numbers, through unpdf (a serverless build of pdf.js).
// Password-protected and damaged files fail with a plain reason.
import { getDocumentProxy } from "unpdf";
import { UnprocessableError } from "../errors.ts";
import type { Extracted, Section } from "./types.ts";

interface TextItem {
  str?: string;
  hasEOL?: boolean;
}

function reasonFor(err: unknown): string {
  const name = (err as { name?: string })?.name ?? "";
  if (name === "PasswordException") return "The PDF is password-protected. Remove the password and upload it again.";
  return "The PDF is damaged and cannot be read.";
}

export async function extractPdf(bytes: Uint8Array): Promise<Extracted> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, stopAtErrors: true });
  } catch (err) {
    throw new UnprocessableError(reasonFor(err));
  }
  try {
    const sections: Section[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const text = (content.items as TextItem[]).map((item) => (item.str ?? "") + (item.hasEOL ? "\n" : "")).join("");
      page.cleanup();
      if (text.trim()) sections.push({ text: joinWrappedLines(text), section: "", page: n });
    }
    if (sections.length === 0) {
      throw new UnprocessableError("The PDF has no text to read (it may be scanned pages; text recognition is not supported).");
    }
    const info = (await pdf.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === "string" && info.Title.trim() ? info.Title.trim() : null;
    return { type: "pdf", title, sections, pageCount: pdf.numPages };
  } catch (err) {
    if (err instanceof UnprocessableError) throw err;
    throw new UnprocessableError(reasonFor(err));
  } finally {
    // This pdf.js build has no PDFDocumentProxy.destroy; the loading task frees the document.
    await pdf.loadingTask.destroy();
  }
}

/** PDF lines are wrapped at the page margin: rejoin them, and rejoin words hyphenated across lines. */
function joinWrappedLines(text: string): string {
  return text
    .replace(/(\p{L})-\n(\p{Ll})/gu, "$1$2")
    .split(/\n\s*\n/)
    .map((para) => para.replace(/\s*\n\s*/g, " ").trim())
    .filter(Boolean)
    .join("\n\n");
}
