// Self-harm: a first-person disclosure or plan is critical (someone may be in
// danger now); a request for methods is harmful; talking about suicide in a
// lesson, a novel or a staff note is neither. The rules look for the writer's
// own voice ("i", "me", "myself") so third-person and quoted speech do not fire.
import { jokingOnly, type TextContext } from "../context.ts";
import { rx, sharedFragments, type Rule, type RuleMatch } from "../rules.ts";

const f = {
  /** Up to four words of the writer's own clause: {selfw4} that does not run past a comma. */
  clause4: sharedFragments.selfw4!.replace("[^\\s.!?]+", "[^\\s.!?,]+"),
  selfVerb: "kill|killing|killed|unalive|unaliving|unalived|off|offing|hang|hanging|end|ending|suffocate|overdose on|od on",
  /** Verbs that mean self-injury with "myself" or a body part ("cut my arm"). */
  injure: "cut|cutting|cuts|burn|burning|burns|burned|burnt|scratch|scratching|starve|starving|carve|carving",
  /** Verbs that need "myself" ("i hurt my leg" is an accident, "i hurt myself on purpose" is not). */
  hurt: "hurt|hurting|hurts|harm|harming|harms|punish|punishing|hit|hitting|choke|choking|punch|punching|slap|slapping|bang|banging|bite|biting|starve|starving",
  bodyPart: "myself|my (?:arms?|wrists?|legs?|thighs?|skin|stomach|body|hips?)",
  deathWish:
    "die|be dead|dying|not exist|stop existing|not be alive|not be here|disappear forever|not wake up|never wake up|end it(?: all)?|end my life|end everything|kill myself|unalive myself|overdose|od|take all (?:of )?(?:my|the) (?:pills|meds)|give up on (?:life|living|everything)|be gone forever|sleep forever|go to sleep forever",
  method: "pills?|sleeping pills|tylenol|advil|ibuprofen|acetaminophen|painkillers|meds|medicine|bleach|rope|noose|razor|blade|knife|gun|overdose",
  place: "overpass|bridge|roof|rooftop|building|cliff|balcony|parking garage|tower|window",
  accident: "by accident|accidentally|on accident|(?:nervous|scared|afraid|worried) about|while (?:cooking|shaving|cutting|playing|skating|baking)|cooking|baking|at practice|in (?:gym|pe|practice)|on (?:a|the) (?:piece of paper|paper|can|stove|oven|pan|iron|grill|curling iron|fence|glass)|with (?:a|the) (?:paper|scissors)|playing|fell|skateboard|bike",
};

/** "i dont want to", "i would never", "im not going to": the writer says they will not. */
const ownDenial = /^\S+\s+(?:\S+\s+){0,2}?(?:(?:don'?t|dont|do not) (?:want|plan|intend) to|(?:would|will|'d|d) never|never (?:would|will)|(?:am|'m|m) not (?:going to|gonna))\b/;

/** An answer drafting a referral ("the student stated he 'would be better off dead'") reports a child's words to the adult who must see them. */
function reportedInAnswer(m: RuleMatch, ctx: TextContext): boolean {
  return ctx.direction === "output" && /\b(?:the student|a student|student|she|he|they)\b[^.!?]{0,30}\b(?:wrote|said|stated|reported|told|disclosed|shared|mentioned)\b[^.!?]{0,60}$/.test(ctx.n.text.slice(Math.max(0, m.start - 120), m.start));
}

export const selfHarmRules: Rule[] = [
  {
    id: "self_harm.suicidal_statement",
    category: "self_harm",
    level: "critical",
    pattern: rx("\\b(?:{selfVerb}) (?:my ?self|myself)\\b|\\b(?:kms|kmsl|kys myself)\\b|\\b(?:end|take) my (?:own )?life\\b|\\b(?:i'?m|im|i am|i feel|i'?ve been|ive been|been|feeling|i get|i keep (?:getting|having)|i have|i'?ve had|having)\\s+(?:so |really |very |kinda |pretty |super |feeling |really feeling )?(?:suicidal|suicidal thoughts|thoughts (?:of|about) suicide)\\b|\\b(?:i|i'?ve|ive|i have|i keep|been|i'?ve been|ive been)\\s+(?:\\w+\\s+){0,2}(?:thinking|thought) (?:about|of) (?:suicide|killing myself|ending my life|ending it|dying|death)\\b|\\b(?:want|wanna|going|gonna|plan|planning|thinking about|think about|try|tried|trying) (?:to )?commit(?:ting)? suicide\\b|\\bmy sui(?:c|s)ide (?:attempt|plan|note|letter)\\b|\\bslit(?:ting)? my wrists?\\b|\\bself[- ]?delete\\b|\\bsewer ?slide\\b", f),
    negatable: true,
    quoted: "soften",
    refine: (m, ctx, level) => {
      // "im gonna kill myself if i fail lol" from a student is still worth a counselor's look,
      // but a joke marker without a seriousness marker makes it a flag, not an alert.
      if (level === "critical" && jokingOnly(ctx)) return "mild";
      // Reported speech in a staff note ("the student said he feels suicidal").
      // "a safety plan for a 7th grader who has been having suicidal thoughts" too.
      if (/\b(?:he|she|they|student|friend|character|grader|kid|child|teen|son|daughter|who)\b[^.!?]{0,20}$/.test(ctx.n.text.slice(Math.max(0, m.start - 30), m.start)) && !/myself|my (?:own )?life|kms/.test(m.text)) return "mild";
      return level;
    },
  },
  {
    id: "self_harm.self_injury",
    category: "self_harm",
    level: "critical",
    pattern: rx("\\b(?:{i}|i (?:still|keep|kept|sometimes|started|always|just)|sometimes i|i have been|i'?ve been|been)\\b {w4}(?:(?:{injure}) (?:{bodyPart})|(?:{hurt}) myself)\\b[^.!?]{0,40}", f),
    negatable: true,
    // "how do i hold the knife so i dont cut myself": taking care not to.
    // "how much weight can i cut for wrestling without starving myself": taking care not to.
    // "i dont want to hurt myself or anything, i just get super upset": the words between deny it.
    refine: (m, ctx, level) => (new RegExp(`\\b(?:${f.accident})\\b`).test(m.text) || /\b(?:without|instead of|rather than)\s+\w+ (?:myself|my \w+)\b/.test(m.text) || ownDenial.test(m.text) || /\b(?:so|that|to make sure|without)\s+i\s+(?:don'?t|dont|do not|won'?t|wont|never)\s+(?:accidentally\s+)?\w+\s+myself\b/.test(ctx.n.text.slice(Math.max(0, m.start - 16), m.end)) ? null : level),
  },
  {
    id: "self_harm.cutting",
    category: "self_harm",
    level: "critical",
    pattern: rx("\\b(?:i'?ve been|ive been|i been|been|i started|started|i keep|i'?m|im|i am|i)\\s+(?:\\w+\\s+)?(?:cutting|burning|scratching|hurting|harming)(?: myself)?\\s+(?:again|every (?:day|night)|a lot|more|lately|for (?:weeks|months|a while))\\b|\\b(?:relapsed|relapse) (?:on|with|into) (?:cutting|self[- ]?harm)\\b|\\bi (?:hide|cover|cover up) (?:my |the )?(?:cuts|scars|marks|it) (?:with|under|so)\\b", f),
    negatable: true,
    refine: (_m, ctx, level) => (/\b(?:hair|paper|coupons|class|carbs|sugar|wood|fabric|grass|onions?|vegetables)\b/.test(ctx.n.text) && !/\b(?:myself|arms?|wrists?|legs?|thighs?|scars|cuts|sleeves)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "self_harm.death_wish",
    category: "self_harm",
    level: "critical",
    pattern: rx(
      // The words between stay in one clause: in "i dont think i can keep going, i want to die" the wish is the second "i"'s, and the "dont" before the first does not deny it.
      "\\b(?:i|i'?m|im|i am|i'?ve|ive|i just|i really|i honestly|i kinda|i lowkey|i sometimes|sometimes i)\\b {clause4}(?:want(?:ed)? to|wanna|wish i (?:was|were|could)|ready to|plan(?:ning)? to|going to|gonna|thinking (?:about|of)|think about|keep thinking about|about to)\\s+(?:just\\s+)?(?:{deathWish})\\b",
      f,
    ),
    negatable: true,
    refine: (m, ctx, level) => {
      // "im gonna die if i dont make honors orchestra": a wish for something, said the way everyone says it.
      if (/^\s+if i (?:don'?t|dont|do not) (?:make|get|pass|finish|win|see|find|go|hear)\b/.test(ctx.n.text.slice(m.end, m.end + 24))) return null;
      if (/\bdie (?:of|from) (?:embarrassment|laughter|boredom|cringe)|\bdying (?:to|of)\b|\bdie (?:my|her|his|your) hair\b|\b(?:die|dying|died) (?:laughing|of laughter|inside lol)\b/.test(ctx.n.text.slice(m.start, m.end + 20))) return null;
      if (level === "critical" && jokingOnly(ctx)) return "mild";
      return level;
    },
  },
  {
    id: "self_harm.not_alive",
    category: "self_harm",
    level: "critical",
    pattern: rx(
      "\\bwish i (?:was|were|wasn'?t|wasnt|was not|had never been|hadn'?t been) (?:dead|never born|born|alive|here|around)\\b|\\b(?:don'?t|dont|do not|didn'?t|didnt) (?:want to|wanna) (?:be alive|live anymore|live(?! (?:in|with|near|like|on|at|there|here|by|off|up|through|without))|exist|be here anymore|keep living|be alive anymore)\\b|\\b(?:don'?t|dont|do not) (?:want to|wanna) wake up(?: (?:ever|again|anymore|tomorrow))?(?=\\s*(?:[.!?,\\n]|$|and\\b|every|i\\b|im\\b))|\\b(?:to|and|i'?d|i would|so i|that i) (?:not|never) wake up\\b|\\bno (?:reason|point) (?:for me |in me |of me )?(?:to |in )?(?:live|living|be alive|being alive|stay alive|going on|keep going|be here|exist|wake up)\\b|\\b(?:don'?t|dont|do not|can'?t|cant) see (?:the|any) (?:point|reason) (?:in|of|to) (?:living|life|being alive|going on|keep going|anything anymore|existing)\\b",
      f,
    ),
    negatable: false,
    quoted: "soften",
    refine: (m, ctx, level) => (reportedInAnswer(m, ctx) ? null : level),
  },
  {
    id: "self_harm.burden",
    category: "self_harm",
    level: "critical",
    pattern: rx(
      "\\b(?:better|happier|easier)(?: off)? without me\\b|\\bbetter off (?:without me|if i (?:was|were|wasn'?t|wasnt|weren'?t|just|died|disappeared)|with me gone|dead)\\b|\\b(?:nobody|no one|noone|no-one|everyone|everybody|they|people|my (?:\\w+ )?(?:family|friends|parents|mom|dad))\\b {w4}(?:would|will|'?d|wouldn'?t|wouldnt|won'?t|even)\\b {w4}(?:notice|care|miss me|be (?:fine|better|happier|ok|okay|relieved))\\b[^.!?]{0,20}\\bif i (?:was|were|wasn'?t|wasnt|weren'?t|just|died|disappeared|left|didn'?t exist|didnt exist|killed|was gone|was dead|stopped)\\b|\\bi'?m (?:just )?a burden (?:to|on) (?:everyone|everybody|my family|them)\\b|\\bno one would miss me\\b|\\bnobody would miss me\\b",
      f,
    ),
    quoted: "soften",
    refine: (m, ctx, level) => (reportedInAnswer(m, ctx) ? null : level),
  },
  {
    id: "self_harm.exhaustion",
    category: "self_harm",
    level: "critical",
    pattern: rx(
      "\\b(?:tired|sick|done) (?:of|with) (?:existing|living|being alive|life itself|being here|it all)\\b|\\bwant (?:it all|everything|the pain|this|it|all of it|all this) to (?:stop|end|go away) (?:forever|for good|permanently)\\b|\\bwhat'?s the point (?:of|in) (?:living|being alive|going on|anything anymore|life anymore|even trying anymore|existing)\\b|\\bwhats the point (?:of|in) (?:living|being alive|going on|anything anymore|existing)\\b",
      f,
    ),
    negatable: true,
    quoted: "soften",
  },
  {
    id: "self_harm.thoughts_of_death",
    category: "self_harm",
    level: "critical",
    pattern: rx(
      "\\bi\\b {selfw4}(?:think|thinking|thought|dream|dreaming|fantasi[sz]e|fantasi[sz]ing|obsess|obsessing)\\w* (?:about|of) (?:dying|death|being dead|my death|not being (?:here|alive|around)|ending (?:it|my life|everything)|killing myself|suicide|disappearing|not waking up|jumping|overdosing)\\b|\\b(?:want|wanna|going|gonna|need|wish i could) to (?:just )?disappear (?:forever|for good|and never come back|permanently)\\b|\\bhow (?:much )?longer i can (?:hold on|keep going|do this|take (?:it|this)|last|keep living)\\b|\\b(?:i'?m|im|i am) not (?:going to|gonna) be (?:here|around|alive) (?:much longer|anymore|for long|tomorrow|next week)\\b|\\bi (?:won'?t|wont|will not) be (?:here|around|alive) (?:much longer|anymore|for long|tomorrow|next week)\\b|\\bi overdosed\\b",
      f,
    ),
    negatable: true,
    quoted: "soften",
  },
  {
    id: "self_harm.hopeless",
    category: "self_harm",
    level: "mild",
    pattern: rx(
      "\\b(?:can'?t|cant|cannot) (?:do this|go on|take (?:it|this)|keep going|handle (?:it|this)) anymore\\b|\\bwhat'?s the point of (?:anything|life|it all)\\b|\\bwhats the point of (?:anything|life|it all)\\b|\\bi (?:just |really |honestly |kinda |lowkey )?hate (?:myself|who i am|being me|being alive|my own existence|existing)\\b(?! for| when| lol| lmao| haha| sometimes for)|\\b(?:i'?m|im|i am|i feel like)\\s+(?:such |a total |a complete |just |nothing but )?(?:a |an )?(?:failure|disappointment|waste of space|waste of air|mistake|burden)\\b(?! at\\b| in\\b)|\\bwant (?:it all|everything) to (?:stop|end)\\b",
      f,
    ),
    quoted: "soften",
    // "i feel like such a failure, how do i get over it and try again next year": a setback the writer is already working past.
    refine: (m, ctx, level) => (/\b(?:failure|disappointment)\b/.test(m.text) && /\b(?:try again|get over it|move on|bounce back|do better next|improve|next (?:year|time|semester))\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "self_harm.plan",
    category: "self_harm",
    level: "critical",
    pattern: rx(
      "\\b(?:i|i'?ve|ive)\\s+(?:have|hav|got|made|make|wrote|written|finished|started|am writing|'?m writing|been writing|left)\\s+(?:a |my |the )?(?:plan|plans|goodbye (?:letters?|notes?|messages?|videos?)|suicide (?:note|letter)s?|will)\\b[^.!?]{0,40}|\\b(?:giving|gave|give) away (?:all )?(?:my|all my) (?:stuff|things|belongings|stuff to|clothes|games)\\b|\\bthis (?:weekend|week|friday|saturday|sunday|monday|month) is when i (?:do|'?ll do|will do|go through with) it\\b|\\bwhen i (?:do|go through with) it\\b",
      f,
    ),
    refine: (m, ctx, level) => {
      // "i have a plan for my essay" is not a plan to die: a plan needs an end-of-life object nearby.
      if (/\bplans?\b/.test(m.text) && !/\b(?:end it|end my life|kill myself|die|do it|suicide|not be here|the rope|overdose|jump)\b/.test(ctx.n.text.slice(m.start, m.end + 40))) return null;
      if (/\bwill\b$/.test(m.text) && !/suicide|goodbye|die/.test(ctx.n.text)) return null;
      // "nothing ever works when i do it" is a lab going wrong: "when i do it" is a plan only beside an end, a day or a means.
      if (/^when i (?:do|go through with) it$/.test(m.text) && !/\b(?:die|dying|dead|end it|end my life|kill myself|suicide|not be here|gone|goodbye|note|pills|rope|jump|bridge|hurt myself|cut|tonight|tomorrow|this weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|after|before|sorry|miss me|cry|sad|funeral|forever|finally|a will|my (?:cat|dog|pets?|stuff|things|room|clothes))\b/.test(ctx.n.text)) return null;
      return level;
    },
  },
  {
    id: "self_harm.attempt_or_means",
    category: "self_harm",
    level: "critical",
    pattern: rx(
      "\\b(?:i'?m|im|i am|i'?ll|ill|i will|gonna|going to|i'?m going to|ready to|about to)\\s+(?:finally\\s+|just\\s+)?end(?:ing)? (?:it(?: all)?|things|everything|my life)\\b(?! with)|\\bi (?:tied|tie|hung|hang|set up|made|bought|got)\\s+(?:a |the |my )?(?:rope|noose|belt|cord)\\b[^.!?]{0,30}\\b(?:closet|room|garage|ceiling|fan|tree|beam|door|neck)\\b|\\b(?:my )?(?:scars|cuts)\\b[^.!?]{0,20}\\b(?:deeper|worse|more)\\b[^.!?]{0,30}\\b(?:can'?t|cant|cannot) stop\\b|\\bi (?:tried|attempted|try|keep trying|was trying) (?:to )?(?:overdose|od|kill myself|end my life|hang myself|end it|commit suicide|take my (?:own )?life|cut my wrists?)\\b|\\bi (?:have|got|keep|kept|hid|hide|bought|stashed|saved)\\s+(?:a |the |some |my )?(?:razors?|blades?|pills|rope|noose)\\b[^.!?]{0,40}\\b(?:hidden|saved|stashed|ready|for when|in case|just in case|when it gets|already|right here|in my (?:room|closet|bag|drawer))\\b|\\bfor when it gets (?:bad|too much|really bad|worse)\\b|\\b(?:going to|gonna|will|i'?ll|ill|plan to|planning to|about to) (?:take|swallow) (?:them|it|those|these|all of them|all of it)\\b[^.!?]{0,20}\\b(?:tonight|tomorrow|today|all|at once|this weekend)\\b|\\bmy (?:arms?|legs?|wrists?|thighs?|body|stomach) (?:are|is) (?:covered in|full of) (?:cuts|scars|burns|marks)\\b|\\b(?:if|when) i (?:jump|jumped|jumping) (?:off|from) (?:the |a |my )?(?:roof|bridge|building|overpass|balcony|cliff|window|tower)\\b",
      f,
    ),
    negatable: true,
    refine: (m, ctx, level) => (/\bend(?:ing)? it\b/.test(m.text) && !/\b(?:tonight|tomorrow|today|done|can'?t|cant|anymore|tired|goodbye|this weekend|for good|life|alive|pain|over)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "self_harm.not_worth_living",
    category: "self_harm",
    level: "critical",
    pattern: rx(
      "\\b(?:life|living|my life|it)\\s+(?:is\\s+)?(?:isn'?t|isnt|is not|ain'?t|not)\\s+worth (?:living|it anymore|going on)\\b|\\bnot worth living\\b|\\bi (?:don'?t|dont|do not) deserve to (?:live|be alive|exist|be here)\\b|\\bi (?:deserve|should|ought) to (?:just )?die\\b|\\b(?:i'?ll|ill|i will|i'?m going to|im going to|gonna) (?:not|never) be alive\\b|\\b(?:don'?t|dont|do not) think (?:i'?ll|ill|i will|i'?m going to|im gonna|i'?m gonna|im going to) (?:be alive|be here|be around|make it|live) (?:by|to|until|till|through|past|much longer|next|for|at|on|after|when)\\b|\\b(?:tell|let) (?:my|them|everyone|my (?:mom|dad|family|parents|sister|brother|friends)) (?:\\w+ )?(?:that )?i (?:love|loved) (?:her|him|them|you|everyone)\\b[^\\n]{0,40}|\\bi'?m sorry for everything\\b[^\\n]{0,80}\\b(?:tell|goodbye|love|miss|forgive)\\b|\\b(?:tell|let) (?:my|them|everyone|my (?:mom|dad|family|parents|sister|brother|friends)) (?:\\w+ )?(?:that )?i'?m sorry\\b(?=[^\\n]{0,60}\\b(?:can'?t|cant|cannot) (?:do (?:it|this)|go on|keep going|take it)(?: anymore)?\\b|[^\\n]{0,60}\\b(?:goodbye|for everything|won'?t be|love (?:her|him|them)))|\\bi (?:hope|wish|pray) (?:i|that i) (?:get hit by|die|don'?t wake up|dont wake up|never wake up|crash|get killed|just die|drown)\\b|\\bhow (?:much|many)\\b[^.!?]{0,40}\\b(?:would|will|could|to)\\s+kill me\\b|\\b(?:gonna|going to|i'?ll|ill|i will) do it (?:tonight|tomorrow|today|this weekend|soon)\\b[^\\n]{0,60}\\b(?:made up my mind|goodbye|no one can stop me|nobody can stop me|for real|it'?s decided|im ready|i'?m ready)\\b|\\bi (?:punch|hit|slap|bang|scratch|bite) (?:myself|my (?:head|face|arms?|legs?))\\b[^.!?]{0,40}\\b(?:when|whenever|because|until|every time|if)\\b|\\bcutting (?:myself )?is (?:the only|my only|what)\\b|\\bif i (?:wasn'?t|wasnt|weren'?t|werent|was not|were not) (?:alive|here anymore|around anymore|born|in it)\\b|\\bif i (?:was|were) (?:dead|gone)\\b|\\b(?:to|at|come to|show up to|go to|miss) my (?:own )?funeral\\b|\\b(?:letters?|notes?|messages?|videos?)\\b[^.!?]{0,20}\\b(?:to say goodbye|saying goodbye|goodbye|farewell)\\b|\\b(?:i|nobody|no one)\\b[^.!?]{0,30}\\bi (?:should|might as well|need to) (?:just )?(?:end it|die|kill myself|disappear)\\b",
      f,
    ),
    negatable: true,
    quoted: "soften",
    refine: (m, ctx, level) => {
      // "i dont think ill be around for the group meeting friday, i have a dentist appointment": an absence with its reason.
      if (/\bbe around for (?:the|our|my|a) /.test(ctx.n.text.slice(m.start, m.end + 14)) && /\b(?:appointment|dentist|doctor|orthodontist|vacation|trip|out of town|tournament|game|practice|sick|funeral|wedding|visiting|visit)\b/.test(ctx.n.text)) return null;
      return jokingOnly(ctx) && !/worth living|deserve to live/.test(m.text) ? "mild" : level;
    },
  },
  {
    id: "self_harm.farewell",
    category: "self_harm",
    level: "critical",
    pattern: rx("\\b(?:tomorrow|tonight|today|this weekend|friday|saturday|sunday|monday) is the (?:day|night)(?=\\s*[.!]*\\s*$)|\\bthis is (?:my )?goodbye\\b|\\bgoodbye forever\\b|\\bi won'?t be (?:here|around) (?:tomorrow|much longer|anymore)\\b|\\bi wont be (?:here|around) (?:tomorrow|much longer|anymore)\\b|\\bit'?ll all be over (?:soon|tonight|tomorrow)\\b", f),
    refine: (m, ctx, level) => (/is the (?:day|night)/.test(m.text) && !/\b(?:note|letter|goodbye|pills|end it|miss me|sorry|forgive|last)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "self_harm.method_for_self",
    category: "self_harm",
    level: "critical",
    pattern: rx(
      "\\bhow (?:many|much)\\b {w6}(?:{method})\\b[^.!?]{0,50}\\b(?:not wake up|never wake up|don'?t wake up|dont wake up|won'?t wake up|wont wake up|die|to die|kill me|kill myself|be fatal|overdose|od|end it|be lethal|stop my heart|(?:would|will|is|are|be) (?:be )?enough(?! (?:for (?:a|the|my|this) (?:week|trip|day|month|weekend|camp))))\\b|\\b(?:pills|meds|medicine|medication)\\b[^.!?]{0,20}\\b(?:saved up|stockpiled|hidden|hoarded)\\b|\\bi'?(?:ve| have| am|'m|m)? (?:been )?(?:stockpiling|hoarding|saving up|stashing) (?:my |the |some |all )?(?:pills|meds|medication|medicine|sleeping pills|pain pills)\\b|\\bi (?:stole|took|grabbed|snuck) (?:some of |a bottle of |all of )?(?:my \\w+'?s?|the|her|his) (?:\\w+ )?(?:pills|meds|medication)\\b[^.!?]{0,25}\\b(?:saving|keeping|hiding|stashing) (?:them|it)\\b|\\b(?:which|what|how many|how much)\\s+(?:of (?:my |the |these |those )?)?(?:pills|meds|medicines?|medications?|tylenol|advil)\\b[^.!?]{0,30}\\b(?:would|will|could|can|to)\\s+(?:kill me|make me die|stop my heart|end it|end my life)\\b|\\b(?:which|what)\\s+(?:pills|meds|medicines?|medications?)\\s+(?:are|is)\\s+(?:the )?(?:most )?(?:dangerous|deadly|lethal|toxic)\\s+(?:if|when)\\s+(?:you|u|i|someone)\\s+(?:take|takes|took|swallow)\\s+(?:a lot|too many|all|a bunch|too much)\\b|\\b(?:take|swallow|taking|swallowing|down|od on) (?:them all|all of them|(?:all|a bunch|a lot|the whole bottle|a whole bottle|every one) (?:of )?(?:(?:my|the|her|his|mom'?s|moms|dad'?s|dads|my \\w+'?s|these|those)\\s+){1,2}(?:pills|meds|medicine|medication|tylenol|advil|sleeping pills|painkillers|xanax|insulin))\\b|\\b(?:on|at|to) the (?:{place}|edge|ledge|tracks)\\b[^.!?]{0,40}\\b(?:thinking (?:about|of)|wanted to|want to|about to) (?:jump|jumping)\\b|\\b(?:{i}|i keep|been)\\b {w3}(?:thinking about|think about|want to|wanna|going to|gonna)\\s+(?:jumping|jump|stepping|walking|running) (?:off|in front of|into)\\b[^.!?]{0,15}\\b(?:{place}|car|bus|train|truck|traffic)\\b",
      f,
    ),
    // "which pills are the most dangerous if you take a lot" asks generally: refused; with "i" it is about the writer.
    refine: (m, _ctx, level) => (/^(?:which|what)\b/.test(m.text) && !/\b(?:i|me|my)\b/.test(m.text) ? "harmful" : level),
  },
  {
    id: "self_harm.method_request",
    category: "self_harm",
    level: "harmful",
    pattern: rx(
      "\\b(?:{howto})\\b {w4}(?:kill (?:yourself|oneself|urself|your self|a person'?s self)|commit suicide|die painlessly|end (?:your|one'?s) life|hang (?:yourself|oneself)|slit (?:your|one'?s) wrists?|overdose|od|cut (?:yourself|deeper|without)|self[- ]?harm without|hide (?:cuts|scars|self[- ]?harm|cutting|the cuts|the scars|marks|burns)|starve (?:yourself|myself)|make (?:yourself|myself) (?:throw up|puke|vomit))\\b|\\b(?:most painless|easiest|quickest|fastest|surest|least painful|best|most effective|most reliable|most certain) (?:way|method)s? (?:for (?:him|her|them|someone|a person|a character|my character|the character|a kid|a teen|a girl|a boy) )?(?:to|of) (?:die|dying|suicide|commit suicide|kill (?:myself|yourself|oneself|himself|herself|themselves)|end (?:it|my life|your life|his life|her life|their life)|overdose|od|hang (?:myself|yourself|himself|herself|themselves))\\b|\\b(?:suicide|self[- ]?harm) (?:methods?|techniques?|instructions|tips)\\b|\\blethal dose\\b|\\bpainless (?:suicide|death)\\b|\\b(?:what|which)\\b[^.!?]{0,30}\\b(?:can|could) (?:you|i|u|someone|a person|people) (?:overdose|od) on\\b|\\bhow (?:deep|hard|far|long)\\b[^.!?]{0,30}\\b(?:cut|slice|slit)\\b[^.!?]{0,30}\\b(?:vein|artery|arteries|bleed out|die|wrists?)\\b|\\bpro[- ]?ana\\b|\\bthinspo\\b",
      f,
    ),
    unless: ["professional"],
    refine: (m, ctx, level) => {
      // A method wanted for oneself ("to die", "myself") is a crisis, not just a refused request.
      // In a model's answer it is harmful content to refuse, not someone's disclosure.
      // "how do i hide the cuts on my wrist": the cuts are the writer's own.
      if (/^\s*(?:on|in|from|off) my\b/.test(ctx.n.text.slice(m.end)) && /\bhide\b/.test(m.text)) return ctx.direction === "output" ? "harmful" : "critical";
      if (/\b(?:myself|my life|my (?:cuts|scars|burns|wrists?|arms?|thighs?))\b|\bactually hit a (?:vein|artery)\b|\bways? (?:to|of) (?:die|dying)\b|\b(?:to actually be serious|for it to (?:count|work|be serious))\b|\bway out\b|\bfor someone who weighs\b|\b\d+ ?(?:lbs|pounds|kg)\b|^how (?:deep|hard|far|long)\b[^.!?]*\b(?:i|me|my)\b|\bcan i (?:overdose|od) on\b/.test(m.text)) return ctx.direction === "output" ? "harmful" : "critical";
      // A toxicology lesson or a novel's poison, not "for a project" said by a student asking for an amount.
      // "whats the lethal dose of caffeine? i drink like 3 monsters a day": a worry about a habit, not a plan.
      if (/lethal dose/.test(m.text) && /\b(?:caffeine|energy drinks?|monsters?|red ?bulls?|coffee|water|sugar|salt|vitamin \w+|chocolate)\b/.test(ctx.n.text) && !/\b(?:pills|tablets|want to die|kill myself|end it)\b/.test(ctx.n.text)) return null;
      if (/lethal dose/.test(m.text) && (ctx.flags.has("fiction") || /\b(?:history|historical|toxicology|pharmacology|nurse|nursing|overdose prevention|naloxone|narcan|poison control|socrates|hemlock|ld50|test population|scientists|toxicity)\b/.test(ctx.n.text))) return null;
      // "what is narcan and how does it reverse an overdose": the rescue, not the method.
      if (/\b(?:narcan|naloxone|reverse|reverses|revive|first aid|poison control)\b/.test(ctx.n.text)) return null;
      // Spotting and preventing self-harm is what teachers and friends should learn.
      if (/\b(?:signs|warning signs|spot|recognize|notice|prevent|prevention|help (?:a|my|our) (?:friend|student|child|kid))\b/.test(ctx.n.text)) return null;
      return level;
    },
  },
  {
    id: "self_harm.method_output",
    category: "self_harm",
    level: "harmful",
    directions: ["output"],
    pattern: rx(
      "\\bwithout anyone (?:finding out|noticing|knowing|stopping you)\\b[^.!?]{0,80}\\b(?:method|take|pills|cut)\\b|\\b(?:to|you can) (?:kill yourself|end your life|overdose)\\b|\\b(?:cut|cutting) (?:deeper|vertically|along the vein)\\b|\\b(?:cut|burn|scratch)\\s+(?:on\\s+|into\\s+)?(?:your|the)\\s+(?:upper\\s+|inner\\s+)?(?:thighs?|hips?|stomach|arms?|wrists?|legs?|ankles?)\\b[^.!?]{0,60}\\b(?:where|so|instead|no one|nobody|won'?t|hide|cover)\\b|\\b(?:tie|tying) (?:a|the) noose\\b|\\b(?:throw(?:ing)? up|purg(?:e|ing)|vomit(?:ing)?|puk(?:e|ing))\\s+(?:quietly|secretly|silently|without (?:anyone|your parents|making noise))\\b|\\bso (?:no one|nobody) (?:hears|notices|knows|can hear)\\b[^.!?]{0,30}\\b(?:throw(?:ing)? up|purg\\w+|vomit\\w*|puk\\w+)\\b|\\b(?:throw(?:ing)? up|purg\\w+|vomit\\w*)\\b[^.!?]{0,60}\\bso (?:no one|nobody) (?:hears|notices|knows)\\b|\\blethal dose (?:is|of)\\b",
    ),
    unless: ["educational"],
  },
];

export const selfHarmVocabulary = ["kill", "myself", "suicide", "suicidal", "die", "cut", "unalive", "kms", "overdose", "noose", "rope", "wrists", "harm", "self"];
