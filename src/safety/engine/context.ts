// Facts about a whole text that change what its words mean: a lesson plan
// about self-harm is not a disclosure, "lol im gonna kill my brother" is not a
// threat, a quoted slur in a discipline log is not the writer's own.
import type { Direction } from "./types.ts";
import type { Normalized } from "./normalize.ts";

export type ContextFlag =
  /** School work or teaching: lessons, units, essays, training, history, analysis of a text. */
  | "educational"
  /** A staff member writing about students: notes, logs, referrals, plans, letters. */
  | "professional"
  /** A story, film, game or book is the subject. */
  | "fiction"
  /** Markers that the writer is exaggerating or joking (lol, jk, lmao). */
  | "hyperbole"
  /** Markers that the writer means it (for real, not joking, i mean it). */
  | "serious"
  /** Talking about a claim rather than making it (myth, propaganda, is it true that). */
  | "analysis";

export interface TextContext {
  n: Normalized;
  direction: Direction;
  flags: ReadonlySet<ContextFlag>;
  /** Lower-case first names (to tell "stab tyler" from "stab the dragon"). */
  firstNames: ReadonlySet<string>;
}

const flagPatterns: Record<ContextFlag, RegExp> = {
  educational:
    /\b(?:lessons?(?: plans?)?|curriculum|units?|syllabus|lectures?|courses?|pd session|professional development|training|workshop|presentation|worksheet|quiz|exam|essay|report|research|project|assignment|homework|debate|textbook|timeline|history|historical|analy[sz]e|analysis|themes?|symbolism|imagery|discussion questions|reading guide|warning signs|prevention|awareness|(?:health|history|english|biology|bio|science|chemistry|chem|social studies|ela|civics|government|psychology|sex ed|sexual health) class|for class|in class|(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth) grade(?:rs)?|grade \d+|students will|learning objectives?|objective:|explain|summari[sz]e|what (?:caused|happened|were the causes)|why did)\b/,
  professional:
    /\b(?:(?:draft|write|rewrite|create|prepare|design|outline|summari[sz]e|word|format|update|compose|help me (?:write|word|draft|explain|plan))\b[^.!?]{0,60}\b(?:lesson|letter|email|e-mail|note|notes|plan|policy|training|slides?|outline|checklist|summary|observation|referral|incident|log|talking points|newsletter|agenda|handout|iep|504|goals|procedure|protocol|report|script|restorative circle|discussion guide|discussion (?:prompts?|questions?)|message to (?:staff|parents|families)|flowchart|flow chart|infographic|one-pager)|(?:our|my) (?:students|staff|district|counselors?|faculty|grade-level team|kids' parents)|(?:plan|develop|build) (?:a |an |the |our |my )?(?:\w+ )?(?:lesson|unit|assembly|staff meeting|training|workshop|pd session|curriculum)|staff (?:training|meeting)|discipline log|counselor note|behavior (?:intervention )?plan|threat assessment|mandated reporters?|student support team|school psychologist|assistant principal|the student (?:said|stated|disclosed|reported|was|has|told)|a student (?:says|said|tells|told|discloses|disclosed|makes|reported|wrote|came to me|mentioned)|(?:one of )?my students? (?:told|said|disclosed|reported|wrote|came)|i'?m (?:a|an|the) (?:\w+ )?(?:teacher|nurse|counselor|coach|principal|bus driver|librarian|paraprofessional|para|aide|custodian|cafeteria (?:manager|worker)|social worker|psychologist|administrator|secretary|substitute|athletic director|band director|music teacher|art teacher|sro|resource officer))\b/,
  fiction:
    /\b(?:story|stories|novel|book|poem|(?:the|a|school|our|this|my|class) play|film|movie|script|screenplay|character|characters|fanfic|fan fiction|minecraft|fortnite|roblox|video game|(?:in|playing|play|beat|finish(?:ed)?) the game|in game|shakespeare|chapter|scene|plot|protagonist|villain|horror|zombies?)\b/,
  hyperbole: /(?:\b(?:lo+l|lmf?a+o+|jk|jkjk|haha\w*|hehe\w*|rofl|xd|lowkey joking|just kidding|kidding|not literally|figuratively|rip (?:him|her|them|me|bozo)|into next (?:week|year|month)|whoever (?:invented|made|came up with)|i could (?:literally |honestly |actually )?(?:strangle|kill|murder|choke|punch|slap))\b|[\u{1F602}\u{1F923}\u{1F480}\u{1F62D}\u{1F643}])/u,
  serious: /\b(?:for real|fr fr|not (?:even )?(?:joking|kidding)|no joke|not a joke|(?:this|it) isn'?t a joke|i'?m serious|im serious|dead serious|i mean it|swear to god|this time|i have a plan|i (?:already )?(?:got|have|bought|ordered) (?:the|my|a|some) (?:ammo|bullets|gun|rifle|pistol|glock|knife)|(?:i'?m|im|i am) (?:bringing|taking|gonna bring) (?:my|a|his|her) (?:\w+ )?(?:knife|gun|pistol|blade|rifle|box ?cutter|bat|taser)|(?:knife|gun|pistol|blade|rifle|box ?cutter|razor|scissors) (?:that )?i (?:took|stole|grabbed|brought|snuck)|(?:i )?(?:already )?told (?:my friends|everyone|everybody|people|the group ?chat) to (?:watch|come watch|film|record it|be there)|(?:the|my) only (?:plan|option|way out|choice) (?:i have|i'?ve got|ive got|left)|i'?ve planned|made up my mind|i'?ve decided|i have decided|i already decided|(?:but )?seriously(?:,| though| tho)|i (?:don'?t|dont|do not) care (?:about|if|what) (?:my job|getting (?:expelled|suspended|arrested|caught|in trouble)|the consequences|what happens(?: to me)?|if i go to (?:jail|prison)|jail|prison)|mark my words|trust me on this|i (?:already )?know where (?:he|she|they|you|u) (?:lives?|walks?|waits?|parks?|sleeps?|hangs out|goes after school|catches the bus))\b/,
  analysis:
    /\b(?:myths?|propaganda|stereotypes?|conspiracy theor(?:y|ies)|debunk\w*|is it true that|why do (?:some )?people (?:say|think|believe|claim)|rhetoric|dehumani[sz]\w*|how (?:did|do|does) [^.!?]{0,30} (?:portray|depict|describe|spread)|(?:opponents|critics|segregationists|nazis|propagandists|people at the time|anti-suffragists|suffrage opponents|slaveholders|eugenicists)\s+(?:argued|claimed|believed|insisted|falsely claimed|made|used)|arguments? (?:that )?(?:opponents|critics) (?:made|used))\b/,
};

/** "the main character is me": a story frame around the writer's own plan is not fiction. */
const selfAsCharacter = /\b(?:main character|narrator|the character|the hero|the villain) is (?:me|myself|literally me)\b|\bit'?s (?:really |actually )?about me\b/;

export function contextOf(n: Normalized, direction: Direction, firstNames: ReadonlySet<string>): TextContext {
  const flags = new Set<ContextFlag>();
  for (const [flag, pattern] of Object.entries(flagPatterns) as Array<[ContextFlag, RegExp]>) {
    if (pattern.test(n.text)) flags.add(flag);
  }
  if (flags.has("fiction") && selfAsCharacter.test(n.text)) flags.delete("fiction");
  return { n, direction, flags, firstNames };
}

// "stop" negates ("stop hurting him"), but a bus stop is a place: "tomorrow at the bus stop im going to hurt that kid".
const negation = /\b(?:not|never|dont|don'?t|do not|wouldn'?t|wouldnt|won'?t|wont|no way|didn'?t|didnt|isn'?t|aren'?t|(?<!\b(?:bus|pit|rest|truck|one|last|first|next) )stop|against)\b[^.!?]{0,12}$/;

/** Hyperbole with nothing saying it is meant ("lol", "jk" and no "for real"): a joke, not a disclosure or a plan. */
export const jokingOnly = (ctx: TextContext): boolean => ctx.flags.has("hyperbole") && !ctx.flags.has("serious");

/** True when the few words before `start` negate what follows ("i would never ..."). */
export function negatedBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 28), start);
  const clause = before.split(/[.!?\n,;]/).pop() ?? "";
  return negation.test(clause);
}

/**
 * True when the clause before `start` makes what follows a hypothetical about
 * someone else ("what do i do if a stranger asks me for pictures"): a
 * question about what to do, not a disclosure.
 */
export function hypotheticalBefore(text: string, start: number): boolean {
  let a = start;
  while (a > 0 && !/[.!?\n]/.test(text[a - 1]!)) a--;
  const clause = text.slice(a, Math.min(text.length, start + 12));
  return /\b(?:if|what if|in case|whenever|when)\s+(?:a|an|some|someone|somebody|anyone|people|they|he|she)\b/.test(clause);
}

/** Asking what a word means or whether it is all right to say: "is 'retarded' a bad word", "can i say 'im gonna die' when i just mean im tired". */
const aboutTheWords = /\b(?:bad word|swear word|curse word|offensive|a slur|(?:just|only|really) mean|what does|what do(?:es)? (?:it|that|they) mean|means|meaning|definition|ok(?:ay)? to say|allowed to say|appropriate to say)\b/;

/**
 * True when [start, end) of the normalized text is a phrase in quotation
 * marks that the writer asks about as words (what it means, whether it is a
 * bad word), not words they say: a mention, not a use.
 */
export function mentionedAsWords(n: Normalized, start: number, end: number): boolean {
  const quote = n.quotes.find(([a, b]) => a < end && b + 1 > start);
  if (!quote) return false;
  const [a, b] = quote;
  // The match may start a few words early ("i say 'im gonna die"), but not before the verb that introduces the quote.
  if (start < a && !/^(?:\w+ ){0,2}(?:say|saying|said|type|typing|call|calling|write|writing|use|using)\s*'?$/.test(n.text.slice(start, a).trim())) return false;
  if (end > b + 2 && /\w/.test(n.text.slice(b + 1, end))) return false;
  return aboutTheWords.test(n.text);
}

/** The sentence around [start, end), for rules that need nearby words. */
export function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !/[.!?\n]/.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && !/[.!?\n]/.test(text[b]!)) b++;
  return text.slice(a, b);
}
