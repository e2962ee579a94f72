// Threats to others. The hard part is telling a real threat from a teenager's
// hyperbole: "lol im gonna kill my brother if he eats my pizza" is a flag,
// "im going to stab him in the hallway with the knife in my backpack" is an
// alert. A threat becomes critical with signs that it is meant and possible:
// a weapon, a time, a place at school, "for real"; a joke marker with none of
// those keeps it mild.
import { jokingOnly, type TextContext } from "../context.ts";
import { rx, sharedFragments, type Rule, type RuleMatch } from "../rules.ts";
import type { Category, Level } from "../types.ts";

const f = {
  harmVerb:
    "kill(?:ing)?|murder(?:ing)?|stab(?:bing)?|cut(?:ting)?|slash(?:ing)?|shoot(?:ing)?|strangle|strangling|choke|choking|bash(?:ing)?|smash(?:ing)?|beat(?:ing)? (?:up|the (?:crap|shit|hell|fuck) out of)|beat(?:ing)?|jump(?:ing)?|hurt(?:ing)?|punch(?:ing)?|slit|poison(?:ing)?|run(?:ning)? over|end|attack(?:ing)?|slap(?:ping)?|kick(?:ing)?|push(?:ing)?|shove|shoving|trip(?:ping)?|throttle|throttling|smack|smacking|whack|whacking|fight|clobber|pummel|deck|sock|wring|break(?:ing)? (?:his|her|their|your) (?:\\w+)",
  when: "tomorrow|tonight|today|after school|before school|after practice|after the game|at lunch|during (?:lunch|class|the assembly|recess)|next (?:week|period|class)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this (?:week|weekend)|in the (?:morning|hallway|parking lot)",
};

const weaponWord = new RegExp(`\\b(?:${sharedFragments.weapon})\\b`);
const whenWord = new RegExp(`\\b(?:${f.when})\\b`);
const schoolWord = new RegExp(`\\b(?:${sharedFragments.school})\\b`);
const trivialCause = /\b(?:one more time|if (?:he|she|they|you|u|this|my|it|my (?:little |big |older |younger |baby )?(?:sister|brother|sis|bro|mom|dad|cat|dog)) (?:eats?|takes?|touch(?:es)?|uses?|borrows?|steals?|freezes?|crash(?:es)?|lags?|spoils?|loses?|breaks?)|pizza|leftovers?|snacks?|fries|homework|wifi|chromebook|laptop|game|fortnite|minecraft|roblox|spoil\w*|season finale|episode|charger|hoodie|group projects?|whoever (?:keeps )?(?:stole|took|ate|touched|drank|used|finished|moved|hid|stealing|taking|eating|drinking|touching) (?:my|the last)|(?:stole|steals|stealing|took|takes|ate|eats|eating) my lunch|(?:hot )?cheetos|takis|doritos|chips|candy|did (?:nothing|none of the work|zero work)|(?:on|for|with) the slides|(?:group|lab|project) partner|used my (?:\w+ )?(?:mascara|makeup|charger|shampoo|hoodie|clothes|headphones|phone|straightener)|do (?:his|her|their) (?:slides|part|share|work)|(?:run|ran|running|made us run) (?:\d+ |thirty |so many |extra )?(?:suicides|laps?|sprints|miles|suicide drills|bleachers)|answer my texts|text me back|read my (?:diary|journal|texts|messages))\b/;

const victimWord = /\b(?:grade|team|him|her|them|you|u|everyone|everybody|people|kid|kids|guy|guys|girl|girls|boy|boys|students|teacher|bitch|bastard|principal|classmate|class|school|someone|somebody|anyone|anybody|whoever)\b/;
/** Verbs that are a death threat on their own; "punch"/"hurt" without any cue stay mild. */
const lethalVerb = /\b(?:kill|murder|stab|shoot|slit|strangl|poison)\w*|\brun(?:ning)? over\b/;
/** What follows the person when the verb is not violence: "shoot him a text", "beat her at chess", "kill my sister's plant". */
const notHarmAfter =
  /^(?:'?s?\s+feelings\b|\s+(?:a|an)\s+(?:text|message|dm|email|snap|look|glance|call|smile|wave|question|note|link|pic|photo)|\s+to\s+(?:do|be|try|work|study|practice|finish|join|go|talk|get|the front)|\s+(?:harder|further|forward|out\b|off (?:the|my|our) (?:team|group|chat|server|call))|\s+in\s+(?:fifa|2k|madden|the game)|\s+(?:at|in)\s+(?:a |the |this |our )?(?:\w+ )?(?:chess|checkers|race|game|match|1v1|basketball|soccer|football|tennis|volleyball|ping pong|fortnite|minecraft|roblox|smash|mario kart|cards|uno|monopoly|debate|spelling bee|contest|competition|tournament|trivia|arm wrestling|swim meet|track)|'?s (?!(?:face|head|neck|throat|skull|teeth|jaw|nose|legs?|arms?|kneecaps?|ribs?|body|ass|butt|life|family)\b)\w+)/;

/**
 * A blow meant to maim or kill, or a beating planned with others: "push him off the monkey bars so he breaks
 * his neck", "beat her until she cant walk, me and my cousins already planned it".
 */
const graveHarm = /\b(?:so|until|till|til) (?:he|she|they) (?:breaks?|dies?|bleeds?|can'?t walk|cant walk|can'?t move|cant move|stops? breathing|stops? moving|ends? up in the hospital)\b|\b(?:already|we) planned (?:it|this|out)\b|\boff (?:the|a) (?:roof|bridge|cliff|stairs|balcony|monkey bars|bleachers|overpass)\b|\bdown (?:the|a|those) (?:stairs|stairwell|steps)\b|\bin front of (?:a|the) (?:bus|car|train|truck)\b|\bi know exactly (?:how|when|where) (?:i(?:'d| would)?|to)\b|\bi know (?:what car|where) (?:he|she|they) (?:drives?|parks?)\b|\bbeen planning (?:this |it )?for (?:weeks|months|a while|days)\b|\bfind out where (?:he|she|they) lives?\b|\bmake sure (?:he|she|they) (?:can'?t|cant|won'?t|wont) (?:walk|move|stand|come back|talk|see)\b|\b(?:i'?ve|ive|i have|been) (?:been )?planning (?:exactly |out )?(?:how|when|it)\b|\bi think about (?:it|hurting them|hurting him|hurting her|killing them) every (?:day|night|single day)\b/;

/** A laugh, or a petty cause ("whoever ate my fries"), makes a threat a figure of speech, unless a weapon or a plan comes with it. */
function saidInJest(ctx: TextContext): boolean {
  const text = ctx.n.text;
  return ctx.flags.has("hyperbole") || (trivialCause.test(text) && !weaponWord.test(text) && !graveHarm.test(text));
}

/** Threat verb against a person: what counts depends on credibility cues around it. */
function threatLevel(m: RuleMatch, ctx: TextContext, level: Level): Level | null {
  const text = ctx.n.text;
  const object = text.slice(m.end - (m.groups[0] ?? "").length, m.end);
  const isPerson = victimWord.test(object) || ctx.firstNames.has(object.trim().split(/\s+/).pop() ?? "") || /^(?:my|his|her|that|this|the|mr|mrs|ms|miss|mx|coach|dr)\.? /.test(object.trim());
  if (!isPerson) return null;
  if (notHarmAfter.test(text.slice(m.end, m.end + 40))) return null;
  // "i keep shooting them off the back rim": free throws.
  if (/\bshoot/.test(m.text) && /\b(?:free throws?|layups?|hoops?|rim|backboard|three(?:-| )pointers?|jump ?shots?|the net|the goal|baskets?)\b/.test(text)) return null;
  // "i always get caught right after i kill someone" in among us: a game's move; "im going to murder my little brother, he deleted my minecraft world": a real person, a petty game grievance.
  if (/\b(?:among us|impost[eo]r|fortnite|minecraft|roblox|in game|video game|in the game|gta|call of duty|cod|zombies|valorant|apex)\b/.test(text) && !weaponWord.test(text)) {
    return /^(?:my|his|her|that|this|mr|mrs|ms|miss|coach|dr)\b/.test(object.trim()) || ctx.firstNames.has(object.trim().split(/\s+/).pop() ?? "") ? "mild" : null;
  }
  // "we're gonna murder them on saturday ... a hype speech before the rivalry game": a team beaten on the field.
  if (/^(?:them|those guys|the other team|\w+ high)$/.test(object.trim()) && /\b(?:rivalry|game|match|tournament|scrimmage|playoffs?|championship|hype speech|pep talk|locker room|on the (?:court|field|mat))\b/.test(text) && !weaponWord.test(text)) return null;
  // "i dont get why the guards beat people": someone else is the one who hurts.
  const lead = m.text.slice(0, m.text.length - object.length).replace(/\S+\s*$/, "");
  if (/\b(?:why|how|when|where|whether|that|if|what|who)\s+(?:(?:the|those|these|some|his|her|their|our|my)\s+)?(?!i\b|im\b|i'?m\b|i'?ll\b|ill\b|imma\b)[a-z]+\s*$/.test(lead)) return null;
  // "how do i poison my neighbor's dog" asks for a method (violence rules); a pet or a car is not a person.
  if (/\b(?:how|what|which|where)\b[^.!?]{0,40}\b(?:do|can|to|would|should|could) i\b/.test(text.slice(Math.max(0, m.start - 50), m.start + 14)) || /^'?s (?:dog|cat|pet|car|house|bike|phone|puppy|kitten)\b/.test(text.slice(m.end, m.end + 10))) return null;
  const credible = weaponWord.test(text) || whenWord.test(text) || (schoolWord.test(text) && !/\bschool ?work\b/.test(text)) || ctx.flags.has("serious") || graveHarm.test(text);
  const joking = saidInJest(ctx);
  if (joking && !(credible && ctx.flags.has("serious"))) return "mild";
  if (level === "mild") return "mild";
  // "im gonna fight him after school", "im gonna punch the next person who kicks my seat": a fight, not a plan to kill, unless a weapon comes along.
  if (/\b(?:fight|punch|slap|smack|kick|push|shove|trip|deck|sock|whack)\b/.test(m.text) && !weaponWord.test(text) && !graveHarm.test(text)) return "mild";
  // "i'm going to kill my teacher" said flatly is taken at its word.
  return credible || lethalVerb.test(m.text) ? "critical" : "mild";
}

const huntingTrip = /\b(?:hunting(?! (?:rifle|knife|knives|guns?|shotgun|bow|crossbow|license|trip to school))|hunt|deer|pheasant|ducks?|turkey|elk|geese|goose|dove|squirrels?|coyotes?|rabbits?|(?:shooting|gun|rifle) range|(?:to|at) the range|target practice|skeet|trap shooting|clays|sporting clays|hunter ed|hunter safety|season opener|opening day)\b/;
const notTheField = new RegExp(`\\b(?:${sharedFragments.school}|formal|dance|people|kids|everyone|everybody|them all|him|her|them|teachers?|students?|seniors?|juniors?|freshm[ae]n|sophomores?|staff|mr|mrs|ms|coach|stepmom|stepdad|lunch|period|game|homecoming|list|bloodbath|jumped|wait(?:ing)? for|deserve|pay|regret|notice me|trunk|locker|backpack|bag)\\b`);

/** "taking my rifle hunting with grandpa this weekend": a gun going to the field or the range, with no school, event or people in sight, is a family outing. */
export const familyOuting = (ctx: TextContext): boolean => huntingTrip.test(ctx.n.text) && !notTheField.test(ctx.n.text);

const armed = /\bblade\b|\bshoot|\bshooting|\bbomb|\bblow up\b|\bstab|\bset (?:it|them) off\b|\bdetonat|\bopen fire\b|\bpull the trigger\b|\b(?:ar|ak|strap|burner|9 ?mm)\b/;

/** What a threat threatens: violence, with a weapon when one is named or implied. */
export const threatCompanions = (threat: string, ctx: TextContext): Category[] =>
  weaponWord.test(ctx.n.text) || armed.test(threat) || atTheRange.test(ctx.n.text) || explosiveHint.test(ctx.n.text) ? ["violence", "weapons"] : ["violence"];

/** "the fertilizer thing", "make the science wing go up": an explosive meant without its name. */
const explosiveHint = /\b(?:fertili[sz]er|go up|blow (?:it |them |everything )?up|gas cans?)\b/;

/** "been practicing at the range": a gun is meant even when none is named. */
const atTheRange = /\b(?:at the|shooting|gun|firing|rifle|pistol) range\b/;

/** A threat rule's companions: violence, and weapons when the threat or the message names one. */
export const weaponsIfMentioned = (m: RuleMatch, ctx: TextContext): Category[] => threatCompanions(m.text, ctx);

/** Breaking someone's bones or smashing their head is serious said flatly; a joke marker makes it hyperbole. */
function bodilyHarmLevel(m: RuleMatch, ctx: TextContext, level: Level): Level | null {
  const text = ctx.n.text;
  // "how do i break someone's arm" asks for a method: the violence rules answer that.
  if (/\b(?:how|what|which|where|ways?|best way)\b[^.!?]{0,40}\b(?:do|can|to|would|should|could) i\b/.test(text.slice(Math.max(0, m.start - 50), m.start + 14))) return null;
  const credible = weaponWord.test(text) || whenWord.test(text) || schoolWord.test(text) || ctx.flags.has("serious");
  const joking = saidInJest(ctx);
  if (joking && !(credible && ctx.flags.has("serious"))) return "mild";
  return level;
}

export const threatRules: Rule[] = [
  {
    id: "threat.intent_signals",
    category: "threat",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "they will see what happens on monday"
      "\\b(?:they|you|y'?all|everyone|everybody|people|this school|the school|all of (?:you|them)|you all|those \\w+|the \\w+ who \\w+ (?:me|us))\\b[^.!?]{0,20}\\b(?:will|'?ll|are (?:going to|gonna)|gonna) (?:all )?see what happens\\b" +
        // "i know where my grandfather keeps his rifle" (with a grievance in the same message)
        "|\\b(?:i know where|i know how to get|i can get|i have access to|i can get to|i found)\\b[^.!?]{0,30}\\b(?:gun|guns|rifle|pistol|glock|shotgun|firearm|ammo|weapon|the key to (?:the|his|her|my \\w+'?s) (?:gun|safe))s?\\b" +
        // "tyler is going to get hurt tomorrow, i have decided"
        "|\\b(?:[a-z]+|he|she|they|that kid|someone|somebody)\\s+(?:is|are|'?s|'?re)\\s+(?:going to|gonna)\\s+(?:get|be)\\s+(?:hurt|shot|stabbed|killed|jumped|beat up|beaten up|dead|sorry)\\b" +
        // "i'm going to make jenna pay"
        "|\\bmake\\s+(?:[a-z]+|him|her|them|that \\w+|this \\w+)\\s+(?:pay|suffer|bleed|regret (?:it|this|that))\\b(?!\\s+(?:for (?:the|a|my|his|her|their|it|lunch|dinner|pizza|gas|tickets?|food|snacks)|back|attention|\\$|\\d|rent|up|in|with|online))" +
        // "stay away from the gym saturday", "don't come to the dance"
        "|\\b(?:stay|keep) (?:away from|out of|home from) (?:the |my |our )?(?:{school}|dance|game)\\b|\\b(?:don'?t|dont|do not) (?:come|go|show up) to (?:the |my |our )?(?:{school}|dance|game)\\b|\\byall better stay home\\b|\\b(?:you|y'?all|everyone)(?: all)? (?:better|should) stay home\\b" +
        // "wait until i show up with the shotgun"
        "|\\b(?:wait (?:until|till|til|'?til) i (?:show up|come|get there|walk in|come back|pull up|bring)|i(?:'?ll| will|'?m gonna| am gonna| am going to|'?m going to)? (?:show up|pull up|roll up|walk in|come back|come in))\\b[^.!?]{0,25}\\bwith (?:a |the |my |his |her |an )?(?:\\w+'?s )?(?:{weapon})\\b" +
        // "i'll make sure ms reed regrets it", "she won't see it coming"
        "|\\b(?:i'?ll|ill|i will|gonna|going to|i'?m going to|im going to|i'?m gonna|im gonna) make sure (?:{person}|[a-z]+)\\s+(?:regrets?|pays|suffers|gets what'?s coming|never (?:does|forgets|smiles|laughs))\\b|\\b(?:he|she|they|you|u|y'?all) (?:won'?t|wont|will not|never|aint gonna|ain'?t gonna) see (?:it|this|me) coming\\b" +
        // "he's not leaving in one piece", "friday everyone's gonna know my name"
        "|\\b(?:he|she|they|you|u|[a-z]+)(?:'?s|'?re| is| are| will| won'?t| ain'?t| isn'?t)? (?:not |never )?(?:leav(?:e|ing)|walk(?:ing)? out|go(?:ing)? home|mak(?:e|ing) it (?:home|out))\\b[^.!?]{0,10}\\b(?:in one piece|alive|breathing|on (?:his|her|their) own (?:two )?feet)\\b|\\b(?:everyone|everybody|the (?:whole )?(?:world|school|country)|they|people|y'?all)(?:'?s|'?re| is| are| will)? (?:gonna|going to|will|'?ll) (?:all )?(?:know|remember) my name\\b" +
        // "everyone is in the gym when i set it off"
        "|\\b(?:when|before|after|once|while|as soon as) i (?:set it off|set them off|light it|detonate it|pull the trigger|start shooting|open fire|blow it up|set off the bomb)\\b",
    ),
    unless: ["professional", "fiction"],
    quoted: "soften",
    negatable: true,
    refine: (m, ctx, level) => {
      const text = ctx.n.text;
      if (ctx.flags.has("educational") && /\b(?:drill|training|lesson|history|historical|novel|character|story|book|documentary)\b/.test(text)) return null;
      const grievance = /\b(?:bring(?:ing)? (?:it|them) (?:to|into) (?:school|class)|take (?:it|them) to school|bull(?:ied|y|ies|ying)|laugh(?:ed|ing)? at|made fun|picked on|pay|regret|sorry|see what happens|deserve|hate (?:them|him|her|everyone|this school)|revenge|get back at|everyone|all of them|monday|tuesday|wednesday|thursday|friday|tomorrow)\b/;
      if (/^(?:i know|i can|i have|i found)/.test(m.text) && !grievance.test(text)) return null;
      if (/\b(?:going to|gonna)\s+(?:get|be)\b/.test(m.text)) {
        const subject = m.text.split(/\s+/)[0] ?? "";
        if (!["he", "she", "they", "that", "someone", "somebody"].includes(subject) && !ctx.firstNames.has(subject)) return null;
        if (!/\b(?:i (?:have )?decided|i'?ve decided|i'?ll make sure|i will make sure|i'?m making sure|im making sure|trust me|watch|mark my words|i promise|by me|because of me|i swear|i'?m going to|im going to|i will)\b/.test(text)) return null;
      }
      if (/my name$/.test(m.text) && !(weaponWord.test(text) || /\b(?:shoot|shooting|bomb|kill|pay|regret|sorry|gun|die|dead|blood)\b/.test(text))) return null;
      if (/(?:in one piece|alive|breathing|feet)$/.test(m.text) && /\b(?:game|match|tournament|level|escape room|haunted house|roller ?coaster|test|exam|ride)\b/.test(text)) return null;
      if (/see (?:it|this|me) coming$/.test(m.text) && /\b(?:surprise|party|gift|present|birthday|prank|plot twist|ending|movie|book|show)\b/.test(text)) return null;
      if (/^make\s/.test(m.text)) {
        const who = m.text.split(/\s+/)[1] ?? "";
        if (!["him", "her", "them", "that", "this"].includes(who) && !ctx.firstNames.has(who)) return null;
        if (!/\b(?:i|i'?m|im|i'?ll|ill|gonna|going to|will)\b/.test(text)) return null;
        const credible = weaponWord.test(text) || whenWord.test(text) || schoolWord.test(text) || ctx.flags.has("serious");
        if (jokingOnly(ctx)) return "mild";
        return credible ? level : "mild";
      }
      if (/^(?:stay|keep|don'?t|dont|do not|y'?all|you|everyone)/.test(m.text) && !(weaponWord.test(text) || /\b(?:shoot|shooting|bomb|blow|kill|hurt|regret|sorry|pay)\b/.test(text))) return null;
      if (/^(?:when|before|after|once|while|as soon as)/.test(m.text) && !new RegExp(`\\b(?:everyone|everybody|people|${sharedFragments.school})\\b`).test(text)) return null;
      return jokingOnly(ctx) ? "mild" : level;
    },
    also: weaponsIfMentioned,
  },
  {
    id: "threat.target_list",
    category: "threat",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      "\\b(?:a|my|the|this)\\s+(?:\\w+\\s+)?list\\b[^.!?]{0,30}?\\b(?:who|people|everyone|everybody|names|kids|students|teachers|classmates)\\b[^.!?]{0,30}?\\b(?:i'?m|im|i am|i will|i'?ll|ill|gonna|going to|to|i want to|i wanna|i need to|that|who)\\s+(?:\\w+\\s+){0,2}(?:hurt|kill|shoot|stab|murder|attack|make (?:them |\\w+ )?pay|pay(?! (?:for|back|me|us|the|\\$|\\d|rent|dues|attention|their share|up|in|with|online|cash))|die|suffer|regret|get hurt|get shot|be sorry)\\b",
    ),
    unless: ["professional", "fiction", "educational"],
    quoted: "soften",
    negatable: true,
    refine: (_m, ctx, level) => (jokingOnly(ctx) ? "mild" : level),
    also: () => ["violence"],
  },
  {
    id: "threat.bodily_harm",
    category: "threat",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      "\\b(?:{i}|i (?:swear|promise)|imma|gonna|going to|finna|i will|i'?m going to|im going to|i'?m gonna|im gonna|i want to|i wanna|tryna)\\b {w6}(?:break|breaking|smash|smashing|bash|bashing|snap|snapping|crack|cracking|bust|busting|cave|caving|slice|slicing|split|splitting)\\s+(?:both\\s+)?(?:his|her|their|your|ur|that (?:\\w+)'?s|this (?:\\w+)'?s|my (?:\\w+ )?(?:\\w+)'?s|[a-z]+'s)\\s+(?:\\w+'?s?\\s+)?(?:face|head|skull|teeth|jaw|nose|legs?|arms?|neck|kneecaps?|ribs?|fingers?|throat|lip|eye|spine)(?:\\s+(?:in|open))?\\b",
      f,
    ),
    unless: ["professional", "fiction"],
    quoted: "soften",
    negatable: true,
    refine: bodilyHarmLevel,
    also: () => ["violence"],
  },
  {
    id: "threat.intent_to_harm",
    category: "threat",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      "\\b(?:{i}|i (?:swear|promise)|imma|gonna|going to|finna|i will|i'?m going to|im going to|i'?m gonna|im gonna|i want to|i wanna|tryna)\\b {w6}(?:{harmVerb})\\s+((?:(?:{person})\\b|[a-z]+(?=\\s+(?:in|at|after|with|tomorrow|today|tonight|if|when|for|before|on|really|so|bad|badly|real|till|until|and|because|cuz|next|now|rn|right|again|this|tmrw)\\b|\\s*[.!?,]|\\s*$)))",
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
    category: "threat",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      "\\bshoot(?:ing)? up (?:the |this |my |our |that )?(?:{school}|place|floor|building)\\b|\\bshoot (?:this|the|that|my|our) (?:place|school|building|class|cafeteria|gym) up\\b|\\bshoot (?:everyone|everybody|them all|all of them|up the\\b(?! (?:screen|sky|air|ladder|leaderboard|rankings?|charts?|ramp|hill)\\b))\\b|\\b(?:bring|bringing|take|taking|brought|carry|carrying|sneak|sneaking)\\s+(?:a |my |our |their |my (?:\\w+ )?\\w+'?s |his |her |the |an )(?:gun|guns|rifles?|pistols?|glock|knife|knives|weapons?|ar-?15|ak-?47|ar|ak|bomb|explosives?|handgun|revolver|9 ?mm|\\.22|\\.38|\\.45|blicky|glizzy|draco|strap|piece|burner|shotguns?|(?:12|16|20|410)[- ]?gauge)\\s+(?:to|into|in) (?:the |my |our )?(?:{school}|game|dance|prom|party|practice|(?:winter |spring )?formal|homecoming|(?:the )?dance)\\b|\\b(?:bomb|blow up|burn down|set fire to|shoot up) (?:the |this |our |my )?(?:{school}|building)\\b|\\b(?:kill|hit|death|hate|shoot) list\\b|\\blist of (?:people|names|kids|everyone)\\b[^.!?]{0,30}\\b(?:deserve|need|have|going|gonna) to (?:die|pay(?! (?:for|back|me|us|the|\\$|\\d|rent|dues|attention|their share|up|in|with|online|cash))|suffer|be shot|get hurt)\\b|\\bdon'?t (?:come|go) to school (?:tomorrow|on \\w+|\\w+day)\\b|\\bdont (?:come|go) to school\\b|\\b(?:bring|bringing|take|taking|grab|grabbing|get|getting|use|using)\\s+(?:a |my |my (?:\\w+ )?\\w+'?s |his |the |an )(?:gun|guns|rifle|pistol|glock|shotgun|ar-?15|knife|bomb)\\b[^.!?]{0,40}\\b(?:end|ending|kill|killing|shoot|shooting|take out|taking out|get|getting) (?:all of (?:them|you)|them all|every(?:one|body)|those \\w+|the whole)\\b|\\b(?:someone|somebody|people|kids|everyone)\\s+(?:is|are)?\\s*(?:going to|gonna|will)\\s+(?:get hurt|die|get shot|get killed|bleed)\\b[^.!?]{0,40}\\b(?:{school}|tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday)\\b|\\b(?:put|plant|leave|set off|hide|place) (?:a |the |my )?(?:bomb|pipe bomb|explosive|explosives)\\s+(?:in|at|on|under|inside)\\b|\\b(?:bring|bringing|brought|take|taking|carry|carrying)\\s+(?:a |my |our |my (?:\\w+ )?\\w+'?s |his |the |an )(?:gun|guns|rifle|pistol|glock|shotgun|(?:12|16|20|410)[- ]?gauge|ar-?15|ak-?47|handgun|revolver|9 ?mm|blicky|glizzy|draco|weapon|bomb|(?:bat|knife|machete|brass knuckles|strap|piece)(?= (?:to|into) (?:school|class)))\\b(?! (?:safety|control|show|range|club|class))|(?<!\\b(?:when|if|whether|how|why)\\s+)\\b(?:everyone|everybody|all of (?:you|them)|they|people|those kids)\\b[^.!?]{0,30}\\b(?:is|are)\\s+(?:going to|gonna)\\s+(?:die|get shot|bleed|pay)\\b|\\bi (?:have|got|brought|am bringing|'?m bringing|im bringing|carry|keep)\\s+(?:a |my |my \\w+'?s |his |the )?(?:gun|pistol|glock|rifle|knife|switchblade|weapon|bomb)\\b[^.!?]{0,20}\\b(?:in|at|to) (?:my (?:bag|backpack|locker|car|pocket|desk)|school|class)\\b|\\bwatch what happens to\\b|\\b(?:someone|somebody)\\s+(?:needs to|should|is going to|gonna|has to)\\s+(?:kill|shoot|stab|hurt|murder)\\b[^.!?]{0,30}\\b(?:it'?s|its|and it'?s|it will be|it'?ll be) (?:gonna be |going to be )?me\\b|\\b(?:won'?t|wont|will not) be (?:laughing|smiling|around|breathing) (?:after|when|once|on (?:monday|tuesday|wednesday|thursday|friday)|for long|much longer|tomorrow|next week)\\b|\\bafter i'?m done with (?:her|him|them|you)\\b|\\bmake (?:everyone|everybody|them|him|her|all of them|those \\w+|every \\w+)\\b[^.!?]{0,30}\\bpay\\b(?!\\s+(?:for (?:the|a|my|his|her|their|it|lunch|dinner|pizza|gas|tickets?|food|snacks|dues|damages?|repairs?)|back|attention|\\$|\\d|rent|up|in|with|online|half|their share))|\\b(?:come|coming) back (?:here |to school )?with (?:a |my |the )?(?:gun|knife|weapon|bomb|rifle|bat)\\b|\\b(?:keeps?|kept|hides?|hid) (?:his|her|the|a) (?:gun|guns|rifle|pistol)\\b[^.!?]{0,60}\\b(?:use it|bring it|take it|shoot)\\b|\\b(?:just )?wait (?:until|till|til) (?:tomorrow|monday|tuesday|wednesday|thursday|friday|next week)\\b[^.!?]{0,30}(?:you'?ll see|watch|everyone will)",
      f,
    ),
    unless: ["professional", "fiction"],
    quoted: "soften",
    negatable: true,
    refine: (_m, ctx, level) => {
      if (ctx.flags.has("educational") && /\b(?:drill|training|lesson|history|what to do)\b/.test(ctx.n.text)) return null;
      // "who was harriet tubman and did she really carry a gun": a question about a person in history.
      if (/^\s*(?:who (?:was|were)|did (?:she|he|they) really|was it true|is it true)\b/.test(ctx.n.text) && !/\b(?:i|i'?m|im|i'?ll|ill|my|me|we)\b/.test(ctx.n.text)) return null;
      // "taking my rifle hunting with grandpa this weekend": a gun going to the field or the range, with no school, event or people in sight, is a family outing.
      if (familyOuting(ctx)) return null;
      // "whats the best way to sneak a knife into school": asking how is refused by the weapons rules; it names no one and no day.
      if (/\b(?:how (?:do|can|could|would|to)|(?:what'?s|whats|what is) the (?:best|easiest) way to|best way to)\b[^.!?]{0,20}\bsneak\b/.test(ctx.n.text) && !/\b(?:tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|i'?m gonna|im gonna|going to (?:shoot|stab|kill|hurt))\b/.test(ctx.n.text)) return null;
      // Asking about the rules ("what is the punishment for bringing a weapon to school") is not a plan.
      if (/\b(?:punishment|consequences?|penalty|policy|rules?|allowed|illegal|legal|expelled|suspended|what happens (?:if|when)|is it (?:ok|okay)|arrested|charged|caught|detained|accused|rumou?r|incident|was found|were found)\b/.test(ctx.n.text) && !/\b(?:i'?m|im|i am|i will|i'?ll|ill|gonna|tomorrow)\b/.test(ctx.n.text)) return null;
      return level;
    },
    also: weaponsIfMentioned,
  },
  {
    id: "threat.retribution",
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
    // "bomb in the 200 hallway bathroom friday. not a joke this time": a day and "not a joke" make it meant, said in the first person or not.
    refine: (_m, ctx, level) => (/\b(?:i|i'?m|im|i'?ll|ill|me|my)\b/.test(ctx.n.text) || (ctx.flags.has("serious") && whenWord.test(ctx.n.text)) ? level : "mild"),
    also: () => ["violence", "weapons"],
  },
];

export const threatVocabulary = ["kill", "stab", "shoot", "bomb", "gun", "murder"];
