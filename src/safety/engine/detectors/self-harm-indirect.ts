// Self-harm said sideways, the way students actually say it: "i dont think i
// wanna be here anymore", "nobody cares if im alive", "in case i dont make it
// thru the weekend", "i feel like a burden to my family". Each pattern keeps
// the writer's own voice (i, me, my) so reports about others stay allowed.
import { jokingOnly } from "../context.ts";
import { rx, type Rule } from "../rules.ts";

const f = {
  pills:
    "pills|tylenol|advil|ibuprofen|aspirin|meds|medicine|medication|tablets|sleeping pills|painkillers|xanax|benadryl|nyquil|melatonin|antidepressants|insulin|adderall|oxy|percs?",
  many: "a bunch|a lot|a handful|all|too many|so many|way too many|\\d+|ten|twenty|fifteen|thirty|fifty|a few|several|the whole bottle|half the bottle|a whole bottle|an entire bottle|the rest",
  whose: "my|the|her|his|mom'?s|moms|dad'?s|dads|my \\w+'?s|my \\w+s|our",
  place: "overpass|bridge|roof|rooftop|building|cliff|balcony|parking garage|tower|window|ledge|tracks|train tracks",
  alive: "alive|dead|gone|here|around|living|breathing|okay|ok",
};

/** Sentence start, or a word that keeps the subject the writer ("been", "lowkey"). */
const selfStart = "(?:^|[.!?\\n]\\s*|\\b(?:i|i'?ve|ive|been|keep|kept|always|just|lowkey|highkey|honestly|really|ngl|tbh|fr|and|but|so|lately)\\s+)";

export const selfHarmIndirectRules: Rule[] = [
  {
    id: "self_harm.indirect_wish",
    category: "self_harm",
    level: "critical",
    pattern: rx(
      // "i dont think i wanna be here anymore", "i really dont want to exist"
      "\\b(?:don'?t|dont|do not) (?:(?:think|feel like|know if|know why|even|really|honestly|just|kinda|wanna|want to) )?(?:i )?(?:(?:really|even|honestly|just|kinda|still) )?(?:want to|wanna|wana|need to) (?:(?:be alive|exist|keep living|keep existing|be alive)\\b|(?:be (?:here|around)|live|wake up|go on|keep going) (?:anymore|any more|no more|much longer|another day|ever again|at all)\\b)" +
        // "been wanting to just disappear for good"
        "|\\b(?:been wanting|wanting|wanted|want|wanna|need|going|gonna|i'?d like|would like) (?:to )?(?:just )?disappear (?:forever|for good|and never come back|permanently|off the face of the earth)\\b" +
        // "i wish i can disappear", "i want to go to heaven to be with my grandma"
        "|\\bwish i (?:could|can|would|was able to) (?:just )?(?:disappear|vanish|stop existing|not exist|die|fall asleep forever|sleep forever|go to heaven)\\b|\\b(?:i )?(?:want|wanna|wish i could|wish i can|wish to) (?:to )?go (?:to heaven|be with (?:my )?(?:\\w+ )?in heaven)\\b" +
        // "i dont know why im still here", "i just want it to be over"
        "|\\b(?:don'?t|dont|do not) (?:know|see|understand) why i'?m (?:still )?(?:here|alive|living|breathing|even alive|even here)\\b|\\bwhy am i (?:still )?(?:here|alive)\\b|\\bi (?:just )?want (?:it|everything|it all|all of it|my life|this life) to be over\\b",
      f,
    ),
    negatable: false,
    quoted: "soften",
    // "i'm so tired of this project, i just want it to be over": the "it" is the project.
    refine: (m, ctx, level) => (/want (?:it|it all|all of it) to be over/.test(m.text) && /\b(?:tired of|sick of|done with|over with)\s+(?:this|the|my|these|our)\s+(?:\w+\s+)?(?:project|homework|essay|class|semester|week|day|test|exam|unit|assignment|game|season|practice|trip|movie|book|drama|fight)\b/.test(ctx.n.text) ? null : jokingOnly(ctx) ? "mild" : level),
  },
  {
    id: "self_harm.nobody_cares",
    category: "self_harm",
    level: "critical",
    pattern: rx(
      "\\bif i (?:just )?(?:disappeared|died|was gone|were gone|wasn'?t here|wasnt here|weren'?t here|killed myself|left forever|was dead|were dead|vanished|stopped existing|didn'?t exist|didnt exist|was never born)\\b[^.!?]{0,30}\\b(?:would|will|'?d) (?:anyone|anybody|people|they|my (?:\\w+ )?(?:family|friends|parents|mom|dad)|everyone|everybody|you) (?:even |really |actually |ever )?(?:care|notice|miss me|cry|come|be sad)\\b|\\b(?:would|will) (?:anyone|anybody|people|my (?:\\w+ )?(?:family|friends|parents|mom|dad)|everyone|everybody) (?:even |really |actually |ever )?(?:care|notice|miss me|be sad|cry) if i (?:just )?(?:disappeared|died|was gone|were gone|wasn'?t here|wasnt here|killed myself|was dead|were dead|vanished|stopped existing|didn'?t exist)\\b|\\b(?:nobody|no one|no-one|not one person|not a single person)\\b (?:even |really |actually |would |will |'?d |would even |would really )?(?:cares?|care|notice|miss me|gives? a (?:shit|fuck|damn|crap))\\b[^.!?]{0,12}\\b(?:if|whether|that) (?:i'?m|im|i am|i was|i were|i)\\s+(?:still |even )?(?:{alive}|live|die|died|disappeared|disappear|existed|exist|killed myself|was gone|wasn'?t here|wasnt here|wasn'?t around|wasnt around|didn'?t exist|didnt exist)\\b",
      f,
    ) /* reversed: "if i disappeared tomorrow would anyone even care" */,
    quoted: "soften",
    refine: (m, ctx, level) => (/\b(?:ok|okay|here|around)\b$/.test(m.text) && !/\b(?:anymore|at all|dead|alive|gone)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "self_harm.burden_self",
    category: "self_harm",
    level: "critical",
    pattern: rx(
      "\\b(?:i'?m|im|i am|i (?:just |really |honestly |always |kinda |lowkey )?feel(?: like)?|i'?ve become|ive become|i'?ve always been|i was|i'?ll always be|all i am is|i'?m nothing but)\\s+(?:such |just |only |nothing but |a huge |a big |the biggest |so much of |always )*(?:a )?burden\\b(?=\\s*(?:[.!?,\\n]|$|to (?:everyone|everybody|my|them|the world|people|all|you)|on (?:everyone|everybody|my|them|the world|people|all|you)|for (?:everyone|everybody|my family|my parents|them)|and\\b|i\\b|lol\\b))",
      f,
    ),
    quoted: "soften",
    refine: (_m, ctx, level) => (ctx.flags.has("fiction") && !/\bmy\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "self_harm.not_making_it",
    category: "self_harm",
    level: "critical",
    pattern: rx(
      "\\b(?:in case|if|incase|when) i (?:don'?t|dont|do not|never|can'?t|cant) make it (?:through|thru|past|to|until|till|til) (?:tonight|the night|the weekend|this weekend|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week|the week|this week|my birthday|christmas|summer)\\b" +
        "|\\bi (?:might|may|probably|prob|honestly|really) (?:won'?t|wont|will not|not|don'?t|dont) (?:make it|be (?:here|around|alive)) (?:through|thru|past|to|by|until|till|much longer|tomorrow|next week|the weekend|the night|another)\\b" +
        "|\\b(?:tonight|tomorrow|today|this weekend|friday|saturday|sunday|monday)(?: is|'?s| will be) the (?:day|night)\\b",
      f,
    ),
    quoted: "soften",
    refine: (m, ctx, level) => {
      // "tonight is the night" of a game or a dance, with "done" meaning done with homework.
      if (/the (?:day|night)$/.test(m.text)) {
        if (/\b(?:game|match|dance|prom|concert|party|premiere|recital|show|date|movie|finals?|test|exam|release|drop|sleepover|trip|birthday)\b/.test(ctx.n.text)) return null;
        if (!/\b(?:sorry|goodbye|bye|note|letters?|forgive|love you|miss me|pills|end it|done|over|can'?t do|cant do|last|rope|bridge|jump|gun|razor|overdose)\b/.test(ctx.n.text)) return null;
      }
      return jokingOnly(ctx) ? "mild" : level;
    },
  },
  {
    id: "self_harm.took_pills",
    category: "self_harm",
    level: "critical",
    pattern: rx(
      "\\b(?:i|i'?ve|ive|i just|i already|i kinda)\\s+(?:just\\s+|already\\s+)?(?:took|swallowed|taken|downed|ate|popped|chugged)\\s+(?:like |about |around |maybe |almost |over |probably )?(?:{many})(?: of)?(?: (?:{whose}))?\\s+(?:\\w+ )?(?:{pills})\\b",
      f,
    ),
    refine: (m, ctx, level) => {
      // "i took 2 advil for my headache": a normal dose for a pain is not an overdose.
      if (/\b(?:1|2|3|one|two|three|a few|several)\b/.test(m.text) && !/\b(?:weird|dizzy|sick|throw up|die|dying|wake|scared|hospital|on purpose|so i|to sleep forever|enough)\b/.test(ctx.n.text)) return null;
      if (/\b(?:headache|cramps?|fever|cold|flu|prescribed|doctor said|allergies|allergy)\b/.test(ctx.n.text) && !/\b(?:all|whole|entire|too many|so many|bunch|handful|\d{2,}|twenty|thirty|fifty|on purpose)\b/.test(m.text)) return null;
      return level;
    },
  },
  {
    id: "self_harm.thinking_of_ending",
    category: "self_harm",
    level: "critical",
    pattern: rx(
      `${selfStart}(?:thinking|thought|think|thinkin)(?: (?:a lot|so much|constantly|again|more))? (?:about|of) (?:ending (?:it all|it|my life|everything|things)|killing myself|unaliving myself|not waking up|taking my (?:own )?life|suicide (?:again|a lot|lately|every day|constantly|all the time|more))\\b` +
        "|\\b(?:picture|picturing|imagine|imagining|plan|planning|think(?:ing)? about|dream(?:ing)? about|who would (?:come|show up|cry|care) (?:to|at)|who'?d (?:come|show up|cry) (?:to|at)|what (?:songs?|music) (?:to play|they'?d play|would play) at)\\b[^.!?]{0,12}\\bmy (?:own )?funeral\\b",
      f,
    ),
    negatable: true,
    quoted: "soften",
    refine: (_m, ctx, level) => (jokingOnly(ctx) ? "mild" : level),
  },
  {
    id: "self_harm.final_arrangements",
    category: "self_harm",
    level: "critical",
    pattern: rx(
      // "i dont plan on being alive next year", "i don't plan on being here after this week" (with a farewell)
      "\\b(?:don'?t|dont|do not) (?:plan|intend|expect) (?:on|to) (?:be|being) (?:alive|around|here|living)\\b" +
        // "i already decided how im going to do it" (with pain, goodbye, tonight nearby)
        "|\\b(?:decided|figured out|planned|planned out|picked|chose|know|worked out|wrote down|written down|wrote out) (?:exactly )?(?:how|when|where) (?:i'?m|im|i am|i'?ll|i will|to) (?:going to |gonna )?(?:do it|end it|go through with it|do this)\\b" +
        // "i think about how easy it would be to just let go"
        "|\\b(?:how easy|so easy|easy) it would be to (?:just )?(?:let go|jump|fall|end it(?: all)?|die|disappear|not wake up|step off|step in front of|drive off|swerve|crash|take them all|overdose|stop breathing)\\b" +
        // "i already wrote my note. i just want someone to know before"
        "|\\bi (?:already |just |finally )?(?:wrote|written|finished|left|have|'ve written|'ve got|made) (?:my|the|a) (?:last |final )?note\\b(?=[^\\n]{0,60}\\b(?:before|goodbye|sorry|when i'?m gone|after i'?m gone|for my (?:mom|dad|family|parents)|know why|it'?s time|tonight|to know)\\b)" +
        // "a goodbye letter to my parents ... it wasn't their fault"
        "|\\bgoodbye (?:letters?|notes?|messages?|videos?)\\b[^\\n]{0,80}\\b(?:(?:wasn'?t|wasnt|was not|isn'?t|is not|not) (?:their|your|anyone'?s|his|her|my (?:mom|dad|parents)'?s?) fault|when i'?m gone|after i'?m gone|forgive me|sorry for everything|won'?t be (?:here|around)|take care of (?:my|the) \\w+)\\b|\\b(?:(?:wasn'?t|wasnt|was not|isn'?t|is not) (?:their|your|anyone'?s) fault|when i'?m gone|after i'?m gone)\\b[^\\n]{0,80}\\bgoodbye (?:letters?|notes?|messages?|videos?)\\b" +
        // "letters to my sisters explaining why i had to go"
        "|\\b(?:letters?|notes?|messages?|videos?|texts?)\\b[^.!?]{0,40}\\b(?:explaining|to explain|about|saying|telling (?:them|her|him|everyone))\\s+why i (?:had to|have to|needed to|need to|chose to|decided to|couldn'?t stay|can'?t stay)\\b(?:\\s+(?:go|leave|do (?:it|this)|end (?:it|things)|say goodbye))?(?=\\s*(?:[.!?,;\\n]|$|and\\b|forever|for good))" +
        // "deleted all my accounts ... i think it's time", "gave away my cat ... won't need it"
        "|\\b(?:deleted|deleting|delete|deactivated|wiped) (?:all (?:of )?)?my (?:accounts|social media|socials|instagram|tiktok|snapchat|snap|profiles?)\\b[^\\n]{0,80}\\b(?:(?:it'?s|its|it is) time(?!\\s+(?:for|to))|goodbye|bye|won'?t need|don'?t need|dont need|it'?s over|the end|tonight|won'?t be)\\b" +
        "|\\b(?:gave|giving|given|give) (?:away )?(?:all )?(?:of )?my (?:\\w+ ){0,2}(?:cat|dog|pet|stuff|things|clothes|games|phone|switch|xbox|art|books|belongings|jewelry|shoes|hoodies|plants|fish)\\b[^\\n]{0,60}\\b(?:(?:it'?s|its|it is) time(?!\\s+(?:for|to))|goodbye|won'?t need|don'?t need|dont need|before i go|won'?t be)\\b",
      f,
    ),
    negatable: true,
    quoted: "soften",
    refine: (m, ctx, level) => {
      const text = ctx.n.text;
      if (/\bbeing here\b/.test(m.text) && !/\b(?:thank|goodbye|bye|sorry|miss|love|won'?t need|anymore|forgive|last)\b/.test(text)) return null;
      if (/\bdo (?:it|this)|end it|go through\b/.test(m.text) && /\b(?:decided|figured|planned|picked|chose|know|worked)\b/.test(m.text) && !/\b(?:hurt|painful|pain|die|dying|dead|goodbye|last|won'?t be here|miss me|sorry|tonight|note|pills|rope|bridge|jump|over|too late)\b/.test(text)) return null;
      return jokingOnly(ctx) ? "mild" : level;
    },
  },
  {
    id: "self_harm.wanting_to_die",
    category: "self_harm",
    level: "critical",
    pattern: rx(
      "\\b(?:is it (?:normal|okay|ok|bad|weird|wrong)|why do i (?:always |still |keep )?|how do i stop) (?:to )?(?:want|wanting) to (?:die|be dead|kill myself|not exist|disappear|end it|stop existing)\\b" +
        "|\\b(?:i )?(?:want|wanting|wanted) to (?:die|be dead|kill myself|not exist) (?:every (?:single )?(?:day|night)|all the time|constantly|most days|so bad(?:ly)?|more and more|again)\\b" +
        "|\\b(?:don'?t|dont|do not|can'?t|cant|cannot) see myself (?:making it|living|being (?:alive|here|around)|surviving|still (?:here|alive)) (?:to|until|till|past|through|much longer|another|by|at)\\b" +
        "|\\b(?:don'?t|dont|do not|can'?t|cant) see (?:a|any) future for myself\\b",
      f,
    ),
    quoted: "soften",
    refine: (_m, ctx, level) => (jokingOnly(ctx) ? "mild" : level),
  },
  {
    id: "self_harm.coping_by_harm",
    category: "self_harm",
    level: "critical",
    pattern: rx(
      // "i've been self harm(ing) again", "relapsed on sh"
      "(?:\\b(?:i'?ve been|ive been|i been|i have been|i started|i keep|i relapsed|i (?:still|sometimes|always|secretly|kinda|also|really|do|did|used to|went back to)|i)|(?:^|[.!?\\n]\\s*)(?:been|started|relapsed|still))\\s+(?:self[- ]?harm(?:ing|ed)?)\\b(?:\\s+(?:again|every (?:day|night)|a lot|more|lately|for|since|\\d+ times|when|whenever))?" +
        // "knife + blood = how i cope", "cutting is the only thing that helps"
        "|\\b(?:cutting|cut|knife|blade|razor|blood|bleeding|self[- ]?harm|burning myself)\\b[^.!?\\n]{0,25}(?:\\bis\\b|\\bare\\b|=)\\s*(?:how i cope|my (?:only )?(?:coping|way to cope|escape|release|therapy)|the only (?:way i cope|thing that helps|way i can feel)|what (?:helps|keeps) me)" +
        // "i can't stop thinking about the pills in the cabinet", "the razor is calling me"
        "|\\b(?:using|use|turn|turning|point|pointing|try|trying) (?:it|the gun|a gun|his gun|the knife|a knife|the razor|them|the pills|that|the rope) on myself\\b|\\b(?:can'?t|cant|cannot) stop thinking about (?:the|my|those|all the|taking (?:the|all|those|all the)) (?:pills|meds|medicine|razors?|blades?|rope|gun|bridge|train tracks|ledge)\\b|\\b(?:pills|meds|razors?|blades?|rope|gun)\\b[^.!?]{0,30}\\b(?:calling (?:to )?me|calling my name)\\b|\\b(?:it'?s|its) like (?:they'?re|theyre|it'?s|its) calling me\\b",
      f,
    ),
    negatable: true,
    quoted: "soften",
    refine: (m, _ctx, level) => (/\bi used to\b/.test(m.text) && !/\bagain\b/.test(m.text) ? "mild" : level),
  },
  {
    id: "self_harm.contemplating_means",
    category: "self_harm",
    level: "critical",
    pattern: rx(
      // "i sat in the bathroom with a blade for an hour"
      "\\bi (?:sat|was sitting|sit|stood|was standing|held|was holding|hold|keep holding|kept holding)\\b[^.!?]{0,40}\\bwith (?:a|the|my|a bottle of|the bottle of) (?:blade|razor|knife|pills|rope|gun|noose|belt)\\b" +
        // "i keep googling ways to die"
        "|\\b(?:googl\\w*|search\\w*|look\\w* up|research\\w*|reading about|watching videos (?:on|about))\\s+(?:ways|how|methods?|the best way|the easiest way)\\s+to\\s+(?:die|kill myself|end (?:it|my life)|overdose|od|hang myself|commit suicide|not wake up|disappear forever)\\b" +
        // "i carved his name into my arm", "i've been looking at the bridge ... thinking about it", "the only way out is to end it"
        "|\\bi (?:carved|cut|scratched|burned|burnt|etched|sliced)\\b[^.!?]{0,25}\\b(?:into|on|in) my (?:arms?|wrists?|legs?|thighs?|skin|stomach|hands?|hips?)\\b|\\b(?:looking at|staring at|stood on|standing on|walked to|went to|drove past|walk past)\\s+(?:the|that) (?:bridge|overpass|roof|ledge|train tracks|tracks|edge)\\b[^.!?]{0,40}\\bthinking about (?:it|jumping|doing it)\\b|\\b(?:only|one) way out (?:is|would be|left is) (?:to )?(?:end it|die|death|suicide|kill myself|end my life|disappear)\\b" +
        // "i don't see a way out anymore", "this is the end for me"
        "|\\b(?:don'?t|dont|do not|can'?t|cant|cannot) see (?:a|any) way out\\b|\\bthere'?s no way out (?:for me|anymore)\\b|\\bthis is the end (?:for me|of me|of my life)\\b" +
        // "i haven't eaten in 4 days on purpose"
        "|\\bi (?:haven'?t|havent|have not|didn'?t|did not|won'?t|wont|am not going to|'?m not gonna) (?:eaten|eat)\\b[^.!?]{0,25}\\b(?:\\d+|two|three|four|five|six|seven|a few|several) days\\b[^.!?]{0,25}\\b(?:on purpose|so i|until i|till i|to punish|because i deserve)\\b",
      f,
    ),
    quoted: "soften",
    refine: (m, ctx, level) => {
      if (/way out|the end/.test(m.text) && /\b(?:escape room|maze|game|level|movie|book|story|fire drill|building|exit)\b/.test(ctx.n.text)) return null;
      if (/\b(?:googl|search|look|research|reading|watching)/.test(m.text) && /\b(?:history|historical|project|medieval|middle ages|dinosaurs?|animals?|plants?|species|characters?)\b/.test(ctx.n.text)) return null;
      return jokingOnly(ctx) ? "mild" : level;
    },
  },
  {
    id: "self_harm.jump",
    category: "self_harm",
    level: "critical",
    pattern: rx(
      "(?<!\\b(?:he|she|they|we|you|it|someone|somebody|people|kids|dog|cat)\\s+)\\b(?:gonna|going to|goin to|about to|want to|wanna|will|'?ll|ima|imma|finna|plan to|planning to|thinking about|thinking of|think about|should|could just|might)\\s+(?:just\\s+|go\\s+|finally\\s+)*(?:jump|jumping)\\s+(?:off|from|in front of)\\b[^.!?]{0,20}\\b(?:{place}|car|bus|train|truck|traffic)\\b",
      f,
    ),
    quoted: "soften",
    refine: (_m, ctx, level) => {
      // Cliff-diving into a lake or onto a trampoline is summer, not a crisis.
      if (/\b(?:into the (?:lake|water|river|pool|ocean|quarry|sea)|lake|pool|trampoline|mattress|swim\w*|diving|parkour|skate\w*|bike|snowboard\w*|ski(?:ing)?|sled\w*|game|minecraft|fortnite|roblox)\b/.test(ctx.n.text)) return null;
      return jokingOnly(ctx) ? "mild" : level;
    },
  },
];
