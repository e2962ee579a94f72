// Abuse told through what happens rather than its name: cruel punishments
// ("makes me kneel on rice", "locks me out all night"), a child left to fend
// for themselves ("it's been four days since my dad came home"), and an adult
// grooming a child ("my coach says i'm mature for my age and to delete the
// messages"). Each needs the child's own voice and an adult or family member.
import { rx, type Rule } from "../rules.ts";

const f = {
  adult:
    "mom|mother|dad|father|stepmom|stepdad|step ?mom|step ?dad|grandma|grandpa|grandmother|grandfather|aunt|uncle|foster (?:mom|dad|parents?|mother|father)|parents?|guardian|(?:mom|mother)'?s boyfriend|(?:dad|father)'?s girlfriend|boyfriend|brother|sister|stepbrother|stepsister|cousin|babysitter|coach|teacher",
  // Not "a guy" alone: a boy kissing a girl at a party is not abuse.
  role: "coach|teacher|tutor|pastor|youth pastor|priest|neighbou?r|bus driver|counselor|principal|instructor|trainer|scout leader|youth leader|(?:older|grown|adult) (?:man|guy|woman|friend)|(?:man|woman) (?:at|from) (?:my|the|our) \\w+",
};

const adultWord = new RegExp(`\\b(?:${f.adult})\\b`);

export const abuseSignalRules: Rule[] = [
  {
    id: "abuse_disclosure.cruel_punishment",
    triggers: "kneel sleep stand without locks locked lock kicks kicked leaves left puts ties tied chains chained tapes taped skip miss eat allowed",
    category: "abuse_disclosure",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "my grandma makes me kneel on rice for hours", "my foster dad makes me sleep in the garage"
      "\\b(?:makes?|made|forces?|forced)\\s+me\\s+(?:to\\s+)?(?:kneel on (?:rice|salt|gravel|beans|glass)|sleep (?:in|on|outside in) (?:the )?(?:garage|floor|porch|yard|car|basement|shed|cold|snow|dog (?:crate|house))|sleep outside|stand (?:in (?:the|a) corner |outside )?for hours|go (?:days |a day )?without (?:food|eating|dinner|water|meals))\\b" +
        // "i get locked out of the house all night when my mom is mad"
        "|\\b(?:locks?|locked|kicks?|kicked|puts?|put|leaves?|left|shuts?|shut)\\s+me\\s+(?:out(?:side)?(?: of the house)?|in (?:the |a |my )?(?:basement|closet|garage|shed|car|cellar|attic|bathroom|dog (?:crate|house)))\\b[^.!?]{0,40}\\b(?:all night|overnight|for hours|for days|without (?:food|water|a coat|dinner|a jacket)|in the (?:cold|snow|rain|dark))\\b" +
        "|\\bi (?:get|got|am|'?m|im) (?:locked|kicked|shut) (?:out(?: of the house)?|in (?:the |a |my )?(?:basement|closet|garage|shed))\\b[^.!?]{0,20}\\b(?:all night|overnight|for hours|for days|in the (?:cold|snow|rain|dark))\\b" +
        // "my parents make me skip meals when i get a bad grade"
        "|\\b(?:make|makes|made|won'?t let|wont let|don'?t let|dont let|doesn'?t let|doesnt let|didn'?t let|didnt let)\\s+me\\s+(?:skip|go without|miss|eat)\\s+(?:meals|dinner|lunch|breakfast|food|eating|anything)\\b|\\bi'?m not allowed to eat\\b|\\bim not allowed to eat\\b|\\bi am not allowed to eat\\b" +
        // "my aunt ties me to a chair"
        "|\\b(?:ties?|tied|chains?|chained|tapes?|taped|straps?|strapped)\\s+me\\s+(?:up\\b|to (?:a|the|my) (?:chair|bed|pole|tree|radiator|table))",
      f,
    ),
    unless: ["fiction"],
    quoted: "soften",
    refine: (_m, ctx, level) => (adultWord.test(ctx.n.text) ? level : null),
  },
  {
    id: "abuse_disclosure.left_alone",
    triggers: "since groceries food dinner lunch breakfast shut off lock locks locked",
    category: "abuse_disclosure",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "it's been four days since my dad came home"
      "\\b(?:days|weeks|a week|\\w+ days|\\w+ weeks)\\s+since\\s+(?:my |our )?(?:{adult})\\s+(?:came|come|was|were|has been|have been|'?s been)\\s+home\\b" +
        // "my dad hasn't bought groceries in weeks"
        "|\\b(?:hasn'?t|hasnt|haven'?t|havent|has not|have not)\\s+(?:bought|got|gotten|made|cooked|brought)\\s+(?:any )?(?:groceries|food|dinner|us food|me food)\\b[^.!?]{0,20}\\b(?:in|for)\\s+(?:days|weeks|a week|a month|\\w+ days|\\w+ weeks)\\b" +
        // "the only food i get is school lunch"
        "|\\b(?:the )?only (?:food|meals?|thing i eat|real meal)s?\\b[^.!?]{0,12}\\b(?:is|are)\\s+(?:the |at )?(?:school|free) (?:lunch|breakfast)" +
        // "they lock the pantry so i can't eat unless they say so"
        "|\\b(?:lock|locks|locked)\\s+(?:the\\s+|up the\\s+)?(?:pantry|fridge|refrigerator|kitchen|food|cabinets?)\\b[^.!?]{0,40}\\b(?:can'?t eat|cant eat|cannot eat|only (?:get to )?eat|unless (?:they|he|she)|starving|hungry)\\b" +
        // "the power got shut off and i'm taking care of my baby brother by myself"
        "|\\b(?:power|electricity|water|heat|gas)\\s+(?:got|was|has been|is)\\s+(?:shut|turned|cut)\\s+off\\b[^.!?]{0,60}\\b(?:by myself|alone|on my own|taking care of|nobody|no one|no food|since)\\b",
      f,
    ),
    unless: ["fiction", "professional"],
    quoted: "soften",
    refine: (_m, ctx, level) => (/\b(?:storm|hurricane|outage|camping|vacation|trip|business trip)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "abuse_disclosure.adult_grooming",
    triggers: "mature delete secret tell believe kisses kissed lap touches touched meet sends asks",
    category: "abuse_disclosure",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "my basketball coach says i'm mature for my age and tells me to delete the messages"
      "\\b(?:my|our|the|a|this)\\s+(?:\\w+\\s+)?(?:{role})\\b[^.!?]{0,70}\\b(?:mature for (?:my|your) age|delete (?:the|our|his|her|these|those|all the) (?:messages|texts|chats|dms|pictures|pics)|(?:our|a) (?:little )?secret|not to tell (?:my|anyone|your|our)|(?:nobody|no one) (?:would|will|is going to|is gonna) believe (?:me|you)|kiss(?:es|ed)? me|sit on (?:his|her) lap|touch(?:es|ed)? me|meet (?:me|up) (?:alone|somewhere|in private|privately|at (?:his|her) (?:house|car|place))|sends? me (?:pics|pictures|photos|selfies)|asks? (?:me )?for (?:pics|pictures|photos|selfies))\\b",
      f,
    ),
    unless: ["fiction", "professional", "educational"],
    quoted: "soften",
    refine: (_m, ctx, level) => (/\b(?:me|my|i)\b/.test(ctx.n.text) && !/\b(?:game|movie|show|book|story|character|episode)\b/.test(ctx.n.text) ? level : null),
  },
];
