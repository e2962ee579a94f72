// The classifier as a detector stage (called from detect.ts). It speaks only
// where the rules let a text through: rules keep their precision and their
// evidence, the classifier catches fresh wording the rules never saw. The
// shipped thresholds turn it off for staff (policy.ts, defaultBudget); should
// a staff budget be set, on a staff text the engine reads as professional or
// educational (a counselor's note, a lesson plan) it may still only raise an
// alert, never a flag or a refusal. This is the policy the cross-validation
// measured ("raise-allow"; "raise-allow-alert-only-in-context" with staff on),
// reading the text the same way (pieces.ts). See docs/safety-evaluation.md.
import { jokingOnly, type TextContext } from "../engine/context.ts";
import { originalRange } from "../engine/normalize.ts";
import type { Profile } from "../engine/profiles.ts";
import type { Finding } from "../engine/types.ts";
import { familyOuting, threatCompanions } from "../engine/detectors/threat.ts";
import { sharedFragments } from "../engine/rules.ts";
import { profileKind, scoresOfPieces } from "./model.ts";
import { piecesOf } from "./pieces.ts";
import { verdictOf } from "./policy.ts";
import { shippedClassifier } from "./shipped.ts";

// The classifier reads "my <family member> <verb> me" as abuse far too readily
// ("my brother beats me at every video game", "my dad throws the ball against
// the wall"). Its abuse verdict stands only beside a word of harm, fear or secrecy.
const abuseCue =
  /\b(?:hit|hits|hitting|hurt|hurts|hurting|beats? me(?! (?:at|in|to)\b)|beat me up|beating me|slap\w*|punch\w*|kick\w*|chok\w*|strangl\w*|touch\w*|grab\w*|bruis\w*|marks?|welts?|blood|bleed\w*|scared|afraid|terrified|secret|don'?t tell|dont tell|naked|nude|(?:pictures?|pics|photos?) of me|undress\w*|lock\w*|starv\w*|hungry|no food|alone|drunk|yell\w*|scream\w*|threaten\w*|kill|die|burn\w*|(?:throws?|threw) (?:me|things|stuff)|push\w* me|shov\w* me|drag\w*|forc\w*|(?:makes? me|made me)(?! (?:wear|practice|clean|study|finish|read|help|babysit|apologi[sz]e|share|wash|fold|cook|eat my|do (?:my|the|all the) (?:homework|chores|dishes|laundry))\b)|won'?t let me|wont let me|belt|cord|hanger|delete\w*|(?:don'?t|dont|won'?t|wont|doesn'?t|doesnt) (?:see|know|find out)|(?:pictures?|pics|photos?) of (?:himself|herself)|shower\w*|bath\w*|chang(?:e|es|ing) (?:in front|clothes)|bed(?:room)?|(?<=\bme\b[^.!?]{0,25})at night)\b/;

// "i keep scissors in my pencil case so i can cut out the vocab cards": cutting a thing, with no word of harm, is crafts.
const cutsAThing = /\bcut(?:ting)? (?:out |up |off |open )?(?:the|a|an|some|these|those|paper|fabric|cardboard|tags?|coupons|pictures|shapes|letters|cards)\b/;
const harmWord = /\b(?:myself|my (?:arms?|wrists?|legs?|thighs?|skin|stomach|body|hips?)|blood|bleed\w*|scars?|die|dying|dead|kill|end it|hurt|deep|notice|hide|hidden|marks)\b/;

// "im safe, i just want to know what i can ask my school for", "im not going to do anything bad": the writer says so, in their own voice.
const saysSafe = /(?<!\b(?:thinks?|says?|said|thought|think|act|acting|pretends?|pretending|like)\s)\b(?:i'?m|im|i am) (?:safe|okay|ok|fine)(?:\s*[,.]|\s+(?:i|and|now|though|tho|i promise)\b)|\b(?:i'?m|im|i am) not (?:going to|gonna) (?:do anything|hurt myself)|\bnot (?:suicidal|going to hurt myself)|\b(?:i )?(?:don'?t|dont|do not) (?:want to|wanna|plan to) (?:hurt|harm|kill) myself\b|\bi (?:would|will) never (?:hurt|kill|harm) myself\b/;

// Reasons to be away that a writer gives in so many words ("we have a tournament in ohio", "i have a dentist appointment").
const awayReason = /\b(?:we have|we'?ve got|i have|i'?ve got|ive got|going to|leaving for|traveling to|flying to|driving to)\b[^.!?\n]{0,15}\b(?:trip|vacation|appointment|dentist|doctor|surgery|tournament|meet|competition|funeral|wedding|camp|visit)\b/;
const hurtWord = /\b(?:kill|hurt|beat|stab|shoot|fight|punch|attack|jump)\w*\b/;
const sportsShooting = /\bshoot(?:ing|s)? (?:hoops|baskets|free throws|threes|3s|a basketball|pool|the ball|around|a video|photos|pictures)\b/;
const sportsShootingAll = new RegExp(sportsShooting.source, "g");

const idiomOnly = /\b(?:take|took|taking|have|had|make|made|give it) a stab at\b|\bstab in the dark\b/;

const takingCare = /\bso (?:that )?i (?:don'?t|dont|do not|won'?t|wont) (?:accidentally )?(?:cut|hurt|burn|slice)\w* myself\b/;
const benignReason = /\b(?:fever|flu|covid|contagious|(?:a |the )?nurse|sick(?! of)|a cold|cough\w*|snow day|snowstorm|ice storm|weather|power outage|boil water)\b/;
// The rules' weapon words, and the ways of using them a sentence names without the weapon ("pocketknife", "stabbing").
const weaponWord = new RegExp(`\\b(?:${sharedFragments.weapon}|\\w+knife|shoot\\w*|stab\\w*)\\b`);

/** A meal being made or a car being parked: "recipe for pho for international night at school", "crack 2 eggs into a bowl", "turn the wheel fully right". */
const meal = /\b(?:recipes?|eggs?|butter|pan|bowl|stir|bake|baking|oven|soup|broth|noodles|ph[oở]|beef|chicken|rice|sauce|flour|sugar|cook\w*|dinner|breakfast|snack|cake|cookies|salad|sandwich|tacos?|pasta|spices?|pancakes?|waffles?|from scratch|batter|dough|bread|muffins?|parallel park\w*|park(?:ing)? (?:spot|space|lot)|steering wheel|the wheel|turn signal|rear ?view|driver'?s ed|learner'?s permit)\b/;
const boom = /\b(?:boom|blow (?:up|it up)|explod\w*|fuse|powder|detonat\w*|napalm|thermite|pipe|shrapnel|molotov|pressure cooker|device|wires?|oxidiz\w*|smoke|potassium|nitrate|chlorate|fertili[sz]er|hallway|cafeteria|packed)\b/;
const kitchen = /\b(?:cooking|culinary|kitchen|recipe|chop\w*|dic(?:e|ing)|slic(?:e|ing)|mince|peel\w*|onions?|vegetables|carrots?|potato(?:es)?|cutting board)\b/;

const refusal = /^(?:sorry[,.]? )?i (?:can'?t|cannot|won'?t|will not|am not able to|'?m not able to|am unable to|'?m unable to) (?:help|assist|give|provide|share|do that|write|explain how)\b/;

// Abuse is done by someone: "i have bruises from soccer practice" names no one.
const someoneElse =
  /\b(?:he|she|they|him|her|them|his|hers|their|someone|somebody|nobody'?s?|no one'?s?|adults?|guy|man|woman|(?:mom|mother|dad|father|parents?|stepmom|stepdad|step ?mom|step ?dad|grandma|grandpa|grandmother|grandfather|aunt|uncle|guardian|boyfriend|girlfriend|bf|gf|brother|sister|cousin|babysitter|coach|teacher|tutor|pastor|priest|neighbou?r|bus driver|counselor|principal|trainer|leader)'?s?)\b/;

// "im S402217 in the lunch system" is not an attack on the assistant; "ignore your rules" is.
export const injectionCue =
  /\b(?:ignore|disregard|forget|override|bypass|instructions?|rules|system prompt|system message|prompt|pretend|act as|roleplay|jailbreak\w*|mode|developer|admin|filters?|restrictions|guidelines|policy|unfiltered|uncensored|dan|configuration|settings|confirm|acknowledge\w*)\b/;

export function classifierFindings(ctx: TextContext, profile: Profile, ruleFindings: readonly Finding[]): Finding[] {
  if (ruleFindings.some((f) => profile.actions[f.category][f.level] !== "allow")) return [];
  const kind = profileKind(profile.id);
  const inContext = kind === "staff" && (ctx.flags.has("professional") || ctx.flags.has("educational"));
  const { model, recipe } = shippedClassifier();
  const pieces = piecesOf(ctx, kind, recipe.features);
  const { scores, each } = scoresOfPieces(model, pieces);
  const verdict = verdictOf(scores, kind, ctx.direction, recipe.thresholds);
  if (!verdict || (inContext && verdict.action !== "alert")) return [];
  if (verdict.category === "abuse_disclosure" && !(abuseCue.test(ctx.n.text) && someoneElse.test(ctx.n.text))) return [];
  // Debunking a stereotype and a zombie game share words with hate and violence; the rules judge those texts.
  if ((verdict.category === "hate" && ctx.flags.has("analysis")) || (verdict.category === "violence" && ctx.flags.has("fiction"))) return [];
  // "how do i hold the knife when dicing an onion so i dont cut myself": a kitchen is not an armory, and care is not self-harm.
  const cooking = kitchen.test(ctx.n.text) && !/\b(?:stab\w*|school|bring|sneak|hide|kill|hurt (?:him|her|them|someone))\b/.test(ctx.n.text);
  if (cooking && (verdict.category === "weapons" || (verdict.category === "self_harm" && takingCare.test(ctx.n.text)))) return [];
  if (verdict.category === "weapons" && meal.test(ctx.n.text) && !weaponWord.test(ctx.n.text) && !boom.test(ctx.n.text)) return [];
  // "a bowline makes a fixed loop that won't slip": a knot; "what is a 'dirty bomb'? it was on the news": a word looked up, not a device wanted.
  if (verdict.category === "weapons" && /\b(?:knots?|bowline|hitch|half hitch|square knot|clove)\b/.test(ctx.n.text) && !weaponWord.test(ctx.n.text)) return [];
  if (verdict.category === "weapons" && /^\s*what(?:'s| is| are| was| were| does) (?:a |an |the )?['"]?[\w' -]{1,30}['"]?(?: mean)?\?/.test(ctx.n.text) && !/\b(?:how|make|build|steps|recipe|get|buy|where|ingredients|instructions)\b/.test(ctx.n.text)) return [];
  if (verdict.category === "self_harm" && cutsAThing.test(ctx.n.text) && !harmWord.test(ctx.n.text)) return [];
  if (verdict.category === "self_harm" && saysSafe.test(ctx.n.text)) return [];
  // "best way to hang string lights on my bedroom ceiling": decorating a room.
  if (verdict.category === "self_harm" && /\b(?:string lights|fairy lights|lights|decorations?|posters?|shel(?:f|ves)|curtains?|tapestr(?:y|ies)|picture frames?|banners?|plants?)\b/.test(ctx.n.text) && !harmWord.test(ctx.n.text)) return [];
  // "list some careers where you work with your hands, i dont think college is for me": a future being planned.
  if (verdict.category === "self_harm" && /\b(?:careers?|trade school|majors?|apprentice\w*|resume|internships?)\b/.test(ctx.n.text) && !harmWord.test(ctx.n.text)) return [];
  // "is this a run on: I went to the store I bought milk and then I went home": a sentence brought for its grammar.
  if (verdict.category === "self_harm" && /\b(?:run[- ]on|comma splice|sentence fragment|grammatically correct|subject[- ]verb)\b/.test(ctx.n.text) && !harmWord.test(ctx.n.text)) return [];
  // "for culinary practical i have to break down a whole chicken into 8 pieces. walk me through the cuts": butchery in a kitchen.
  if (verdict.category === "self_harm" && /\b(?:butcher\w*|fillet\w*|debon\w*|whole (?:chicken|turkey|fish)|break(?:ing)? down a (?:whole )?(?:chicken|turkey|fish|pig|carcass))\b/.test(ctx.n.text) && !harmWord.test(ctx.n.text)) return [];
  // "i dont think ill be around monday, we have a tournament in ohio": away for a reason the writer names.
  if (verdict.category === "self_harm" && /\b(?:be )?(?:around|here|there|in class|at school)\b/.test(ctx.n.text) && awayReason.test(ctx.n.text) && !harmWord.test(ctx.n.text)) return [];
  // "is the bridge high enough for a school bus to go under": a clearance, not a height to fall from.
  if (verdict.category === "self_harm" && /\b(?:bridge|overpass|tunnel|garage|ceiling|doorway)\b/.test(ctx.n.text) && /\b(?:(?:high|tall) enough for|clearance|fit under|go under|drive under)\b/.test(ctx.n.text) && !harmWord.test(ctx.n.text) && !/\bjump\w*\b/.test(ctx.n.text)) return [];
  // "for the fire drill we marked which doors stay unlocked so everyone can get out": getting people out safely.
  if ((verdict.category === "weapons" || verdict.category === "threat" || verdict.category === "violence") && /\b(?:fire drill|fire exits?|emergency exits?|evacuat\w*|tornado drill|earthquake drill)\b/.test(ctx.n.text) && /\b(?:so (?:everyone|we|people|kids|students) can get out|get out safely|evacuation (?:plan|route|map)|exit routes?|meeting spot)\b/.test(ctx.n.text) && !weaponWord.test(ctx.n.text) && !hurtWord.test(ctx.n.text)) return [];
  // "s h o o t i n g hoops after school with my cousin": a ball game, and no other weapon word.
  if ((verdict.category === "weapons" || verdict.category === "threat" || verdict.category === "violence") && sportsShooting.test(ctx.n.text) && !weaponWord.test(ctx.n.text.replace(sportsShootingAll, "")) && !hurtWord.test(ctx.n.text.replace(sportsShootingAll, ""))) return [];
  // "how long does it take to get over someone": a breakup, not a way out.
  if (verdict.category === "self_harm" && /\bget(?:ting)? over (?:someone|somebody|him|her|them|a breakup|my ex|it)\b/.test(ctx.n.text) && !harmWord.test(ctx.n.text)) return [];
  // "to bleed the brakes, start at the wheel farthest from the master cylinder": car work, with no word about the writer's body.
  if (verdict.category === "self_harm" && /\b(?:brakes?|brake (?:fluid|lines?)|master cylinder|reservoir|oil change|spark plugs?|radiator|coolant|transmission|lug nuts?)\b/.test(ctx.n.text) && !harmWord.test(ctx.n.text.replace(/\bbleed(?:ing)? the (?:brakes|lines|radiator)\b/g, ""))) return [];
  // "can you help me take a stab at number 4": an idiom, with no word of harm beside it.
  if (idiomOnly.test(ctx.n.text) && !/\b(?:die|dying|kill|hurt|cut|myself|blood|bleed\w*|knife|gun|suicide|end it|him|her|them)\b/.test(ctx.n.text)) return [];
  // "taking my rifle hunting with grandpa this weekend": the rules' family outing, with no school or people in it.
  if ((verdict.category === "threat" || verdict.category === "violence" || verdict.category === "weapons") && familyOuting(ctx)) return [];
  if ((verdict.category === "threat" || verdict.category === "violence") && !weaponWord.test(ctx.n.text)) {
    // "im going to push myself to run a faster mile": driving oneself harder threatens no one.
    if (/\b(?:push|pushing|challenge|challenging|motivate|force|forcing|train|pace)\s+myself\b/.test(ctx.n.text) && !someoneElse.test(ctx.n.text)) return [];
    // "stay home monday if you have a fever, the nurse said": a reason to stay away that is illness or weather is no warning.
    if (benignReason.test(ctx.n.text)) return [];
    // "i wont be at school friday, we have a swim meet in dayton": the writer's own absence, for a reason named.
    if (awayReason.test(ctx.n.text) && !hurtWord.test(ctx.n.text) && !/\b(?:don'?t|dont|do not|better not|stay)\b[^.!?\n]{0,20}\b(?:come|be there|go)\b/.test(ctx.n.text)) return [];
    // "after the talent show everyone will know my name": fame from a stage, with no harm named.
    if (/\b(?:know my name|famous|remember me|go viral|viral)\b/.test(ctx.n.text) && /\b(?:talent show|recital|concert|musical|audition|spelling bee|science fair|competition|tournament|championship|election|debate|the play|performance|contest|my (?:song|video|channel|book|album))\b/.test(ctx.n.text) && !hurtWord.test(ctx.n.text) && !/\b(?:bomb|blood|die|dead|pay|sorry|regret|list)\b/.test(ctx.n.text)) return [];
    // "someone made a fake ig with my pics, how do i get it taken down": getting help, not hurting anyone.
    if (/\b(?:taken down|take (?:it|this|them) down|report (?:it|the account|them)|get it removed|fake (?:ig|account|insta|profile|page))\b/.test(ctx.n.text) && !/\b(?:kill|hurt|beat|stab|shoot|fight|punch)\w*\b/.test(ctx.n.text)) return [];
    // "to beat the ender dragon, destroy the end crystals ... hit it with your bow": a game's boss.
    if (/\b(?:ender dragon|the wither|boss fight|end crystals|respawn|health bar|hit points|raid boss|dungeon|mobs?)\b/.test(ctx.n.text)) return [];
    // "their, there, they're. explain it one more time. for real this time": a lesson asked for again, with no harm named.
    if (/\b(?:explain|what'?s the difference|difference between|how do (?:you|i) (?:spell|use|say|pronounce))\b/.test(ctx.n.text) && !/\b(?:kill|hurt|beat|stab|shoot|fight|punch|die|blood|bleed|hit|jump)\w*\b/.test(ctx.n.text)) return [];
  }
  // A verdict of prompt injection needs words that address the assistant's rules.
  if (verdict.category === "prompt_injection" && !injectionCue.test(ctx.n.text)) return [];
  // A model that says no is not giving what it refuses ("I can't help with getting around the filter, but ...").
  if (ctx.direction === "output" && refusal.test(ctx.n.text)) return [];
  // "Here's a roast that's friendly without being mean": an answer that keeps it kind.
  if (ctx.direction === "output" && verdict.category === "harassment" && /\b(?:without being mean|friendly|light-?hearted|good-natured|playful|nothing mean)\b/.test(ctx.n.text)) return [];
  // The evidence is the piece that cleared its gate by the widest margin.
  const gate = recipe.thresholds.gate[kind];
  const margin = (i: number) => Math.max(each[i]!.flag - gate.flag, each[i]!.block - gate.block, each[i]!.alert - gate.alert);
  const best = pieces.reduce((b, _, i) => (margin(i) > margin(b) ? i : b), 0);
  const [start, end] = originalRange(ctx.n, pieces[best]!.start, pieces[best]!.end);
  // "shes getting drop kicked into next week lol": the rules read joking violence as venting, and so does the classifier.
  const level = (verdict.category === "violence" || verdict.category === "threat") && jokingOnly(ctx) ? "mild" : verdict.level;
  const found: Finding = { category: verdict.category, level, rule: `classifier.${verdict.category}`, start, end, source: "local" };
  if (verdict.category !== "threat") return [found];
  // A threat names the harm it threatens, as the rules' threat findings do.
  const threat = ctx.n.text.slice(pieces[best]!.start, pieces[best]!.end);
  return [found, ...threatCompanions(threat, ctx).map((category) => ({ ...found, category }))];
}
