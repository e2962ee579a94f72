// The upstream model's answer for the streaming benchmark: plain classroom
// prose, one word per token with the leading space a real tokenizer keeps
// (" water"), and punctuation only where a sentence really ends. The words
// are bland on purpose, so the safety check passes every sentence and the
// benchmark measures the streaming path, not a refusal.
const words = (
  "water light plants sun energy leaves roots soil air carbon cells sugar growth season river cloud rain ocean heat " +
  "layer rock mountain valley forest animal habitat food chain history city trade road language culture music number " +
  "fraction shape angle line pattern story chapter author poem letter sound rhythm color paint map compass north south " +
  "east west island coast desert climate weather wind storm planet moon star orbit gravity motion force speed bridge " +
  "machine wheel lever tool garden seed flower fruit bread milk table chair window school class teacher student lesson " +
  "question answer idea reason example picture model group team project notebook pencil paper library museum farm " +
  "market village family friend neighbor morning evening summer winter spring autumn year month week day hour minute"
).split(" ");
const glue = "the a of and to in is that it for on with as are this by from at can each many most some every".split(" ");

/** A small deterministic generator (mulberry32), so an answer is the same for the same seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** `count` tokens forming sentences of 8 to 18 words; the last token ends a sentence. */
export function answerTokens(seed: number, count: number): string[] {
  const next = random(seed);
  const pick = (list: string[]) => list[Math.floor(next() * list.length)]!;
  const tokens: string[] = [];
  while (tokens.length < count) {
    const left = count - tokens.length;
    let length = 8 + Math.floor(next() * 11);
    // Never leave a stub sentence at the end.
    if (left - length < 8) length = left;
    for (let i = 0; i < length; i++) {
      let word = i % 3 === 1 ? pick(glue) : pick(words);
      if (i === 0) word = word[0]!.toUpperCase() + word.slice(1);
      if (i === length - 1) word += next() < 0.85 ? "." : "?";
      tokens.push(tokens.length === 0 ? word : ` ${word}`);
    }
  }
  return tokens;
}
