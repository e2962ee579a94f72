// Profanity and slurs through the maintained `obscenity` word list. Its
// English set mixes swear words, slurs and clinical or sexual words; only the
// swear words are profanity here. Slurs are hate, and anatomy words ("penis",
// "sex") are left to the sexual rules so a health lesson is not profanity.
import { collapseDuplicatesTransformer, DataSet, englishDataset, englishRecommendedWhitelistMatcherTransformers, RegExpMatcher, toAsciiLowerCaseTransformer } from "obscenity";
import { mentionedAsWords, type TextContext } from "../context.ts";
import { isQuoted, originalRange } from "../normalize.ts";
import type { Finding } from "../types.ts";
import { crudeSexualWords } from "./sexual.ts";

type Meta = { originalWord: string };

const swearWords = new Set(["arse", "ass", "bastard", "bitch", "bollocks", "cock", "cunt", "dick", "fuck", "piss", "prick", "pussy", "shit", "slut", "twat", "wank", "whore", "turd", "jerk off"]);
const slurWords = new Set(["abo", "abeed", "africoon", "arabush", "boonga", "chingchong", "chink", "dyke", "fag", "kike", "nigger", "retard", "spastic", "tranny"]);

function matcherFor(words: ReadonlySet<string>): { matcher: RegExpMatcher; dataset: DataSet<Meta> } {
  const dataset = new DataSet<Meta>().addAll(englishDataset as DataSet<Meta>).removePhrasesIf((p) => !words.has(p.metadata?.originalWord ?? ""));
  // normalize.ts has already folded look-alikes, read leetspeak and shrunk stretched
  // words, so obscenity's own (costly) transformers for those are left out.
  const blacklistMatcherTransformers = [
    toAsciiLowerCaseTransformer(),
    collapseDuplicatesTransformer({ defaultThreshold: 1, customThresholds: new Map([["b", 2], ["e", 2], ["o", 2], ["l", 2], ["s", 2], ["g", 2]]) }),
  ];
  const matcher = new RegExpMatcher({ ...dataset.build(), blacklistMatcherTransformers, whitelistMatcherTransformers: englishRecommendedWhitelistMatcherTransformers });
  return { matcher, dataset };
}

// One matcher for the three lists (each matcher pass costs as much as the rest of the engine).
const listed = matcherFor(new Set([...swearWords, ...slurWords, ...crudeSexualWords]));

/** Swearing acronyms and compounds the word list leaves out. */
const acronyms = /\b(?:stfu|gtfo|wtf|mf|mfs|mfer|af(?= (?:lol|lmao+|lmfao|tho|rn|bro|man|ngl|fr)|[.!?,]|$)|damn|dammit|damnit|goddamn|god damn|(?:what|who|where|why|how) the hell|the hell (?:out|up|is|are)|hell (?:no|yeah|yes)|go to hell|fck\w*|fk|fuk\w*|fucc|fuq|phuck|phuk|sht|shyt|biatch|btch|azz|dumbass(?:es)?|jackass(?:es)?|(?<=(?:such|total|complete|pure|utter|so much|what|this is|that'?s|thats|is|some)\s(?:a\s)?)b\.s\b\.?|smartass|asshole?s?|asshats?|dipshit|effing|effin|f(?:-|')(?:ing|in|n)(?= |[.!?,]|$)|(?:why|what|who|how|where) the f(?= |$)|f (?:this|that|it|off|you|u|my life|school|this class)(?= |[.!?,]|$)|(?:gives?|give|giving) a f(?= about\b|[.!?,]|$)|bullshit|shithead|dickhead|motherfuck\w*|ffs|fml|omfg|(?:why|what|how|who|where) tf|screw (?:you|u|this|off|them|him|her)|(?:slow|boring|hot|cold|hard|long|annoying|ugly|stupid|dumb|tired|bored|hungry|late|loud|weird|lame|sus|mad|broke|busy|confusing|sketchy|scary|funny|cringe) as hell|(?<=(?:some|such|total|complete|pure|utter|this is|thats|that'?s|what|this)\s)bs(?= |[.!?,]|$))\b/g;

// Obscenity finds a swear word inside a longer word; it only counts when the rest of
// the word is a swearing prefix or ending ("bullshit", "fucking"), not "Dickinson".
const swearPrefix = "(?:bull|dumb|jack|smart|bad|horse|dip|mother|mutha|holy|chicken|cluster|lame|fat|big|dog|ass|dick|shit|bat|ape|wise|god|half|piss)?";
const swearSuffix = "(?:s|es|ed|er|ers|ing|in|y|ty|tard|head|heads|hole|holes|face|bag|bags|wad|load|show|storm|stain|ass|off|ish|sake|fest|lord|ier|iest|ter|t|z)?";

/** The whole word around a match found inside it. */
function wordAround(text: string, start: number, end: number): string {
  let a = start;
  let b = end;
  while (a > 0 && /[a-z]/.test(text[a - 1]!)) a--;
  while (b < text.length && /[a-z]/.test(text[b]!)) b++;
  return text.slice(a, b);
}

function wholeSwearWord(text: string, start: number, end: number, root: string): boolean {
  const word = wordAround(text, start, end).replace(/(.)\1+/g, "$1");
  const stem = root.replace(/(.)\1+/g, "$1");
  return new RegExp(`^${swearPrefix}${stem}${swearSuffix}$`).test(word);
}

/** Names and words that contain a swear word by accident ("Dick" Tracy, "cocktail" is whitelisted upstream). */
const innocentContext = /\b(?:moby dick|dick (?:tracy|cheney|van dyke|grayson)|philip k\.? dick|pussy ?(?:cat|willow)|cock(?:-a-doodle| a doodle)|peacock|woodcock|shuttlecock|weathercock|cocker spaniel|ass(?:es)? and (?:mules|donkeys)|a wild ass|jackass penguin|hancock|dead ?ass)\b/;

/** Words that hold a slur's letters and mean something else: "retardar" is Spanish for "to delay", "flame retardant" protects. */
const innocentHost = /^retard(?:ar|ando|o|ante|ant|ants)$/;

/** "called me a b****", "told the driver to go f*** himself", "screamed f*** you at the sub": someone else's words, reported. */
const reportedBefore = /\b(?:being|been|was|were|is|got|gets|get) called (?:a |an )?(?:\w+ )?$|\b(?:called|calls|calling|call) (?:me|him|her|them|us|you|(?:the|a|his|her|their|my|our|another) \w+(?: \w+)?) (?:a |an )?(?:\w+ )?$|\b(?:told|tells|telling) (?:me|him|her|them|us|(?:the|a|his|her|their|my|our|another) \w+(?: \w+)?) to (?:go )?(?:\w+ )?$|\b(?:said|says|saying|yelled|yells|yelling|screamed|screams|screaming|shouted|shouts|typed|types|wrote|writes|mouthed|muttered|whispered|texted|posted)\s*:?\s*$/;

/**
 * Swearing is a flag for a student whoever's words they are; for staff only
 * their own swearing is ("this f***ing copier jammed again"): a referral that
 * quotes what a student said ("called the sub a b****") is the job. So the
 * writer's own swearing is "harmful", quoted or reported swearing "mild", and
 * each profile decides (src/safety/engine/profiles.ts).
 */
export function detectProfanity(ctx: TextContext): Finding[] {
  const text = ctx.n.text;
  const findings: Finding[] = [];
  const push = (category: Finding["category"], rule: string, start: number, end: number) => {
    const [s, e] = originalRange(ctx.n, start, end);
    const reported = isQuoted(ctx.n, start, end) || reportedBefore.test(text.slice(Math.max(0, start - 50), start));
    const level = category === "profanity" && !reported ? "harmful" : "mild";
    findings.push({ category, level, rule, start: s, end: e, source: "local" });
  };
  const innocent = innocentContext.test(text);
  for (const m of listed.matcher.getAllMatches(text, true).slice(0, 8)) {
    const word = listed.dataset.getPayloadWithPhraseMetadata(m).phraseMetadata?.originalWord ?? "";
    const [start, end] = [m.startIndex, m.endIndex + 1];
    // "is 'retarded' a bad word in english?": a word asked about is mentioned, not used.
    if (ctx.direction === "input" && mentionedAsWords(ctx.n, start, end)) continue;
    if (slurWords.has(word)) {
      if (!innocentHost.test(wordAround(text, start, end))) push("hate", "hate.slur", start, end);
    }
    // "every one of them a gangbanger": a gang member, not the sexual word inside it.
    else if (crudeSexualWords.has(word)) {
      if (!/^gang ?bangers?$/.test(wordAround(text, start, end))) push("sexual", "sexual.crude_word", start, end);
    }
    else if (!innocent && wholeSwearWord(text, start, end, word)) push("profanity", "profanity.swearing", start, end);
  }
  acronyms.lastIndex = 0;
  const acronym = acronyms.exec(text);
  if (acronym) push("profanity", "profanity.acronym", acronym.index, acronym.index + acronym[0].length);
  // "shut the f up": the letter stands for the word.
  const fUp = /\bshut the f(?:\*+|k|ck)? up\b/.exec(text);
  if (fUp) push("profanity", "profanity.initial", fUp.index, fUp.index + fUp[0].length);
  // The middle finger says the word without typing it.
  const finger = text.indexOf("\u{1F595}");
  if (finger >= 0) push("profanity", "profanity.gesture", finger, finger + 2);
  return findings;
}

/** Spellings the de-obfuscation step may recover, so "f***ing" or "dumb***" resolve to a word. */
export const profanityVocabulary = [
  "fuck", "fucking", "fucked", "fucker", "fuckin", "motherfucker", "shit", "shitty", "bullshit", "bitch", "bitches", "bitchy",
  "ass", "asshole", "dumbass", "jackass", "badass", "bastard", "damn", "dick", "dickhead", "cunt", "piss", "pissed", "prick",
  "pussy", "slut", "whore", "twat", "wanker", "crap", "stfu", "wtf", "hell", "cock", "bitchass",
  "motherfucking", "motherfuckin", "asshat", "asshats", "dipshit", "shithead", "goddamn", "dogshit", "horseshit", "batshit", "apeshit", "assholes", "shits",
];
