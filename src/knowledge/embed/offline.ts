// The offline embedding: feature hashing. Words, word pairs and the
// character 3- to 5-grams of each word are hashed into 384 signed buckets,
// weighted, and the vector is L2-normalized. It needs no model file and no
// network, is deterministic, and is good enough for retrieval to work on a
// fresh machine: shared words and shared word parts ("photosynthesis",
// "photosynthetic") bring texts together.
import { EMBEDDING_DIMENSIONS } from "./models.ts";

const STOPWORDS = new Set(
  ("a an and are as at be been but by can could did do does for from had has have he her his how i if in into is it its " +
    "of on or our she so than that the their them then there these they this those to was we were what when where which " +
    "who why will with would you your not no yes also about after before more most other some such only own same very")
    .split(" "),
);

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a over UTF-16 code units, 32-bit, continuing from `h` (so prefixes are hashed once). */
function fnv(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

const WORD = fnv(FNV_OFFSET, "w:");
const PAIR = fnv(FNV_OFFSET, "b:");
const GRAM = fnv(FNV_OFFSET, "c:");

function add(v: Float64Array, hash: number, weight: number): void {
  const h = hash >>> 0;
  // Low bits pick the bucket, the top bit the sign: collisions cancel instead of piling up.
  v[h % EMBEDDING_DIMENSIONS]! += h & 0x80000000 ? -weight : weight;
}

export function tokenize(text: string): string[] {
  return (
    text
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).filter((w) => !STOPWORDS.has(w));
}

export function hashEmbed(text: string): number[] {
  const v = new Float64Array(EMBEDDING_DIMENSIONS);
  const words = tokenize(text);
  // Features are "w:<word>", "b:<word> <next>" and "c:<n-gram of <word>>", hashed without building the strings.
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    add(v, fnv(WORD, w), 1);
    if (i + 1 < words.length) add(v, fnv(fnv(fnv(PAIR, w), " "), words[i + 1]!), 0.5);
    // Character 3- to 5-grams of "<word>" share one unit of weight per word, so long words do not dominate.
    const padded = `<${w}>`;
    const L = padded.length;
    const grams = Math.max(0, L - 2) + Math.max(0, L - 3) + Math.max(0, L - 4);
    for (let j = 0; j + 3 <= L; j++) {
      let h = fnv(GRAM, padded, j, j + 3);
      add(v, h, 1 / grams);
      for (let n = 4; n <= 5 && j + n <= L; n++) {
        h = fnv(h, padded, j + n - 1, j + n);
        add(v, h, 1 / grams);
      }
    }
  }
  // Dampen repeated terms (sublinear term frequency), keeping the sign.
  let norm = 0;
  for (let i = 0; i < v.length; i++) {
    v[i] = Math.sign(v[i]!) * Math.sqrt(Math.abs(v[i]!));
    norm += v[i]! * v[i]!;
  }
  norm = Math.sqrt(norm);
  return Array.from(v, (x) => (norm > 0 ? x / norm : 0));
}
