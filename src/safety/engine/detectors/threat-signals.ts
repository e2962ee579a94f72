// Threats that name no killing: a warning to stay away ("skip school friday
// if you want to stay safe"), following a target ("i know which way she
// walks home"), an ambush ("i'll wait for him behind the gym"), arson,
// poisoning, a list of names with a promise of payback, the place picked for
// an attack. Threat assessment teams treat these as leakage: the plan told
// before it happens. Hyperbole markers keep a joke a flag.
import { jokingOnly, type TextContext } from "../context.ts";
import { rx, sharedFragments, type Rule } from "../rules.ts";
import type { Level } from "../types.ts";
import { weaponsIfMentioned } from "./threat.ts";

const f = {
  day: "monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|next week|this week",
  harm: "mess (?:him|her|them|you|u) up|hurt|beat|jump|fight|stab|kill|shoot|break|stomp|make (?:him|her|them|you) pay|teach (?:him|her|them|you) a lesson|get (?:him|her|them|you)",
};

const schoolWord = new RegExp(`\\b(?:${sharedFragments.school})\\b`);
const whenWord = new RegExp(`\\b(?:${f.day}|after (?:school|practice|class)|at lunch)\\b`);
const weaponWord = new RegExp(`\\b(?:${sharedFragments.weapon})\\b`);

// Not the educational flag: it rises on "lesson" ("this school will learn its
// lesson") and on "explain", words a threat may use too. Class work shows itself.
const classWork = /\b(?:lesson plans?|curriculum|units?|syllabus|worksheet|students will|history|historical|essay|report|discussion questions|for class|in class|drill|training|presentation|project|assignment|novel|article)\b/;

/** A joke stays a flag unless the message also says it is meant. */
function unlessJoking(ctx: TextContext, level: Level): Level | null {
  if (ctx.flags.has("fiction") || classWork.test(ctx.n.text)) return null;
  return jokingOnly(ctx) ? "mild" : level;
}

export const threatSignalRules: Rule[] = [
  {
    id: "threat.warning_to_stay_away",
    category: "threat",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "skip school on friday if you want to stay safe", "stay home wednesday, trust me"
      "\\b(?:skip|stay (?:home|away)(?: from)?|avoid|don'?t come to|dont come to|do not come to|(?:nobody|no one|you) (?:better|should|had better) (?:come|show up) to)\\s+(?:school|class|lunch|practice|the \\w+|the \\w+ \\w+)?\\s*(?:on |this |next )?(?:{day})\\b[^\\n]{0,40}\\b(?:if you (?:want to|wanna) (?:stay safe|live|be safe|stay alive)|trust me|(?:that'?s|thats) all (?:i'?m|im) saying|you'?ve been warned|youve been warned|i'?m serious|im serious|not joking|no joke|i mean it|(?:got|have|'?ve got) something planned|you'?ll see|bloodbath|blood bath|(?:i )?already know who)\\b" +
        // "you all think you are safe at school, wait till friday"
        "|\\b(?:you|y'?all|they|everyone|everybody|people)\\s+(?:all\\s+)?think\\s+(?:you'?re|you are|they'?re|they are|theyre|this school is|the school is|school is|it'?s|its)\\s+safe\\b[^.!?]{0,40}\\b(?:wait|wrong|(?:{day}))\\b" +
        // "tomorrow everyone in that class is going to find out what happens when you mess with me"
        "|\\b(?:find out|see|learn|know) what happens (?:when|if) (?:you|u|people|anyone|they|someone|somebody) (?:mess(?:es)? with|cross(?:es)?|disrespect(?:s)?|snitch(?:es)? on|laugh(?:s)? at|play(?:s)? with) me\\b",
      f,
    ),
    unless: ["professional"],
    quoted: "soften",
    refine: (m, ctx, level) => {
      const text = ctx.n.text;
      if (/\b(?:sick|flu|covid|snow|storm|weather|ice|contagious|fever|lice|testing|test day)\b/.test(text)) return null;
      // "you'll see what happens if you mess with me" with no time, place or weapon is a grudge.
      if (/what happens/.test(m.text) && !(schoolWord.test(text) || whenWord.test(text) || weaponWord.test(text))) return "mild";
      return unlessJoking(ctx, level);
    },
    also: weaponsIfMentioned,
  },
  {
    id: "threat.stalking_grievance",
    category: "threat",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "i know her schedule and which way she walks home, she's going to regret humiliating me"
      "\\bi know (?:her|his|their|where (?:she|he|they)) (?:schedule|address|route|lives|walks home|locker|house|way home|bus stop)\\b[^.!?]{0,80}\\b(?:regret|pay|sorry|deserve|get back at|revenge|payback|hurt|wait for)\\b" +
        "|\\b(?:is|are|'?s|'?re|will|gonna|going to)\\s+(?:(?:going to|gonna)\\s+)?(?:regret|pay for) (?:humiliating|embarrassing|disrespecting|crossing|messing with|laughing at|bullying|snitching on|ratting me out|exposing|betraying) me\\b" +
        // "he better watch his back, i know where he parks his car"
        "|\\b(?:better |should |gonna have to |need to )?watch (?:his|her|their|your|ur) back\\b[^.!?]{0,50}\\bi know (?:where|what|which|when)\\b|\\bi know (?:where|what|which|when)\\b[^.!?]{0,50}\\bwatch (?:his|her|their|your|ur) back\\b" +
        // "i will make sure tyler never talks again"
        "|\\bmake sure (?:he|she|they|him|her|them|(?:that|this|the) \\w+|[a-z]+) (?:never|won'?t|wont|can'?t|cant) (?:walks?|talks?|breathes?|wakes? up|sees?|comes? back|plays?|walk|talk|breathe|play) again\\b",
    ),
    unless: ["fiction", "professional"],
    quoted: "soften",
    refine: (m, ctx, level) => {
      // "you'll regret embarrassing me at the spelling bee" alone is a grudge; following someone makes it a threat.
      if (/watch (?:his|her|their|your|ur) back|^make sure/.test(m.text)) return unlessJoking(ctx, level);
      if (!/^i know/.test(m.text) && !/\bi know (?:her|his|their|where)\b|\bfollow(?:ed|ing)? (?:her|him|them)\b|\bwait(?:ing)? for (?:her|him|them)\b/.test(ctx.n.text) && !whenWord.test(ctx.n.text)) return null;
      return unlessJoking(ctx, level);
    },
    also: weaponsIfMentioned,
  },
  {
    id: "threat.ambush",
    category: "threat",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "i'm going to wait for him behind the gym after practice and mess him up"
      "\\bwait (?:for|on) (?:him|her|them|you|u|[a-z]+) (?:behind|outside|after|in|at|by|near)\\b[^.!?]{0,50}\\b(?:{harm})\\b" +
        // "imma catch marcus outside the store and stomp him out"
        "|\\bcatch (?:him|her|them|you|u|[a-z]+) (?:outside|after|at|behind|by|near|in)\\b[^.!?]{0,40}\\b(?:{harm})\\b|\\bstomp (?:him|her|them|you|u|[a-z]+) out\\b" +
        "|\\bmess (?:him|her|them|you|u|[a-z]+) up (?:so bad|bad|real bad|for real|good)\\b" +
        // "i'll burn his car with him in it", "i'm going to burn her house down"
        "|\\b(?:burn|torch|set fire to)\\s+(?:his|her|their|your|ur|[a-z]+'?s)\\s+(?:car|house|home|room|locker|apartment|trailer)\\b(?:[^.!?]{0,20}\\bwith (?:him|her|them|you) (?:in it|inside)| down)" +
        // "i put rat poison in a water bottle for the girl who ...", "slip some laxatives into kayla's drink"
        "|\\b(?:put|putting|poured|pouring|mix|mixed|mixing|slip|slipped|slipping|sneak|sneaking|drop|dropping)\\s+(?:some |a (?:bunch|lot|few) of |a little |my (?:\\w+'?s? )?)?(?:rat poison|poison|bleach|drano|antifreeze|laxatives?|pills|eye drops|visine|something|stuff)\\s+(?:in|into)\\s+(?:(?:[a-z]+'?s|his|her|their|your|someone'?s|somebody'?s) (?:\\w+\\s+)?(?:drink|food|water|bottle|lunch|soda|coffee|cup|smoothie|juice|tea|milk)\\b|(?:a |the )?(?:\\w+\\s+)?(?:drink|food|water|bottle|lunch|soda|coffee|cup|smoothie|juice|tea|milk)\\b[^.!?]{0,40}\\b(?:for|so) (?:him|her|them|he|she|they|the|that|[a-z]+)\\b)",
      f,
    ),
    // Not the educational flag: "so he learns" is a threat, not a lesson.
    unless: ["fiction", "professional"],
    quoted: "soften",
    negatable: true,
    refine: (m, ctx, level) => {
      const text = ctx.n.text;
      if (!/\b(?:i|i'?m|im|i'?ll|ill|imma|ima|me|my|we|gonna|going to)\b/.test(text)) return null;
      if (/\b(?:lesson|history|article|news|documentary|mystery|detective|case study|true crime)\b/.test(text)) return null;
      if (/\b(?:game|fortnite|minecraft|roblox|level|boss|match|tag|hide and seek|surprise party|prank)\b/.test(text) && !weaponWord.test(text)) return null;
      if (/^catch/.test(m.text) && !/\b(?:stomp|beat|jump|hurt|break|mess|stab|shoot|kill)\b/.test(m.text)) return null;
      // "how do i put something in someones drink at a party so they pass out": asking how, which the violence rules refuse; no one is named.
      if (/\bhow (?:do|can|could|would) (?:i|you|u|we)\b[^.!?]{0,10}$/.test(text.slice(Math.max(0, m.start - 20), m.start)) && /\b(?:someone|somebody|someones|somebodys|a (?:kid|person|guy|girl)s?'?s?)\b/.test(m.text)) return null;
      return unlessJoking(ctx, level);
    },
    also: weaponsIfMentioned,
  },
  {
    id: "threat.names_and_payback",
    category: "threat",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "i've been writing down the names of everyone who was mean to me and soon they'll all get what they deserve"
      "\\b(?:writing|wrote|making|keeping|made|kept|have|got)\\s+(?:down\\s+)?(?:a |the |my )?(?:names|list)\\b[^.!?]{0,60}\\b(?:everyone|people|kids|who)\\b[^.!?]{0,60}\\b(?:get what (?:they|theyre|they are|they'?re) (?:deserve|coming)|get what'?s coming|pay\\b|regret|be sorry)" +
        // "after what they did this school is going to learn its lesson"
        "|\\b(?:(?:this|the|our) (?:whole |entire )?school|everyone|everybody|they|you all|y'?all|all of (?:you|them)|those kids)\\b[^.!?]{0,20}\\b(?:is|are|will|'?s|'?re)?\\s*(?:going to|gonna|will|'?ll) (?:all )?learn (?:its|their|a|a real|a hard) lesson\\b" +
        // "there are five names on my list and i will cross them off one by one"
        "|\\b(?:names|people|kids)\\b[^.!?]{0,40}\\b(?:cross|crossing|check|checking|tick|ticking|mark|marking) (?:them|each one|every one|the names|names|people|everyone) off\\b|\\b(?:cross|crossing|check|checking|tick|ticking) (?:them|each one|every one|the names|names|people|everyone) off\\b[^.!?]{0,30}\\b(?:my|the) list\\b",
    ),
    unless: ["fiction", "professional"],
    quoted: "soften",
    refine: (_m, ctx, level) => {
      const text = ctx.n.text;
      if (/\b(?:grocery|groceries|shopping|to-?do|todo|checklist|chores|homework|bucket list|reading list|playlist|guest list|puppy|dog|cat|baby names|christmas list|wish list)\b/.test(text)) return null;
      return /\b(?:i|i'?m|im|i'?ll|ill|me|my)\b/.test(text) ? unlessJoking(ctx, level) : null;
    },
    also: weaponsIfMentioned,
  },
  {
    id: "threat.attack_planning",
    category: "threat",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "the pep rally would be the perfect place to open fire", "monday i'm settling it with a knife"
      "\\b(?:perfect|good|best|ideal) (?:place|time|day|spot) to (?:open fire|shoot|attack|set off|blow (?:it |them |everything )?up|stab)\\b" +
        "|\\b(?:settl(?:e|ing)|end(?:ing)?|finish(?:ing)?) (?:it|this|things|the score|everything) with (?:a |my |the |his |her )?(?:{weapon})\\b" +
        "|\\b(?:a lot of|lots of|so much|plenty of) blood\\b[^.!?]{0,40}\\b(?:{school}|{day})\\b" +
        "|\\b(?:which|what) (?:doors|exits) to (?:block|lock|chain)\\b" +
        // "i've been practicing with my dad's pistol for the pep rally"
        "|\\b(?:practicing|practiced|practice|training|trained)\\b[^.!?]{0,15}\\bwith (?:my |his |her |a |the )?(?:\\w+'?s? )?(?:guns?|pistols?|rifles?|shotguns?|glock|ar-?15|handguns?|revolvers?|knife|knives|bow)\\b" +
        // "i know which bus he rides home and i have a plan for him on friday"
        "|\\bi (?:have|'?ve got|ve got|got|made) a plan for (?:him|her|them)\\b",
      f,
    ),
    unless: ["fiction", "professional"],
    quoted: "soften",
    refine: (m, ctx, level) => {
      const text = ctx.n.text;
      if (/\b(?:drill|lockdown|fire safety|nosebleed|blood drive|donat\w+|game|fortnite|call of duty|minecraft|roblox|movie|book|story)\b/.test(text)) return null;
      // Practice with a weapon, or a plan for someone, is a threat only with a time, a school place or a promise of what people will see.
      if (/^(?:practic|train|i )/.test(m.text) && (/\b(?:hunting|range|competition|club|4-?h|scouts|season|target practice|safety course|archery|instructor|lesson)\b/.test(text) || !(schoolWord.test(text) || whenWord.test(text) || /\b(?:everyone|everybody|they'?ll|theyll|will (?:remember|see|know)|which (?:bus|class|classroom|way|route)|where (?:he|she|they) (?:lives|goes|sits))\b/.test(text)))) return null;
      if (!(schoolWord.test(text) || whenWord.test(text) || weaponWord.test(text) || /\b(?:i|i'?m|im|i'?ll|me)\b/.test(text))) return null;
      return unlessJoking(ctx, level);
    },
    also: weaponsIfMentioned,
  },
  {
    id: "threat.leakage",
    category: "threat",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "after friday nobody at westfield is going to forget my name"
      "\\b(?:nobody|no one|everyone|everybody|the whole (?:school|town|world|country))\\b[^.!?]{0,40}\\b(?:(?:is|are) (?:going to|gonna)|will|'?ll)\\s+(?:ever\\s+)?(?:forget|remember|know) (?:my name|who i am|me)\\b" +
        // "theyre all gonna pay one by one and i mean physically", "finally get what theyre owed"
        "|\\b(?:they'?re|theyre|they are|they|them|he'?s|hes|she'?s|shes|all of (?:them|you)|every (?:single )?one of (?:them|you)|you'?re|youre|you)\\s+(?:all\\s+)?(?:gonna|going to|will|'ll)\\s+(?:pay|get what (?:they|he|she|you)(?:'?re| are|re|'?s| is|s)? (?:owed|coming|deserve)|get what'?s coming(?: to (?:them|him|her|you))?)\\b(?!\\s+(?:for (?:the|a|my|his|her|their|it|lunch|dinner|pizza|gas|tickets?|food|snacks|dues|damages?|repairs?)|back|attention|\\$|\\d|rent|up|in|with|online|half|their share|me\\b))" +
        "|\\b(?:who|that) (?:bullied|hurt|laughed at|picked on|messed with|jumped|humiliated|snitched on) me\\b[^.!?]{0,30}\\bget (?:what (?:they|he|she)(?:'?re| are|re|'?s| is|s)? (?:owed|coming|deserve)|what'?s coming)\\b" +
        // "i drew a map of all the cafeteria exits and which doors they chain during lunch"
        "|\\b(?:drew|drawn|made|making|mapped|sketched|have|got)\\s+(?:a |the )?(?:map|maps|diagram|layout)\\s+of\\b[^.!?]{0,40}\\b(?:exits?|doors?|hallways?|cameras?|stairwells?)\\b",
      f,
    ),
    unless: ["fiction", "professional"],
    quoted: "soften",
    refine: (_m, ctx, level) => {
      const text = ctx.n.text;
      if (/\b(?:fire (?:drill|escape|safety)|evacuation|emergency plan|talent show|concert|recital|game|match|tournament|contest|competition|audition|election|campaign|album|song|channel|youtube|famous|viral|karma|taxes|debt|loan)\b/.test(text)) return null;
      // Leakage is a threat with something beside it: a day, a school place, a weapon, a list, a video, "i mean physically", "something big".
      const beside = schoolWord.test(text) || whenWord.test(text) || weaponWord.test(text) || /\b(?:list|video|manifesto|one by one|physically|something big|i mean it|range|all of them|everyone who)\b/.test(text);
      if (!beside) return null;
      return unlessJoking(ctx, level);
    },
    also: weaponsIfMentioned,
  },
  {
    id: "threat.poisoning",
    category: "threat",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "im putting rat poison in my chem teachers coffee"
      "\\b(?:put|putting|slip|slipping|add|adding|mix|mixing|spike|spiking|pour|pouring|drop|dropping)\\b[^.!?]{0,15}\\b(?:rat poison|poison|antifreeze|bleach|eye ?drops|visine|laxatives?|drano|pesticide|weed killer)\\b[^.!?]{0,15}\\b(?:in|into)\\s+(?:his|her|their|the|my \\w+'?s?|my \\w+ \\w+'?s?|[a-z]+'s)\\s+(?:\\w+\\s+)?(?:coffee|drink|food|lunch|water|water bottle|soda|tea|juice|smoothie|milk|cereal|bottle|plate)\\b",
      f,
    ),
    unless: ["fiction", "professional"],
    quoted: "soften",
    refine: (_m, ctx, level) => (/\b(?:story|novel|mystery|murder mystery|agatha|character|play|history|historical|case|documentary|what happens if|accidentally|by accident)\b/.test(ctx.n.text) ? null : unlessJoking(ctx, level)),
    also: ["violence"],
  },
  {
    id: "threat.leaked_plan",
    category: "threat",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "i know the bell schedule, the camera blind spots, and which doors stay propped open"
      "\\b(?:camera )?blind spots\\b|\\bwhich doors (?:stay|don'?t|dont|do not|won'?t|are) (?:propped|open|unlocked|lock)|\\bwhich exits (?:i|we) should block|\\b(?:exits?|doors?) (?:i|we) (?:should|need to|gotta) block\\b" +
        "|\\b(?:what time|when) the (?:sro|resource officer|security guard|cop) (?:takes|goes|leaves|is on)\\b" +
        // "i know where she parks and what time she leaves", "we know which way he walks home"
        "|\\b(?:i|we) (?:already )?know (?:where (?:she|he|they) (?:parks|lives|sits)|what time (?:she|he|they) (?:leaves|gets off|walks)|which way (?:she|he|they) walks home|which car is (?:hers|his|theirs))\\b" +
        // "the gym doors get chained from outside, and nobody gets out"
        "|\\b(?:doors?|exits?)\\b[^.!?]{0,30}\\b(?:chained|locked|blocked) from (?:the )?outside\\b|\\bnobody gets out\\b|\\bno one gets out\\b" +
        // "enough to make the whole science wing go up", "graduation is going to be really loud"
        "|\\benough to (?:make|blow|take out|level|burn)\\b[^.!?]{0,30}\\b(?:{school}|wing|building|gym|stadium)\\b|\\b(?:{school}|wing|building|gym|graduation|prom|assembly|pep rally)\\b[^.!?]{0,30}\\b(?:go up|going to be (?:really )?loud|gonna be (?:really )?loud|go boom)\\b" +
        // "I'm going to set the portable classrooms on fire", "cut her brake lines"
        "|\\bset (?:the |our |this )?(?:\\w+ )?(?:classrooms?|portables?|school|gym|building|house|car) on fire\\b|\\bcut (?:her|his|their|the teacher'?s|ms\\.? \\w+'?s|mr\\.? \\w+'?s) brake (?:lines|cables?)\\b" +
        // "my cousin can get me a gun for $200. then lets see if brayden still wants to talk trash"
        "|\\b(?:can|could|will|gonna) get me a (?:gun|pistol|glock|rifle|strap|piece)\\b[^\\n]{0,80}\\b(?:see if|then|let'?s see|watch|talk trash|laugh)\\b",
      { school: "school|class|classroom|cafeteria|campus|hallway|library|auditorium|science wing" },
    ),
    unless: ["fiction", "professional"],
    quoted: "soften",
    refine: (_m, ctx, level) => {
      const text = ctx.n.text;
      if (/\b(?:fire drill|lockdown drill|evacuation|safety plan|emergency plan|escape room|minecraft|fortnite|roblox|video game|movie|firework\w*|fourth of july|4th of july|stump|bonfire|camp ?fire|grill)\b/.test(text)) return null;
      // A "project" in quotes is the pretext, not class work: only a joke marker softens this.
      return jokingOnly(ctx) ? "mild" : level;
    },
    also: weaponsIfMentioned,
  },
  {
    id: "threat.others_then_myself",
    category: "threat",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "im gonna take out the people who made my life hell and then myself"
      "\\b(?:take out|kill|shoot|get|end|hurt)\\s+(?:the people|everyone|everybody|them|all of them|those \\w+|the kids|him|her)\\b[^.!?]{0,50}\\b(?:and then|then|before i (?:do|kill|end)|and after that)\\s+(?:myself|me|i'?ll (?:do|kill|end) (?:myself|me|it))\\b",
    ),
    unless: ["fiction", "professional"],
    quoted: "soften",
    refine: (_m, ctx, level) => (jokingOnly(ctx) ? "mild" : level),
    also: ["violence", "self_harm"],
  },
  {
    id: "threat.armed_and_waiting",
    category: "threat",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "im gonna wait by her car after school with my bat and wreck her"
      "\\bwait(?:ing)? (?:by|for|outside|behind|at)\\b[^.!?]{0,40}\\bwith (?:my|a|his|the) (?:bat|knife|gun|crowbar|hammer|pipe|machete|brass knuckles)\\b" +
        // "bought ammo off my cousin. the pep rally is the perfect time"
        "|\\b(?:pep rally|assembly|graduation|prom|lunch|homecoming|the dance|the game|first period|the bus)\\b[^.!?]{0,10}\\bis (?:the )?(?:perfect|best|right) (?:time|place|day|spot|chance)\\b" +
        // "im going to beat aiden until he cant walk"
        "|\\b(?:beat|stomp|jump|hit)\\s+[a-z]+\\s+(?:until|till|so) (?:he|she|they) (?:can'?t|cant|cannot) (?:walk|move|breathe|see)\\b" +
        // "my dads gun safe code is my birthday lol. after thursday nobody ... is gonna laugh at me again"
        "|\\bgun (?:safe|cabinet|case|locker)\\b[^.!?]{0,20}\\b(?:code|combination|key|unlocked|open)\\b",
    ),
    unless: ["fiction", "professional"],
    quoted: "soften",
    refine: (m, ctx, level) => {
      const text = ctx.n.text;
      // "how do you open my dads gun safe without the code": asking how, with no one and no day named, is a weapons request the weapons rules refuse.
      if (/\b(?:how (?:do|can|would|could) (?:i|you|u)|(?:what'?s|whats) the (?:easiest|best|fastest) way to)\b/.test(text) && !/\b(?:school|class|bus|tomorrow|tmrw|tonight|monday|tuesday|wednesday|thursday|friday|him|her|them|everyone|kids|teacher|pay|regret|better not)\b/.test(text)) return null;
      const credible = weaponWord.test(text) || /\bammo\b/.test(text) || whenWord.test(text) || schoolWord.test(text) || /\b(?:laugh at me|pay|regret|again|everyone meet|after school)\b/.test(text);
      if (/^gun (?:safe|cabinet|case|locker)/.test(m.text) || /is (?:the )?(?:perfect|best|right)/.test(m.text)) return credible && /\b(?:ammo|gun|rifle|pistol|laugh|nobody|everyone|pay|regret|shoot)\b/.test(text) ? level : null;
      return credible ? (jokingOnly(ctx) ? "mild" : level) : null;
    },
    also: weaponsIfMentioned,
  },
  {
    id: "threat.means_and_target",
    category: "threat",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "how many rounds does an ar mag hold? need to know for what im doing at school friday"
      "\\bfor what (?:i'?m|im|i am) (?:doing|planning)\\b[^\\n]{0,30}\\b(?:at school|friday|monday|tuesday|wednesday|thursday|tomorrow)\\b" +
        // "i found out where he lives and i'm going over there tonight to settle it"
        "|\\b(?:found out|know) where (?:he|she|they|(?:mr|mrs|ms|miss|coach)\\.? [a-z]+|[a-z]+) (?:lives?|parks)\\b[^\\n]{0,60}\\b(?:going over there|settle (?:it|this)|tonight|pay|regret|pull up|smash (?:him|her)|hurt (?:him|her)|gonna|going to)\\b|\\bgonna regret\\b[^\\n]{0,60}\\bi know (?:what car|where) (?:she|he|they)\\b" +
        // "im setting the science wing on fire during 6th period, lighter fluid is already in my locker"
        "|\\bsetting (?:the|our|this) (?:\\w+ )?(?:wing|school|gym|building|classroom|cafeteria|bathroom|car|house) on fire\\b" +
        // "putting rat poison in the teachers lounge coffee tomorrow"
        "|\\b(?:putting|put|slipping)\\s+(?:rat )?poison in (?:the|their|his|her) (?:\\w+ ){0,2}(?:coffee|drink|food|lunch|water)\\b|\\b(?:rat poison|poison|antifreeze)\\b[^\\n]{0,60}\\b(?:putting|put|slip\\w*) it in (?:his|her|their|[a-z]+'?s) (?:\\w+ )?(?:coffee|drink|food|lunch|water|bottle|tea)\\b" +
        // "building something in my garage that goes boom and the cafeteria at lunch is where its going"
        "|\\b(?:goes|go) boom\\b[^\\n]{0,60}\\b(?:cafeteria|school|gym|class|lunch|assembly)\\b|\\b(?:cafeteria|school|gym|class|assembly)\\b[^\\n]{0,40}\\bis where (?:it'?s|its|it is) going\\b" +
        // "gonna pop the quarterback with my brothers 9mm"
        "|\\bpop (?:him|her|them|the \\w+|[a-z]+)\\s+with (?:my|a|his|the) (?:\\w+'?s )?(?:9 ?mm|gun|glock|pistol|strap|piece|rifle|\\.22|blicky)\\b" +
        // "took a box cutter from the art room and im just waiting for ms. greene's class to empty out"
        "|\\b(?:took|stole|grabbed|got)\\s+(?:a|the|my)\\s+(?:box cutter|knife|blade|razor|scissors|bat|gun)\\b[^\\n]{0,60}\\b(?:waiting for|wait for|until)\\b",
      f,
    ),
    unless: ["fiction", "professional"],
    quoted: "soften",
    refine: (_m, ctx, level) => (/\b(?:art project|cardboard|target practice|range day|hunting|fire drill|video game|fortnite|call of duty|firework show)\b/.test(ctx.n.text) ? null : jokingOnly(ctx) ? "mild" : level),
    also: weaponsIfMentioned,
  },
  {
    id: "threat.told_plainly",
    category: "threat",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "we should chain the gym doors during the assembly and light it up"
      "\\bchain (?:the )?(?:\\w+ )?doors\\b[^\\n]{0,60}\\b(?:light it up|fire|burn|lighter fluid|gas)\\b|\\blight (?:the (?:gym|school|place|cafeteria|building)) up\\b" +
        // "i keep a box cutter in my locker for the kids who mess with me, next time im using it"
        "|\\b(?:box cutter|knife|blade|razor|gun|bat)\\b[^\\n]{0,40}\\bfor (?:the )?(?:kids|people|anyone|whoever|those) who\\b[^\\n]{0,60}\\b(?:using it|use it)\\b" +
        // "im pulling the fire alarm and when everyone goes outside im gonna start shooting"
        "|\\b(?:gonna|going to|will|i'?ll|ill) start (?:shooting|stabbing)\\b|\\bpull(?:ing)? the fire alarm\\b[^\\n]{0,60}\\b(?:shoot\\w*|stab\\w*|attack)\\b" +
        // "told my friends to stay home tomorrow bc something big is going down"
        "|\\btold (?:my friends|everyone|them|people|my \\w+) to stay (?:home|away)\\b[^\\n]{0,60}\\b(?:something big|see it|on the news|tiktok|trust me)\\b" +
        // "im gonna push kenzie down the stairs tomorrow and make it look like an accident"
        "|\\b(?:push|trip|shove|poison)\\w*\\s+[a-z]+\\b[^\\n]{0,40}\\bmake it look like an accident\\b" +
        // "everybody who laughed at me in 4th period is going to be on the news next week"
        "|\\b(?:everybody|everyone|they|the people|the kids) who (?:laughed at|made fun of|bullied|hurt|picked on) me\\b[^\\n]{0,60}\\b(?:on the news|gonna pay|going to pay|regret|be sorry)\\b" +
        // "my cousin has an ar in his trunk and hes letting me borrow it. the cafeteria at lunch is where everyone is"
        "|\\b(?:ar|ak|gun|rifle|pistol|glock|shotgun)\\b[^\\n]{0,60}\\bborrow it\\b[^\\n]{0,60}\\b(?:cafeteria|school|lunch|assembly|everyone)\\b" +
        // "whoever reported my vape is gonna end up in the hospital"
        "|\\b(?:gonna|going to|will) end up in the hospital\\b" +
        // "im building something in my garage that will take out the whole science wing"
        "|\\bbuilding something\\b[^\\n]{0,40}\\b(?:take out|blow up|go boom|goes boom)\\b" +
        // "help me jump the new kid tomorrow ... we're gonna put him in the hospital", "next person who calls me that ... gets my box cutter across their face"
        "|\\b(?:gonna|going to|will) put (?:him|her|them|[a-z]+) in the hospital\\b|\\bgets? my (?:box cutter|knife|blade|fist) (?:across|in|into) (?:their|his|her) (?:face|throat|neck)\\b" +
        // "im bringing a knife tomorrow and cutting ms. harper"
        "|\\b(?:bringing|taking) (?:a|my) (?:knife|blade|box cutter|gun|razor)\\b[^\\n]{0,30}\\b(?:and|to) (?:cut|stab|shoot|slash)\\w*\\s+(?:(?:mr|mrs|ms|miss|coach)\\.? )?[a-z]+\\b" +
        // "im chaining the cafeteria doors and setting the place on fire", "marking where the most people are during passing period. soon"
        "|\\bchaining (?:the )?(?:\\w+ )?doors\\b|\\bsetting the place on fire\\b|\\b(?:floor plan|map)\\b[^\\n]{0,60}\\bwhere the most (?:people|kids|students) are\\b" +
        // "going to put the rat poison from our garage in the teachers coffee tomorrow"
        "|\\bput (?:the |some )?(?:rat )?poison\\b[^.!?]{0,30}\\bin (?:the |my )?\\w+s? (?:coffee|drink|food|lunch|water|tea)\\b" +
        // "ive been watching videos on how to make pipe bombs ... the seniors will see at graduation"
        "|\\b(?:pipe bombs?|bombs?|explosives?)\\b[^\\n]{0,80}\\bwill see (?:at|during|on)\\b" +
        // "me and tre are jumping the new kid after practice and were bringing bats"
        "|\\b(?:jumping|jump)\\s+(?:the new kid|him|her|[a-z]+)\\b[^\\n]{0,40}\\bbringing (?:bats|knives|a bat|a knife|guns?|brass knuckles)\\b",
    ),
    unless: ["fiction", "professional"],
    quoted: "soften",
    refine: (m, ctx, level) => {
      // "how can i trip someone ... and make it look like an accident" asks for a method: the violence rules refuse it.
      if (/look like an accident/.test(m.text) && /\b(?:someone|somebody|a person)\b/.test(m.text)) return null;
      if (/\b(?:fire drill|video game|fortnite|call of duty|minecraft|movie|injured|got hurt playing|sports|game)\b/.test(ctx.n.text) && !/\b(?:laughed at me|reported|i know it was)\b/.test(ctx.n.text)) return null;
      return jokingOnly(ctx) ? "mild" : level;
    },
    also: weaponsIfMentioned,
  },
];
