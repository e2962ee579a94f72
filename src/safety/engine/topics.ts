// Administrator-defined policy on top of the built-in rules: custom terms
// (word-boundary matches after de-obfuscation) and blocked topics described
// by a few example requests, matched by overlap of normalized word n-grams.
import type { TextContext } from "./context.ts";
import { originalRange } from "./normalize.ts";
import type { BlockedTopic, CustomTerm } from "./profiles.ts";
import type { Finding } from "./types.ts";

const stopwords = new Set(
  "a an the and or but if of to in on at for with about from by as is are was were be been am do does did have has had i me my you your u ur we our they them their he him his she her it its this that these those what which who how why when where can could would should will just so very really please pls can't cant dont don't im i'm some any there here than then also too".split(" "),
);

export function contentWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9'\s]/g, " ")
    .split(/\s+/)
    .map((w) => w.replace(/'/g, ""))
    .filter((w) => w.length > 1 && !stopwords.has(w))
    .map(stem);
}

/** A light stemmer: enough that "making" meets "make" and "bombs" meets "bomb". */
function stem(w: string): string {
  if (w.length > 5 && w.endsWith("ing")) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith("ed")) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.slice(0, -1);
  return w;
}

export function ngrams(words: string[]): { unigrams: Set<string>; bigrams: Set<string> } {
  const bigrams = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) bigrams.add(`${words[i]} ${words[i + 1]}`);
  return { unigrams: new Set(words), bigrams };
}

/** How much of `example` the text contains, 0..1; bigrams weigh double so word order counts. */
export function containment(example: ReturnType<typeof ngrams>, text: ReturnType<typeof ngrams>): number {
  let hit = 0;
  let total = 0;
  for (const u of example.unigrams) {
    total += 1;
    if (text.unigrams.has(u)) hit += 1;
  }
  for (const b of example.bigrams) {
    total += 2;
    if (text.bigrams.has(b)) hit += 2;
  }
  return total === 0 ? 0 : hit / total;
}

const exampleCache = new WeakMap<BlockedTopic, ReturnType<typeof ngrams>[]>();

export function matchTopics(topics: readonly BlockedTopic[], ctx: TextContext): Finding[] {
  if (topics.length === 0) return [];
  const text = ngrams(contentWords(ctx.n.text));
  const findings: Finding[] = [];
  for (const topic of topics) {
    let grams = exampleCache.get(topic);
    if (!grams) {
      grams = topic.examples.map((e) => ngrams(contentWords(e))).filter((g) => g.unigrams.size > 0);
      exampleCache.set(topic, grams);
    }
    const best = Math.max(0, ...grams.map((g) => containment(g, text)));
    if (best >= (topic.threshold ?? 0.6)) {
      findings.push({ category: topic.category, level: topic.level, rule: `topic.${topic.id}`, start: 0, end: ctx.n.original.length, source: "local" });
    }
  }
  return findings;
}

const termCache = new WeakMap<CustomTerm, RegExp>();

export function matchCustomTerms(terms: readonly CustomTerm[], ctx: TextContext): Finding[] {
  const findings: Finding[] = [];
  for (const term of terms) {
    let re = termCache.get(term);
    if (!re) {
      const words = term.term.toLowerCase().trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
      re = new RegExp(`(?<![a-z0-9])${words.join("[\\s\\-_.]*")}(?![a-z0-9])`);
      termCache.set(term, re);
    }
    const m = re.exec(ctx.n.text);
    if (m) {
      const [start, end] = originalRange(ctx.n, m.index, m.index + m[0].length);
      findings.push({ category: term.category, level: term.level, rule: `custom_term.${term.term.toLowerCase()}`, start, end, source: "local" });
    }
  }
  return findings;
}
