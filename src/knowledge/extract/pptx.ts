// PowerPoint: checked against zip bombs, then each slide's text (and its
// speaker notes) read from the slide XML, in presentation order, with the
// slide number as the page and the slide title as the section.
import { posix } from "node:path";
import { UnprocessableError } from "../errors.ts";
import type { Extracted, Section } from "./types.ts";
import { guardZip, inflateEntry, type ZipEntry } from "./zip.ts";

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return entities[e] ?? m;
  });
}

/** Paragraphs of a slide (or notes) part, shape by shape; the title placeholder's text separately. */
function readShapes(xml: string): { title: string; paragraphs: string[] } {
  let title = "";
  const paragraphs: string[] = [];
  for (const shape of xml.match(/<p:sp\b[\s\S]*?<\/p:sp>/g) ?? []) {
    const isTitle = /<p:ph\b[^>]*type="(title|ctrTitle)"/.test(shape);
    const isSlideNumber = /<p:ph\b[^>]*type="(sldNum|dt|ftr|hdr)"/.test(shape);
    if (isSlideNumber) continue;
    const texts = (shape.match(/<a:p\b[\s\S]*?<\/a:p>/g) ?? [])
      .map((p) => decodeXml((p.match(/<a:t>([^<]*)<\/a:t>|<a:br\/>/g) ?? []).map((t) => (t === "<a:br/>" ? "\n" : t.slice(5, -6))).join("")).trim())
      .filter(Boolean);
    if (isTitle && !title) title = texts.join(" ");
    else paragraphs.push(...texts);
  }
  return { title, paragraphs };
}

function relsOf(entries: Map<string, ZipEntry>, bytes: Uint8Array, part: string): Map<string, string> {
  const relsPath = posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);
  const entry = entries.get(relsPath);
  const out = new Map<string, string>();
  if (!entry) return out;
  const xml = new TextDecoder().decode(inflateEntry(bytes, entry));
  for (const rel of xml.match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = /\bId="([^"]+)"/.exec(rel)?.[1];
    const target = /\bTarget="([^"]+)"/.exec(rel)?.[1];
    if (id && target) out.set(id, posix.normalize(posix.join(posix.dirname(part), target)));
  }
  return out;
}

export function extractPptx(bytes: Uint8Array): Extracted {
  const entries = new Map(guardZip(bytes).map((e) => [e.name, e]));
  const read = (name: string) => {
    const e = entries.get(name);
    return e ? new TextDecoder().decode(inflateEntry(bytes, e)) : null;
  };
  const presentation = read("ppt/presentation.xml");
  if (!presentation) throw new UnprocessableError("The PowerPoint file is damaged: it has no presentation part.");
  const rels = relsOf(entries, bytes, "ppt/presentation.xml");
  let slides = (presentation.match(/<p:sldId\b[^>]*>/g) ?? [])
    .map((tag) => rels.get(/r:id="([^"]+)"/.exec(tag)?.[1] ?? ""))
    .filter((p): p is string => !!p && entries.has(p));
  if (slides.length === 0) {
    slides = [...entries.keys()]
      .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
      .sort((a, b) => Number(/\d+/.exec(a.slice(17))?.[0]) - Number(/\d+/.exec(b.slice(17))?.[0]));
  }

  const sections: Section[] = [];
  let deckTitle: string | null = null;
  slides.forEach((part, i) => {
    const n = i + 1;
    const { title, paragraphs } = readShapes(read(part) ?? "");
    const notesPart = [...relsOf(entries, bytes, part).values()].find((t) => t.includes("notesSlide"));
    const notes = notesPart ? readShapes(read(notesPart) ?? "").paragraphs.filter((p) => !/^\d+$/.test(p)) : [];
    deckTitle ??= title || null;
    const text = [...paragraphs, ...(notes.length ? [`Speaker notes: ${notes.join(" ")}`] : [])].join("\n\n");
    if (text || title) sections.push({ text: text || title, section: title ? `Slide ${n}: ${title}` : `Slide ${n}`, page: n });
  });
  return { type: "pptx", title: deckTitle, sections, pageCount: slides.length };
}
