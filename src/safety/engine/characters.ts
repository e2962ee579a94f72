// Character-level clean-up before words are read: invisible characters go,
// look-alike letters from other scripts become their Latin twins, accents and
// full-width forms fold to plain ASCII. Each output character remembers the
// original index it came from so findings can point back into the user's text.

// Zero-width spaces/joiners, word joiner, BOM, soft hyphen, bidi marks.
const invisible = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u202A-\u202E]/;

// Cyrillic and Greek letters that render like Latin ones (the usual confusables).
const homoglyphs: Record<string, string> = {
  "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
  "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ɡ": "g", "ӏ": "l",
  "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
  "υ": "u", "χ": "x", "ϲ": "c", "ѵ": "v", "ʃ": "s", "ƒ": "f", "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe",
  "ł": "l", "đ": "d", "ı": "i",
};

const punctuationFold: Record<string, string> = {
  "\u2018": "'", "\u2019": "'", "\u201A": "'", "\u201B": "'", "\u2032": "'", "`": "'",
  "\u201C": '"', "\u201D": '"', "\u201E": '"', "\u00AB": '"', "\u00BB": '"',
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
  "\u2026": "...", "\u00A0": " ", "\u2007": " ", "\u202F": " ", "\t": " ",
};

// Emoji that stand for the words the detectors read ("bringing my 🔫", "🔪 + 🩸 = how i cope").
// Laughing skulls and crying faces are left alone: they mark a joke, and context.ts reads them as such.
const emojiWords: Record<string, string> = {
  "\u{1F52A}": " knife ", "\u{1FA78}": " blood ", "\u{1F48A}": " pills ", "\u{1F52B}": " gun ", "\u{1F4A3}": " bomb ",
  "\u{1FAA6}": " grave ", "\u{26B0}": " coffin ", "\u{1F489}": " needle ", "\u{1F9E8}": " explosive ", "\u{1FA93}": " axe ",
  "\u{1F5E1}": " knife ", "\u{2694}": " swords ", "\u{1F343}": " weed ", "\u{1F33F}": " weed ", "\u{1F344}": " shrooms ",
};

export interface CleanText {
  chars: string[];
  /** For each entry of `chars`, the index in the original string it came from. */
  origin: number[];
}

export function cleanCharacters(text: string): CleanText {
  const chars: string[] = [];
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    const at = i;
    i += ch.length;
    if (invisible.test(ch)) continue;
    const folded = foldChar(ch);
    for (const c of folded) {
      chars.push(c);
      origin.push(at);
    }
  }
  return { chars, origin };
}

const foldCache = new Map<string, string>();

function foldChar(ch: string): string {
  if (ch.charCodeAt(0) < 0x80) return ch === "`" ? "'" : ch === "\t" ? " " : ch.toLowerCase();
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  const punct = punctuationFold[ch] ?? emojiWords[ch];
  let out: string;
  if (punct !== undefined) out = punct;
  else {
    const lower = ch.toLowerCase();
    const glyph = homoglyphs[lower];
    // NFKD splits accents (and full-width or styled letters) from their base; drop the marks.
    out = glyph ?? lower.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
    if (out.length === 0) out = " ";
  }
  if (foldCache.size < 4096) foldCache.set(ch, out);
  return out;
}
