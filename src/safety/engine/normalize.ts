// Turns user or model text into the lower-case, de-obfuscated form every
// detector reads, and keeps a map back to the original so findings can quote
// the user's own words. Quoted passages are remembered: a teacher quoting a
// student ("he said 'I want to die'") is not the teacher's own disclosure.
import { cleanCharacters } from "./characters.ts";
import { respell } from "./spellings.ts";
import { inflectsSensitive, isLeetMessage, plainLeet, segment, unLeet, unmask, unstretch, type Obfuscation, type Vocabulary } from "./words.ts";

export interface ObfuscatedWord {
  start: number;
  end: number;
  word: string;
  kind: Obfuscation;
  /** True when the recovered word is one the detectors look for. */
  sensitive: boolean;
}

export interface Normalized {
  original: string;
  text: string;
  /** For each character of `text`, the original range it stands for. */
  start: Int32Array;
  end: Int32Array;
  obfuscations: ObfuscatedWord[];
  /** Quoted passages, [start, end) in `text`. */
  quotes: Array<[number, number]>;
}

interface Chunk {
  chars: string[];
  origin: number[];
  newlineBefore: boolean;
  wsOrigin: number;
}

const leading = /["'(\[{<]/;
const trailing = /[.,;:!?)\]}>"']/;
const singleGlyph = /^[a-z0-9@$!]$/;
const dottedLetters = /^[a-z0-9@$!](?:[.\-_*·][a-z0-9@$!]){2,}\.?$/;
const looksLikeAddress = /@\w+\.|:\/\/|^www\./;
const abbreviations = new Set(["mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "prof", "coach", "sgt", "lt", "capt", "gov", "sen", "rep"]);

export function normalize(input: string, vocab: Vocabulary, maskable: readonly string[]): Normalized {
  const clean = cleanCharacters(input);
  const chunks = splitChunks(clean.chars, clean.origin);
  // Asked only when a word has a leet character no other reading explained, which plain text never has.
  let leet: boolean | undefined;
  const leetMessage = () => (leet ??= isLeetMessage(chunks.map((c) => c.chars.join("").replace(/^[^a-z0-9@$]+|[^a-z0-9@$]+$/g, ""))));
  const out = new Builder(input);
  for (let i = 0; i < chunks.length; i++) {
    const run = spacedRun(chunks, i);
    if (run) {
      const joined = run.map((c) => c.chars.join("")).join("");
      const word = resolveSpaced(joined, vocab) ?? wordsSpacedOut(run, vocab);
      if (word) {
        const first = run[0]!;
        const last = run[run.length - 1]!;
        out.space(first, i === 0);
        out.replaced(word, first.origin[0]!, last.origin[last.origin.length - 1]! + 1, "spacing", true);
        i += run.length - 1;
        continue;
      }
    }
    const chunk = chunks[i]!;
    const split = splitWord(chunk, chunks[i + 1], vocab);
    if (split) {
      const second = chunks[i + 1]!;
      const letters = split.length - chunk.chars.length;
      out.space(chunk, i === 0);
      out.replaced(split, chunk.origin[0]!, second.origin[letters - 1]! + 1, "spacing", true);
      for (let k = letters; k < second.chars.length; k++) out.punct(second.chars[k]!, second.origin[k]!, "close");
      i++;
      continue;
    }
    out.space(chunk, i === 0);
    emitChunk(out, chunk, vocab, maskable, leetMessage);
  }
  return out.result();
}

function splitChunks(chars: string[], origin: number[]): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Chunk | null = null;
  let newline = false;
  let wsOrigin = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === " " || c === "\n" || c === "\r" || c === "\f" || c === "\v") {
      if (current) chunks.push(current);
      if (!current && chunks.length === 0 && i === 0) wsOrigin = origin[i]!;
      current = null;
      if (c === "\n") newline = true;
      wsOrigin = origin[i]!;
      continue;
    }
    if (!current) {
      current = { chars: [], origin: [], newlineBefore: newline, wsOrigin };
      newline = false;
    }
    current.chars.push(c);
    current.origin.push(origin[i]!);
  }
  if (current) chunks.push(current);
  return chunks;
}

/** Short words that are words in their own right: "as s" is not "ass" split in two. */
const realShortWords = new Set("a an as at be by do go he hi if in is it me my no of oh ok on or so to up us we ya yo the and but for not you all any can had her was one our out day get has him his how man new now old see two way who boy did its let put say she too use".split(" "));

/** A sensitive word split in two by a space, the first half no word of its own: "holy sh it", "f uck". */
function splitWord(first: Chunk, second: Chunk | undefined, vocab: Vocabulary): string | null {
  if (!second || first.chars.length > 3 || second.chars.length > 6) return null;
  const a = first.chars.join("");
  const b = second.chars.join("").replace(/[.,!?;:]+$/, "");
  if (!/^[a-z]+$/.test(a) || !/^[a-z]+$/.test(b) || realShortWords.has(a) || vocab.common.has(a)) return null;
  const joined = a + b;
  return vocab.sensitive.has(joined) && !vocab.sensitive.has(b) ? joined : null;
}

/** Three or more one-character chunks in a row: "k i l l", "b 0 m b". */
function spacedRun(chunks: Chunk[], from: number): Chunk[] | null {
  let to = from;
  while (to < chunks.length && chunks[to]!.chars.length === 1 && singleGlyph.test(chunks[to]!.chars[0]!)) to++;
  return to - from >= 3 ? chunks.slice(from, to) : null;
}

/**
 * "i  s h o u l d n t  b e  a l i v e": letters one space apart, words two
 * or more apart. Read as the words when at least two of them are longer
 * than a letter, which ordinary text ("options a b c d") never is.
 */
function wordsSpacedOut(run: Chunk[], vocab: Vocabulary): string | null {
  const words: string[] = [""];
  for (let k = 0; k < run.length; k++) {
    if (k > 0 && run[k]!.origin[0]! - run[k - 1]!.origin[0]! > 2) words.push("");
    words[words.length - 1] += run[k]!.chars[0]!;
  }
  if (words.length < 2 || words.filter((w) => w.length > 1).length < 2) return null;
  return words.map((w) => unLeet(w, vocab) ?? w).join(" ");
}

function resolveSpaced(joined: string, vocab: Vocabulary): string | null {
  const letters = unLeet(joined, vocab) ?? joined;
  // "s h 0 0 t i n g" as well as "s h 0 0 t".
  if (vocab.sensitive.has(letters) || inflectsSensitive(letters, vocab)) return letters;
  const pieces = segment(letters, vocab);
  if (pieces && pieces.some((p) => vocab.sensitive.has(p))) return pieces.join(" ");
  return null;
}

function emitChunk(out: Builder, chunk: Chunk, vocab: Vocabulary, maskable: readonly string[], leetMessage: () => boolean): void {
  const { chars, origin } = chunk;
  let a = 0;
  let b = chars.length;
  while (a < b && leading.test(chars[a]!)) a++;
  while (b > a && trailing.test(chars[b - 1]!)) b--;
  for (let k = 0; k < a; k++) out.punct(chars[k]!, origin[k]!, "open");
  if (b > a) {
    const core = chars.slice(a, b).join("");
    const from = origin[a]!;
    const to = origin[b - 1]! + 1;
    const fix = deobfuscate(core, vocab, maskable) ?? plainLeetFix(core, leetMessage);
    if (fix) out.replaced(fix.word, from, to, fix.kind, vocab.sensitive.has(fix.word.split(" ")[0]!) || vocab.sensitive.has(fix.word) || inflectsSensitive(fix.word, vocab));
    else {
      const word = respell(core);
      if (word) out.respelled(word, from, to);
      else out.verbatim(chars.slice(a, b), origin.slice(a, b));
    }
  }
  // "Mr. Peterson" is one sentence: a title's period is not a sentence end.
  const core = chars.slice(a, b).join("");
  let k = b;
  if (chars[k] === "." && abbreviations.has(core)) k++;
  for (; k < chars.length; k++) out.punct(chars[k]!, origin[k]!, "close");
}

/** A leet word read plainly, only inside a message written in leetspeak. */
function plainLeetFix(core: string, leetMessage: () => boolean): { word: string; kind: Obfuscation } | null {
  const word = plainLeet(core);
  return word && leetMessage() ? { word, kind: "leet" } : null;
}

function deobfuscate(core: string, vocab: Vocabulary, maskable: readonly string[]): { word: string; kind: Obfuscation } | null {
  if (looksLikeAddress.test(core) || /^[0-9.,:/x+\-%$]+$/.test(core)) return null;
  if (dottedLetters.test(core)) {
    const word = resolveSpaced(core.replace(/[.\-_*·]/g, ""), vocab);
    if (word) return { word, kind: "spacing" };
  }
  if (core.includes("*")) {
    const word = unmask(core, maskable);
    return word ? { word, kind: "mask" } : null;
  }
  // "motherf-cking", "sh-t": a hyphen standing in for letters, when a known word fits; a grade ("A-", "B-") is one letter and its sign.
  if (/^[a-z]{2,}-[a-z]*$|^[a-z]+-[a-z]+$/.test(core)) {
    const word = unmask(core.replace("-", "*"), maskable);
    if (word) return { word, kind: "mask" };
  }
  const leet = unLeet(core, vocab);
  if (leet) return { word: leet, kind: "leet" };
  // "sh@t", "b@llsh#t": symbols between letters that read as no word stand for the letters they hide.
  if (/^[a-z]+(?:[@#][a-z]+)+$/.test(core)) {
    const word = unmask(core.replace(/[@#]/g, "*"), maskable);
    if (word) return { word, kind: "mask" };
  }
  const stretched = unstretch(core, vocab);
  if (stretched && stretched !== core) return { word: stretched, kind: "stretch" };
  return null;
}

class Builder {
  private parts: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];
  private obfuscations: ObfuscatedWord[] = [];
  private quotes: Array<[number, number]> = [];
  private openDouble = -1;
  private openSingle = -1;
  private length = 0;

  constructor(private readonly original: string) {}

  private push(text: string, start: number, end: number): void {
    for (const c of text) {
      this.parts.push(c);
      this.starts.push(start);
      this.ends.push(end);
    }
    this.length += text.length;
  }

  space(chunk: Chunk, first: boolean): void {
    if (!first) this.push(chunk.newlineBefore ? "\n" : " ", chunk.wsOrigin, chunk.wsOrigin + 1);
  }

  punct(c: string, origin: number, where: "open" | "close"): void {
    if (c === '"') {
      // Straight double quotes pair up in order, wherever they sit.
      if (this.openDouble < 0) this.openDouble = this.length + 1;
      else {
        this.quotes.push([this.openDouble, this.length]);
        this.openDouble = -1;
      }
    } else if (c === "'") {
      if (where === "open" && this.openSingle < 0) this.openSingle = this.length + 1;
      else if (where === "close" && this.openSingle >= 0) {
        this.quotes.push([this.openSingle, this.length]);
        this.openSingle = -1;
      }
    }
    this.push(c, origin, origin + 1);
  }

  verbatim(chars: string[], origin: number[]): void {
    for (let i = 0; i < chars.length; i++) this.push(chars[i]!, origin[i]!, origin[i]! + 1);
  }

  /** A texting spelling ("ppl") read as its word: not obfuscation, so not recorded as such. */
  respelled(word: string, from: number, to: number): void {
    this.push(word, from, to);
  }

  replaced(word: string, from: number, to: number, kind: Obfuscation, sensitive: boolean): void {
    const start = this.length;
    this.push(word, from, to);
    this.obfuscations.push({ start, end: this.length, word, kind, sensitive });
  }

  result(): Normalized {
    return {
      original: this.original,
      text: this.parts.join(""),
      start: Int32Array.from(this.starts),
      end: Int32Array.from(this.ends),
      obfuscations: this.obfuscations,
      quotes: this.quotes,
    };
  }
}

/** The original range behind [start, end) of the normalized text. */
export function originalRange(n: Normalized, start: number, end: number): [number, number] {
  if (n.text.length === 0) return [0, 0];
  const s = n.start[Math.min(start, n.text.length - 1)] ?? 0;
  const e = n.end[Math.max(Math.min(end, n.text.length) - 1, 0)] ?? n.original.length;
  return [s, Math.max(s, e)];
}

export function isQuoted(n: Normalized, start: number, end: number): boolean {
  return n.quotes.some(([a, b]) => start >= a && end <= b + 1);
}
