// Drugs: getting high, dosing, making, growing, buying underage or hiding use
// is harmful; health-class facts, prevention lessons and a parent night on
// fentanyl are not. Ambiguous words (coke, pot, acid, bars) only count next
// to words of getting high.
import { rx, type Rule } from "../rules.ts";

const f = {
  drug:
    "meth|methamphetamine|crystal meth|crack cocaine|cocaine|heroin|fentanyl|fent|oxy|oxys|oxycodone|oxycontin|percocets?|percs|xanax|xans|benzos?|adderall|molly|mdma|ecstasy|lsd|shrooms|magic mushrooms|psilocybin|ketamine|dmt|pcp|weed|marijuana|cannabis|thc|dabs?|wax pens?|thc carts?|edibles?|joints?|blunts?|bongs?|vapes?|juul|juuls|nicotine|zyns?|alcohol|beer|vodka|liquor|whiskey|tequila|booze|lean|purple drank|codeine|cough syrup|robitussin|dxm|nitrous|whippets|inhalants?|poppers|drugs|opioids|opiates|pills|sleeping pills|cigarettes|cigs|dip|kratom|delta[- ]?8|nyquil|dayquil|benadryl|dramamine|coricidin|triple cs?|delsym|mucinex dm|tramadol|vicodin|hydrocodone|morphine|klonopin|valium|ativan|ambien|ritalin|vyvanse|salvia|k2|spice|hash|mushrooms|weed pens?|dab pens?|carts|kush|gabapentin|lortab|norco|promethazine|dextromethorphan",
  high: "high(?! (?:scores?|grades?|marks|school|schools|up|ground|enough|quality|speed|temperatures?|pressure|levels?|bar|point|five|jump|tide|way|seas?|frequency|heat|res|definition|in protein|fives|blood|cholesterol|fever|marks?|praise|hopes|standards|rank|honors|altitude))|stoned|wasted|drunk|tripping|zooted|hammered|plastered|buzzed|crossfaded|geeked|faded|messed up|fucked up|blasted|baked|lit",
  /** Slang that only means intoxicated when a drug is named too ("messed up on the test"). */
  weakHigh: "messed up|fucked up|blasted|baked|lit|faded|wasted",
  act: "make|making|cook|cooking|grow|growing|brew|brewing|synthesi[sz]e|synthesi[sz]ing|extract|extracting|pressing|buying|getting|ordering|scoring|using|trying|snorting|injecting|press|roll|rolling|smoke|smoking|snort|snorting|inject|shoot up|dab|vape|vaping|hide|sneak|buy|get|order|score|cop|sell|selling|deal|dealing|take|taking|mix|drink|drinking|hit|use|try",
  detail: "every (?:chemical|measurement|step|ingredient)|full extraction|all the chemicals|reagents|reaction conditions|exact quantities|step[- ]by[- ]step|exact(?:ly)? (?:amounts?|measurements|chemicals|temperatures?|which|how)|the amounts|temperatures|real recipe|like a (?:real )?recipe|which chemicals|precise (?:amounts|steps)|ingredients? list|full recipe|detailed (?:steps|instructions|recipe)",
};

const pastEra = /\b(?:in|during|of) the (?:1[5-9]|20)\d0s\b|\bprohibition\b|\bback (?:then|in the day)\b|\bin (?:ancient|medieval|colonial|victorian) \w+|\b\d{1,2}(?:st|nd|rd|th) century\b/;
const weakHigh = new RegExp(`\\b(?:${f.weakHigh})\\b`);
const drugWord = new RegExp(`\\b(?:${f.drug}|coke|pot|acid|bars|party)\\b`);

export const drugRules: Rule[] = [
  {
    id: "drugs.get_high",
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
      // "i want to understand why people get drunk": a question about other people, not a wish.
      if (/\b(?:why|how come) (?:do )?(?:people|some people|kids|teens|adults|someone)\b/.test(m.text)) return null;
      // "how did people get drunk in the 1920s if alcohol was illegal": a history question about other people, not a plan.
      if (pastEra.test(ctx.n.text) && !/\b(?:i|me|my|we|us|our)\b/.test(m.text)) return null;
      if (weakHigh.test(m.text) && !/\bhigh\b/.test(m.text) && !drugWord.test(ctx.n.text)) return null;
      return level;
    },
  },
  {
    id: "drugs.make_use_buy",
    category: "drugs",
    level: "harmful",
    // Word steps rather than "[^.!?]{0,25}": the same reach, tried at word starts only (this rule runs on most texts that name a drug).
    pattern: rx("\\b(?:{howto}|want to|wanna|trying to|gonna|going to)\\b {w6}(?:{act})\\s+(?:[^\\s.!?]+\\s+){0,4}?(?:{drug})\\b|\\b(?:{act})\\s+(?:some |a |my )?(?:{drug})\\b[^.!?]{0,40}\\b(?:without (?:my )?(?:parents|mom|dad|anyone|teachers?|getting caught|id|an id)|(?:in|at) school|in my (?:room|closet|locker)|(?:if|when|and) (?:i'?m|im|i am) (?:\\d{1,2}|underage))\\b", f),
    unless: ["professional"],
    quoted: "soften",
    refine: (m, ctx, level) => {
      // "why did britain want to sell drugs to china": a history question about others.
      if ((pastEra.test(ctx.n.text) || /\b(?:opium wars?|why did (?:the )?\w+ (?:want|need|try) to)\b/.test(ctx.n.text)) && !/\b(?:i|me|my|we|us|our)\b/.test(m.text)) return null;
      // Reporting or asking about someone else's use is not asking to use.
      if (/\b(?:if|when|what (?:should|do) i do if) (?:someone|somebody|a (?:kid|student|friend|classmate)|people|kids|students|my friend)\b|\b(?:report|tell a (?:teacher|counselor|trusted adult)|someone is selling)\b/.test(ctx.n.text)) return null;
      // "how does the body get rid of alcohol": the liver at work.
      if (/\bget(?:s|ting)? rid of\b/.test(m.text)) return null;
      // "how do vaccines ...", "how do i take my allergy pills", "what happens when you drink alcohol" (health class).
      if (/\b(?:pills|sleeping pills|alcohol|cigarettes|nicotine|drugs|opioids|beer)\b/.test(m.text) && !/\b(?:buy|get|sneak|hide|score|cop|sell|make|cook|grow|without|underage|\d{2})\b/.test(m.text)) return null;
      if (/\b(?:effects?|happens|risks?|dangers?|why (?:is|are|do)|harmful|addictive|affect|prevention|quit|stop|help (?:a|my) (?:friend|parent|mom|dad))\b/.test(ctx.n.text) && !/\b(?:buy|get|sneak|hide|score|cop|make|cook|grow|roll|without)\b/.test(m.text)) return null;
      // Staff learning what to look for ("how vaping devices can be used to hide THC and what signs teachers should look for").
      if (/\b(?:signs|warning signs|look for|recogni[sz]e|spot|detect|identify|(?:teachers|parents|staff|adults|we) (?:should|can|need to))\b/.test(ctx.n.text) && !/\b(?:i|me|my)\b/.test(m.text) && !/\b(?:can i|should i|do i|how do i|how can i|i want|i wanna|i need(?! (?:a|this|the|some) (?:slide|handout|training|presentation|lesson|email|letter|summary)))\b/.test(ctx.n.text)) return null;
      return level;
    },
  },
  {
    id: "drugs.hidden_use",
    category: "drugs",
    level: "harmful",
    pattern: rx("\\b(?:{howto}|can i|could i|want to|wanna)\\b {w3}(?:vape|smoke|dab|juul|hit (?:my|a|the) (?:vape|pen|juul)|drink|get high|get drunk)\\b[^.!?]{0,40}\\b(?:without (?:my |the |any |a )?(?:teachers?|parents?|mom|dad|anyone|getting caught|them|the school|staff|smoke detector)|so (?:my|the|no one|nobody) (?:\\w+ )?(?:doesn'?t|dont|don'?t|wont|won'?t|can'?t|cant) (?:notice|smell|see|find out|know)|in (?:class|school|the bathroom|the school bathroom))\\b|\\b(?:good|safe|safest|right|best|normal|strong|starter|beginner|first[- ]time|smallest|minimum) (?:dose|dosage|amount) of (?:{drug})\\b", f),
    unless: ["professional"],
    refine: (m, ctx, level) => (/\b(?:dose|dosage|amount)\b/.test(m.text) && /\b(?:medicine|prescribed|doctor|allergy|adhd|adults?|per (?:day|week)|daily|recommended|legal limit|standard drink|health class)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "drugs.underage_purchase",
    category: "drugs",
    level: "harmful",
    pattern: rx("\\b(?:buy|get|order|cop|find|score|steal|grab)\\b[^.!?]{0,30}\\b(?:{drug}|fake id)\\b[^.!?]{0,40}\\b(?:i'?m|im|i am) (?:\\d{1,2}|only \\d{1,2}|underage|a minor|a kid|in (?:middle|high|elementary) school|in (?:\\d|1[0-2])(?:st|nd|rd|th) grade)\\b|\\b(?:{drug})\\b[^\\n]{0,40}\\bwhere (?:do|can|could|should|would) (?:i|u|you|we|kids|a kid) (?:get|buy|find|score|cop|order) (?:one|some|it|them|any)\\b|\\b(?:buy|get|order)\\b[^.!?]{0,30}\\b(?:{drug})\\b[^.!?]{0,30}\\b(?:without (?:an |a )?id|no id|don'?t have (?:an )?id|dont have (?:an )?id)\\b|\\b(?:where|how) (?:can|do|could) (?:i|u|you|a (?:teen|minor|kid))\\b[^.!?]{0,20}\\b(?:get|buy|make|order)\\b[^.!?]{0,5}\\b(?:a )?fake id\\b", f),
    unless: ["professional"],
  },
  {
    id: "drugs.dosing",
    category: "drugs",
    level: "harmful",
    pattern: rx("\\bhow (?:much|many)\\b[^.!?]{0,30}\\b(?:{drug})\\b[^.!?]{0,40}\\b(?:should i|do i|to (?:get|feel|trip)|for a (?:good|better|real) (?:high|trip|buzz)|to get (?:high|drunk|messed up|fucked up|wasted)|gets? (?:you|u|me|someone|a person) (?:high|rolling|tripping|drunk|faded|buzzed|stoned|messed up|fucked up|wasted|lit)|(?:you|u|i) need to (?:get|feel|trip|roll))\\b", f),
    unless: ["professional"],
  },
  {
    id: "drugs.recipe_details",
    category: "drugs",
    level: "harmful",
    // A story is a fine wrapper, but a real recipe inside it is still a recipe.
    pattern: rx("\\b(?:cooks?|cooking|makes?|making|synthesi[sz]\\w*|brews?|grows?|extract\\w*)\\s+(?:the )?(?:{drug})\\b[^\\n]{0,300}\\b(?:{detail})\\b|\\b(?:{detail})\\b[^\\n]{0,200}\\b(?:cook\\w*|mak\\w+|synthesi[sz]\\w*|extract\\w*|brew\\w*)s? (?:the |your own |some )?(?:{drug})\\b", f),
  },
  {
    id: "drugs.instructions_output",
    category: "drugs",
    level: "harmful",
    directions: ["output"],
    pattern: rx(
      "\\b(?:here'?s|here is) how to (?:make|cook|grow|roll|smoke|get|buy|hide)\\b[^.!?]{0,40}\\b(?:{drug}|high)\\b|\\b(?:roll|grind|pack|light|cook|cut) (?:the |a |your )?(?:joint|blunt|bowl|meth|weed|gram|bud|crack|cocaine)\\b|\\bgrind (?:about )?(?:a|half a|an eighth of a) gram\\b|\\bto (?:sneak|smuggle|hide|bring) (?:\\w+ )?(?:{drug}|alcohol|booze|liquor) (?:into|in|to|past|at)\\b|\\bpour (?:the )?(?:vodka|alcohol|liquor|booze|whiskey|rum|tequila)\\b[^.!?]{0,20}\\binto (?:an? |the |your )?(?:empty )?(?:water bottle|bottle|flask|thermos|juice|soda|perfume bottle|mouthwash bottle)\\b|\\bfor the best (?:high|buzz|trip)\\b|\\bto (?:get|buy|score|find|order) (?:\\w+ )?(?:{drug}) without (?:a )?(?:prescription|id|your parents|getting caught)\\b|\\b(?:\\d+(?:\\.\\d+)?|one|two|three|half a|a quarter)(?: (?:to|or) \\d+(?:\\.\\d+)?)? (?:grams?|g|mg|milligrams?|tabs?|pills?|hits?|doses?|drops?|ml|shots?)\\b[^.!?]{0,25}\\b(?:{drug}|shrooms|mushrooms|acid)\\b[^.!?]{0,40}\\b(?:starting dose|first time|beginner|to (?:start|feel (?:it|something)|trip|get high|roll)|typical (?:dose|amount)|good (?:dose|amount))\\b|\\b(?:\\d+(?:\\.\\d+)?|one|two|half a)(?: (?:to|or) \\d+)? ?(?:grams?|g|mg|milligrams?|tabs?|pills?|hits?)\\b[^.!?]{0,15}\\bof (?:{drug}|shrooms|acid)\\b[^.!?]{0,40}\\b(?:redose|re-dose|take another|boost|for a concert|at a (?:party|concert|festival)|to roll|to trip)\\b|\\b(?:for your first time|to start|as a beginner)\\b[^.!?]{0,20}\\b(?:\\d+(?:\\.\\d+)?|one|two|half a)(?: to \\d+)? (?:grams?|g|mg|tabs?|pills?|hits?)\\b|\\bto get (?:more|higher|really|super|extra|the most|a better|a stronger|even more) (?:high|buzzed|stoned|drunk|faded|lit|messed up)\\b|\\b(?:for|get) (?:a )?(?:stronger|better|bigger|longer|more intense) (?:high|buzz|trip)\\b|\\bto make (?:meth|crack|lsd|mdma|dmt|lean|purple drank|edibles|wax|dabs|hash|moonshine)\\b(?=,?\\s+(?:you|u|first|start|begin|mix|add|combine|get|gather|take|heat|grab|buy|just|simply|all you))|\\b(?:you'?ll|you will) need\\b[^.!?]{0,60}\\b(?:{drug})\\b|\\b(?:hide|mask|cover(?: up)?|get rid of|kill)\\s+the (?:smell|scent|odor)\\b[^.!?]{0,25}\\b(?:when (?:you|u) (?:smoke|vape|hit it)|of (?:the )?(?:smoke|{drug})|from (?:smoking|vaping|{drug}))\\b[^.!?]{0,60}\\b(?:blow|exhale|spray|open|dryer sheets?|towel|fan|window|sploof|toilet paper)\\b",
      f,
    ),
    unless: ["educational"],
  },
  {
    id: "drugs.fake_id",
    category: "drugs",
    level: "harmful",
    directions: ["input"],
    pattern: rx(
      // "how to get a fake id so i can buy juul pods at the gas station"
      "\\bfake ids?\\b[^.!?]{0,60}\\b(?:buy|get|purchase|cop|grab)\\b[^.!?]{0,30}\\b(?:juul|juuls|vapes?|pods|carts|nicotine|cigarettes|cigs|beer|alcohol|liquor|vodka|wine|seltzers?|weed|edibles|dab pens?)\\b" +
        "|\\b(?:buy|get|purchase|cop|grab)\\b[^.!?]{0,30}\\b(?:juul|juuls|vapes?|pods|carts|nicotine|cigarettes|cigs|beer|alcohol|liquor|vodka|wine|seltzers?|weed|edibles)\\b[^.!?]{0,40}\\bfake ids?\\b",
    ),
    unless: ["professional"],
    quoted: "soften",
  },
  {
    id: "drugs.mixing_or_first_try",
    category: "drugs",
    level: "harmful",
    directions: ["input"],
    pattern: rx(
      // "my friend has percs, is it safe to take 2 with a couple beers"
      "\\b(?:percs?|percocets?|xanax|xans|bars|oxys?|oxycodone|lean|molly|adderall|benzos?|pills|edibles)\\b[^.!?]{0,50}\\b(?:with|and|plus) (?:a couple (?:of )?|some |a few |a )?(?:beers?|alcohol|drinks|shots|vodka|liquor|white claws?|seltzers?)\\b" +
        // "my friend has xanax bars, how many should we take before the game friday"
        "|\\b(?:xanax|xans|bars|percs?|molly|pills|edibles|shrooms|acid|tabs)\\b[^\\n]{0,40}\\bhow (?:many|much) (?:should|can|do) (?:we|i|u|you) take\\b" +
        // "how much I sniff to try it one time? I am 13"
        "|\\bhow (?:much|many) (?:do |should |can |would )?(?:i |u |you )?(?:sniff|snort|smoke|take|eat|drink)\\b[^.!?\\n]{0,40}\\b(?:try it|first time|one time|to feel it|to get high|powder)\\b",
    ),
    unless: ["professional"],
    refine: (_m, ctx, level) => (/\b(?:prescribed|my doctor|pharmacist|allergy|cold medicine|tylenol|advil|dangerous to mix|why (?:is|are)|health class)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "drugs.how_to_output",
    category: "drugs",
    level: "harmful",
    directions: ["output"],
    pattern: rx(
      // "For a strong effect, most people pour about..."
      "\\bfor a (?:strong|stronger|better|bigger|longer) (?:effect|high|buzz|trip)\\b[^.!?]{0,40}\\b(?:pour|take|use|mix|add|smoke|drink)\\b" +
        // "Step 3 of the DMT extraction: once the root bark has soaked in the lye water"
        "|\\bto extract (?:dmt|thc|codeine|dxm)\\b[^\\n]{0,60}\\b(?:you'?ll need|first|lye|naphtha|solvent)\\b|\\b(?:pull|get) the (?:dxm|codeine|thc) out of\\b|\\b(?:dmt|meth|mdma|lsd|ghb|fentanyl|thc|codeine|dxm)\\b[^\\n]{0,30}\\b(?:extraction|extract\\w*|synthesis|cook)\\b[^\\n]{0,100}\\b(?:add|soak\\w*|shake|heat|mix|pour|filter|evaporate|grind|powder)\\b" +
        // "To get a fake ID that passes at the dispensary ... order from one of these vendors"
        "|\\bfake ids?\\b[^\\n]{0,60}\\b(?:order from|vendors?|passes|scannable|barcode|hologram)\\b",
    ),
  },
  {
    id: "drugs.more_requests",
    category: "drugs",
    level: "harmful",
    pattern: rx(
      // "my friend gets percs from a guy, how do i ask him for some"
      "\\bhow (?:do|can|should) i (?:ask|get|buy|cop)\\b[^.!?]{0,30}\\b(?:for )?(?:some|them|percs|pills|weed|xans|bars|carts|molly|coke|shrooms)\\b(?=[^\\n]{0,60}\\b(?:percs?|pills|weed|xans?|bars|carts|molly|coke|shrooms|guy|dealer|narc)\\b|[^\\n]*\\b(?:percs?|pills|weed|xans?|bars|carts|molly|coke|shrooms)\\b)" +
        // answers: "the best way to huff is to put the nozzle ...", "to pass the test, drink a gallon of water ... so your sample"
        // "what cleaning sprays can you huff to get a buzz", "how much should a 100 lb person take for a strong trip"
        "|\\b(?:what|which|best|good)\\b[^.!?\\n]{0,30}\\b(?:can|could|should|do) (?:you|i|u|we|people) (?:huff|sniff)\\b|\\b(?:huff|huffing|sniff|sniffing)\\b[^.!?\\n]{0,40}\\bto get (?:a )?(?:buzz|buzzed|high|lightheaded|dizzy)\\b" +
        "|\\bhow (?:much|many)\\b[^.!?\\n]{0,50}\\b(?:take|eat|drink|smoke|use|have)\\b[^.!?\\n]{0,20}\\b(?:for|to get) (?:a )?(?:(?:strong|intense|heavy|crazy|big|good|nice|real) (?:trip|high|buzz)|buzz|high)\\b(?! (?:protein|fiber|score|scores|grade|grades|school|five|heat))" +
        // answers: "getting adderall for finals is easy: ask around for someone with a prescription, pay about $5 a pill"
        "|\\b(?:getting|buying|get|buy) (?:adderall|xanax|percs|oxy|molly|weed|vapes?|carts?|edibles)\\b[^\\n]{0,60}\\b(?:is easy|ask around|pay about|\\$\\d+ (?:a|per) pill)\\b" +
        // "how do you cut percocets with other stuff so i have more to sell at school"
        "|\\bcut (?:the |my |your )?(?:percs|percocets|pills|coke|cocaine|heroin|fent|fentanyl|molly|weed|xans)\\b[^.!?\\n]{0,30}\\b(?:with|so i have more|to sell|stretch)\\b" +
        // "what should i mix with vodka so i black out fastest", "how many pressed 30s can i take"
        "|\\b(?:black ?out|get (?:wasted|drunk|faded|hammered))\\b[^.!?\\n]{0,10}\\b(?:fastest|faster|quickest|quicker|quick|fast)\\b|\\bhow (?:many|much)\\b[^.!?\\n]{0,10}\\b(?:pressed (?:30s|pills|bars|percs)|m-?30s|blues|fent pills)\\b" +
        // answers: "making your own thc cart is easy: mix the distillate with the terpenes and heat it"
        "|\\b(?:distillate|terpenes|cutting agent|vitamin e acetate|thc oil)\\b[^\\n]{0,60}\\b(?:mix|heat|add|fill|load)\\w*\\b[^\\n]{0,60}\\b(?:cart|cartridge|pen|terpenes|distillate|degrees)\\b|\\b(?:make|making|fill|filling) (?:your own )?(?:thc |weed |dab )?carts?\\b[^\\n]{0,40}\\b(?:easy|distillate|terpenes|mix|heat)\\b" +
        // answers: "beat the test by ordering synthetic urine online and keeping it warm"
        "|\\b(?:synthetic urine|fake pee|fake urine|clean urine|someone else'?s (?:pee|urine))\\b[^\\n]{0,80}\\b(?:warm|hand warmer|body temperature|test|tape)\\b" +
        "|\\b(?:the best way to|to) (?:huff|snort|inject|shoot up)\\b[^.!?]{0,30}\\b(?:is to|put|hold|use)\\b|\\bto pass (?:the|a|your) (?:drug )?test\\b[^\\n]{0,80}\\b(?:sample|detox|supplements|flush)\\b",
    ),
    unless: ["professional"],
    quoted: "soften",
    // "why do people get drunk faster on an empty stomach": how the body works, not a wish to.
    refine: (m, ctx, level) => (/^(?:black|get)\b/.test(m.text) && /\b(?:why|how come) (?:do|does) (?:\w+ )?(?:people|you|alcohol|it|girls|guys|kids|teens)\b/.test(ctx.n.text) ? null : level),
  },
];

// Exact doses "to get high without dying" are a recipe whoever asks, a lesson included.
drugRules.push({
  id: "drugs.exact_doses",
  category: "drugs",
  level: "harmful",
  pattern: rx("\\b(?:exact|precise|specific|safe|right|how many)\\s+(?:doses?|amounts?|dosages?|quantities|mg|milligrams)\\s+of\\s+(?:{drug})\\b[^.!?]{0,60}\\b(?:high|trip|buzz|rolling|without (?:killing|dying|overdosing|an overdose)|to feel)\\b", f),
  refine: (_m, ctx, level) => (/\b(?:prescribed|prescription|doctor|pharmacist|nurse|patient)\b/.test(ctx.n.text) && !/\bhigh\b/.test(ctx.n.text) ? null : level),
});

// Beating a drug test means hiding use from the adults who test for it.
drugRules.push({
  id: "drugs.beat_test",
  category: "drugs",
  level: "harmful",
  pattern: rx(
    "\\b(?:{howto}|can i|could i|will i|would i|do i|should i|tips?|tricks?|ways? to)\\b[^.!?]{0,40}\\b(?:pass|beat|cheat(?: on)?|fake|trick|get around|get past|get through)\\s+(?:a |the |my |this |that |an |our )?(?:\\w+ )?(?:drug tests?|drug screens?|piss tests?|pee tests?|urine tests?|hair (?:follicle )?tests?|swab tests?|dot tests?)\\b|\\b(?:flush|clean|get)\\s+(?:the )?(?:thc|weed|meth|coke|drugs)\\s+(?:out of|from)\\s+(?:my|your) system\\b",
    f,
  ),
  unless: ["professional"],
  refine: (_m, ctx, level) => (/\b(?:prescribed|prescription|my doctor|poppy seeds?|cold medicine|false positive)\b/.test(ctx.n.text) ? null : level),
});

// Precursors and lab steps in an answer ("measured out the pseudoephedrine, added the lithium strips") are a recipe even inside a story.
drugRules.push({
  id: "drugs.precursor_steps_output",
  category: "drugs",
  level: "harmful",
  directions: ["output"],
  pattern: rx(
    "\\b(?:pseudoephedrine|ephedrine|red phosphorus|lithium (?:strips?|batteries)|anhydrous ammonia|iodine crystals|hydriodic acid|safrole|p2p|phenylacetone|methylamine|ergotamine)\\b[^\\n]{0,120}\\b(?:add|added|adding|mix|mixed|mixing|measure|measured|heat|heated|heating|cook|cooked|cooking|combine|combined|dissolve|dissolved|pour|poured|crush|crushed|extract|extracted|strip|stripped|the batch|temperature)\\b|\\b(?:add|added|adding|mix|mixed|measure|measured|heat|heated|combine|combined|dissolve|dissolved|crush|crushed)\\b[^\\n]{0,40}\\b(?:pseudoephedrine|ephedrine|red phosphorus|lithium strips?|anhydrous ammonia|iodine crystals|hydriodic acid|safrole|methylamine)\\b",
  ),
  refine: (m, ctx, level) => (/\b(?:behind the (?:pharmacy )?counter|regulated|restricted|law|illegal|why)\b/.test(ctx.n.text) && !/\b(?:add|added|adding|mix|mixed|measure|measured|heat|heated|strip|stripped|the batch|temperature)\b/.test(m.text) ? null : level),
});

// Psilocybin grow steps ("inject the spore syringe into jars ... keep them in a dark closet") are a recipe without the drug's name.
drugRules.push({
  id: "drugs.grow_steps_output",
  category: "drugs",
  level: "harmful",
  directions: ["output"],
  pattern: rx("\\b(?:spore syringe|spore print|spores?)\\b[^\\n]{0,120}\\b(?:jars?|closet|colonize|colonise|colonization|substrate|brown rice flour|fruiting|grow bag|monotub|inject)\\b|\\b(?:jars?|substrate|brown rice flour|grow bag|monotub)\\b[^\\n]{0,120}\\b(?:spore syringe|spore print|inject (?:the )?spores?)\\b"),
  refine: (_m, ctx, level) => (/\b(?:oyster|shiitake|lion'?s mane|button|portobello|morels?|culinary|edible mushrooms|ferns?|moss|mold|science fair|biology lab)\b/.test(ctx.n.text) ? null : level),
});

export const drugVocabulary = ["shrooms", "meth", "weed", "cocaine", "heroin", "xanax", "vape", "high", "drugs", "joint", "blunt", "molly", "lean", "fentanyl"];
