// Hashed features of one text for the safety classifier. They are read from
// the engine's normalized text (leetspeak, masks and spacing already undone,
// texting spellings respelled) so "k1ll mys3lf" and "kill myself" look alike:
// word uni- and bigrams, character 3–5-grams, the engine's context flags, and
// a few cues that generalize beyond exact wording (first person, a request
// for steps, future intent). Staff texts and model answers also get a copy of
// every feature under their own prefix, so the model can learn what differs
// for them without a separate, data-starved model.
import type { TextContext } from "../engine/context.ts";
import { classOf } from "./lexicon.ts";

/** Short texts are scaled as if they had this many features (see featurize). */
const minFeatures = 30;

/** Number of hash buckets: 2^18 keeps collisions rare for a few thousand short texts. */
export const featureBits = 18;
const mask = (1 << featureBits) - 1;

export type ProfileKind = "student" | "staff";

export interface FeatureVector {
  /** Distinct bucket indices, ascending. */
  index: Uint32Array;
  /** The value of every present feature (binary features scaled to unit length). */
  value: number;
  /** The text has a word of a risky class (harm, death, weapon, drug, sexual...): see `riskyClasses`. */
  risky: boolean;
  /** How many words the text has. */
  words: number;
}

/** Word classes without which a text is not worth an alarm from the classifier alone. */
export const riskyClasses: ReadonlySet<string> = new Set(["harm", "sexual", "death", "mood", "weapon", "drug", "group", "insult", "swear", "evade", "inject"]);

/** FNV-1a over a string, seeded per namespace so "w:cut" and a character gram "cut" differ. */
function fnv(text: string, seed: number): number {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

const seeds = { word: 1, bigram: 2, char: 3, cue: 4 } as const;

const firstPerson = new Set(["i", "im", "ive", "id", "ill", "me", "my", "myself", "mine", "imma", "ima"]);
const secondPerson = new Set(["you", "u", "your", "ur", "youre", "yourself"]);
const cues: Array<[string, RegExp]> = [
  ["howto", /\b(?:how (?:do|can|could|would|should|to|much|many|hard|long)|step by step|steps? (?:to|for)|best way|easiest way|ways? to|where (?:can|do|could) i|instructions|recipe|tutorial|teach me|show me how)\b/],
  ["buy", /\b(?:buy|get|order|find|score)\b[^.!?]{0,30}\b(?:online|without|near me|at school|from)\b/],
  ["future_i", /\b(?:i'?m|im|i am|i'?ll|ill|i will|imma|we'?re|were) (?:gonna|going to|about to|finna|bringing|bout to)\b|\b(?:i'?ll|i will|imma) \w+/],
  ["past_me", /\b(?:he|she|they|my \w+) (?:\w+ )?(?:me|my)\b/],
  ["write_req", /^(?:please |can you |could you |pls )?(?:write|make|create|draft|give me|generate|tell me|describe|roleplay|pretend|list|send)\b/],
  ["no_one", /\b(?:nobody|no one|no1|anyone|everyone|everybody)\b/],
  ["tonight", /\b(?:tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|this weekend|after school|next week)\b/],
];

export interface FeatureInput {
  ctx: TextContext;
  profile: ProfileKind;
}

/** Feature families, switchable for the ablations in the evaluation; the shipped model uses the defaults. */
export interface FeatureOptions {
  chars: boolean;
  lexicon: boolean;
  /** Read the engine's normalized text and context flags; false reads the lower-cased raw text (a leakage check: the engine was tuned on the same batches). */
  engineText: boolean;
}

export const defaultFeatureOptions: FeatureOptions = { chars: false, lexicon: true, engineText: true };

/** Distinct feature names' buckets for a text; cheap enough to run on every check. */
export function featurize({ ctx, profile }: FeatureInput, options: FeatureOptions = defaultFeatureOptions): FeatureVector {
  const text = ctx.n.text;
  const buckets = new Set<number>();
  const words = (text.match(/[a-z0-9']+/g) ?? []).map((w) => w.replace(/'/g, ""));
  const add = (h: number) => buckets.add(h & mask);

  const cue = (name: string) => add(fnv(name, seeds.cue));
  let prev = "^";
  let prevClass: string | undefined;
  let fp = 0;
  let sp = 0;
  const present = new Set<string>();
  for (const w of words) {
    add(fnv(w, seeds.word));
    add(fnv(`${prev} ${w}`, seeds.bigram));
    if (firstPerson.has(w)) fp++;
    if (secondPerson.has(w)) sp++;
    const cls = options.lexicon ? classOf(w) : undefined;
    if (cls) {
      present.add(cls);
      cue(`c:${cls}`);
      cue(`${prevClass ? `c:${prevClass}` : prev} c:${cls}`);
    }
    if (prevClass) cue(`c:${prevClass} ${w}`);
    prev = w;
    prevClass = cls;
  }
  if (words.length) add(fnv(`${prev} $`, seeds.bigram));

  if (options.chars) {
    const squeezed = ` ${words.join(" ")} `;
    for (let n = 3; n <= 5; n++) {
      for (let i = 0; i + n <= squeezed.length; i++) add(fnv(squeezed.slice(i, i + n), seeds.char + n));
    }
  }

  if (fp) cue(fp > 2 ? "fp:many" : "fp:some");
  if (sp) cue("sp");
  if (words[0] && firstPerson.has(words[0])) cue("fp:start");
  const roles: string[] = fp ? ["fp"] : [];
  for (const [name, pattern] of cues) {
    if (!pattern.test(text)) continue;
    cue(name);
    roles.push(name);
  }
  // Who does what: "i" + death words is a disclosure, "how do i" + weapon words a request.
  for (const role of roles) for (const cls of present) cue(`${role}&${cls}`);
  if (present.has("adult") && present.has("harm")) cue("adult&harm");
  if (present.has("adult") && present.has("sexual")) cue("adult&sexual");
  for (const flag of ctx.flags) cue(`ctx:${flag}`);
  if (text.includes("?")) cue("question");
  if (ctx.n.obfuscations.some((o) => o.sensitive && o.kind !== "stretch")) cue("obfuscated");
  if (ctx.n.quotes.length) cue("quoted");

  // Domain copies: every feature again for staff and for model answers.
  const base = [...buckets];
  const copy = (tag: number) => {
    for (const b of base) buckets.add((Math.imul(b ^ tag, 2654435761) >>> 0) & mask);
  };
  if (profile === "staff") copy(0x5a5a);
  if (ctx.direction === "output") copy(0x0f0f);

  const index = Uint32Array.from(buckets).sort();
  // Scaled to unit length, but never as if a text had fewer than `minFeatures`:
  // otherwise "no" or "idk" would put all their weight on two or three words.
  return { index, value: 1 / Math.sqrt(Math.max(index.length, minFeatures)), risky: [...present].some((c) => riskyClasses.has(c)), words: words.length };
}
