// Drugs: getting high, dosing, making, growing, buying underage or hiding use
// is harmful; health-class facts, prevention lessons and a parent night on
// fentanyl are not. Ambiguous words (coke, pot, acid, bars) only count next
// to words of getting high.
import { rx, wordsOf, type Rule } from "../rules.ts";

const f = {
  drug:
    "meth|methamphetamine|crystal meth|crack cocaine|cocaine|heroin|fentanyl|fent|oxy|oxys|oxycodone|oxycontin|percocets?|percs|xanax|xans|benzos?|adderall|molly|mdma|ecstasy|lsd|shrooms|magic mushrooms|psilocybin|ketamine|dmt|pcp|weed|marijuana|cannabis|thc|dabs?|wax pens?|thc carts?|edibles?|joints?|blunts?|bongs?|vapes?|juul|juuls|nicotine|zyns?|alcohol|beer|vodka|liquor|whiskey|tequila|booze|lean|purple drank|codeine|cough syrup|robitussin|dxm|nitrous|whippets|inhalants?|poppers|drugs|opioids|opiates|pills|sleeping pills|cigarettes|cigs|dip|kratom|delta[- ]?8",
  high: "high(?! (?:scores?|grades?|marks|school|schools|up|ground|enough|quality|speed|temperatures?|pressure|levels?|bar|point|five|jump|tide|way|seas?|frequency|heat|res|definition|in protein|fives))|stoned|wasted|drunk|tripping|zooted|hammered|plastered|buzzed|crossfaded|geeked|faded|messed up|fucked up|blasted|baked|lit",
  /** Slang that only means intoxicated when a drug is named too ("messed up on the test"). */
  weakHigh: "messed up|fucked up|blasted|baked|lit|faded|wasted",
  act: "make|making|cook|cooking|grow|growing|brew|brewing|synthesi[sz]e|extract|press|roll|rolling|smoke|smoking|snort|snorting|inject|shoot up|dab|vape|vaping|hide|sneak|buy|get|order|score|cop|sell|selling|deal|dealing|take|taking|mix|drink|drinking|hit|use|try",
  detail: "step by step|exact(?:ly)? (?:amounts?|measurements|chemicals|temperatures?|which|how)|the amounts|temperatures|real recipe|like a (?:real )?recipe|which chemicals|precise (?:amounts|steps)|ingredients? list|full recipe|detailed (?:steps|instructions|recipe)",
};

const weakHigh = new RegExp(`\\b(?:${f.weakHigh})\\b`);
const drugWord = new RegExp(`\\b(?:${f.drug}|coke|pot|acid|bars|party)\\b`);

export const drugRules: Rule[] = [
  {
    id: "drugs.get_high",
    triggers: "trip tripping roll rolling fry frying crack high stoned wasted drunk tripping zooted hammered plastered buzzed crossfaded geeked faded messed fucked blasted baked lit buzz",
    category: "drugs",
    level: "harmful",
    pattern: rx(
      "\\b(?:{howto}|what|whats|what'?s|which|should i|can i|could i|do i|want to|wanna|trying to|gonna|going to|tips|fastest|quickest)\\b[^.!?]{0,50}\\b(?:get|getting|be|stay|feel)\\s+(?:really |super |so |more |the most |a bit )?(?:{high})\\b|\\b(?:best|better|good|strongest|stronger|biggest) (?:high(?! (?:school|schools|scores?|quality|ground|point|fives?|grades?))|buzz)\\b|\\bget high (?:off|on|from|with)\\b|\\b(?:{howto}|want to|wanna|first time|gonna|going to)\\b[^.!?]{0,40}\\b(?:trip|tripping|roll|rolling|fry|frying)\\s+(?:on|off)\\s+(?:shrooms|mushrooms|acid|lsd|molly|mdma|ecstasy|dmt|ketamine|pills|xans?)\\b|\\b(?:{howto})\\b[^.!?]{0,30}\\b(?:make|cook|smoke|buy|get|sell|do)\\s+(?:some )?crack\\b",
      f,
    ),
    unless: ["professional"],
    quoted: "soften",
    refine: (m, ctx, level) => {
      if (ctx.flags.has("analysis")) return null;
      if (weakHigh.test(m.text) && !/\bhigh\b/.test(m.text) && !drugWord.test(ctx.n.text)) return null;
      return level;
    },
  },
  {
    id: "drugs.make_use_buy",
    triggers: wordsOf(f.drug, ""),
    category: "drugs",
    level: "harmful",
    pattern: rx("\\b(?:{howto}|want to|wanna|trying to|gonna|going to)\\b {w6}(?:{act})\\b[^.!?]{0,25}\\b(?:{drug})\\b|\\b(?:{act})\\s+(?:some |a |my )?(?:{drug})\\b[^.!?]{0,40}\\b(?:without (?:my )?(?:parents|mom|dad|anyone|teachers?|getting caught|id|an id)|(?:in|at) school|in my (?:room|closet|locker)|(?:if|when|and) (?:i'?m|im|i am) (?:\\d{1,2}|underage))\\b", f),
    unless: ["professional"],
    quoted: "soften",
    refine: (m, ctx, level) => {
      // Reporting or asking about someone else's use is not asking to use.
      if (/\b(?:if|when|what (?:should|do) i do if) (?:someone|somebody|a (?:kid|student|friend|classmate)|people|kids|students|my friend)\b|\b(?:report|tell a (?:teacher|counselor|trusted adult)|someone is selling)\b/.test(ctx.n.text)) return null;
      // "how do vaccines ...", "how do i take my allergy pills", "what happens when you drink alcohol" (health class).
      if (/\b(?:pills|sleeping pills|alcohol|cigarettes|nicotine|drugs|opioids|beer)\b/.test(m.text) && !/\b(?:buy|get|sneak|hide|score|cop|sell|make|cook|grow|without|underage|\d{2})\b/.test(m.text)) return null;
      if (/\b(?:effects?|happens|risks?|dangers?|why (?:is|are|do)|harmful|addictive|affect|prevention|quit|stop|help (?:a|my) (?:friend|parent|mom|dad))\b/.test(ctx.n.text) && !/\b(?:buy|get|sneak|hide|score|cop|make|cook|grow|roll|without)\b/.test(m.text)) return null;
      return level;
    },
  },
  {
    id: "drugs.hidden_use",
    category: "drugs",
    level: "harmful",
    triggers: "vape vaping smoke smoking dab dabbing juul juuling drink drinking high dose dosage",
    pattern: rx("\\b(?:{howto}|can i|could i|want to|wanna)\\b {w3}(?:vape|smoke|dab|juul|hit (?:my|a|the) (?:vape|pen|juul)|drink|get high|get drunk)\\b[^.!?]{0,40}\\b(?:without (?:my |the |any |a )?(?:teachers?|parents?|mom|dad|anyone|getting caught|them|the school|staff|smoke detector)|so (?:my|the|no one|nobody) (?:\\w+ )?(?:doesn'?t|dont|don'?t|wont|won'?t|can'?t|cant) (?:notice|smell|see|find out|know)|in (?:class|school|the bathroom|the school bathroom))\\b|\\b(?:good|safe|right|best|normal|strong|starter|beginner) (?:dose|dosage|amount) of (?:{drug})\\b", f),
    unless: ["professional"],
    refine: (m, ctx, level) => (/\b(?:dose|dosage|amount)\b/.test(m.text) && /\b(?:medicine|prescribed|doctor|allergy|adhd)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "drugs.underage_purchase",
    triggers: wordsOf(f.drug, "fake"),
    category: "drugs",
    level: "harmful",
    pattern: rx("\\b(?:buy|get|order|cop)\\b[^.!?]{0,30}\\b(?:{drug}|fake id)\\b[^.!?]{0,40}\\b(?:i'?m|im|i am) (?:1[0-9]|only 1[0-9]|underage|a minor|in (?:middle|high) school)\\b|\\b(?:buy|get|order)\\b[^.!?]{0,30}\\b(?:{drug})\\b[^.!?]{0,30}\\b(?:without (?:an |a )?id|no id|don'?t have (?:an )?id|dont have (?:an )?id)\\b|\\b(?:where|how) (?:can|do|could) (?:i|u|you|a (?:teen|minor|kid))\\b[^.!?]{0,20}\\b(?:get|buy|make|order)\\b[^.!?]{0,5}\\b(?:a )?fake id\\b", f),
    unless: ["professional"],
  },
  {
    id: "drugs.dosing",
    triggers: wordsOf(f.drug, ""),
    category: "drugs",
    level: "harmful",
    pattern: rx("\\bhow (?:much|many)\\b[^.!?]{0,30}\\b(?:{drug})\\b[^.!?]{0,40}\\b(?:should i|do i|to (?:get|feel|trip)|for a (?:good|better|real) (?:high|trip|buzz)|to get (?:high|drunk|messed up|fucked up|wasted))\\b", f),
    unless: ["professional"],
  },
  {
    id: "drugs.recipe_details",
    triggers: wordsOf(f.drug, ""),
    category: "drugs",
    level: "harmful",
    // A story is a fine wrapper, but a real recipe inside it is still a recipe.
    pattern: rx("\\b(?:cooks?|cooking|makes?|making|synthesi[sz]\\w*|brews?|grows?)\\s+(?:the )?(?:{drug})\\b[^\\n]{0,300}\\b(?:{detail})\\b|\\b(?:{detail})\\b[^\\n]{0,200}\\b(?:cook|make|synthesi[sz]e)s? (?:the )?(?:{drug})\\b", f),
    unless: ["professional"],
  },
  {
    id: "drugs.instructions_output",
    triggers: wordsOf(f.drug, "roll grind pack light cook cut joint blunt bowl gram bud high buzz trip here make need hash wax moonshine"),
    category: "drugs",
    level: "harmful",
    directions: ["output"],
    pattern: rx(
      "\\b(?:here'?s|here is) how to (?:make|cook|grow|roll|smoke|get|buy|hide)\\b[^.!?]{0,40}\\b(?:{drug}|high)\\b|\\b(?:roll|grind|pack|light|cook|cut) (?:the |a |your )?(?:joint|blunt|bowl|meth|weed|gram|bud|crack|cocaine)\\b|\\bgrind (?:about )?(?:a|half a|an eighth of a) gram\\b|\\bfor the best (?:high|buzz|trip)\\b|\\bto make (?:meth|crack|lsd|mdma|dmt|lean|purple drank|edibles|wax|dabs|hash|moonshine)\\b|\\b(?:you'?ll|you will) need\\b[^.!?]{0,60}\\b(?:{drug})\\b",
      f,
    ),
    unless: ["educational"],
  },
];

export const drugVocabulary = ["meth", "weed", "cocaine", "heroin", "xanax", "vape", "high", "drugs", "joint", "blunt", "molly", "lean", "fentanyl"];
