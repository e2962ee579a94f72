// Abuse told sideways: in the passive ("i get hit at home"), through an
// injury ("a bruise from my mom grabbing me"), a cover story ("she told me
// to say i fell"), something thrown at the child, an adult who walks in on
// them in the shower, or an older person online asking for pictures. Every
// pattern needs the child ("me", "my", "i") as the one it happens to.
import { hypotheticalBefore } from "../context.ts";
import { rx, type Rule } from "../rules.ts";

const family =
  "(?:step ?|step-)?(?:dad|father|mom|mum|mother|parents?|brother|sister|bro|sis|mommy|daddy|momma)|stepdad|stepmom|stepfather|stepmother|stepbrother|stepsister|uncle|aunt|auntie|cousin|grandpa|grandma|grandfather|grandmother|granddad|papa|mama|(?:mom|mum|mother|mommy|grandma|grandmother|aunt|auntie|sister)'?s? (?:new )?(?:boyfriend|bf|husband|friend|girlfriend)|(?:dad|father)'?s (?:new )?(?:girlfriend|gf|wife|friend|boyfriend)|foster (?:mom|dad|parents?|brother|sister|family)|guardian|babysitter|nanny|(?:older|big) (?:brother|sister|cousin)";

const f = {
  actor: `(?:my |our )(?:${family})|(?:he|she|they)`,
  family,
  harm: "hit|hits|hitting|beat|beats|beaten|beating|slapped|slaps|punched|punches|kicked|kicks|choked|chokes|strangled|whipped|smacked|shoved|pushed|thrown|burned|burnt|hurt|abused|molested|touched|grabbed|locked (?:in|out)|spanked|pinched|bitten|starved",
  grab: "grabb\\w*|hit\\w*|beat\\w*|punch\\w*|kick\\w*|slap\\w*|chok\\w*|squeez\\w*|twist\\w*|throw\\w*|threw|pinch\\w*|whip\\w*|burn\\w*|shov\\w*|push\\w*|smack\\w*|yank\\w*|drag\\w*|slam\\w*|bit|bites|biting|strangl\\w*",
  pics: "pics|pictures|photos|nudes|selfies|videos|vids|snaps|pics of (?:myself|me)|pictures of (?:myself|me)",
  online: "online|on (?:discord|snap|snapchat|instagram|insta|roblox|tiktok|fortnite|minecraft|xbox|a game|the game|omegle|kik|whatsapp|telegram|reddit|twitter|facebook)",
};

/** Adults (not friends) whose "don't tell anyone" is a warning sign. */
const adult =
  "(?:my |our |the |a |this |some )(?:(?:step ?|step-)?(?:dad|father|mom|mum|mother|brother|sister)|stepdad|stepmom|stepfather|stepmother|stepbrother|uncle|aunt|cousin|grandpa|grandfather|granddad|(?:mom|mum|mother)'?s (?:new )?(?:boyfriend|bf|husband|friend)|coach|teacher|tutor|pastor|priest|youth pastor|neighbou?r|babysitter|bus driver|boss|manager|man|guy|dude|older (?:guy|man|boy|girl|woman|kid)|adult|stranger|counselor|instructor|trainer|doctor)";

export const abuseIndirectRules: Rule[] = [
  {
    id: "abuse_disclosure.no_food_or_care",
    category: "abuse_disclosure",
    level: "critical",
    pattern: rx(
      // "at my house there is no food", "my mother she is not coming home since 4 days"
      "\\b(?:there'?s|there is|we have|we got|we'?ve got|there'?s never|there is never)\\s+(?:no|never any|nothing (?:to eat|for dinner))\\s*(?:food|anything to eat|dinner)?\\b(?=[^.!?]{0,40}\\b(?:at (?:my|our) (?:house|home|apartment)|at home|in (?:my|our|the) (?:house|home|apartment|fridge)|for days|since)\\b)|\\b(?:at (?:my|our) (?:house|home)|at home)\\b[^.!?]{0,20}\\b(?:there'?s|there is|we have)\\s+no (?:food|anything to eat)\\b" +
        "|\\b(?:my )?(?:mom|mother|dad|father|parents?|mommy|daddy|grandma|guardian)\\b(?:\\s+(?:she|he|they))?[^.!?]{0,10}\\b(?:is not|isn'?t|are not|aren'?t|not|has not|hasn'?t|haven'?t|have not|didn'?t|did not|never)\\s+(?:come|coming|came|been|be)\\s+(?:back|home)\\b[^.!?]{0,20}\\b(?:since|for|in)\\s+(?:\\d+|two|three|four|five|six|seven|a few|several|many|like \\d+)\\s+(?:days|nights|weeks)\\b" +
        // "i cant eat till i finish the chores ... i didnt eat yesterday"
        "|\\b(?:can'?t|cant|cannot|not allowed to|won'?t let me|doesn'?t let me|don'?t let me|never let me)\\s+eat\\s+(?:until|till|til|unless|if)\\b(?=[^\\n]{0,80}\\b(?:didn'?t|didnt|did not|haven'?t|havent|have not|no) (?:eat|eaten|food)\\b)",
      f,
    ),
    quoted: "soften",
    unless: ["professional", "fiction"],
    refine: (_m, ctx, level) => (/\b(?:party|picnic|field trip|camping|fasting|ramadan|diet|lent|the game|tournament)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "abuse_disclosure.secrecy",
    category: "abuse_disclosure",
    level: "critical",
    pattern: rx(
      "\\b(?:{adult}|he|she|they)\\b[^.!?]{0,50}\\b(?:told|tells|made|makes|asked|asks|said|says|warned|begged|made me promise)(?: me)?(?: that)? (?:not to|to not|never to|i (?:can'?t|cannot|shouldn'?t|should not|better not|can never|must not|shouldnt)) (?:ever )?(?:tell|say anything to|talk to)\\s+(?:anyone|anybody|my parents|my mom|my dad|no one|nobody|my family|the teacher|a teacher|people|my friends)\\b|\\b(?:{adult})\\b[^.!?]{0,70}\\b(?:told|tells|tell|asks?|asked|makes?|made|wants?|wanted)\\s+me\\s+to\\s+delete\\s+(?:the |our |his |her |all the |all our |all of the |all of our )?(?:chats|messages|texts|dms|pictures|photos|snaps|conversations?|history|pics)\\b",
      { adult },
    ),
    quoted: "soften",
    unless: ["professional", "fiction"],
    refine: (m, ctx, level) => {
      const text = ctx.n.text;
      // A surprise party or a friend's crush is not a secret an adult imposes on a child.
      if (/\b(?:surprise|party|present|gift|crush|test answers|spoiler|birthday)\b/.test(text)) return null;
      // Only with something that makes the secret sinister: pictures, touching, meeting, what was done (deleting the chats is itself one).
      if (!/\bdelete\b/.test(m.text) && !/\b(?:pictures?|pics|photos?|nudes|videos?|touch\w*|kiss\w*|what (?:he|she|they) (?:did|does|do)|what happened|our secret|(?:meet|meeting) (?:up|him|her)|his (?:house|place|car|room)|her (?:house|place|car|room)|my body|hurt\w*|hit\w*|bruises?|marks|naked|undress\w*|bed|night|alone)\b/.test(text)) return null;
      // "he" or "she" alone needs an adult named somewhere in the message.
      if (/^(?:he|she|they)\b/.test(m.text) && !new RegExp(`\\b${adult}\\b`).test(text)) return null;
      return level;
    },
  },
  {
    id: "abuse_disclosure.forced",
    category: "abuse_disclosure",
    level: "critical",
    pattern: rx(
      "\\b(?:{actor}|{adult})\\b[^.!?]{0,30}\\b(?:forced|forces|made|makes|pressured|pressures|tricked|tricks)\\s+me\\s+(?:to\\s+|into\\s+)?(?:do(?:ing)?|try(?:ing)?)\\s+(?:things|stuff|something|sexual (?:things|stuff)|stuff like that|what (?:he|she|they) (?:wanted|want))\\b[^.!?]{0,60}",
      { ...f, adult },
    ),
    quoted: "soften",
    unless: ["professional", "fiction"],
    refine: (m, ctx, level) => {
      // "makes me do things like chores": the things are named, and they are ordinary.
      const object = /\b(?:things|stuff|something)\b(.{0,30})/.exec(m.text)?.[1] ?? "";
      if (/^\s*(?:like|such as|for|around|at|in)?\s*(?:my |the )?(?:chores?|homework|dishes|clean\w*|laundry|sports?|eat\w*|vegetables|read\w*|study\w*|piano|lessons?|church|workout|run\w*|drills?|trash|yard|lawn|laps)\b/.test(object)) return null;
      if (!/\b(?:sexual|nobody will believe|no one will believe|to (?:him|her|me)|with (?:him|her)|i (?:did not|didn'?t|didnt|don'?t|dont|do not) (?:want|like)|in (?:his|her|the|my) (?:room|bed|car|bathroom)|at night|when no one|when nobody|secret|touch\w*|his house|her house|stayed|sleepover|naked|clothes)\b/.test(ctx.n.text)) return null;
      return level;
    },
  },
  {
    id: "abuse_disclosure.passive",
    category: "abuse_disclosure",
    level: "critical",
    pattern: rx(
      "\\bi (?:get|got|am|'m|was|keep getting|have been|'ve been|been|always get|still get|usually get)\\s+(?:(?:hit|beat|kicked|slapped|punched|hurt|yelled at and|screamed at and) and\\s+)?(?:{harm})\\b(?:\\s+\\w+)?\\s+(?:at home|by (?:my |our )(?:{family})|every (?:day|night|time|single day|weekend)|almost every (?:day|night)|when (?:he|she|they|my (?:{family})) (?:gets?|is|are|drinks?|comes?)|all the time|a lot at home|whenever (?:i|he|she|they)|(?:if|when|whenever) i (?:\\w+ ){0,3}(?:late|bad|wrong|mess up|cry|talk back|forget|spill|get)|with (?:a|the|his|her) (?:belt|shoe|cord|spoon|stick|hanger|fist))\\b",
      f,
    ),
    quoted: "soften",
    negatable: true,
    unless: ["professional"],
    refine: (_m, ctx, level) => (/\b(?:ball|dodgeball|practice|game|soccer|football|basketball|baseball|hockey|pe|gym class|accident|car|bike|wrestl\w*|play fight\w*|fortnite|roblox|minecraft)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "abuse_disclosure.injury_from",
    category: "abuse_disclosure",
    level: "critical",
    pattern: rx(
      "\\b(?:bruises?|welts?|marks|cuts|burns?|a black eye|black eyes|scars?|a bloody nose|a split lip|fingerprints)\\b[^.!?]{0,30}\\b(?:from|because|where|after)\\b[^.!?]{0,8}\\b(?:{actor})\\b[^.!?]{0,25}\\b(?:{grab})\\b" +
        // "marks on my back from my father's belt"
        "|\\b(?:bruises?|welts?|marks|cuts|burns?|a black eye|black eyes|scars?|a bloody nose|a split lip)\\b[^.!?]{0,30}\\b(?:from|by|with)\\s+(?:my |our )(?:{family})'?s? (?:belt|hand|hands|fists?|shoe|cord|wire|hanger|cigarettes?|lighter|spoon|stick|paddle|ring|boots?|extension cord)\\b" +
        // A cover story the adult told the child to give.
        "|\\b(?:told|tells|made|makes|said|says|wants)(?: me)? (?:to )?(?:say|tell (?:people|everyone|anyone|the (?:teacher|nurse|doctor|school|counselor)|them|my teachers?))\\b[^.!?]{0,25}\\bi (?:fell|tripped|ran into|walked into|hit my|bumped|slipped|fell down)\\b",
      f,
    ),
    quoted: "soften",
    unless: ["professional", "fiction"],
  },
  {
    id: "abuse_disclosure.thrown_at",
    category: "abuse_disclosure",
    level: "critical",
    pattern: rx("\\b(?:{actor})\\b[^.!?]{0,40}?\\b(?:throws?|threw|throwing|chucked|chucks|hurled|swung|swings)\\s+(?:(?!at\\b)\\w+\\s+){0,3}at (?:me|my (?:head|face|back|body|chest|legs?|arms?|stomach))\\b", f),
    quoted: "soften",
    negatable: true,
    unless: ["professional", "fiction"],
    refine: (_m, ctx, level) => (/\b(?:ball|frisbee|pillow|snowball|water balloon|catch|game|practice|play\w*)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "abuse_disclosure.burned",
    category: "abuse_disclosure",
    level: "critical",
    pattern: rx("\\b(?:{actor})\\b[^.!?]{0,30}\\b(?:put|puts|stubbed|stubs|pressed|presses|burned|burnt|burns|held|holds)\\s+(?:out\\s+)?(?:his|her|their|a|the)\\s+(?:cigarettes?|lighter|iron|curling iron|lit match|match|hot spoon|hot pan)\\s+(?:out\\s+)?(?:on|into|against|to)\\s+(?:me|my (?:\\w+))\\b", f),
    quoted: "soften",
    negatable: true,
    unless: ["professional", "fiction"],
  },
  {
    id: "abuse_disclosure.intrusion",
    category: "abuse_disclosure",
    level: "critical",
    pattern: rx(
      "\\b(?:{actor})\\b[^.!?]{0,40}\\b(?:comes?|coming|came|walks?|walking|walked|gets?|getting|barges?|barging) (?:in|into) (?:the|my) (?:bathroom|shower|room|bedroom)\\b[^.!?]{0,30}\\b(?:(?:when|while) (?:i'?m|im|i am|i was|i'?m in|im in)\\s+(?:showering|changing|in the shower|the shower|naked|undressed|getting dressed|getting changed|sleeping|asleep|in the bath|the bath|in bed|bed|in there|inside)|(?:wouldn'?t|wouldnt|won'?t|wont|refused to|didn'?t|did not) (?:leave|get out|go away))\\b" +
        "|\\b(?:{actor})\\b[^.!?]{0,30}\\b(?:watch(?:es|ing)?|peek(?:s|ing)?|spy(?:ing)?|spies|stares?|staring|films?|filming|records?|recording) (?:at |on )?me (?:when|while|in the|through the|as) (?:i'?m |im |i am |i )?(?:shower\\w*|chang\\w*|undress\\w*|naked|getting dressed|bath\\w*|sleep\\w*|keyhole|door|window)",
      f,
    ),
    quoted: "soften",
    unless: ["professional", "fiction"],
  },
  {
    id: "abuse_disclosure.solicitation",
    category: "abuse_disclosure",
    level: "critical",
    pattern: rx(
      "\\b(?:keeps?|kept|is|was|been|started|always|he|she|they|guy|man|dude|someone|somebody|person|and)\\s+(?:asking|begging|pressuring|bugging|making|trying to get|asks|wants|wanted)\\s+me (?:for|to send|to take|to show|to give)\\s+(?:him |her |them |some |a |more )*(?:{pics})\\b(?!\\s+of\\s+(?!(?:me|myself|my body|my (?:chest|butt|legs|boobs|privates))\\b))" +
        // An adult's age next to the child's ("hes 19 and im 13"), with pictures or meeting.
        "|\\b(?:he'?s|hes|she'?s|shes|he is|she is|they'?re|theyre|hes like|he'?s like)\\s+(?:like\\s+)?(?:1[89]|[2-6]\\d)\\b[^.!?]{0,20}\\b(?:i'?m|im|i am)\\s+(?:only\\s+|just\\s+)?(?:1[0-5]|[6-9])\\b(?=[^\\n]{0,80}\\b(?:pics|pictures|photos|nudes|meet|date|dating|boyfriend|girlfriend|secret|snap|video|send|come over|online|discord|instagram|dm|texts?|sleep over|his place|her place|car)\\b)|\\b(?:pics|pictures|photos|nudes|meet|dating|boyfriend|girlfriend|secret|snap|video|online|discord|instagram|dm)\\b[^\\n]{0,80}\\b(?:he'?s|hes|she'?s|shes|he is|she is)\\s+(?:like\\s+)?(?:1[89]|[2-6]\\d)\\b[^.!?]{0,20}\\b(?:i'?m|im|i am)\\s+(?:only\\s+|just\\s+)?(?:1[0-5]|[6-9])\\b",
      f,
    ),
    quoted: "soften",
    unless: ["professional", "fiction"],
    refine: (m, ctx, level) =>
      // "what do i do if a stranger asks me for pictures" asks what to do, and discloses nothing.
      hypotheticalBefore(ctx.n.text, m.start) ? null :
      // A parent wanting photos for the yearbook is not an adult grooming a child.
      /\b(?:mom|mum|dad|mother|father|grandma|grandpa|teacher|coach|yearbook|photographer|art class|project|school)\b/.test(ctx.n.text) && !/\b(?:naked|nude|nudes|body|underwear|without|secret|don'?t tell|dont tell|online|discord|snap\w*|older|guy|man|dude|stranger)\b/.test(ctx.n.text) ? null : level,
  },
];
