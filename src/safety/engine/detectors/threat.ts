// Threats to others. The hard part is telling a real threat from a teenager's
// hyperbole: "lol im gonna kill my brother if he eats my pizza" is a flag,
// "im going to stab him in the hallway with the knife in my backpack" is an
// alert. A threat becomes critical with signs that it is meant and possible:
// a weapon, a time, a place at school, "for real"; a joke marker with none of
// those keeps it mild.
import type { TextContext } from "../context.ts";
import { rx, sharedFragments, type Rule, type RuleMatch } from "../rules.ts";
import type { Category, Level } from "../types.ts";

const f = {
  harmVerb:
    "kill|murder|stab|cut|slash|shoot|strangle|choke|bash|smash|beat (?:up|the (?:crap|shit|hell) out of)|beat|jump|hurt|punch|slit|poison|run over|end|attack|slap|break (?:his|her|their|your) (?:\\w+)",
  when: "tomorrow|tonight|today|after school|before school|at lunch|during (?:lunch|class|the assembly|recess)|next (?:week|period|class)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this (?:week|weekend)|in the (?:morning|hallway|parking lot)",
};

const weaponWord = new RegExp(`\\b(?:${sharedFragments.weapon})\\b`);
const whenWord = new RegExp(`\\b(?:${f.when})\\b`);
const schoolWord = new RegExp(`\\b(?:${sharedFragments.school})\\b`);
const trivialCause = /\b(?:if (?:he|she|they|you|u|this|my|it) (?:eats?|takes?|touch(?:es)?|steals?|freezes?|crash(?:es)?|lags?|spoils?|loses?|breaks?)|pizza|leftovers?|snacks?|fries|homework|wifi|chromebook|laptop|game|fortnite|minecraft|roblox|spoil|charger|hoodie)\b/;

const victimWord = /\b(?:grade|team|him|her|them|you|u|everyone|everybody|people|kid|kids|guy|guys|girl|girls|boy|boys|students|teacher|bitch|bastard|principal|classmate|class|school|someone|somebody|anyone|anybody|whoever)\b/;
/** Verbs that are a death threat on their own; "punch"/"hurt" without any cue stay mild. */
const lethalVerb = /\b(?:kill|murder|stab|shoot|slit|strangle|poison)\b/;

/** Threat verb against a person: what counts depends on credibility cues around it. */
function threatLevel(m: RuleMatch, ctx: TextContext, level: Level): Level | null {
  const text = ctx.n.text;
  const object = text.slice(m.end - (m.groups[0] ?? "").length, m.end);
  const isPerson = victimWord.test(object) || ctx.firstNames.has(object.trim().split(/\s+/).pop() ?? "") || /^(?:my|his|her|that|this|the|mr|mrs|ms|miss|mx|coach|dr)\.? /.test(object.trim());
  if (!isPerson) return null;
  // "how do i poison my neighbor's dog" asks for a method (violence rules); a pet or a car is not a person.
  if (/\b(?:how|what|which|where)\b[^.!?]{0,40}\b(?:do|can|to|would|should|could) i\b/.test(text.slice(Math.max(0, m.start - 50), m.start + 14)) || /^'?s (?:dog|cat|pet|car|house|bike|phone|puppy|kitten)\b/.test(text.slice(m.end, m.end + 10))) return null;
  const credible = weaponWord.test(text) || whenWord.test(text) || (schoolWord.test(text) && !/\bschool ?work\b/.test(text)) || ctx.flags.has("serious");
  const joking = ctx.flags.has("hyperbole") || trivialCause.test(text);
  if (joking && !(credible && ctx.flags.has("serious"))) return "mild";
  if (level === "mild") return "mild";
  // "i'm going to kill my teacher" said flatly is taken at its word.
  return credible || lethalVerb.test(m.text) ? "critical" : "mild";
}

const weaponsIfMentioned = (m: RuleMatch, ctx: TextContext): Category[] =>
  weaponWord.test(ctx.n.text) || /\bshoot|\bshooting|\bbomb|\bblow up\b|\bstab/.test(m.text) ? ["violence", "weapons"] : ["violence"];

export const threatRules: Rule[] = [
  {
    id: "threat.intent_to_harm",
    triggers: "kill murder stab cut slash shoot strangle choke bash smash beat jump hurt punch slit poison run end attack slap break",
    category: "threat",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      "\\b(?:{i}|i (?:swear|promise)|imma|gonna|going to|finna|i will|i'?m going to|im going to|i'?m gonna|im gonna|i want to|i wanna|tryna)\\b {w6}(?:{harmVerb})\\s+((?:{person}|[a-z]+(?= (?:in|at|after|with|tomorrow|today|tonight|if|when|for|before|on)\\b)))",
      f,
    ),
    unless: ["professional"],
    quoted: "soften",
    negatable: true,
    refine: threatLevel,
    also: weaponsIfMentioned,
  },
  {
    id: "threat.mass_violence",
    triggers: "needs should has watch happens laughing smiling breathing done have got brought carry put plant leave place die bleed pay back keeps keep kept hides hid shoot shooting bring bringing take taking brought carry carrying sneak sneaking grab grabbing get getting use using bomb blow burn set list come go wait someone somebody people kids everyone",
    category: "threat",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      "\\bshoot(?:ing)? up (?:the |this |my |our |that )?(?:{school}|place|floor|building)\\b|\\bshoot (?:everyone|everybody|them all|all of them|up the)\\b|\\b(?:bring|bringing|take|taking|brought|carry|carrying|sneak|sneaking)\\s+(?:a |my |my (?:dad|mom|brother|uncle|grandpa)'?s |his |her |the )(?:gun|guns|rifle|pistol|glock|knife|weapon|ar-?15|bomb|explosives?)\\s+(?:to|into|in) (?:the |my |our )?(?:{school}|game|dance)\\b|\\b(?:bomb|blow up|burn down|set fire to|shoot up) (?:the |this |our |my )?(?:{school}|building)\\b|\\b(?:kill|hit|death|hate|shoot) list\\b|\\blist of (?:people|names|kids|everyone)\\b[^.!?]{0,30}\\b(?:deserve|need|have|going|gonna) to (?:die|pay|suffer|be shot|get hurt)\\b|\\bdon'?t (?:come|go) to school (?:tomorrow|on \\w+|\\w+day)\\b|\\bdont (?:come|go) to school\\b|\\b(?:bring|bringing|take|taking|grab|grabbing|get|getting|use|using)\\s+(?:a |my |my (?:dad|mom|brother|uncle|grandpa|stepdad)'?s |his |the )(?:gun|guns|rifle|pistol|glock|shotgun|ar-?15|knife|bomb)\\b[^.!?]{0,40}\\b(?:end|ending|kill|killing|shoot|shooting|take out|taking out|get|getting) (?:all of (?:them|you)|them all|every(?:one|body)|those \\w+|the whole)\\b|\\b(?:someone|somebody|people|kids|everyone)\\s+(?:is|are)?\\s*(?:going to|gonna|will)\\s+(?:get hurt|die|get shot|get killed|bleed)\\b[^.!?]{0,40}\\b(?:{school}|tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday)\\b|\\b(?:put|plant|leave|set off|hide|place) (?:a |the |my )?(?:bomb|pipe bomb|explosive|explosives)\\s+(?:in|at|on|under|inside)\\b|\\b(?:bring|bringing|brought|take|taking|carry|carrying)\\s+(?:a |my |my (?:dad|mom|brother|uncle|grandpa|stepdad)'?s |his |the )(?:gun|guns|rifle|pistol|glock|shotgun|ar-?15|weapon|bomb|(?:bat|knife|machete|brass knuckles)(?= (?:to|into) (?:school|class)))\\b(?! (?:safety|control|show|range|club|class))|\\b(?:everyone|everybody|all of (?:you|them)|they|people|those kids)\\b[^.!?]{0,30}\\b(?:is|are)\\s+(?:going to|gonna)\\s+(?:die|get shot|bleed|pay)\\b|\\bi (?:have|got|brought|am bringing|'?m bringing|im bringing|carry|keep)\\s+(?:a |my |my \\w+'?s |his |the )?(?:gun|pistol|glock|rifle|knife|switchblade|weapon|bomb)\\b[^.!?]{0,20}\\b(?:in|at|to) (?:my (?:bag|backpack|locker|car|pocket|desk)|school|class)\\b|\\bwatch what happens to\\b|\\b(?:someone|somebody)\\s+(?:needs to|should|is going to|gonna|has to)\\s+(?:kill|shoot|stab|hurt|murder)\\b[^.!?]{0,30}\\b(?:it'?s|its|and it'?s|it will be|it'?ll be) (?:gonna be |going to be )?me\\b|\\b(?:won'?t|wont|will not) be (?:laughing|smiling|around|breathing) (?:after|when|once)\\b|\\bafter i'?m done with (?:her|him|them|you)\\b|\\bmake (?:everyone|everybody|them|him|her|all of them|those \\w+|every \\w+)\\b[^.!?]{0,30}\\bpay\\b|\\b(?:come|coming) back (?:here |to school )?with (?:a |my |the )?(?:gun|knife|weapon|bomb|rifle|bat)\\b|\\b(?:keeps?|kept|hides?|hid) (?:his|her|the|a) (?:gun|guns|rifle|pistol)\\b[^.!?]{0,60}\\b(?:use it|bring it|take it|shoot)\\b|\\b(?:just )?wait (?:until|till|til) (?:tomorrow|monday|tuesday|wednesday|thursday|friday|next week)\\b[^.!?]{0,30}(?:you'?ll see|watch|everyone will)",
      f,
    ),
    unless: ["professional", "fiction"],
    quoted: "soften",
    negatable: true,
    refine: (m, ctx, level) => {
      if (ctx.flags.has("educational") && /\b(?:drill|training|lesson|history|what to do)\b/.test(ctx.n.text)) return null;
      // Asking about the rules ("what is the punishment for bringing a weapon to school") is not a plan.
      if (/\b(?:punishment|consequences?|penalty|policy|rules?|allowed|illegal|legal|expelled|suspended|what happens (?:if|when)|is it (?:ok|okay))\b/.test(ctx.n.text) && !/\b(?:i'?m|im|i am|i will|i'?ll|ill|gonna|tomorrow)\b/.test(ctx.n.text)) return null;
      return level;
    },
    also: weaponsIfMentioned,
  },
  {
    id: "threat.retribution",
    triggers: "pay sorry regret coming see",
    category: "threat",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      "\\b(?:everyone|everybody|you all|y'?all|all of you|they|this school|the whole school|all of them|those kids|you guys)\\b[^.!?]{0,30}\\b(?:is|are|will|'?re|'?ll)?\\s*(?:going to|gonna|will|'?ll)\\s+(?:pay(?! (?:for (?!what)|back|attention|off|rent|bills?|me|us|you|\\$|\\d))|be sorry|regret (?:it|this|\\w+ing|what they did|messing with me|the day)|get what'?s coming)\\b|\\b(?:they|you|y'?all)'?(?:ll| will) all be sorry\\b|\\btheyll all be sorry\\b|\\b(?:they|you|y'?all|everyone)'?(?:ll| will) (?:all )?see (?:on|this|next|tomorrow|monday|tuesday|wednesday|thursday|friday)\\b",
      f,
    ),
    unless: ["professional", "fiction"],
    quoted: "soften",
    negatable: true,
    refine: (_m, ctx, level) => (ctx.flags.has("hyperbole") ? "mild" : level),
    also: weaponsIfMentioned,
  },
  {
    id: "threat.weapon_at_school",
    triggers: "bomb bombs explosive explosives gun guns rifle pistol shooting place",
    category: "threat",
    level: "critical",
    directions: ["input"],
    // A bomb or gun, a place at school and an intention in one message ("the gym would be a good place for it").
    pattern: rx(
      "\\b(?:bomb|bombs|pipe bomb|explosives?|gun|guns|rifle|shooting)\\b[^.!?]{0,80}\\b(?:{school})\\b[^.!?]{0,60}\\b(?:good place|good time|during|tomorrow|monday|tuesday|wednesday|thursday|friday|when everyone|while everyone|full of people)\\b|\\b(?:{school})\\b[^.!?]{0,40}\\b(?:good place|perfect place|best place) (?:for|to (?:put|set off|plant|use)) (?:a |the |my )?(?:bomb|it|explosives?)\\b|\\b(?:bomb|gun|guns|rifle|pistol)\\b[^.!?]{0,60}\\b(?:use|bring|set off|plant) (?:it|them) (?:at|in|to) (?:{school})\\b",
      f,
    ),
    unless: ["professional", "educational", "fiction"],
    quoted: "soften",
    refine: (_m, ctx, level) => (/\b(?:i|i'?m|im|i'?ll|ill|me|my)\b/.test(ctx.n.text) ? level : "mild"),
    also: () => ["violence", "weapons"],
  },
];

export const threatVocabulary = ["kill", "stab", "shoot", "bomb", "gun", "murder"];
