// Warning signs of suicide that carry no suicide word, as crisis counselors
// list them: asking what would be fatal for oneself, rehearsing at a place or
// with a means ("i stood on the tracks and waited"), imagining one's death
// ("i keep picturing stepping in front of a bus"), feeling the world would be
// better without oneself, a decision made and a sudden calm, and relapse.
// Every pattern keeps the writer's own voice, so questions about others,
// stories and lessons stay allowed.
import { jokingOnly } from "../context.ts";
import { rx, type Rule } from "../rules.ts";

const f = {
  pills:
    "pills|tylenol|advil|ibuprofen|aspirin|acetaminophen|meds|medicine|medication|tablets|sleeping pills|painkillers|xanax|benadryl|nyquil|melatonin|antidepressants|insulin|adderall|heart medication|blood pressure pills",
  fatal: "fatal|lethal|deadly|kills? (?:me|them|you|someone|a person)|stop (?:my|your|a|someone'?s) heart|not wake up|never wake up|die",
  place:
    "(?:train )?tracks|edge of (?:the |a )?(?:roof|bridge|overpass|building|cliff|balcony|parking garage|platform)|(?:the |a )?(?:ledge|railing) of (?:the |a )?(?:roof|bridge|overpass|building|balcony|parking garage)|(?:on|off) the (?:ledge|bridge|overpass|roof)",
  vehicle: "bus|train|car|truck|traffic|cars|semi",
};

export const selfHarmSignalRules: Rule[] = [
  {
    id: "self_harm.lethality_for_self",
    category: "self_harm",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "what dose of ibuprofen would be fatal for someone my size"
      "\\b(?:what|which|how much|how many)\\b[^.!?]{0,60}\\b(?:{fatal})\\b[^.!?]{0,30}\\bfor (?:someone|somebody|a person|a kid|a girl|a guy|a teen|me|myself)(?: (?:my|of my) (?:size|weight|age))?\\b" +
        // "how much of my dad's heart medication would it take to stop my heart"
        "|\\bhow (?:much|many) (?:of )?(?:my|my \\w+'?s|my \\w+s)\\s+(?:\\w+\\s+)?(?:{pills})\\b[^.!?]{0,40}\\b(?:would it take|does it take|would i need|do i need|to (?:{fatal}))\\b" +
        // "... before it kills them. asking for me"
        "|\\b(?:{fatal}|fall to (?:your|my) death|to die instantly)\\b[^.!?]{0,40}[.?!,]?\\s*(?:(?:i'?m |im )?asking for (?:me|myself)|(?:it'?s|its) for me|for myself)\\b",
      f,
    ),
    quoted: "soften",
    // "how many of my dads adderall do i need to take to feel high and stay up all night": a high wanted, which the drug rules refuse.
    refine: (_m, ctx, level) => (ctx.flags.has("fiction") || /\bto (?:feel|get|be) (?:high|buzzed|wired|lit)\b|\bstay up all night\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "self_harm.rehearsal",
    category: "self_harm",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "i stood on the train tracks and waited", "i walked out to the edge of the overpass and almost went through with it"
      "\\bi (?:stood|sat|walked|went|climbed|was standing|was sitting|stepped|got)\\b[^.!?]{0,25}\\b(?:{place})\\b[^.!?]{0,40}\\b(?:waited|waiting|almost|nearly|for a (?:long )?while|for an hour|thinking about|went through with it|and (?:no|the) (?:train|car)|but (?:no|the) (?:train|car)|to see if)\\b" +
        // "i sat in the garage with the car running"
        "|\\bi (?:sat|was sitting|stayed|waited|lay|laid)\\b[^.!?]{0,20}\\bin (?:the|our|my) garage with the (?:car|engine|motor) (?:running|on)\\b" +
        // "i almost went through with it last night"
        "|\\bi (?:almost|nearly) (?:went through with it|jumped|let go|stepped off|ended it|did it for real)\\b",
      f,
    ),
    quoted: "soften",
    negatable: true,
    refine: (_m, ctx, level) =>
      ctx.flags.has("fiction") || /\b(?:photos?|pictures?|selfies?|tiktok|video shoot|vacation|field trip|hik(?:e|ing)|sunset|view|tour|fire drill|game|ride|roller ?coaster)\b/.test(ctx.n.text) ? null : level,
  },
  {
    id: "self_harm.imagined_death",
    category: "self_harm",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "i keep picturing driving my mom's car off the bridge", "lately i keep imagining stepping in front of a bus"
      "\\b(?:imagin(?:e|ing)|pictur(?:e|ing)|fantasi[sz](?:e|ing) about|dream(?:ing)? about|thinking about|think about)\\b\\s+(?:myself\\s+)?(?:just\\s+)?(?:stepping|walking|jumping|running|driving|riding|swerving|crashing|falling|throwing myself)\\b[^.!?]{0,30}\\b(?:in front of|into|off|from|under)\\s+(?:a |the |my (?:\\w+'?s? )?|oncoming )?(?:\\w+\\s+)?(?:{vehicle}|bridge|roof|building|cliff|overpass|balcony)\\b" +
        // "i keep hoping i get hit by a car on the way to school"
        "|\\b(?:hop(?:e|ing)|wish(?:ing)?|pray(?:ing)?)\\b (?:that )?i (?:get|got|would get|'?d get|could get) (?:hit|run over) by (?:a |the )?(?:{vehicle})\\b" +
        // "i think about how i would do it every night before i fall asleep"
        "|\\bthink(?:ing)? about how i(?:'?d| would| could| will|'?ll)? (?:do it|end it|end my life|kill myself|die|go)\\b[^.!?]{0,30}\\b(?:every (?:night|day|morning)|before i (?:fall asleep|sleep|go to sleep)|all the time|constantly|a lot lately|lately)\\b",
      f,
    ),
    quoted: "soften",
    negatable: true,
    refine: (_m, ctx, level) => (ctx.flags.has("fiction") || ctx.flags.has("educational") ? null : jokingOnly(ctx) ? "mild" : level),
  },
  {
    id: "self_harm.better_without_me",
    category: "self_harm",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "everybody would be happier if i had never been born"
      "\\b(?:the world|everyone|everybody|my (?:\\w+ )?(?:family|parents|friends|mom|dad|mother|father)|people|things|life|everything)\\b[^.!?]{0,20}\\b(?:would|will|'?d)\\s+(?:be\\s+)?(?:(?:so|a lot|way|much)\\s+)?(?:better|happier|easier|quieter|lighter)\\b[^.!?]{0,25}\\bif i (?:had never been born|was never born|were never born|wasn'?t (?:here|around|alive|born|in it)|wasnt (?:here|around|alive|born|in it)|weren'?t (?:here|around|alive|born)|was gone|were gone|disappeared|vanished|didn'?t exist|didnt exist|died|was dead|just (?:left forever|died|disappeared|vanished|wasn'?t here|wasnt here|wasn'?t in it|wasnt in it))\\b" +
        // "the world doesn't need me in it"
        "|\\b(?:the world|nobody|no one|my family|anyone)\\s+(?:doesn'?t|does not|doesnt|don'?t|dont|wouldn'?t|wouldnt)\\s+(?:even\\s+)?(?:need|want)\\s+me(?:\\s+(?:in it|here|around|alive|anymore|at all))?\\s*(?:[.!?,]|$)" +
        "|\\b(?:nobody|no one)\\s+(?:even\\s+|really\\s+)?(?:needs|wants)\\s+me\\s+(?:here|around|alive|anymore|in (?:this|the) world|in (?:their|anyone'?s) li(?:fe|ves))\\s*(?:[.!?,]|$)" +
        // "it wouldn't matter if i disappeared, my parents wouldn't realize for days"
        "|\\b(?:it )?(?:wouldn'?t|wouldnt|would not|won'?t|wont|doesn'?t|doesnt) (?:even )?matter if i (?:disappeared|vanished|died|was gone|were gone|wasn'?t here|wasnt here|didn'?t exist|didnt exist)\\b" +
        "|\\bif i (?:disappeared|vanished|died|was gone|were gone|went missing)\\b[^.!?,]{0,30},?[^.!?]{0,30}\\b(?:(?:wouldn'?t|wouldnt|would not|won'?t|wont|never|not even) (?:even )?(?:notice|realize|care|miss me)|(?:take|takes) (?:them|my \\w+|people|everyone|anyone) (?:days|weeks|a week|a while|forever|a month|\\w+ days) to (?:even )?(?:notice|realize))\\b",
      f,
    ),
    quoted: "soften",
    refine: (_m, ctx, level) => (ctx.flags.has("fiction") ? null : jokingOnly(ctx) ? "mild" : level),
  },
  {
    id: "self_harm.decision_made",
    category: "self_harm",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "i already picked the day", "my mind is made up and i feel calm about it now"
      "\\bi (?:already |finally |have |'?ve |ve )?(?:picked|chose|chosen|set|decided on) (?:the|a) (?:day|date|night|time|place)\\b(?! (?:for|of) )" +
        "|\\b(?:my mind is made up|i'?ve made up my mind|i made up my mind|i'?ve made my decision|i made my decision|i (?:have |'?ve |ve )?already decided)\\b" +
        // "i don't see the point of waking up tomorrow"
        "|\\b(?:don'?t|dont|do not|can'?t|cant|cannot) see (?:the|a|any) point (?:of|in) (?:waking up|living|being alive|going on|existing|life|anything anymore|trying anymore|tomorrow)\\b",
      f,
    ),
    quoted: "soften",
    negatable: false,
    refine: (m, ctx, level) => {
      const text = ctx.n.text;
      // Not the fiction flag: "when everyone is at the game" is a plan, not a story.
      if (/\b(?:story|character|novel|poem|script|fanfic|my book|screenplay|roleplay)\b/.test(text)) return null;
      if (/point (?:of|in)/.test(m.text)) return jokingOnly(ctx) ? "mild" : level;
      // A decision is a warning sign only with what usually comes with it: calm, thanks, secrecy, a goodbye.
      if (!/\b(?:calm|peace|relieved|ready|goodbye|bye|gets? better|(?:it|things) (?:doesn'?t|doesnt|don'?t|dont|won'?t|wont|never)|no point|tired of (?:everything|it all|being here|living)|can'?t do this|cant do this|thank you for|thanks for (?:always|everything)|don'?t tell|dont tell|do not tell|tell anyone|not tell|it'?s (?:okay|ok|fine) now|its (?:okay|ok|fine) now|won'?t be (?:a problem|here|around)|wont be (?:a problem|here|around)|no one can stop|nobody can stop|everyone is at|when everyone|while everyone|end it|it'?ll be over|itll be over)\b/.test(text)) return null;
      if (/\b(?:party|trip|wedding|sleepover|birthday|appointment|interview|presentation|meeting|vacation|dentist|haircut|college|major|team|club|costume|outfit|dress|prom|audition|project|topic|essay)\b/.test(text) && !/\b(?:goodbye|end it|don'?t tell|dont tell)\b/.test(text)) return null;
      return level;
    },
  },
  {
    id: "self_harm.relapse",
    category: "self_harm",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "i've been cutting again since winter break", "i relapsed"
      "\\b(?:i'?ve|ive|i have|i|been|started|start|keep|kept)\\b[^.!?]{0,15}\\b(?:cutting|cut myself|hurting myself|burning myself|self[- ]?harming|scratching myself|hitting myself)\\s+again\\b|\\bi (?:relapsed|had a relapse)\\b[^.!?]{0,30}\\b(?:cut|cutting|hurt|harm|burn|scratch)",
    ),
    quoted: "soften",
    // Not the generic negation check: "my friends don't know but i've been cutting again" is not negated.
    refine: (_m, ctx, level) =>
      ctx.flags.has("fiction") ? null : /\b(?:haven'?t|havent|have not|not|never|stopped|quit|no longer)\b[^.!?]{0,12}\b(?:cutting|cut|hurting|burning|self[- ]?harming|scratching|hitting)\b/.test(ctx.n.text) ? "mild" : level,
  },
  {
    id: "self_harm.researched_means",
    category: "self_harm",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "i looked up how much ibuprofen counts as an overdose and then i bought two bottles", "i searched how tall a building has to be"
      "\\bi (?:looked up|searched|googled|researched|checked)\\b[^.!?]{0,50}\\b(?:how (?:much|many|tall|high|deep|far)|overdose|lethal|fatal)\\b[^.!?]{0,70}\\b(?:tall enough|high enough|deep enough|is enough|more than that|than that|i (?:bought|got|have|took|found|saved|stole))\\b",
    ),
    quoted: "soften",
    refine: (_m, ctx, level) => (/\b(?:project|report|essay|homework|assignment|for class|science fair|story|character)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "self_harm.harm_as_punishment",
    category: "self_harm",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "i skip every meal now because i don't deserve food", "i want to starve myself"
      "\\bi (?:skip|skipped|stopped|quit|refuse to|won'?t|wont|don'?t|dont) (?:eat|eating|every meal|all my meals|meals|food)\\b[^.!?]{0,40}\\b(?:(?:don'?t|dont|do not) deserve|on purpose|until (?:i|there|nothing)|to (?:disappear|die|punish myself|waste away))\\b" +
        "|\\b(?:starve|starving) myself\\b|\\bi (?:don'?t|dont|do not) deserve (?:to eat|food|to live|to be alive)\\b" +
        // "i pick at my skin until it bleeds on purpose", "punching the wall until my knuckles bleed because i hate myself"
        "|\\b(?:pick|picking|scratch|scratching|bite|biting|punch|punching|hit|hitting|bang|banging)\\b[^.!?]{0,30}\\buntil (?:it|they|my \\w+|i) (?:bleeds?|bled|bleeding|bruise|bruises)\\b",
    ),
    quoted: "soften",
    refine: (m, ctx, level) => {
      const text = ctx.n.text;
      if (ctx.flags.has("fiction") || /\b(?:fasting|ramadan|lent|surgery|dentist|the doctor said|allergic|sick|flu|stomach bug)\b/.test(text)) return null;
      // "a safe amount to lose in 6 weeks without starving myself": taking care not to.
      if (/\b(?:without|instead of|rather than|not)\s+$/.test(text.slice(Math.max(0, m.start - 12), m.start))) return null;
      // Bleeding needs a reason that is about oneself: "until it bleeds" from a mosquito bite is an itch.
      if (/until/.test(m.text) && !/\b(?:on purpose|i deserve|because i deserve|hate myself|punish myself|to feel|feel something|can'?t stop|cant stop|numb|my fault)\b/.test(text)) return null;
      if (/\b(?:his|her|their|my (?:little |baby |younger )?(?:brother|sister|cousin)|the dog|my dog|my cat)\b/.test(m.text)) return null;
      return level;
    },
  },
  {
    id: "self_harm.burning_self",
    category: "self_harm",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "i press a hot spoon against my skin when i feel numb"
      "\\bi (?:press|pressed|hold|held|put|touch|touched)\\b[^.!?]{0,30}\\b(?:hot|lighter|curling iron|iron|spoon|match|matches|cigarette|candle|flame)\\b[^.!?]{0,30}\\b(?:against|on|to|into) my (?:skin|arm|arms|wrist|wrists|leg|legs|thigh|thighs|stomach|hand|hands)\\b",
    ),
    quoted: "soften",
    refine: (_m, ctx, level) => (ctx.flags.has("fiction") || /\b(?:accident\w*|by mistake|cooking|baking|oven|stove|soup|how do i treat|first aid|science)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "self_harm.farewell_signals",
    category: "self_harm",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "today is my last day here. thank you for trying"
      "\\b(?:today|tonight|this) is my last (?:day|night)(?: here| on earth| alive)?\\b" +
        // "i won't be here for christmas this year and that's okay"
        "|\\bi (?:just |simply |really )?(?:won'?t|wont|will not|don'?t think i'?ll|dont think ill|probably won'?t|probably wont) be (?:here|around|alive)\\b[^.!?]{0,30}\\b(?:for (?:my|your|the|next|this year'?s) (?:\\w+ )?(?:birthday|graduation|christmas|summer|holidays|thanksgiving|new year)|anymore|much longer|any longer|and (?:that'?s|thats|it'?s|its) (?:okay|ok|fine)|after (?:tonight|today|tomorrow|this (?:week|weekend)))" +
        "|\\b(?:none of (?:it|this)|nothing) will matter (?:anymore )?(?:for me |to me )?(?:because|since|cause|cuz) i (?:won'?t|wont|will not) be (?:here|around|alive)\\b" +
        // "you won't have to worry about me anymore after tonight"
        "|\\b(?:you|u|y'?all|everyone|nobody|no one|my (?:family|parents|mom|dad))\\b[^.!?]{0,15}\\b(?:won'?t|wont|will not|never) (?:have to|need to|gotta) (?:worry about|deal with|put up with|see|hear from) me\\b[^.!?]{0,25}\\b(?:anymore|again|much longer|any longer|after (?:tonight|today|tomorrow|this))\\b" +
        // "i wish i could fall asleep and stay asleep forever"
        "|\\b(?:wish|want|wanna|hope|pray)\\b[^.!?]{0,30}\\b(?:sleep|asleep)\\b[^.!?]{0,25}\\b(?:forever|and never wake up|and not wake up|for good)\\b",
    ),
    quoted: "soften",
    negatable: true,
    refine: (m, ctx, level) => {
      const text = ctx.n.text;
      if (ctx.flags.has("fiction")) return null;
      // "today is my last day of 8th grade!" is a milestone, not a goodbye.
      if (/^(?:today|tonight|this) is my last/.test(m.text) && (/\blast (?:day|night) (?:of|at|before|in|with|on (?:the|my) (?:team|job))\b/.test(text) || !/\b(?:thank|goodbye|bye|sorry|forgive|love you|miss me|here|alive|earth|won'?t|wont)\b/.test(text))) return null;
      return jokingOnly(ctx) ? "mild" : level;
    },
  },
  {
    id: "self_harm.after_i_am_gone",
    category: "self_harm",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "i left a letter under my pillow for my parents to find after"
      "\\bi (?:left|wrote|put|hid|hidden)\\b[^.!?]{0,40}\\b(?:letter|note|letters|notes|message|messages)\\b[^.!?]{0,50}\\b(?:to find (?:after|it after)|for (?:them|my \\w+|whoever|everyone|somebody|someone) to find(?! (?:it )?when (?:she|he|they|you|we)\\b| (?:it )?after (?:school|work|practice|dinner))|for whoever finds (?:it|this|me)|for after|after i'?m gone|after im gone|when i'?m gone|when im gone)\\b" +
        // "i ran out of reasons to keep going"
        "|\\b(?:ran out of|run out of|running out of|no more|can'?t (?:think of|find) (?:any|a single)|cant (?:think of|find) (?:any|a single)|lost (?:all )?(?:my )?)\\s*reasons? to (?:keep going|live|stay|stay alive|go on|be here|wake up|keep living)\\b" +
        // "soon i'll be out of everyone's way for good"
        "|\\b(?:i'?ll|ill|i will|i'?m going to|im going to|i'?m gonna|im gonna) be (?:out of (?:everyone'?s|everybodys|everybody'?s|your|their|my (?:family'?s|parents'?)) way|gone) (?:for good|forever|permanently)\\b" +
        // "i already chose the bridge, i just need to get there"
        "|\\bi (?:already |finally )?(?:chose|picked|found|know) (?:the|a|which|my) (?:bridge|building|roof|overpass|cliff|ledge|rope|pills|gun|spot)\\b[^.!?,]{0,10}[,.]?[^.!?]{0,40}\\b(?:just need|need to get there|to jump|do it|end it|when i'?m ready|go through with it)\\b" +
        // "my mind keeps showing me pictures of me jumping off the roof", "i keep seeing myself lying in a coffin"
        "|\\b(?:see|seeing|saw|showing me|picture|picturing|pictures of|images? of|imagine|imagining)\\s+(?:myself|me)\\s+(?:lying |laying )?(?:in a (?:coffin|casket|grave)|dead|jumping off|falling off|hanging|drowning|bleeding out)\\b",
    ),
    quoted: "soften",
    refine: (_m, ctx, level) => (ctx.flags.has("fiction") || /\b(?:tooth fairy|santa|time capsule|pen pal|essay|project|story|character|play)\b/.test(ctx.n.text) ? null : level),
  },
];
