// Documents made with the libraries that write them (pdf-lib, docx,
// pptxgenjs, fflate), for the extractor tests and the ingestion benchmark.
// Nothing here is a binary copied from elsewhere.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { zipSync } from "fflate";
import { PDFDocument, PDFHexString, StandardFonts } from "pdf-lib";
import PptxGenJS from "pptxgenjs";

/** One string per page; long text wraps within the margins. */
export async function makePdf(pages: string[], options: { title?: string } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  if (options.title) doc.setTitle(options.title);
  for (const text of pages) {
    const page = doc.addPage([612, 792]);
    page.drawText(text, { x: 54, y: 740, size: 11, font, maxWidth: 504, lineHeight: 14 });
  }
  return doc.save();
}

/**
 * A PDF with the standard security handler and a user password. pdf-lib
 * cannot encrypt, so the /Encrypt dictionary is added by hand; its password
 * hashes match no password, which is what a reader sees for a locked file.
 */
export async function makeEncryptedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage().drawText("Grades for period 3", { font: await doc.embedFont(StandardFonts.Helvetica) });
  const ctx = doc.context;
  ctx.trailerInfo.Encrypt = ctx.register(
    ctx.obj({ Filter: "Standard", V: 1, R: 2, Length: 40, P: -44, O: PDFHexString.of("4f".repeat(32)), U: PDFHexString.of("55".repeat(32)) }),
  );
  ctx.trailerInfo.ID = ctx.obj([PDFHexString.of("1d".repeat(16)), PDFHexString.of("1d".repeat(16))]);
  return doc.save({ useObjectStreams: false });
}

export type DocxBlock = { heading: string; level?: 1 | 2 | 3 } | { text: string };

export async function makeDocx(blocks: DocxBlock[]): Promise<Uint8Array> {
  const levels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
  const doc = new Document({
    sections: [
      {
        children: blocks.map((b) =>
          "heading" in b
            ? new Paragraph({ text: b.heading, heading: levels[b.level ?? 1] })
            : new Paragraph({ children: [new TextRun(b.text)], alignment: AlignmentType.LEFT }),
        ),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export async function makePptx(slides: { title: string; bullets: string[]; notes?: string }[]): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.defineSlideMaster({
    title: "LESSON",
    objects: [{ placeholder: { options: { name: "title", type: "title", x: 0.5, y: 0.3, w: 9, h: 1 }, text: "" } }],
  });
  for (const s of slides) {
    const slide = pptx.addSlide({ masterName: "LESSON" });
    slide.addText(s.title, { placeholder: "title" });
    slide.addText(s.bullets.map((b) => ({ text: b, options: { bullet: true, breakLine: true } })), { x: 0.5, y: 1.5, w: 9, h: 4 });
    if (s.notes) slide.addNotes(s.notes);
  }
  return new Uint8Array((await pptx.write({ outputType: "uint8array" })) as Uint8Array);
}

/** A ZIP named like a Word file whose document.xml inflates ~1000x (declared honestly). */
export function makeZipBomb(megabytes = 8): Uint8Array {
  return zipSync({
    "[Content_Types].xml": new TextEncoder().encode("<Types/>"),
    "word/document.xml": new Uint8Array(megabytes * 1024 * 1024),
  }, { level: 9 });
}

/** A zip bomb that lies: its directory declares a tiny document.xml that inflates to megabytes. */
export function makeLyingZipBomb(): Uint8Array {
  const zip = makeZipBomb(4);
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const declared = 2048;
  const name = new TextEncoder().encode("word/document.xml");
  for (let i = 0; i + 4 <= zip.length; i++) {
    const sig = view.getUint32(i, true);
    const nameAt = sig === 0x04034b50 ? i + 30 : sig === 0x02014b50 ? i + 46 : -1;
    if (nameAt < 0 || !name.every((b, j) => zip[nameAt + j] === b)) continue;
    view.setUint32(sig === 0x04034b50 ? i + 22 : i + 24, declared, true);
  }
  return zip;
}
