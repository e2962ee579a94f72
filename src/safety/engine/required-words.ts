// Which words a text must contain for a rule's pattern to match it, read off
// the pattern itself. Most rules are long alternations that a bland sentence
// can never match; running every one of them on every sentence of every
// answer was the largest part of the engine's time. A pattern's requirement
// is, for each of its top-level alternatives, a few clauses, each a set of word
// stems (a word's first four letters, as `wordStems` computes them): every
// match lies in a text that holds, for each clause of some alternative, a word
// with one of its stems. Only what is certain is derived; where the pattern
// leaves a word open (`\w+`, `[^.]{0,40}`, a word cut short), that part gives
// no clause, and a pattern with no clause at all always runs.
//
// The alphabet is the one the engine's normalized text uses: `\b` in a
// pattern sits between [a-z0-9_] and anything else, while a text's words are
// runs of [a-z0-9'], so `wordStems` also counts each part between apostrophes
// ("don't" gives "don'", "dont", "don" and "t"), and a pattern's "_" is never
// read as part of a word. The pattern is read as a tree by pattern-tree.ts.
import { parsePattern, type PatternNode } from "./pattern-tree.ts";

/** A set of word stems: a text satisfies it with a word that has one of them. */
export type Clause = ReadonlySet<string>;

/**
 * What a match needs, as alternatives (one per top-level branch of the
 * pattern), each a list of clauses that must all be satisfied. No alternative
 * at all means the pattern may match any text.
 */
export type Requirement = ReadonlyArray<ReadonlyArray<Clause>>;

/** The stems a text offers: each word's first four characters, with and without apostrophes, and of each part between them. */
export function wordStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const word of text.match(/[a-z0-9']+/g) ?? []) {
    stems.add(word.slice(0, 4));
    if (!word.includes("'")) continue;
    stems.add(word.replace(/'/g, "").slice(0, 4));
    for (const part of word.split("'")) if (part) stems.add(part.slice(0, 4));
  }
  return stems;
}

/** True when the stems satisfy every clause of some alternative (or the requirement is empty). */
export function satisfied(requirement: Requirement, stems: ReadonlySet<string>): boolean {
  if (!requirement.length) return true;
  for (const clauses of requirement) {
    let all = true;
    for (const clause of clauses) {
      if (!hasAny(clause, stems)) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

/** Whether the two sets share a stem; walks the smaller (a clause may name a hundred words, a sentence has twenty). */
function hasAny(clause: Clause, stems: ReadonlySet<string>): boolean {
  const [small, large] = clause.size <= stems.size ? [clause, stems] : [stems, clause];
  for (const stem of small) if (large.has(stem)) return true;
  return false;
}

/** Per top-level branch of `pattern`, up to `maxClauses` of its most selective clauses; empty when some branch has none. */
export function requiredWords(pattern: RegExp, maxClauses = 3): Requirement {
  let tree: PatternNode[][];
  try {
    tree = parsePattern(pattern.source);
  } catch {
    return [];
  }
  const alternatives: Clause[][] = [];
  for (const branch of topBranches(tree)) {
    const clauses: Set<string>[] = [];
    clausesOf(branch, null, false, clauses);
    // Even a clause of common words filters something when it joins others (a text needs all of them).
    const best = dedupe(clauses)
      .sort((a, b) => cost(a) - cost(b))
      .slice(0, maxClauses);
    if (!best.length) return [];
    alternatives.push(best);
  }
  return alternatives;
}

/** The pattern's alternatives, looking through a group that is all there is ("\\b(?:a|b)\\b" has two). */
function topBranches(tree: PatternNode[][]): PatternNode[][] {
  if (tree.length !== 1) return tree;
  const items = tree[0]!;
  const groups = items.filter((n) => n.type !== "assert");
  const only = groups[0];
  if (groups.length !== 1 || only?.type !== "group" || only.look || only.branches.length < 2) return tree;
  const index = items.indexOf(only);
  // The asserts around the group stay with each branch.
  return only.branches.map((branch) => [...items.slice(0, index), { type: "group", branches: [branch] } as PatternNode, ...items.slice(index + 1)]);
}

// ---------------------------------------------------------------- the words

/** The rest of a pattern after some position: items from index `i`, then what follows the enclosing group. */
interface Cont {
  items: readonly PatternNode[];
  i: number;
  next: Cont | null;
}

function pop(cont: Cont | null): [PatternNode | undefined, Cont | null] {
  while (cont && cont.i >= cont.items.length) cont = cont.next;
  if (!cont) return [undefined, null];
  return [cont.items[cont.i], { items: cont.items, i: cont.i + 1, next: cont.next }];
}

const push = (items: readonly PatternNode[], next: Cont | null): Cont => ({ items, i: 0, next });

/**
 * The stems of the word that starts here, on every path the pattern can take,
 * into `out`; false when some path leaves the word's first four characters open.
 */
function stemsFrom(cont: Cont | null, prefix: string, out: Set<string>, budget: { left: number }): boolean {
  if (prefix.length >= 4) {
    out.add(prefix.slice(0, 4));
    return true;
  }
  if (--budget.left < 0) return false;
  const [node, rest] = pop(cont);
  // The pattern ends and the text may go on with more letters.
  if (!node) return false;
  switch (node.type) {
    case "char":
      if (node.kind === "unknown") return false;
      if (node.kind === "separator") return ended(prefix, out);
      return (node as { chars: string[] }).chars.every((c) => stemsFrom(rest, prefix + c, out, budget));
    case "assert":
      if (node.kind === "b" || node.kind === "$") return prefix ? ended(prefix, out) : node.kind === "b" && stemsFrom(rest, prefix, out, budget);
      if (node.kind === "^") return !prefix && stemsFrom(rest, prefix, out, budget);
      return !!prefix && stemsFrom(rest, prefix, out, budget);
    case "group":
      if (node.look) return stemsFrom(rest, prefix, out, budget);
      return node.branches.every((branch) => stemsFrom(push(branch, rest), prefix, out, budget));
    case "quant": {
      if (node.max <= 0) return stemsFrom(rest, prefix, out, budget);
      const again: PatternNode = { type: "quant", body: node.body, min: Math.max(0, node.min - 1), max: node.max - 1 };
      const once = stemsFrom(push([node.body, again], rest), prefix, out, budget);
      return once && (node.min > 0 || stemsFrom(rest, prefix, out, budget));
    }
    case "backref":
      return false;
  }
}

/** A word that ends after `prefix`: its stem, if it has begun. */
function ended(prefix: string, out: Set<string>): boolean {
  if (!prefix) return false;
  out.add(prefix);
  return true;
}

/** Whether the position after `node` is the start of a word whenever a word character follows. */
function wordStartAfter(node: PatternNode, before: boolean): boolean {
  switch (node.type) {
    case "char":
      return node.kind === "separator";
    case "assert":
      return node.kind === "b" || node.kind === "^";
    case "group":
      if (node.look) return before;
      return node.branches.every((branch) => branch.reduce((ws, item) => wordStartAfter(item, ws), before));
    case "quant": {
      if (node.max <= 0) return before;
      const once = wordStartAfter(node.body, before);
      const twice = wordStartAfter(node.body, once);
      return (node.min > 0 || before) && once && (node.max === 1 || twice);
    }
    case "backref":
      return false;
  }
}

/** Every clause that a match of `items` (followed by `after`) satisfies, into `out`. */
function clausesOf(items: readonly PatternNode[], after: Cont | null, atWordStart: boolean, out: Set<string>[]): void {
  let wordStart = atWordStart;
  items.forEach((node, i) => {
    const here: Cont = { items, i, next: after };
    const rest: Cont = { items, i: i + 1, next: after };
    if (wordStart) {
      const stems = new Set<string>();
      if (stemsFrom(here, "", stems, { left: 3000 }) && stems.size) out.push(stems);
    }
    // A group that must occur (once at least, for a quantified one) brings its own clauses.
    const group = node.type === "quant" && node.min > 0 ? node.body : node;
    if (group.type === "group" && group.look !== "negative") {
      const next = group === node ? rest : push([{ type: "quant", body: group, min: (node as { min: number }).min - 1, max: (node as { max: number }).max - 1 }], rest);
      const perBranch = group.branches.map((branch) => {
        const found: Set<string>[] = [];
        clausesOf(branch, group.look === "ahead" ? null : next, group.look === "behind" ? false : wordStart, found);
        return found;
      });
      const spelled = group.look ? undefined : wordsOfFiniteGroup(group, next, wordStart);
      if (spelled) out.push(spelled);
      if (perBranch.length === 1) out.push(...perBranch[0]!);
      else {
        // Any branch may be the one that matched: one clause, the union of each branch's most selective one.
        const best = perBranch.map(cheapest);
        if (best.every((b) => b !== undefined)) out.push(new Set(best.flatMap((b) => [...b!])));
      }
    }
    wordStart = wordStartAfter(node, wordStart);
  });
}

/**
 * A group with few spellings ("(?:my ?self|myself)") read whole: for each
 * spelling, its most selective word; the clause is their union. This finds
 * "self" in "my self", which no single position of the pattern guarantees.
 */
function wordsOfFiniteGroup(group: PatternNode, after: Cont | null, wordStart: boolean): Set<string> | undefined {
  const spellings = spell([group], maxSpellings);
  if (!spellings) return undefined;
  const clause = new Set<string>();
  for (const spelling of spellings) {
    const words = spelling.split(" ");
    const candidates: Set<string>[] = [];
    words.forEach((word, i) => {
      if (!word) return;
      const first = i === 0;
      const last = i === words.length - 1;
      if (first && !wordStart) return;
      if (!last || word.length >= 4) candidates.push(new Set([word.slice(0, 4)]));
      else {
        // The spelling ends inside a word: the pattern after the group says how it goes on.
        const stems = new Set<string>();
        if (stemsFrom(after, word, stems, { left: 3000 })) candidates.push(stems);
      }
    });
    const best = cheapest(candidates);
    if (!best) return undefined;
    best.forEach((stem) => clause.add(stem));
  }
  return clause.size ? clause : undefined;
}

const maxSpellings = 4096;

/** Every string `items` can match (a separator spelled " "), or undefined when there are too many or a part is open. */
function spell(items: readonly PatternNode[], cap: number): string[] | undefined {
  let out = [""];
  for (const node of items) {
    const parts = spellNode(node, cap);
    if (!parts) return undefined;
    const next: string[] = [];
    for (const a of out) for (const b of parts) next.push(a + b);
    if (next.length > cap) return undefined;
    out = next;
  }
  return out;
}

function spellNode(node: PatternNode, cap: number): string[] | undefined {
  switch (node.type) {
    case "char":
      return node.kind === "word" ? node.chars : node.kind === "separator" ? [" "] : undefined;
    case "assert":
      return [""];
    case "group": {
      if (node.look) return [""];
      const out: string[] = [];
      for (const branch of node.branches) {
        const s = spell(branch, cap);
        if (!s || out.length + s.length > cap) return undefined;
        out.push(...s);
      }
      return out;
    }
    case "quant": {
      if (!Number.isFinite(node.max) || node.max > 3) return undefined;
      const body = spellNode(node.body, cap);
      if (!body) return undefined;
      let out: string[] = [];
      for (let n = node.min; n <= node.max; n++) {
        const reps = spell(Array.from({ length: n }, () => node.body), cap);
        if (!reps || out.length + reps.length > cap) return undefined;
        out.push(...reps);
      }
      return out;
    }
    case "backref":
      return undefined;
  }
}

// ---------------------------------------------------------------- choosing

/** Words so frequent that a clause naming one of them filters nothing out. */
const frequentWords =
  "a about after again all also am an and any are as at be because been before being but by can could did do does doing don't down each even every for from get go going good got had has have he her here him his how i i'm if in into is it it's just know like make me more most much my no not now of off on one only or other our out over people really said say see she should so some something still such take than that the their them then there these they thing think this those through time to too up us very want was way we well were what when where which who why will with would you your u ur im lol yeah ok okay gonna wanna";
const frequentStems = new Set(frequentWords.split(" ").flatMap((w) => [w.slice(0, 4), w.replace(/'/g, "").slice(0, 4)]));
/** The cost at which a clause is no filter at all. */
const common = 50;

function cost(clause: ReadonlySet<string>): number {
  let total = 0;
  for (const stem of clause) total += frequentStems.has(stem) || stem.length < 2 ? common : 0.2;
  return total;
}

function cheapest(clauses: Set<string>[]): Set<string> | undefined {
  let best: Set<string> | undefined;
  for (const c of clauses) if (!best || cost(c) < cost(best)) best = c;
  return best;
}

function dedupe(clauses: Set<string>[]): Set<string>[] {
  const seen = new Set<string>();
  return clauses.filter((c) => {
    const key = [...c].sort().join(" ");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
