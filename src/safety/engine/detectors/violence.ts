// Violence: how-to requests for hurting people or animals are harmful; angry
// venting ("im throwing it out the window and punching the wall") is mild.
// War, history, literature and games use the same words and never match,
// because every rule needs a person as the target or an instruction voice.
import { jokingOnly } from "../context.ts";
import { rx, type Rule } from "../rules.ts";

const f = {
  hurt: "hurt|injure|beat up|kill|murder|strangle|choke|poison|stab|knock (?:out|unconscious)|torture|kidnap|drown|suffocate|break (?:someone'?s|his|her|their|a person'?s) \\w+|cripple|maim|jump",
  victim:
    "someone|somebody|a person|people|him|her|them|my (?:brother|sister|teacher|classmate|mom|dad|stepdad|stepmom|ex|neighbou?r|friend|cousin)|a (?:kid|classmate|teacher|student|girl|boy|guy)|that (?:kid|guy|girl|boy)|an? (?:animal|cat|dog|puppy|kitten|pet|bird|squirrel|frog|hamster|rabbit)|animals|cats|dogs|my (?:cat|dog|pet)|(?:the )?neighbou?r'?s (?:cat|dog)",
  conceal: "without (?:leaving (?:marks|bruises|evidence|a trace)|getting caught|anyone (?:knowing|noticing|finding out)|it showing)|so (?:the )?(?:bruises|marks) (?:don'?t|dont|won'?t|wont) show|where (?:it|the bruises|marks) (?:won'?t|wont|don'?t|dont) show|so (?:no one|nobody) (?:finds out|knows|notices)",
};

export const violenceRules: Rule[] = [
  {
    id: "violence.how_to_hurt",
    category: "violence",
    level: "harmful",
    pattern: rx("\\b(?:what|which)\\b[^.!?]{0,40}\\b(?:could|can|should|would|do) (?:i|you|someone|u) use to (?:{hurt})\\s+(?:{victim})\\b|\\bhow (?:long|hard|much|many)\\b[^.!?]{0,50}\\b(?:to )?(?:{hurt}|hold (?:{victim}) (?:under ?water|down)|knock (?:{victim}) (?:out|unconscious))\\s*(?:{victim})?\\b(?=[^.!?]{0,20}(?:\\?|$|\\.))|\\b(?:{howto})\\b\\s+(?:(?:i|you|u|we|one|someone|to|can|could|would|should|do|does|a person|people|my|just|really|actually|quickly|easily)\\s+){0,3}(?:(?:{hurt})\\s+(?:{victim})|knock (?:{victim}) (?:out|unconscious)|beat (?:{victim}) up|(?:break|snap) (?:my \\w+'?s|\\w+'?s) (?:arm|leg|nose|jaw|neck|finger|wrist|ribs?|ankle)|(?:break|snap) (?:someone'?s|a person'?s|his|her) (?:neck|arm|leg|nose|jaw))\\b|\\b(?:{hurt})\\s+(?:{victim})\\b[^.!?]{0,40}\\b(?:{conceal})\\b|\\b(?:{hurt})\\b[^.!?]{0,20}\\b(?:{conceal})\\b|\\b(?:{howto}|best (?:place|spot|way)s?|where (?:do|should|can) (?:i|you|u))\\b[^.!?]{0,30}\\b(?:punch|hit|kick|strike|elbow|knee|choke|stab|jab)\\s+(?:{victim})\\b[^.!?]{0,30}\\bso (?:they|he|she|it) (?:can'?t|cant|cannot|can not|won'?t|wont|will not) (?:breathe|move|walk|see|talk|fight back|get up|scream|call for help)\\b|\\b(?:{howto}|what (?:makes|can make|would make|could make))\\b[^.!?]{0,20}\\b(?:make|get)\\s+(?:{victim})\\s+(?:die|stop breathing|pass out|bleed out|have a heart attack|go to sleep forever)\\b|\\b(?:make|making)\\s+(?:{victim}|my (?:\\w+)'?s?)\\b[^.!?]{0,30}\\b(?:allergic reaction|allergy|asthma|sick|ill|seizure)\\b[^.!?]{0,20}\\b(?:worse|on purpose)\\b|\\b(?:spike|drug|poison)\\s+(?:her|his|their|someone'?s|someones|somebody'?s|my \\w+'?s)\\s+(?:drink|food|water|lunch|soda|coffee)\\b|\\b(?:what|which|how|best|easiest|something|stuff|anything)\\b[^.!?]{0,40}\\b(?:put|slip|add|mix|sneak|drop)\\b[^.!?]{0,25}\\b(?:in|into)\\s+(?:someone'?s|someones|somebody'?s|his|her|their|a person'?s|my \\w+'?s|\\w+'?s)\\s+(?:drink|food|water|lunch|coffee|soda|juice|bottle|meal|cup|tea|milk)\\b[^.!?]{0,40}\\b(?:sick|throw up|puke|vomit|pass out|knock (?:them|him|her) out|sleepy|fall asleep|hurt|die|poison\\w*|diarrhea|shit (?:themselves|himself|herself)|hallucinate|high|drunk|unconscious)\\b", f),
    unless: ["professional"],
    quoted: "soften",
    refine: (m, ctx, level) => {
      // "how long do i bake chicken so i dont poison my whole family": cooking safely.
      if (/\bso (?:i|we) (?:don'?t|dont|do not|won'?t|wont) (?:poison|hurt|kill)\b/.test(ctx.n.text.slice(Math.max(0, m.start - 25), m.end))) return null;
      // "how do i kill the ender dragon", "how to kill a process": games and computers are not people.
      if (/\b(?:process|dragon|boss|zombie|mob|creeper|character|task|app|program|weeds?|bugs?|ants|bacteria|germs|mosquito\w*|time|vibe|conversation)\b/.test(m.text)) return null;
      // "my classroom has an ant problem, what's a safe way to kill them off": "them" are the pests named before.
      if (/\b(?:them|it)\b/.test(m.text) && /\b(?:ants?|bugs?|roaches|cockroaches|mice|rats|weeds|pests|termites|fleas|lice|mosquito\w*|wasps?|flies|fruit flies|spiders?|germs|bacteria|mold|gnats|moths|slugs|aphids)\b/.test(ctx.n.text.slice(Math.max(0, m.start - 120), m.start))) return null;
      // "in among us how do you kill without getting caught": a game's rules, unless a real person is the target.
      if (/\b(?:among us|minecraft|fortnite|roblox|gta|call of duty|cod|valorant|apex|2k|madden|zelda|skyrim|pokemon|terraria|hitman|assassin'?s creed|murder mystery (?:game|party)|mafia game|werewolf|clue|video game|in (?:the )?game|d&d|dnd|dungeons)\b/.test(ctx.n.text) && !/\b(?:real (?:person|people|life|human)|irl|in real life|actual (?:person|people))\b/.test(ctx.n.text)) return null;
      if (ctx.flags.has("fiction") && !/\b(?:step|exact|real|realistic)\b/.test(ctx.n.text) && !/\bconceal|without|bruises|marks\b/.test(m.text)) return "mild";
      return level;
    },
  },
  {
    id: "violence.instructions_output",
    category: "violence",
    level: "harmful",
    directions: ["output"],
    pattern: rx(
      "\\b(?:step \\d+|first|next|then)\\b[^.!?]{0,20}\\b(?:to )?(?:{hurt})\\s+(?:{victim})\\b|\\b(?:{hurt}) (?:him|her|them|someone)\\b[^.!?]{0,20}\\b(?:{conceal})\\b|\\baim for (?:places|spots|areas) (?:his|her|their) clothes (?:will )?cover\\b|\\b(?:press|squeeze|choke|hold|push|wrap)\\b[^.!?]{0,40}\\b(?:neck|throat|windpipe|carotid)\\b[^.!?]{0,30}\\buntil (?:they|he|she|the person|your \\w+) (?:pass(?:es)? out|stop(?:s)? breathing|go(?:es)? limp|lose(?:s)? consciousness|black(?:s)? out)\\b|\\bto (?:choke|knock|strangle|hurt|injure|kill|drown|poison|suffocate|paralyze|disable) (?:{victim})(?: out| unconscious)?(?: \\w+){0,4},?\\s+(?:\\w+\\s+){0,2}(?:wrap|grab|hit|squeeze|hold|put|push|use|aim|strike|punch|mix|add|pour|press|twist|kick|slam|cover)\\b|\\bwrap your arm around (?:their|his|her) neck\\b|\\b(?:hit|punch|strike|kick) (?:him|her|them) (?:where|in the (?:ribs|stomach|kidneys|throat))\\b",
      f,
    ),
    unless: ["fiction"],
  },
  {
    id: "violence.venting",
    category: "violence",
    level: "mild",
    directions: ["input"],
    pattern: rx(
      "\\b(?:{i}|i (?:swear|could|might|will))\\b {w6}(?:throwing|throw|chucking|chuck|smashing|smash|breaking|break|punching|punch|kicking|kick|yeeting|yeet|flipping|flip|punting|punt|launching|launch|drop kick|drop kicking)\\s+(?:it|this|the (?:table|desk|chair|tables|desks)|a (?:table|desk|chair)|my (?:\\w+ )?(?:laptop|chromebook|computer|phone|ipad|tablet|pc|xbox|controller|switch|tv|keyboard|monitor|ps5|ps4|playstation|headphones|mouse|console)|the (?:wall|window|door|computer|laptop|chromebook|tv|pc|controller|keyboard|monitor|router|printer)|my (?:printer|speaker|tv|mirror|door)|(?:his|her|their|my \\w+'?s) (?:phone|laptop|switch|ipad|tablet|controller|xbox|headphones|chromebook|diary)(?= (?:in|into|out|off|against|across|down))|a (?:wall|hole in the wall|window|door)|(?:every|all the) (?:plates?|dishes|glass(?:es)?|cups?|mugs?) in (?:the|this|my) (?:kitchen|house|room))\\b[^.!?]{0,25}|\\b(?:so (?:mad|angry|pissed)|rage) (?:that )?i (?:could|want to|wanna) (?:punch|hit|kill|smash|break)\\b",
      f,
    ),
    unless: ["professional", "educational"],
    // "before i punch it down": bread dough is punched, not people.
    refine: (m, ctx, level) => ((/\b(?:away|out)\b$/.test(m.text.trim()) && !/window|wall/.test(m.text)) || /\b(?:dough|bread|yeast|knead\w*)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "violence.knock_out_or_choke",
    category: "violence",
    level: "harmful",
    directions: ["input"],
    pattern: rx(
      // "what pressure point knocks someone out instantly? i need to use it on a kid"
      "\\b(?:pressure points?|choke ?holds?|sleeper holds?)\\b[^.!?]{0,60}\\b(?:knock\\w* (?:someone|somebody|him|her|them|a (?:kid|guy|person)|people) out|make (?:someone|him|her|them) pass out|knock\\w* out)\\b[^\\n]{0,60}\\b(?:use (?:it )?on|on (?:a|this|that|my) (?:kid|guy|girl|brother|sister)|bugging me|annoying me)\\b" +
        // "how do i make my little brother pass out by choking him like the blackout challenge"
        "|\\b(?:chok|strangl)\\w*\\s+(?:him|her|them|my \\w+(?: \\w+)?|someone|somebody)\\b[^.!?]{0,40}\\b(?:pass out|black ?out|how long)\\b|\\b(?:make|get) (?:my )?\\w+(?: \\w+)? (?:to )?pass out by chok\\w+\\b|\\bblackout challenge\\b[^.!?]{0,60}\\b(?:how long|hold|choke|do it on)\\b",
    ),
    refine: (_m, ctx, level) => (/\b(?:self[- ]defense class|martial arts|bjj|jiu[- ]jitsu|wrestling (?:practice|coach)|dangerous|warning|news|died from|parents should)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "violence.more_requests",
    category: "violence",
    level: "harmful",
    pattern: rx(
      // "how do i cut someones brake lines so they fail on the highway"
      "\\bcut (?:someone'?s|somebody'?s|his|her|their|a car'?s|the) brake (?:lines|cables?)\\b" +
        // an answer: "the hardest poison to detect is one you add to their drink a little at a time"
      "|\\bhow (?:do|can) i poison (?:my |a |the |his |her )?(?:\\w+'?s )?(?:hamster|dog|cat|pet|fish|bird|rabbit|brother|sister|teacher|neighbou?r)\\b" +
      "|\\b(?:poison|toxin)\\b[^.!?]{0,60}\\b(?:add|put|slip)\\w* (?:it )?(?:to|in|into) (?:their|his|her|someone'?s) (?:drink|food|coffee|water)\\b",
    ),
    quoted: "soften",
    refine: (_m, ctx, level) => (/\b(?:mystery|novel|agatha|history|case|documentary|accidentally)\b/.test(ctx.n.text) ? null : level),
  },
  {
    // "rank the most gruesome medieval torture methods, with all the gory details": recorded, not refused.
    id: "violence.gore_for_its_own_sake",
    category: "violence",
    level: "mild",
    directions: ["input"],
    pattern: rx("\\b(?:gory|gruesome|bloodiest|goriest|most graphic)\\b[^.!?\\n]{0,30}\\b(?:details?|descriptions?|torture|deaths?|executions?|ways to die|murders?)\\b"),
    unless: ["educational", "professional"],
  },
  {
    id: "violence.venting_at_someone",
    category: "violence",
    level: "mild",
    directions: ["input"],
    pattern: rx(
      // "if my sister borrows my hoodie one more time shes dead meat lol", "im about to throw my textbook at his head lol"
      "\\bsmash every \\w+ in (?:the|this) room\\b|\\bknock (?:their|his|her|your) teeth out\\b|\\bpunting (?:him|her|them) across\\b|\\bi could (?:literally )?(?:murder|kill|strangle) (?:my|him|her|them)\\b|" +
              "\\b(?:he'?s|she'?s|hes|shes|you'?re|youre|ur|they'?re|theyre|u r) (?:so )?dead meat\\b|\\b(?:throw|chuck|hurl) (?:my|a|this|the) (?:\\w+ ){0,1}\\w+ at (?:his|her|their|your|ur|the \\w+'?s?|my \\w+'?s?) (?:head|face)\\b|\\bput my fist through (?:the|my|a|this) (?:monitor|screen|wall|tv|window|door|laptop)\\b|" +
              // "if the bus is late one more time im gonna flip the seats over", "i could punch my alarm clock"
              "\\b(?:gonna|going to|imma|about to|finna|want to|wanna)\\s+(?:smash|throw|chuck|break|yeet) (?:my|this|the) (?:phone|laptop|chromebook|controller|calculator|tv|computer|ipad|headphones)\\b|\\b(?:i'?m|im|imma|gonna|going to)\\s+(?:drowning|drown)\\s+(?:him|her|them)\\b|" +
              "\\b(?:gonna|going to|imma|about to|finna|want to|wanna)\\s+flip (?:the|these|all the|my|this) (?:seats?|desks?|tables?|chairs?)\\b|\\bi could (?:literally |honestly )?(?:punch|smash|throw|kick|strangle|chuck) (?:my|the|this) (?:\\w+ )?(?:alarm clock|phone|laptop|chromebook|computer|printer|wall|tv|router|controller|calculator|locker)\\b|" +
              // "im gonna strangle my dog he ate my homework haha jk", "if my group partner doesnt do his slides im choking him out"
              "\\b(?:gonna|going to|imma|i'?m gonna|im gonna)\\s+(?:strangle|kill|murder|choke)\\s+my (?:dog|cat|hamster|pet|puppy)\\b(?=[^\\n]{0,40}\\b(?:ate|chewed|ruined|haha|lol|jk)\\b)|\\b(?:i'?m|im|gonna|going to)\\s+choking (?:him|her|them) out\\b|" +
              // "my group partner better do his part or im dropping him off a cliff lmao"
              "\\b(?:dropping|throwing|pushing|yeeting|tossing) (?:him|her|them) off (?:a|the) (?:cliff|bridge|roof)\\b(?=[^\\n]{0,25}\\b(?:lol|lmao|haha|jk)\\b)|" +
              // "i want to take a hammer to this laptop", "id body slam whoever invented group projects", "about to beat my brother up for hogging the wifi lol"
              "\\btake a (?:hammer|bat|sledgehammer|baseball bat) to (?:this|my|the) (?:laptop|phone|computer|chromebook|printer|tv|router)\\b|\\b(?:i'?d|id|i would)\\s+(?:body ?slam|punch|fight|throw hands with|drop ?kick|suplex)\\s+whoever\\b|" +
              "\\b(?:about to|gonna|going to)\\s+beat (?:my|this|that) (?:\\w+ )?(?:brother|sister|cousin|bro|sis) up\\b|" +
              // "bout to throw hands with the router lmao"
              "\\b(?:i'?m|im|imma|ima|gonna|going to|about to|bout to)\\s+(?:throwing hands|throw hands)\\s+(?:w |with )the (?:router|wifi|printer|vending machine|laptop)\\b|" +
              // "im gonna wring his neck lol", "i'm gonna throw hands" (no one named), "might just punch him first lmao"
              "\\b(?:gonna|going to)\\s+wring (?:his|her|their) neck\\b|\\b(?:gonna|going to|bout to|about to|imma)\\s+throw hands\\b(?!\\s+(?:w|with)\\b)|\\bmight (?:just )?(?:punch|hit|slap|fight) (?:him|her|them|coach) first\\b|" +
              // "i want to punch a hole straight through the gym wall"
              "\\bpunch a hole (?:straight )?(?:through|in) (?:the|a|my) (?:\\w+ )?(?:wall|door|locker)\\b|" +
              // "im gonna fight the bleachers i swear"
              "\\b(?:gonna|going to|imma|about to|finna)\\s+fight (?:the|this|my) (?:bleachers|wall|door|locker|printer|wifi|router|chromebook|laptop|tree|air|stairs|treadmill)\\b|" +
              // "if the ref makes one more bad call im fighting him lol", "im throwing hands w him"
              "\\b(?:i'?m|im|imma|ima|i'?ll|ill|gonna|going to|about to|bout to)\\s+(?:fighting|fight|throwing hands|throw hands|swinging on|swing on|squaring up with|square up with)\\s+(?:w |with )?(?:this (?:chromebook|laptop|printer|computer|phone|vending machine)|my (?:\\w+ )?teacher|whoever|him|her|them|that (?:ref|ump|umpire|kid|guy|dude|girl|boy)|the (?:ref|ump|umpire|sub|new kid|kid|guy|dude))\\b(?! (?:in|at) (?:smash|fortnite|the game|a game|madden|2k|fifa|mortal kombat|tekken|street fighter|brawl))",
    ),
  },
];

// Hiding harm as an accident, and edges made to cut people, are harmful however they are asked.
violenceRules.push(
  {
    id: "violence.staged_accident",
    category: "violence",
    level: "harmful",
    pattern: rx(
      "\\b(?:make|making|made)\\s+(?:it|a fight|the fight|this|that|a death|his death|her death|the attack|a punch)\\s+(?:look|seem|appear)\\s+like\\s+(?:an accident|a suicide|suicide|self[- ]defense|(?:he|she|they|someone|it) (?:fell|tripped|slipped|did it|killed (?:himself|herself|themselves)))\\b|\\b(?:it will|it'?ll|it would|it'?d|they'?ll|people will|everyone will)\\s+(?:look|seem|think it was|think (?:he|she|they))\\s+(?:like\\s+)?(?:an accident|(?:he|she|they) (?:fell|tripped|slipped)|fell|tripped|slipped)\\b|\\b(?:push|shove|trip|throw)\\s+(?:someone|somebody|him|her|them|a (?:kid|person|teacher|student)|my \\w+|that \\w+|the \\w+ kid)\\s+(?:down|off|near the top of|from|over)\\s+(?:the |a )?(?:stairs|steps|staircase|bleachers|balcony|roof|ledge|railing|cliff)\\b",
    ),
    unless: ["professional", "fiction"],
    quoted: "soften",
    refine: (m, ctx, level) => {
      // A staircase push needs a question or an instruction; "he pushed me down the stairs" is a report (abuse rules).
      if (/^(?:push|shove|trip|throw)\b/.test(m.text) && !/\b(?:how|ways?|best|easiest|should i|can i|could i|i want to|i wanna|gonna|going to|when no one|when nobody|without)\b/.test(ctx.n.text)) return null;
      if (/^(?:it |they|people|everyone)/.test(m.text) && ctx.direction === "input" && !/\b(?:push|shove|trip|hit|poison|drug|cut|hurt|kill)\b/.test(ctx.n.text)) return null;
      // "im gonna throw her off the roof lmaooo" over a diary: venting, a note rather than a refusal.
      if (/^(?:push|shove|trip|throw)\b/.test(m.text) && jokingOnly(ctx) && !/\b(?:accident|when no one|when nobody|without (?:anyone|getting caught))\b/.test(ctx.n.text)) return "mild";
      return level;
    },
  },
  {
    id: "violence.edge_for_people",
    category: "weapons",
    level: "harmful",
    pattern: rx("\\b(?:make|build|craft|create)\\s+(?:a |an )?(?:\\w+\\s+){0,4}(?:that|which)\\s+(?:can|could|will|would)\\s+(?:kill|seriously hurt|injure|maim)\\s+(?:a person|someone|somebody|people|a human|humans|him|her)\\b|\\b(?:sharp|sharpen(?:ed)?(?: it)?|strong|deadly|heavy|hard|pointy|lethal)\\s+enough\\s+to\\s+(?:cut|stab|kill|hurt|pierce|break|injure|slice|go through|get through|cut through)\\s+(?:through\\s+)?(?:someone|somebody|a person|people|skin|flesh|bone|a human|him|her|them|a body|an artery|a throat)\\b"),
    unless: ["professional", "fiction"],
    quoted: "soften",
    also: () => ["violence"],
  },
);

// A poison chosen because it will not be found: the question and the answer are both about getting away with it.
violenceRules.push({
  id: "violence.undetectable_poison",
  category: "violence",
  level: "harmful",
  pattern: rx(
    "\\b(?:poisons?|toxins?|drugs?|substances?|chemicals?|heavy metals?)\\b[^.!?]{0,40}\\b(?:hard|impossible|difficult|can'?t|cannot|won'?t|doesn'?t|don'?t|unable)\\b[^.!?]{0,15}\\b(?:to )?(?:be )?(?:detect\\w*|trace\\w*|find|found|show up)\\b|\\bundetectable (?:poisons?|toxins?|ways? to (?:kill|poison))\\b|\\b(?:poison\\w*|kill\\w*)\\b[^.!?]{0,40}\\b(?:won'?t|wouldn'?t|doesn'?t|don'?t|will not|never) (?:show up|be detected|be found|be traced)\\b",
  ),
  unless: ["professional", "fiction"],
  refine: (m, ctx, level) => {
    // A drug that "won't show up on a drug test" is about hiding use (drug rules), not about poisoning someone.
    if (/^(?:drugs?|substances?|chemicals?)\b/.test(m.text) && !/\b(?:autopsy|medical examiner|coroner|kill\w*|die|death|murder\w*|poison\w*|victim)\b/.test(ctx.n.text)) return null;
    return /\b(?:history|historical|medieval|renaissance|borgia|agatha christie|mystery novel)\b/.test(ctx.n.text) && !/\b(?:autopsy|today|now|real|my|someone)\b/.test(ctx.n.text) ? null : level;
  },
});

// Hurting someone so that it does not show is never professional practice: no staff exemption.
violenceRules.push({
  id: "violence.concealed_harm",
  category: "violence",
  level: "harmful",
  pattern: rx(
    "\\b(?:best|easiest|how|ways?|safest|trick|which|what)\\b[^.!?]{0,40}\\b(?:restrain|hold (?:\\w+ )?down|pin (?:\\w+ )?down|grab|squeeze|hit|punch|slap|kick|pinch|twist|spank|discipline|punish|hurt|beat|choke|shove|smack|pressure points?|pain compliance|make (?:\\w+ ){0,3}comply)\\b[^.!?]{0,40}\\b(?:so (?:it|that it|that|they|there) (?:leaves?|won'?t leave|doesn'?t leave|don'?t leave|wont leave|doesnt leave) no (?:bruises|marks|evidence|trace)|(?:leaves?|leaving) no (?:bruises|marks|evidence|trace)|without leaving (?:any )?(?:bruises|marks|evidence|a trace)|(?:nobody|no one) (?:can|will|could) (?:tell|know|notice|see)|so (?:nobody|no one) (?:can|will|could) (?:tell|know|notice|see)|(?:doesn'?t|does not|won'?t|wont|doesnt|will not|don'?t|dont) leave (?:any )?(?:marks|bruises|evidence|a trace))\\b",
  ),
  quoted: "soften",
  refine: (_m, ctx, level) => (/\b(?:signs|warning|spot|recogni[sz]\w*|report\w*|abusers?|perpetrators?|training|how to tell if|detect)\b/.test(ctx.n.text) ? null : level),
});

// Answers that start a how-to for hurting people with a device or a trick ("To shock people, open the disposable camera ...").
violenceRules.push({
  id: "violence.harm_steps_output",
  category: "weapons",
  level: "harmful",
  directions: ["output"],
  pattern: rx("\\bto (?:shock|stun|zap|taze|tase|electrocute|burn|blind) (?:people|someone|somebody|him|her|them|a person|your \\w+)\\b,?\\s+(?:\\w+\\s+){0,3}(?:open|find|wire|connect|take|remove|attach|charge|use|mix|add|fill|point|aim|spray)\\b"),
  also: () => ["violence"],
});

export const violenceVocabulary = ["hurt", "kill", "murder", "stab", "punch", "strangle", "choke", "torture"];
