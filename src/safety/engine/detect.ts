// Runs every local detector over one text and returns raw findings. The
// profile's own terms and topics join the built-in rules here; the profile's
// actions are applied later, in decide.ts.
import { classifierFindings } from "../classifier/stage.ts";
import { firstNames } from "../pii/names-data.ts";
import { contextOf, type TextContext } from "./context.ts";
import { abuseRules, abuseVocabulary } from "./detectors/abuse.ts";
import { abuseIndirectRules } from "./detectors/abuse-indirect.ts";
import { answerSignalRules } from "./detectors/answer-signals.ts";
import { abuseSignalRules } from "./detectors/abuse-signals.ts";
import { drugRules, drugVocabulary } from "./detectors/drugs.ts";
import { harassmentRules, harassmentVocabulary } from "./detectors/harassment.ts";
import { hateRules, hateVocabulary } from "./detectors/hate.ts";
import { filterEvasionRules, manipulationVocabulary, promptInjectionRules } from "./detectors/manipulation.ts";
import { detectProfanity, profanityVocabulary } from "./detectors/profanity.ts";
import { selfHarmRules, selfHarmVocabulary } from "./detectors/self-harm.ts";
import { selfHarmIndirectRules } from "./detectors/self-harm-indirect.ts";
import { plainDisclosureRules } from "./detectors/plain-disclosures.ts";
import { plainRequestRules } from "./detectors/plain-requests.ts";
import { harmfulAnswerRules } from "./detectors/harmful-answers.ts";
import { sexualExploitationRules } from "./detectors/sexual-exploitation.ts";
import { groupHateRules } from "./detectors/group-hate.ts";
import { otherLanguageRules } from "./detectors/other-languages.ts";
import { pretextRules } from "./detectors/pretexts.ts";
import { selfHarmPreparationRules } from "./detectors/self-harm-preparations.ts";
import { selfHarmSignalRules } from "./detectors/self-harm-signals.ts";
import { sexualRules, sexualVocabulary } from "./detectors/sexual.ts";
import { threatSignalRules } from "./detectors/threat-signals.ts";
import { threatCompanions, threatRules, threatVocabulary } from "./detectors/threat.ts";
import { violenceRules, violenceVocabulary } from "./detectors/violence.ts";
import { weaponsRules, weaponsVocabulary } from "./detectors/weapons.ts";
import { normalize, originalRange } from "./normalize.ts";
import type { Profile } from "./profiles.ts";
import { runRules, type Rule } from "./rules.ts";
import { matchCustomTerms, matchTopics } from "./topics.ts";
import type { Direction, Finding } from "./types.ts";
import type { Vocabulary } from "./words.ts";

export const builtInRules: readonly Rule[] = [
  ...selfHarmRules,
  ...selfHarmIndirectRules,
  ...selfHarmSignalRules,
  ...selfHarmPreparationRules,
  ...pretextRules,
  ...abuseRules,
  ...abuseIndirectRules,
  ...abuseSignalRules,
  ...threatRules,
  ...threatSignalRules,
  ...violenceRules,
  ...weaponsRules,
  ...sexualRules,
  ...drugRules,
  ...hateRules,
  ...harassmentRules,
  ...promptInjectionRules,
  ...filterEvasionRules,
  ...answerSignalRules,
  ...plainDisclosureRules,
  ...plainRequestRules,
  ...harmfulAnswerRules,
  ...sexualExploitationRules,
  ...groupHateRules,
  ...otherLanguageRules,
];

const builtInSensitive = [
  ...selfHarmVocabulary,
  ...abuseVocabulary,
  ...threatVocabulary,
  ...violenceVocabulary,
  ...weaponsVocabulary,
  ...sexualVocabulary,
  ...drugVocabulary,
  ...hateVocabulary,
  ...harassmentVocabulary,
  ...manipulationVocabulary,
  ...profanityVocabulary,
  "yourself", "kys", "die", "pipe", "nazi", "hitler", "suicide", "gun", "shoot", "school",
  // Verbs of a request, so "h0w do i m@ke" is read too.
  "how", "make", "build", "buy", "get", "take", "sell", "smoke", "hurt", "cut", "steps",
  // Short words of the question itself, so "h0w d0 i m4ke" reads as "how do i make".
  "do", "does", "can", "you", "your", "to", "where", "what", "the", "for", "with", "at", "home", "school", "want", "need", "pills", "high",
];

/** Short ordinary words that spaced-out phrases are split into ("k i l l m y s e l f"). */
const commonWords = new Set("a i im my me you your yourself myself self to the and go kill all of in on at it is be so up".split(" "));

const vocabularyCache = new WeakMap<Profile, { vocab: Vocabulary; maskable: string[] }>();

function vocabularyFor(profile: Profile): { vocab: Vocabulary; maskable: string[] } {
  const cached = vocabularyCache.get(profile);
  if (cached) return cached;
  const custom = profile.customTerms.flatMap((t) => t.term.toLowerCase().split(/\s+/)).filter((w) => w.length > 2);
  const sensitive = new Set([...builtInSensitive, ...custom]);
  // Masked spellings resolve to swear words first: "f***" is far more often "fuck" than "fork".
  const maskable = [...profanityVocabulary, ...[...sensitive].filter((w) => !profanityVocabulary.includes(w))];
  const entry = { vocab: { sensitive, common: commonWords }, maskable };
  vocabularyCache.set(profile, entry);
  return entry;
}

export interface Detection {
  findings: Finding[];
  ctx: TextContext;
}

export interface DetectOptions {
  /** Run the statistical classifier stage after the rules (default true); off for measuring the rules alone. */
  classifier?: boolean;
}

/** The normalized text and its context flags, as every detector reads them. */
export function readText(text: string, direction: Direction, profile: Profile, previous?: string): TextContext {
  const { vocab, maskable } = vocabularyFor(profile);
  const n = normalize(text, vocab, maskable);
  let ctx = contextOf(n, direction, firstNames);
  if (previous) {
    // Earlier turns frame this one ("I'm writing a lesson on ..."), but only their flags carry over.
    const before = contextOf(normalize(previous, vocab, maskable), direction, firstNames);
    ctx = { ...ctx, flags: new Set([...ctx.flags, ...[...before.flags].filter((f) => f === "educational" || f === "professional" || f === "fiction")]) };
  }
  return ctx;
}

export function detect(text: string, direction: Direction, profile: Profile, previous?: string, options: DetectOptions = {}): Detection {
  const ctx = readText(text, direction, profile, previous);
  const findings = [
    ...runRules(builtInRules, ctx),
    // Only a frame (schoolwork, a story, a profession) can hide an aside; without one the whole reading already saw it.
    ...(previous || !framed(ctx) ? [] : asideFindings(text, direction, profile)),
    ...detectProfanity(ctx),
    ...matchCustomTerms(profile.customTerms, ctx),
    ...matchTopics(profile.blockedTopics, ctx),
  ];
  const ruled = tidy([...findings, ...evasionByObfuscation(findings, ctx)]);
  // Fresh wording the rules never saw: the classifier may speak where the rules allow (see src/safety/classifier/stage.ts).
  const learned = options.classifier === false ? [] : classifierFindings(ctx, profile, ruled);
  return { findings: threatenedOthers([...ruled, ...learned], ctx), ctx };
}

// "can u help me finish my book report? also dont come to the pep rally friday":
// a homework request often carries the message that matters as an aside. The
// aside is read again on its own, so the book report around it does not make
// it schoolwork or fiction.
const asideMarker = /(?:^|[.!?\n]\s*|,\s*|\s)(?:also|btw|by the way|ps|p\.s\.|oh and|side note|unrelated(?: but)?|real talk|random question but|idk who else to tell(?: but)?|i need to tell someone)\b[,:.]?\s+/gi;

const framed = (ctx: TextContext): boolean => ctx.flags.has("educational") || ctx.flags.has("fiction") || ctx.flags.has("professional") || ctx.flags.has("analysis");

function asideFindings(text: string, direction: Direction, profile: Profile): Finding[] {
  const out: Finding[] = [];
  asideMarker.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = asideMarker.exec(text)) !== null) {
    const from = m.index + m[0].length;
    if (from === m[0].length && m.index === 0) continue; // the whole message: already read
    const aside = text.slice(from);
    if (aside.length < 12) continue;
    for (const f of runRules(builtInRules, readText(aside, direction, profile))) {
      if (f.level === "mild") continue;
      out.push({ ...f, start: f.start === undefined ? undefined : f.start + from, end: f.end === undefined ? undefined : f.end + from });
    }
  }
  return out;
}

/**
 * Hiding a word the filter knows ("b0mb", "k i l l") is itself filter evasion,
 * except for swear words, which students mask out of habit ("sh!t").
 */
function evasionByObfuscation(findings: Finding[], ctx: TextContext): Finding[] {
  const out: Finding[] = [];
  for (const o of ctx.n.obfuscations) {
    if (!o.sensitive || o.kind === "stretch") continue;
    const [start, end] = originalRange(ctx.n, o.start, o.end);
    const hit = findings.some((f) => f.category !== "profanity" && f.start !== undefined && f.end !== undefined && f.start < end && start < f.end);
    if (hit) out.push({ category: "filter_evasion", level: "mild", rule: `filter_evasion.obfuscated_${o.kind}`, start, end, source: "local" });
  }
  return out.slice(0, 1);
}

/**
 * Someone's own words that are critical violence or weapons ("i've got the
 * pipe bombs ready") threaten others, whichever rule saw them: they are a
 * threat too, so the incident reaches the threat assessment team. Not when the
 * writer is the one in danger (self-harm, abuse).
 */
function threatenedOthers(findings: Finding[], ctx: TextContext): Finding[] {
  if (ctx.direction !== "input" || findings.some((f) => f.category === "threat")) return findings;
  if (findings.some((f) => f.level === "critical" && (f.category === "self_harm" || f.category === "abuse_disclosure"))) return findings;
  const harm = findings.find((f) => f.level === "critical" && (f.category === "violence" || f.category === "weapons"));
  if (!harm) return findings;
  const present = new Set(findings.map((f) => f.category));
  const added = (["threat", ...threatCompanions(ctx.n.text, ctx)] as const).filter((c) => !present.has(c));
  return [...findings, ...added.map((category) => ({ ...harm, category }))];
}

/** Merges duplicates; a threat that is only mild (hyperbole) is reported as violence. */
function tidy(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const raw of findings) {
    const f: Finding = raw.category === "threat" && raw.level === "mild" ? { ...raw, category: "violence" } : raw;
    const key = `${f.category}|${f.level}|${f.rule}|${f.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}
