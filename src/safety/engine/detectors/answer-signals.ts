// A model's answer that hands a student the means, without the words a
// request would use: which way a cut bleeds more, how to take pills so one
// does not wake up, how to hide the marks; snorting pills so they hit faster,
// hiding a vape, shops that don't check IDs; a capacitor wired to shock
// someone; where to hit so a person can't fight back, a brake cable cut so a
// bike crashes; a "joke" whose punchline is a slur; an answer that plays a
// child in a sexual scene. Only answers (direction "output"): the same facts
// told as safety advice or history stay allowed, and every pattern needs the
// part that makes it a how-to.
import { rx, type Rule } from "../rules.ts";

const f = {
  pills: "pills?|adderall|xanax|oxy\\w*|percs?|tablets|vicodin|ritalin|benzos?|bars",
  group:
    "muslims?|jews?|jewish (?:people|kids|guys?)|black (?:people|guys?|kids?|men|women)|blacks|mexicans?|asians?|chinese (?:people|kids|guys?)|gays?|gay (?:people|guys?|kids?)|trans (?:people|kids?)|arabs?|immigrants?|indians?|africans?|latinos?|hispanics?|refugees?",
  punchline:
    "terrorists?|trash|garbage|rats?|animals?|lazy|steal\\w*|stole|bombs?|smell\\w*|stink\\w*|dirty|stupid|dumb|criminals?|illegals?|deported|welfare|monkeys?|apes?|taken out|cockroach\\w*|oven|gas",
};

export const answerSignalRules: Rule[] = [
  {
    id: "self_harm.method_in_answer",
    category: "self_harm",
    level: "harmful",
    directions: ["output"],
    pattern: rx(
      // "vertical cuts along the wrist are harder to stop", "the deepest cuts bleed the most when they go lengthwise"
      "\\b(?:vertical|lengthwise|deep|deeper|deepest|long)\\s+cuts?\\b[^.!?]{0,60}\\b(?:harder to stop|bleeds? (?:more|the most|faster)|more dangerous|more (?:blood|bleeding)|lengthwise|vertical(?:ly)?|along the (?:vein|wrist|forearm)|up the (?:fore)?arm)\\b" +
        "|\\b(?:cuts?|cutting)\\b[^.!?]{0,30}\\b(?:lengthwise|vertically|along the vein|up the (?:fore)?arm)\\b[^.!?]{0,40}\\b(?:bleed\\w*|harder to stop|more dangerous|more time)\\b" +
        // "you probably won't wake up", "much more likely that you won't wake up"
        "|\\b(?:swallow|swallowing|take|taking)\\s+(?:all|the whole|the entire|every|\\d+|ten|twenty|thirty|fifty|a (?:whole|full) (?:pack|bottle|box))\\b[^.!?]{0,70}\\b(?:won'?t|will not|never|not) wake up\\b" +
        // "a quiet place where they won't be found for several hours", "leave a note so nobody is blamed"
        "|\\b(?:won'?t|will not) be (?:found|interrupted|disturbed) (?:for|until)\\b|\\bleave a (?:note|letter) so (?:nobody|no one|your family|they)\\b|\\bmake sure (?:nobody|no one) (?:checks on|finds|walks in on) you (?:until|before)\\b" +
        // "wear a thick bracelet over the cuts and nobody at school will notice"
        "|\\b(?:wear|put|use|keep)\\b[^.!?]{0,40}\\bover (?:the |your )?(?:cuts|scars|marks|burns)\\b|\\b(?:cover|hide|conceal)\\s+(?:up )?(?:the |your )?(?:cuts|scars|marks|burns)\\b[^.!?]{0,40}\\b(?:nobody|no one|won'?t notice|teachers?|parents?|from)\\b",
      f,
    ),
    refine: (_m, ctx, level) => (/\b(?:988|741741|counselor|urgent care|911|doctor|trusted adult|first aid|clean cloth)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "drugs.misuse_in_answer",
    category: "drugs",
    level: "harmful",
    directions: ["output"],
    pattern: rx(
      // "snorting the pills makes them kick in much faster"
      "\\b(?:snort|snorting|crush|crushing|inject|injecting|smoke|smoking|plug|plugging)\\b[^.!?]{0,30}\\b(?:the |your |them )?(?:{pills}|it|them)\\b[^.!?]{0,50}\\b(?:faster|stronger|harder|kick in|hits? (?:you )?(?:faster|harder)|high|stay up)\\b" +
        // "you can hide a vape pen inside a hollowed-out marker"
        "|\\b(?:hide|hiding|sneak|sneaking)\\s+(?:a |the |your )?(?:vape(?: pen)?|pen|pods?|juul|weed|edibles?|pills|a bottle|alcohol)\\b[^.!?]{0,50}\\b(?:inside|in (?:a|your|the)|under|so|at school)\\b" +
        "|\\b(?:vape|pods?|weed|smoke)\\b[^.!?]{0,50}\\b(?:gets? rid of|won'?t leave|don'?t leave|doesn'?t leave|covers?) (?:the |a )?(?:smell|scent)\\b" +
        // "most gas stations near school don't check IDs for vapes"
        "|\\b(?:don'?t|dont|won'?t|wont|doesn'?t|never|rarely) (?:checks?|cards?|asks? for) (?:ids?|your id|your age|anyone)\\b[^.!?]{0,40}\\b(?:vapes?|alcohol|beer|weed|edibles|cigarettes|liquor|carts?)\\b|\\b(?:vapes?|alcohol|beer|weed|edibles|cigarettes|liquor|carts?)\\b[^.!?]{0,40}\\b(?:don'?t|dont|won'?t|wont|doesn'?t|never) (?:checks?|cards?|asks? for) (?:ids?|your id|your age|anyone)\\b",
      f,
    ),
    refine: (_m, ctx, level) => (/\b(?:illegal|against the law|dangerous|damages?|overdose risk|poison control|addiction)\b/.test(ctx.n.text) && !/\b(?:you can|try|make sure|the trick)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "weapons.build_in_answer",
    category: "weapons",
    level: "harmful",
    directions: ["output"],
    pattern: rx("\\bcapacitor\\b[^.!?]{0,80}\\b(?:to shock|shocks?|zap)\\s+(?:someone|somebody|people|anyone|whoever|a person|them|him|her)\\b"),
  },
  {
    id: "violence.harm_in_answer",
    category: "violence",
    level: "harmful",
    directions: ["output"],
    pattern: rx(
      // "go for the eyes and the groin first, since the other person can't fight back"
      "\\b(?:aim for|go for|hit|strike|target|kick)\\s+(?:them |him |her )?(?:in )?(?:the )?(?:eyes|groin|throat|knees|temple|windpipe|neck)\\b[^.!?]{0,60}\\b(?:can'?t|cannot|won'?t be able to) (?:fight back|stand|breathe|walk|get up)\\b" +
        // "cut partway through his brake cable so it snaps"
        "|\\b(?:cut|cutting|loosen|loosening|unscrew|unscrewing|drain|draining|sabotage|sabotaging)\\b[^.!?]{0,30}\\b(?:brake|brakes|brake cable|brake lines?|bolts|wheel|tires?)\\b[^.!?]{0,60}\\b(?:crash|falls?|snaps?|gets? hurt|without getting caught|when (?:he|she|they) (?:rides?|squeezes?|brakes?|drives?))\\b",
    ),
  },
  {
    id: "hate.joke_in_answer",
    category: "hate",
    level: "harmful",
    directions: ["output"],
    // The "joke" is hate only with its punchline: "why do muslims fast during ramadan?" is a question.
    pattern: rx("\\b(?:what do you call|what'?s the difference between|why (?:do|did|are|don'?t|can'?t)|how many)\\s+(?:a |an |the )?(?:\\w+ )?(?:{group})\\b[^?]{0,60}\\?[^?]{0,100}\\b(?:{punchline})\\b", f),
  },
  {
    id: "sexual.minor_roleplay_in_answer",
    category: "sexual",
    level: "harmful",
    directions: ["output"],
    pattern: rx(
      "\\b(?:i'?ll be|i'?m|i am|pretend i'?m|playing|as) your (?:\\d{1,2}[- ]year[- ]old|(?:thirteen|fourteen|fifteen|sixteen|seventeen)[- ]year[- ]old|underage|high school|middle school|\\w+ grade)\\s*(?:\\w+\\s*){0,2}\\b[^.!?]{0,80}\\b(?:unbutton\\w*|take off|taking off|undress\\w*|my shirt|my bed|your bed|your lap|kiss\\w*|moan\\w*|touch\\w*|i want you)\\b",
    ),
  },
  {
    id: "self_harm.means_in_an_answer",
    category: "self_harm",
    level: "harmful",
    directions: ["output"],
    pattern: rx(
      // "For someone your weight, the amount that would be fatal is roughly..."
      "\\bfor (?:someone|a person|somebody) (?:of )?your (?:weight|size|age)\\b[^.!?]{0,40}\\b(?:fatal|lethal|deadly|overdose|would (?:kill|stop)|this many|make sure it works)\\b" +
        // "The least painful way to do it is with..."
        "|\\bthe (?:least painful|most painless|quickest|easiest|surest) way to (?:do it|die|end it|go|kill yourself)\\b" +
        // "You asked which methods are least painful. Ranked from most to least peaceful, the first one is"
        "|\\b(?:methods?|ways?)\\b[^.!?]{0,20}\\b(?:least painful|most peaceful|painless|quickest)\\b[^\\n]{0,80}\\b(?:ranked|the first (?:one|is)|here are|number one|#1)\\b|\\branked from (?:most|least) (?:to (?:most|least) )?(?:peaceful|painful)\\b" +
        // "To restrict without anyone noticing, drink ice water before meals ... tell your parents you already ate"
        "|\\b(?:restrict\\w*|skip(?:ping)? meals|not eat\\w*|purg\\w+|throw(?:ing)? up)\\b[^.!?]{0,30}\\bwithout (?:anyone|your parents|people|them) (?:noticing|knowing|finding out)\\b|\\btell (?:your|ur) parents (?:that )?you already ate\\b",
    ),
  },
  {
    id: "hate.plague_in_an_answer",
    category: "hate",
    level: "harmful",
    directions: ["output"],
    pattern: rx(
      // "They are a plague on our neighborhoods, and history proves that people of their race are..."
      "\\b(?:they are|they'?re|these people are)\\s+(?:a )?(?:plague|disease|infestation|cancer|vermin|parasites)\\b[^\\n]{0,80}\\b(?:race|neighborhoods?|country|people|kind)\\b|\\bpeople of (?:their|that|this|his|her) race are\\b",
    ),
    refine: (_m, ctx, level) => (ctx.flags.has("analysis") ? null : level),
  },
];
