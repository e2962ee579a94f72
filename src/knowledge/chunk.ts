// Cuts sections into passages of about a thousand characters along the
// document's own structure: never across a heading, page or slide; at
// paragraph breaks when it can, else at sentence ends, else between words.
// Consecutive passages of a section overlap by about 15% so an idea split at
// a boundary is still found whole in one of them.
import type { Section } from "./extract/types.ts";

export interface ChunkOptions {
  target: number;
  max: number;
  overlap: number;
}

export const defaultChunkOptions: ChunkOptions = { target: 1000, max: 1200, overlap: 150 };

export interface ChunkDraft {
  ordinal: number;
  text: string;
  section: string;
  page: number | null;
}

interface Unit {
  text: string;
  /** Starts a paragraph (joined with a blank line) or continues one (joined with a space). */
  newParagraph: boolean;
}

function splitLong(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const sentences = text.match(/[^.!?]+(?:[.!?]+["')\]]*|$)\s*/g)?.map((s) => s.trim()).filter(Boolean) ?? [text];
  const out: string[] = [];
  for (const sentence of sentences) {
    if (sentence.length <= max) {
      out.push(sentence);
      continue;
    }
    let piece = "";
    for (const word of sentence.split(/\s+/)) {
      // A single "word" longer than max (a URL, a data blob) is cut hard.
      for (let w = word; w.length; w = w.slice(max)) {
        const part = w.slice(0, max);
        if (piece && piece.length + 1 + part.length > max) {
          out.push(piece);
          piece = "";
        }
        piece = piece ? `${piece} ${part}` : part;
      }
    }
    if (piece) out.push(piece);
  }
  return out;
}

function unitsOf(text: string, max: number): Unit[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/[ \t]+/g, " ").trim())
    .filter(Boolean)
    .flatMap((p) => splitLong(p, max).map((t, i) => ({ text: t, newParagraph: i === 0 })));
}

/** The last `size` characters of a passage, starting at a sentence or word boundary. */
function tailOf(text: string, size: number): string {
  if (text.length <= size) return text;
  const tail = text.slice(-size);
  const sentence = tail.search(/[.!?]\s+\S/);
  if (sentence >= 0 && sentence < size * 0.6) return tail.slice(sentence + 1).trimStart();
  const space = tail.indexOf(" ");
  return space >= 0 ? tail.slice(space + 1) : tail;
}

export function chunkSections(sections: Section[], options: Partial<ChunkOptions> = {}): ChunkDraft[] {
  const { target, max, overlap } = { ...defaultChunkOptions, ...options };
  const chunks: ChunkDraft[] = [];
  for (const s of sections) {
    let current = "";
    let fresh = false; // holds text that is not just the overlap carried over
    const emit = () => {
      if (fresh) chunks.push({ ordinal: chunks.length, text: current, section: s.section, page: s.page });
      const carry = overlap > 0 && fresh ? tailOf(current, overlap) : "";
      current = carry;
      fresh = false;
    };
    for (const unit of unitsOf(s.text, max)) {
      const sep = () => (current ? (unit.newParagraph ? "\n\n" : " ") : "");
      if (fresh && current.length + sep().length + unit.text.length > target) emit();
      // The overlap gives way when it would push a long unit past the maximum.
      if (current.length + sep().length + unit.text.length > max) current = "";
      current += sep() + unit.text;
      fresh = true;
    }
    emit();
  }
  return chunks;
}
