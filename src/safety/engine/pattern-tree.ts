// A regular expression's source read as a tree of what matters for words:
// each character is part of a word (with the letters it may be), a separator
// between words, or either; groups, alternatives, quantifiers and assertions
// keep their shape. It reads the subset of JavaScript's syntax the safety
// rules use; anything else makes `parsePattern` throw, and the caller treats
// the pattern as one that may match any text (required-words.ts).

/** One position of a pattern, as far as words are concerned. */
export type PatternNode =
  /** A character: part of a word (with the letters it may be), a separator between words, or either. */
  | { type: "char"; kind: "word"; chars: string[] }
  | { type: "char"; kind: "separator" | "unknown" }
  | { type: "assert"; kind: "b" | "B" | "^" | "$" }
  | { type: "group"; branches: PatternNode[][]; look?: "ahead" | "behind" | "negative" }
  | { type: "quant"; body: PatternNode; min: number; max: number }
  | { type: "backref" };

const wordChars = "abcdefghijklmnopqrstuvwxyz0123456789";
/** A class of more possible letters than this is not worth enumerating. */
const maxLetters = 8;

const separator: PatternNode = { type: "char", kind: "separator" };
const unknown: PatternNode = { type: "char", kind: "unknown" };

/** What a set of possible characters means for words. */
function charNode(possible: Set<string>, other: boolean): PatternNode {
  const word = [...possible].filter((c) => wordChars.includes(c));
  const underscore = possible.has("_");
  // Punctuation, an apostrophe or "_" ends a word of the text as `wordStems` (required-words.ts) reads it.
  if (!word.length) return separator;
  if (other || underscore || possible.has("'") || word.length > maxLetters) return unknown;
  return { type: "char", kind: "word", chars: word };
}

const all = [...wordChars, "_", "'"];
const digits = [..."0123456789"];

/** The relevant characters a class escape can match, and whether it matches anything else. */
function classEscape(c: string): { chars: string[]; other: boolean } | undefined {
  switch (c) {
    case "d":
      return { chars: digits, other: false };
    case "D":
      return { chars: all.filter((x) => !digits.includes(x)), other: true };
    case "w":
      return { chars: [...wordChars, "_"], other: false };
    case "W":
      return { chars: ["'"], other: true };
    case "s":
      return { chars: [], other: true };
    case "S":
      return { chars: all, other: true };
    default:
      return undefined;
  }
}

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): PatternNode[][] {
    const branches = this.alternation();
    if (this.i < this.src.length) throw new Error("unbalanced )");
    return branches;
  }

  private alternation(): PatternNode[][] {
    const branches: PatternNode[][] = [this.sequence()];
    while (this.src[this.i] === "|") {
      this.i++;
      branches.push(this.sequence());
    }
    return branches;
  }

  private sequence(): PatternNode[] {
    const items: PatternNode[] = [];
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return items;
  }

  private quantified(atom: PatternNode): PatternNode {
    const rest = this.src.slice(this.i);
    const m = /^(?:([*+?])|\{(\d+)(,(\d*))?\})\??/.exec(rest);
    if (!m) return atom;
    this.i += m[0].length;
    if (m[1]) return { type: "quant", body: atom, min: m[1] === "+" ? 1 : 0, max: m[1] === "?" ? 1 : Infinity };
    const min = Number(m[2]);
    const max = m[3] === undefined ? min : m[4] === "" ? Infinity : Number(m[4]);
    return { type: "quant", body: atom, min, max };
  }

  private atom(): PatternNode {
    const c = this.src[this.i++]!;
    switch (c) {
      case "(":
        return this.group();
      case "[":
        return this.charClass();
      case ".":
        return unknown;
      case "^":
        return { type: "assert", kind: "^" };
      case "$":
        return { type: "assert", kind: "$" };
      case "\\":
        return this.escape();
      default:
        return this.literal(c);
    }
  }

  private literal(c: string): PatternNode {
    const lower = c.toLowerCase();
    return charNode(new Set([lower]), !all.includes(lower));
  }

  private group(): PatternNode {
    let look: "ahead" | "behind" | "negative" | undefined;
    const rest = this.src.slice(this.i);
    const prefix = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(rest)?.[0];
    if (prefix) {
      this.i += prefix.length;
      look = prefix === "?=" ? "ahead" : prefix === "?<=" ? "behind" : prefix === "?!" || prefix === "?<!" ? "negative" : undefined;
    } else if (rest.startsWith("?")) throw new Error("unsupported group");
    const branches = this.alternation();
    if (this.src[this.i++] !== ")") throw new Error("unclosed group");
    return look ? { type: "group", branches, look } : { type: "group", branches };
  }

  private escape(): PatternNode {
    const c = this.src[this.i++];
    if (c === undefined) throw new Error("trailing backslash");
    if (c === "b" || c === "B") return { type: "assert", kind: c };
    if (/[1-9]/.test(c) || (c === "k" && this.src[this.i] === "<")) return { type: "backref" };
    const cls = classEscape(c);
    if (cls) return charNode(new Set(cls.chars), cls.other);
    if ("nrtfv0".includes(c)) return separator;
    if (c === "x" || c === "u" || c === "c" || c === "p" || c === "P") return unknown;
    return this.literal(c);
  }

  private charClass(): PatternNode {
    const negated = this.src[this.i] === "^";
    if (negated) this.i++;
    const possible = new Set<string>();
    let other = false;
    let first = true;
    while (this.i < this.src.length && (this.src[this.i] !== "]" || first)) {
      first = false;
      const start = this.classAtom();
      if (this.src[this.i] === "-" && this.src[this.i + 1] !== "]" && typeof start === "string") {
        this.i++;
        const end = this.classAtom();
        if (typeof end !== "string") throw new Error("bad range");
        for (let code = start.charCodeAt(0); code <= end.charCodeAt(0); code++) {
          const ch = String.fromCharCode(code).toLowerCase();
          if (all.includes(ch)) possible.add(ch);
          else other = true;
        }
        continue;
      }
      if (typeof start === "string") {
        const ch = start.toLowerCase();
        if (all.includes(ch)) possible.add(ch);
        else other = true;
      } else {
        for (const ch of start.chars) possible.add(ch);
        other ||= start.other;
      }
    }
    if (this.src[this.i++] !== "]") throw new Error("unclosed class");
    if (!negated) return charNode(possible, other);
    // A negated class matches every relevant character it does not list, and, unless it lists them all, other characters too.
    return charNode(new Set(all.filter((ch) => !possible.has(ch))), true);
  }

  /** One member of a class: a character, or a class escape's characters. */
  private classAtom(): string | { chars: string[]; other: boolean } {
    const c = this.src[this.i++]!;
    if (c !== "\\") return c;
    const e = this.src[this.i++]!;
    const cls = classEscape(e);
    if (cls) return cls;
    if (e === "b") return "\b";
    if ("nrtfv0".includes(e)) return "\n";
    if (e === "x" || e === "u" || e === "c" || e === "p" || e === "P") return { chars: [], other: true };
    return e;
  }
}

/** The pattern's alternatives as the analysis reads them (the tests sample matches from it). */
export const parsePattern = (source: string): PatternNode[][] => new Parser(source).parse();
