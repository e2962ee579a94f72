// Word-level de-obfuscation. People hide a word the filter knows by writing
// leetspeak (k1ll, b0mb, sh!t), masking letters (f***ing, dumb***), stretching
// it (fuuuck) or spacing it out (k i l l, s.h.i.t). Each helper below turns
// such a spelling back into the word, but only when the result is a word the
// detectors care about: "h2so4", "7th" or "coolkid2011" stay as they are.

export interface Vocabulary {
  /** Words that some detector or the profanity list looks for (lower case). */
  sensitive: ReadonlySet<string>;
  /** Ordinary short words used to split spaced-out phrases ("k i l l m y s e l f"). */
  common: ReadonlySet<string>;
}

export type Obfuscation = "leet" | "mask" | "spacing" | "stretch";

const leetChoices: Record<string, string[]> = {
  "0": ["o"], "1": ["i", "l"], "3": ["e"], "4": ["a"], "5": ["s"], "7": ["t"], "8": ["b"], "9": ["g"],
  "@": ["a"], "$": ["s"], "!": ["i", "l"], "|": ["l", "i"], "+": ["t"], "€": ["e"], "(": ["c"],
};
const leetChar = /[0134578@$!|+€9]/;

/** Leetspeak back to letters when some reading of it is a sensitive word. */
export function unLeet(core: string, vocab: Vocabulary): string | null {
  if (!leetChar.test(core) || !/[a-z]/.test(core)) return null;
  // "45s" or "p99" are numbers with a unit, not words in disguise.
  if ((core.match(/[0-9]/g)?.length ?? 0) > (core.match(/[a-z]/g)?.length ?? 0)) return null;
  let readings = [""];
  for (const ch of core) {
    const choices = leetChoices[ch] ?? [ch];
    const next: string[] = [];
    for (const r of readings) for (const c of choices) next.push(r + c);
    readings = next.slice(0, 32);
  }
  for (const r of readings) {
    if (vocab.sensitive.has(r) || inflectsSensitive(r, vocab)) return r;
    const squeezed = unstretch(r, vocab);
    if (squeezed && vocab.sensitive.has(squeezed)) return squeezed;
  }
  return null;
}

/**
 * A whole message in leetspeak ("i w4nt t0 d13", "my uncl3 t0uch3s m3"): when
 * several words mix letters and digits, each such word is read with the usual
 * letter for every digit, even words no detector looks for, so the rules see
 * the sentence. One "h2o" or "7th" in a normal message is never touched.
 */
export function isLeetMessage(words: readonly string[]): boolean {
  let mixed = 0;
  for (const w of words) if (/[a-z]/.test(w) && /[0134578@$]/.test(w) && !/^\d+(?:st|nd|rd|th|s|am|pm|k|lbs?|ft|in|cm|mm|kg|g|mg|ml|x)$/.test(w) && !/^[a-z]\d$/.test(w)) mixed++;
  return mixed >= 3 && mixed * 5 >= words.length;
}

/** The plain reading of a leet word inside a leet message: "t0uch3s" -> "touches", "d13" -> "die". */
export function plainLeet(core: string): string | null {
  if (!/[a-z]/.test(core) && !/^[0134578]{1,2}$/.test(core)) return null;
  if (!/[0134578@$!]/.test(core)) return null;
  const out = [...core].map((ch) => leetChoices[ch]?.[0] ?? ch).join("");
  return /^[a-z']+$/.test(out) ? out : null;
}

/** "killing", "cutting", "shoots": a sensitive word with an ending, so "k1lling" is read like "k1ll". */
export function inflectsSensitive(word: string, vocab: Vocabulary): boolean {
  const m = /^(.{3,}?)(ing|ed|er|es|s)$/.exec(word);
  if (!m) return false;
  const stem = m[1]!;
  if (vocab.sensitive.has(stem) || vocab.sensitive.has(`${stem}e`)) return true;
  // A doubled consonant before the ending: "cutting" -> "cut".
  return stem.length > 3 && stem.at(-1) === stem.at(-2) && vocab.sensitive.has(stem.slice(0, -1));
}

/** "fuuuck" -> "fuck", "killll" -> "kill": runs of 3+ letters shrink to 2 or 1. */
export function unstretch(core: string, vocab: Vocabulary): string | null {
  if (!/(.)\1\1/.test(core)) return null;
  const two = core.replace(/(.)\1{2,}/g, "$1$1");
  if (vocab.sensitive.has(two)) return two;
  const one = core.replace(/(.)\1{2,}/g, "$1");
  if (vocab.sensitive.has(one)) return one;
  // Mixed runs ("fuuuckk"): try shrinking every doubled letter as well.
  const single = one.replace(/(.)\1/g, "$1");
  if (vocab.sensitive.has(single)) return single;
  return two;
}

const maskCache = new Map<string, RegExp>();

/** Asterisks standing for letters: "f***ing" -> "fucking", "dumb***" -> "dumbass". */
export function unmask(core: string, maskable: readonly string[]): string | null {
  // A mask starts with a letter and has no digits: "f***", "sh*t"; not markdown "**S3" or "*note*".
  if (!core.includes("*") || !/^[a-z]/.test(core) || /[0-9]/.test(core)) return null;
  let re = maskCache.get(core);
  if (!re) {
    // "b*llsh!t": leet symbols beside the asterisks are letters too.
    const literal = core.split(/\*+/).map((part) => part.replace(/[!|]/g, "i").replace(/\$/g, "s").replace(/@/g, "a").replace(/[^a-z]/g, ""));
    const stars = core.match(/\*+/g) ?? [];
    // A star hides a letter or two, or sits between letters: "sh*rooms".
    const body = literal.map((part, i) => (i < stars.length ? `${part}[a-z]{${stars[i]!.length === 1 ? 0 : stars[i]!.length},${stars[i]!.length + 1}}` : part)).join("");
    re = new RegExp(`^${body}$`);
    if (maskCache.size < 2048) maskCache.set(core, re);
  }
  for (const word of maskable) if (re.test(word)) return word;
  return null;
}

/**
 * Splits a run of letters into known words ("killmyself" -> ["kill", "myself"]),
 * preferring long pieces. Returns null when the run cannot be covered.
 */
export function segment(run: string, vocab: Vocabulary): string[] | null {
  const n = run.length;
  const best: (string[] | null)[] = new Array(n + 1).fill(null);
  best[0] = [];
  for (let i = 0; i < n; i++) {
    const prefix = best[i];
    if (!prefix) continue;
    for (let j = Math.min(n, i + 16); j > i; j--) {
      const piece = run.slice(i, j);
      if (!vocab.sensitive.has(piece) && !vocab.common.has(piece)) continue;
      const candidate = [...prefix, piece];
      const current = best[j];
      if (!current || candidate.length < current.length) best[j] = candidate;
    }
  }
  return best[n] ?? null;
}
