// A rule is a pattern over normalized text plus the context that changes its
// meaning. Detectors are lists of rules; `runRules` applies them and returns
// findings with offsets in the original text.
import { mentionedAsWords, negatedBefore } from "./context.ts";
import { isQuoted, originalRange } from "./normalize.ts";
import type { ContextFlag, TextContext } from "./context.ts";
import { requiredWords, satisfied, wordStems, type Requirement } from "./required-words.ts";
import type { Category, Direction, Finding, Level } from "./types.ts";

export interface RuleMatch {
  /** The matched normalized text. */
  text: string;
  start: number;
  end: number;
  groups: string[];
}

export interface Rule {
  /** Stable name, "category.what", shown to administrators and kept with incidents. */
  id: string;
  category: Category;
  level: Level;
  /** Matched against the normalized (lower-case, de-obfuscated) text; needs the `g` flag. */
  pattern: RegExp;
  /** Only for input or only for output; both when absent. */
  directions?: readonly Direction[];
  /** The rule does not apply when the text has any of these flags. */
  unless?: readonly ContextFlag[];
  /** The finding drops to `mild` when the text has any of these flags. */
  softenIf?: readonly ContextFlag[];
  /** What a match inside quotation marks means: the writer's own words ("keep"), a report ("soften"), or nothing ("drop"). */
  quoted?: "keep" | "soften" | "drop";
  /** "i would never ..." lowers a first-person rule to mild. */
  negatable?: boolean;
  /** Last word on a match: a level, or null to drop it. */
  refine?: (m: RuleMatch, ctx: TextContext, level: Level) => Level | null;
  /** Other categories the same passage belongs to. */
  also?: readonly Category[] | ((m: RuleMatch, ctx: TextContext) => readonly Category[]);
}

const maxMatchesPerRule = 3;

const stemsCache = new WeakMap<object, Set<string>>();

/** The stems of the text's words, computed once per text. */
function stemsOf(ctx: TextContext): Set<string> {
  let stems = stemsCache.get(ctx.n);
  if (!stems) {
    stems = wordStems(ctx.n.text);
    stemsCache.set(ctx.n, stems);
  }
  return stems;
}

const requirementCache = new WeakMap<Rule, Requirement>();

/** The words a text needs for the rule to match, read off its pattern (none: the rule always runs). */
export function requirementOf(rule: Rule): Requirement {
  let requirement = requirementCache.get(rule);
  if (!requirement) {
    requirement = requiredWords(rule.pattern);
    requirementCache.set(rule, requirement);
  }
  return requirement;
}

/**
 * For a list of rules: every clause of their requirements numbered, which
 * clauses each stem satisfies, and each rule's alternatives as runs of clause
 * numbers in one flat array (`alternatives[i]` is a run's length, followed by
 * its clause numbers; an empty list: the rule always runs).
 */
interface RuleIndex {
  byStem: Map<string, Int32Array>;
  rules: { rule: Rule; alternatives: Int32Array }[];
  /** Reused between calls: 1 for a clause the current text satisfies. */
  marked: Uint8Array;
}
const indexCache = new WeakMap<readonly Rule[], RuleIndex>();

function indexOf(rules: readonly Rule[]): RuleIndex {
  let index = indexCache.get(rules);
  if (index) return index;
  const byStem = new Map<string, number[]>();
  let clauseCount = 0;
  const entries = rules.map((rule) => {
    const flat: number[] = [];
    for (const clauses of requirementOf(rule)) {
      flat.push(clauses.length);
      for (const clause of clauses) {
        const id = clauseCount++;
        for (const stem of clause) {
          const ids = byStem.get(stem) ?? [];
          ids.push(id);
          byStem.set(stem, ids);
        }
        flat.push(id);
      }
    }
    return { rule, alternatives: Int32Array.from(flat) };
  });
  index = {
    byStem: new Map([...byStem].map(([stem, ids]) => [stem, Int32Array.from(ids)])),
    rules: entries,
    marked: new Uint8Array(clauseCount),
  };
  indexCache.set(rules, index);
  return index;
}

/**
 * The rules whose required words the text holds: each of the text's stems
 * marks the clauses it satisfies, then a rule wakes when every clause of one
 * of its alternatives is marked. Most rules are skipped without running their
 * pattern (src/safety/engine/required-words.ts). Plain loops over typed
 * arrays: this runs for every sentence of every answer.
 */
function wokenRules(rules: readonly Rule[], ctx: TextContext): Set<Rule> {
  const { byStem, rules: entries, marked } = indexOf(rules);
  const touched: Int32Array[] = [];
  for (const stem of stemsOf(ctx)) {
    const ids = byStem.get(stem);
    if (!ids) continue;
    touched.push(ids);
    for (let i = 0; i < ids.length; i++) marked[ids[i]!] = 1;
  }
  const woken = new Set<Rule>();
  for (const { rule, alternatives } of entries) {
    if (alternatives.length === 0 || anyAlternativeMarked(alternatives, marked)) woken.add(rule);
  }
  for (const ids of touched) for (let i = 0; i < ids.length; i++) marked[ids[i]!] = 0;
  return woken;
}

function anyAlternativeMarked(alternatives: Int32Array, marked: Uint8Array): boolean {
  let i = 0;
  while (i < alternatives.length) {
    const length = alternatives[i]!;
    let all = true;
    for (let j = 1; j <= length; j++) {
      if (marked[alternatives[i + j]!] !== 1) {
        all = false;
        break;
      }
    }
    if (all) return true;
    i += length + 1;
  }
  return false;
}

export function runRules(rules: readonly Rule[], ctx: TextContext, skipByWords = true): Finding[] {
  const findings: Finding[] = [];
  const text = ctx.n.text;
  const woken = skipByWords && rules.length > 8 ? wokenRules(rules, ctx) : null;
  for (const rule of rules) {
    if (rule.directions && !rule.directions.includes(ctx.direction)) continue;
    if (woken ? !woken.has(rule) : skipByWords && !satisfied(requirementOf(rule), stemsOf(ctx))) continue;
    if (rule.unless?.some((f) => ctx.flags.has(f))) continue;
    rule.pattern.lastIndex = 0;
    let count = 0;
    let m: RegExpExecArray | null;
    while (count < maxMatchesPerRule && (m = rule.pattern.exec(text)) !== null) {
      if (m[0].length === 0) {
        rule.pattern.lastIndex++;
        continue;
      }
      const match: RuleMatch = { text: m[0], start: m.index, end: m.index + m[0].length, groups: m.slice(1).map((g) => g ?? "") };
      const level = levelFor(rule, match, ctx);
      if (level === null) continue;
      count++;
      const [start, end] = originalRange(ctx.n, match.start, match.end);
      const also = typeof rule.also === "function" ? rule.also(match, ctx) : (rule.also ?? []);
      for (const category of [rule.category, ...also]) findings.push({ category, level, rule: rule.id, start, end, source: "local" });
    }
  }
  return findings;
}

/** "make a flyer for our 'trans kids are groomers' protest", "post this on the school's instagram: 'there will be a bomb...'": words in quotes that the writer wants printed or posted are the writer's own. */
function producedQuote(text: string, start: number): boolean {
  return /\b(?:flyer|poster|sign|banner|shirt|t-shirt|sticker|caption|chant|slogan|song|meme|post (?:this|it)|tweet|announcement|instagram)s?\b[^.!?]{0,40}$/.test(text.slice(Math.max(0, start - 60), start));
}

function levelFor(rule: Rule, m: RuleMatch, ctx: TextContext): Level | null {
  let level: Level = rule.level;
  if (rule.softenIf?.some((f) => ctx.flags.has(f))) level = "mild";
  // In a model's answer, quoted text is still text the model produced.
  // A match that begins inside quotation marks is the quoted person's words, even when its trailing context runs past the closing mark.
  if (ctx.direction === "input" && (isQuoted(ctx.n, m.start, m.end) || isQuoted(ctx.n, m.start, m.start + 1)) && !producedQuote(ctx.n.text, m.start)) {
    const quoted = rule.quoted ?? "soften";
    if (quoted === "drop") return null;
    if (quoted === "soften") level = "mild";
  }
  if (ctx.direction === "input" && mentionedAsWords(ctx.n, m.start, m.end)) return null;
  if (rule.negatable && negatedBefore(ctx.n.text, m.start)) level = "mild";
  return rule.refine ? rule.refine(m, ctx, level) : level;
}

/** Builds a case-insensitive global RegExp from a pattern with named fragments: `{me}` -> fragments.me. */
export function rx(source: string, fragments: Record<string, string> = {}): RegExp {
  const expanded = source.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const f = fragments[name] ?? sharedFragments[name];
    if (f === undefined) {
      if (/^\d+(,\d*)?$/.test(name)) return whole;
      throw new Error(`Unknown pattern fragment {${name}} in ${source}`);
    }
    return `(?:${f})`;
  });
  return new RegExp(expanded, "g");
}

/** Words within one sentence: `{w3}` allows up to three words in between. */
const words = (n: number) => `(?:[^\\s.!?]+\\s+){0,${n}}`;

export const sharedFragments: Record<string, string> = {
  w1: words(1),
  w2: words(2),
  w3: words(3),
  w4: words(4),
  w6: words(6),
  w8: words(8),
  w12: words(12),
  /** Up to four words that do not bring in another subject ("i'm scared HE is going to die" is not about me). */
  selfw4: "(?:(?!(?:he|she|they|it|we|you|u|someone|somebody|everyone|everybody|people|my|his|her|their|he'?s|she'?s|they'?re|hes|shes|theyre|he'?ll|she'?ll|grandpa|grandma|mom|dad)\\b)[^\\s.!?]+\\s+){0,4}",
  /** First person, with the apostrophe-less spellings students type. */
  i: "i|i'?m|im|i am|i'?ve|ive|i'?d|id|i'?ll|imma|ima",
  will: "gonna|gunna|going to|goin to|finna|will|'?ll|ll|about to|bout to|want to|wanna|plan to|planning to|need to|have to|gotta",
  /** Words that ask for steps or a method. */
  howto:
    "how (?:do|does|did|can|could|would|should|to|2|much|many)|how'?d|what'?s the (?:best|easiest|fastest|quickest|simplest|cheapest|safest|most \\w+) (?:way|method)|(?:best|easiest|fastest|quickest|simplest|cheapest|safest) (?:way|method)s?|ways? to|steps? (?:to|for)|step by step|instructions?(?: for| on| to)?|recipe|tutorial|guide (?:to|for|on)|teach me|show me|tell me how|explain how|walk me through|help me|tips? (?:for|on|to)|where (?:can|do|could|should|would) (?:i|u|you|we|someone|somebody|a (?:minor|kid|teen|teenager|student|person)|an? \\d+[- ]?(?:year|yr)[- ]?old)|where to|(?:what|which) (?:\\w+ ){0,3}(?:can|could|should|do|would) (?:i|you|u|we|someone|be) use(?:d)? to|(?:the )?(?:process|procedure|method|technique) (?:for|of|to)|here'?s how|here is how",
  /** A person as the object of a verb. */
  person:
    "(?:mr|mrs|ms|miss|mx|coach|dr)\\.? [a-z]+|every (?:single )?one of (?:them|you|u|y'?all|those \\w+)|all of (?:them|you|u|y'?all)|whoever|anyone|anybody|the next (?:person|kid|guy|girl|boy|one|idiot|teacher|student)|the (?:whole|entire) (?:\\w+ )?(?:grade|class|school|team|bus)|(?:the|those|these|all the) (?:kids|people|students|guys|girls|boys)|kids|him|her|them|you|u|ya|everyone|everybody|people|someone|somebody|a person|that (?:kid|guy|girl|boy|dude|teacher|bitch|bastard|loser)|this (?:kid|guy|girl|boy|dude)|the (?:new )?(?:kid|guy|girl|boy|teacher)|my (?:(?:little|lil|big|older|younger|baby|twin|annoying|stupid|dumb|step|step-|ex|so-called|former|math|science|english|history|bio|biology|chem|chemistry|physics|art|music|gym|pe|spanish|french|band|choir|homeroom|algebra|geometry|health|\\d+(?:st|nd|rd|th) period) ?)?(?:brother|sister|bro|sis|teacher|classmate|friend|mom|dad|stepdad|stepmom|stepbrother|stepsister|coach|principal|ex|neighbou?r|cousin|partner|lab partner|group partner|teammate|boyfriend|girlfriend|bf|gf|crush|boss|bus driver|sub|substitute|roommate|uncle|aunt)|(?:his|her) (?:friend|brother|sister|boyfriend|girlfriend)",
  school:
    "school|class|classroom|campus|cafeteria|lunchroom|gym|gymnasium|hallway|hall|assembly|library|bus|locker room|auditorium|recess|playground|monkey bars|bus stop|\\d+(?:st|nd|rd|th) floor|(?:first|second|third|top) floor|first period|homeroom|pep rally|graduation|prom|football game",
  weapon:
    "guns?|pistols?|rifles?|pocket ?knife|pocketknives|shotguns?|(?:12|16|20|410)[- ]?gauge|glock|ar-?15|ak-?47|firearms?|knife|knives|blade|box cutter|machete|brass knuckles|bat|bomb|bombs|pipe bomb|explosives?|grenades?|molotov|taser|switchblade|ammo|bullets|handguns?|revolvers?|9 ?mm|\\.22|\\.38|\\.45|40 cal|45 cal|blicky|glizzy|draco",
};
