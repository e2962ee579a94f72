// Word files: checked against zip bombs first, then turned into HTML by
// mammoth (headings stay headings) and cut into sections like a web page.
import mammoth from "mammoth";
import { parseHTML } from "linkedom";
import { UnprocessableError } from "../errors.ts";
import { htmlSections } from "./html.ts";
import type { Extracted } from "./types.ts";
import { guardZip } from "./zip.ts";

export async function extractDocx(bytes: Uint8Array): Promise<Extracted> {
  guardZip(bytes);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        // Images are not text; never read them, and never follow links to outside files.
        convertImage: mammoth.images.imgElement(async () => ({ src: "" })),
        externalFileAccess: false,
      },
    );
    html = result.value;
  } catch {
    throw new UnprocessableError("The Word file is damaged and cannot be read.");
  }
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const sections = htmlSections(document.body as unknown as Parameters<typeof htmlSections>[0]);
  const firstHeading = document.querySelector("h1, h2")?.textContent?.trim() || null;
  return { type: "docx", title: firstHeading, sections, pageCount: null };
}
