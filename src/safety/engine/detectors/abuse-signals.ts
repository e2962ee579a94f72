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
  role: "(?:mom|mother|dad|father|brother|sister)'?s (?:friend|coworker|boss|boyfriend|girlfriend)|coach|teacher|tutor|pastor|youth pastor|priest|neighbou?r|bus driver|counselor|principal|instructor|trainer|scout leader|youth leader|youth group leader|(?:man|woman|guy|lady) who runs (?:the )?youth group(?: at (?:my|our) church)?|group leader|church leader|camp counselor|mentor|choir director|band director|(?:guy|man|woman|person|someone|dude) (?:i met|from) (?:on |in )?(?:discord|snap|snapchat|instagram|insta|tiktok|roblox|fortnite|minecraft|xbox|a game|online|the internet)|(?:older|grown|adult) (?:man|guy|woman|friend)|(?:man|woman) (?:at|from) (?:my|the|our) \\w+",
};

const adultWord = new RegExp(`\\b(?:${f.adult})\\b`);

export const abuseSignalRules: Rule[] = [
  {
    id: "abuse_disclosure.cruel_punishment",
    category: "abuse_disclosure",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "my grandma makes me kneel on rice for hours", "my foster dad makes me sleep in the garage"
      "\\b(?:makes?|made|forces?|forced)\\s+me\\s+(?:to\\s+)?(?:kneel on (?:rice|salt|gravel|beans|glass)|sleep (?:in|on|outside in) (?:the )?(?:garage|floor|porch|yard|car|basement|shed|cold|snow|dog (?:crate|house))|sleep outside|stand (?:in (?:the|a) corner |outside )?for hours|go (?:days |a day )?without (?:food|eating|dinner|water|meals))\\b" +
        // "i get locked out of the house all night when my mom is mad"
        "|\\b(?:locks?|locked|kicks?|kicked|puts?|put|leaves?|left|shuts?|shut)\\s+me\\s+(?:out(?:side)?(?: of the house)?|in (?:the |a |my )?(?:basement|closet|garage|shed|car|cellar|attic|bathroom|dog (?:crate|house)))\\b[^.!?]{0,40}\\b(?:all night|overnight|for hours|for days|without (?:food|water|a coat|dinner|a jacket)|in the (?:cold|snow|rain|dark))\\b" +
        "|\\bi (?:get|got|am|'?m|im) (?:locked|kicked|shut) (?:out(?:side)?(?: of the house)?|in (?:the |a |my )?(?:basement|closet|garage|shed))\\b[^.!?]{0,20}\\b(?:all night|overnight|for hours|for days|in the (?:cold|snow|rain|dark))\\b" +
        // "my parents make me skip meals when i get a bad grade"
        "|\\b(?:make|makes|made|won'?t let|wont let|don'?t let|dont let|doesn'?t let|doesnt let|didn'?t let|didnt let|hasn'?t let|hasnt let|has not let)\\s+me\\s+(?:skip|go without|miss|eat)\\s+(?:meals|dinner|lunch|breakfast|food|eating|anything)\\b|\\bi'?m not allowed to eat\\b|\\bim not allowed to eat\\b|\\bi am not allowed to eat\\b" +
        // "my aunt ties me to a chair"
        "|\\b(?:ties?|tied|chains?|chained|tapes?|taped|straps?|strapped)\\s+me\\s+(?:up\\b|to (?:a|the|my) (?:chair|bed|pole|tree|radiator|table))",
      f,
    ),
    unless: ["fiction"],
    quoted: "soften",
    // Locked out all night is cruel whoever did it; the other punishments need the adult who gives them.
    refine: (_m, ctx, level) => (adultWord.test(ctx.n.text) || /\b(?:locked|kicked|shut) (?:out|outside)\b[^.!?]{0,30}\b(?:all night|overnight)\b/.test(ctx.n.text) ? level : null),
  },
  {
    id: "abuse_disclosure.left_alone",
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
        "|\\b(?:put(?:s|ting)?|has|keeps?|got) (?:a )?locks? on (?:the )?(?:fridge|refrigerator|pantry|cabinets?|kitchen)\\b[^.!?]{0,40}\\b(?:only (?:get to )?eat|can'?t eat|cant eat|so (?:we|i) (?:can'?t|cant|don'?t|only))\\b" +
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
    category: "abuse_disclosure",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "my basketball coach says i'm mature for my age and tells me to delete the messages"
      "\\b(?:my|our|the|a|this)\\s+(?:\\w+\\s+){0,2}(?:{role})\\b[^\\n]{0,140}?\\b(?:mature for (?:my|your) age|mature for (?:1[0-5]|a \\w+ grader)|(?:teachers|coaches|adults) are allowed to (?:do that|kiss|touch)|kiss(?:es|ed)? me on the (?:mouth|lips)|delete (?:the|our|his|her|these|those|all the) (?:messages|texts|chats|dms|pictures|pics)|(?:our|a) (?:little )?secret(?! (?:admin|password|passcode|code|mode|menu|level|recipe|ingredient|santa|door|passage|room|base|hideout|handshake|key|word|agent|society|club|garden|weapon))|\\W?special friendship\\W? a secret|(?:stays?|keep (?:it|this|them|our \\w+)) (?:just )?between us|without telling (?:anyone|anybody|my (?:mom|dad|parents))|(?:texting|texts|messaging|messages|calling|calls) me (?:late )?at night|(?:keeps? )?rub(?:s|bing)? my (?:leg|thigh|back|shoulders?)|asks? (?:me )?what (?:i'?m|im|i am) wearing|like (?:i'?m|im) his girlfriend|keeps? asking (?:me )?for (?:pics|pictures|photos|selfies)|not to tell (?:my|anyone|your|our)|(?:nobody|no one) (?:would|will|is going to|is gonna) believe (?:me|you)|kiss(?:es|ed)? me|sit on (?:his|her) lap|touch(?:es|ed)? me|meet (?:me|up) (?:alone|somewhere|in private|privately|at (?:his|her) (?:house|car|place))|sends? me (?:pics|pictures|photos|selfies)|asks? (?:me )?for (?:pics|pictures|photos|selfies))\\b",
      f,
    ),
    unless: ["professional", "educational"],
    quoted: "soften",
    refine: (_m, ctx, level) => (/\b(?:me|my|i)\b/.test(ctx.n.text) && !/\b(?:game|movie|show|book|story|character|episode)\b/.test(ctx.n.text) ? level : null),
  },
  {
    id: "abuse_disclosure.hidden_marks",
    category: "abuse_disclosure",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "i have to wear my hoodie in gym so nobody sees the marks from the extension cord"
      "\\b(?:marks?|bruises?|welts?|lines|burns?)\\b[^.!?]{0,25}\\b(?:from|where) (?:the |his |her |their |my \\w+'?s? |a )?(?:extension cord|cord|belt|belt buckle|wire|hanger|coat hanger|cable|charger|spoon|wooden spoon|ruler|switch|paddle|hose|hands?|fists?|beating|whooping|whipping|he (?:hit|grabbed|choked)|she (?:hit|grabbed|choked))\\b" +
        // "i wear long sleeves so my teacher doesnt see the bruises" (with an adult named)
        "|\\b(?:so|that) (?:nobody|no one|people|my (?:teacher|coach|friends?)|the (?:nurse|teacher|coach)|anyone|they) (?:can'?t |won'?t |doesn'?t |dont |don'?t |wont |cant )?(?:sees?|notices?|asks? about|finds? out about) (?:the|my) (?:bruises|welts|marks)\\b(?=[^\\n]{0,60}\\b(?:{adult}|at home|he|she)\\b)",
      f,
    ),
    unless: ["fiction", "professional"],
    quoted: "soften",
    refine: (_m, ctx, level) => (/\b(?:soccer|football|practice|game|hockey|lacrosse|rugby|wrestling|tackle|fell|tripped|paintball|laser tag|shots?|vaccine|blood test|iv)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "abuse_disclosure.left_without_food",
    category: "abuse_disclosure",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "me and my little brother havent eaten since lunch friday. nobodys been home"
      "\\b(?:haven'?t|havent|have not|hasn'?t|hasnt|didn'?t|didnt|we (?:haven'?t|havent)|i (?:haven'?t|havent))\\s+(?:eaten|had (?:any )?food|had anything to eat|had (?:a )?(?:real )?meal)\\s+(?:since|in (?:\\w+ )?days|all weekend|for (?:\\w+ )?days)\\b[^\\n]{0,80}\\b(?:nobody'?s?|no one'?s?|nobodys|noones|parents?|mom|dad|anyone)\\b[^\\n]{0,25}\\b(?:home|back|here|around|left|gone|answer)\\b" +
        // "mom goes out and sometimes she doesnt come back til the next day and we dont have lights anymore"
        "|\\b(?:{adult})\\b[^.!?]{0,20}\\b(?:goes out|leaves|left|takes off)\\b[^.!?]{0,60}\\b(?:doesn'?t|doesnt|don'?t|dont|didn'?t|didnt|never) come (?:back|home)\\b[^\\n]{0,80}\\b(?:all night|next day|for days|baby|lights|food|power|alone|by myself|watch)\\b" +
        // "i take care of my little brothers by myself because my mom is gone for days at a time"
        "|\\b(?:{adult})\\s+(?:is|are|has been|have been|was|were|keeps? being|leaves? (?:us|me))\\s+(?:gone|away|out|not home|alone)\\s+for (?:days|a week|weeks|\\w+ days)\\b(?=[^\\n]{0,80}\\b(?:by myself|ran out|no food|formula|hungry|take care of|babysit|alone)\\b)|\\b(?:by myself|ran out|no food|formula|hungry|take care of)\\b[^\\n]{0,80}\\b(?:{adult})\\s+(?:is|are|has been|have been|was|were)\\s+(?:gone|away|out|not home)\\s+for (?:days|a week|weeks|\\w+ days)\\b" +
        "|\\b(?:nobody'?s?|no one'?s?|nobodys|noones) (?:been )?(?:home|here|back)\\b[^\\n]{0,60}\\b(?:haven'?t|havent|have not|hasn'?t|hasnt) (?:eaten|had (?:any )?food|had anything to eat)\\b",
      f,
    ),
    unless: ["fiction", "professional"],
    quoted: "soften",
    refine: (_m, ctx, level) => (/\b(?:fasting|ramadan|fast|diet|surgery|storm|hurricane|camping|sick|stomach bug|flu)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "abuse_disclosure.adult_partner",
    category: "abuse_disclosure",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "my bf is 19 and im 13", "i'm 14 and dating a guy who is 22", "hes 24 and says hes my boyfriend"
      "\\b(?:my (?:bf|boyfriend|gf|girlfriend)(?: is|'?s)?|he'?s|hes|he is|she'?s|shes|she is|(?:guy|man|dude|girl|woman) (?:who'?s|who is|thats|that'?s))\\s+(?:1[89]|[2-4]\\d)\\b(?! (?:minutes|mins|seconds|points|pounds|lbs|inches|cm|percent|%|dollars|bucks))[^.!?\\n]{0,60}\\b(?:i'?m|im|i am)\\s+(?:1[0-5]|9)\\b" +
        "|\\b(?:i'?m|im|i am)\\s+(?:1[0-5]|9)\\b[^.!?\\n]{0,40}\\b(?:my (?:bf|boyfriend|gf|girlfriend)|dating|going out with|seeing|talking to)\\b[^.!?\\n]{0,30}\\b(?:1[89]|[2-4]\\d)\\b(?! (?:minutes|mins|seconds|points|pounds|lbs|inches|cm|percent|%|dollars|bucks))" +
        "|\\b(?:i'?m|im|i am)\\s+(?:1[0-5]|9)\\b[^\\n]{0,60}\\b(?:1[89]|[2-4]\\d) ?(?:yr|year)s?(?:[- ]?old)?\\b[^\\n]{0,60}\\b(?:loves me|pick me up|meet|boyfriend|girlfriend|pics|secret|dating)\\b" +
        "|\\b(?:he'?s|hes|he is|she'?s|shes|she is)\\s+(?:1[89]|[2-4]\\d)\\b[^.!?\\n]{0,30}\\b(?:says|said|calls himself|calls herself)\\s+(?:he'?s|hes|she'?s|shes|he is|she is)\\s+my\\s+(?:bf|boyfriend|gf|girlfriend)\\b",
    ),
    unless: ["fiction", "professional", "educational"],
    quoted: "soften",
  },
  {
    id: "abuse_disclosure.does_things_to_me",
    category: "abuse_disclosure",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "my grandpa does stuff to me when i sleep over"
      "\\b(?:my|our)\\s+(?:\\w+\\s+)?(?:{adult}|{role})\\s+(?:does|did|keeps doing|kept doing|tries to do|tried to do|makes me do)\\s+(?:stuff|things|bad things|weird (?:stuff|things)|gross (?:stuff|things))\\s+(?:to|with)\\s+me\\b",
      f,
    ),
    unless: ["fiction", "professional"],
    quoted: "soften",
    refine: (_m, ctx, level) => (/\b(?:sleep|night|bed|alone|secret|don'?t want|dont want|don'?t like|dont like|scared|uncomfortable|hurts?|touch\w*|nobody|no one|don'?t tell|dont tell|not to tell|babysits?|in trouble|won'?t believe)\b/.test(ctx.n.text) ? level : null),
  },
  {
    id: "abuse_disclosure.hurt_at_home",
    category: "abuse_disclosure",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "my babysitter plays a tickle game where he puts his hand in my underpants"
      "\\b(?:puts?|put|sticks?|stuck|reaches?|reached)\\s+(?:his|her|their)\\s+(?:hands?|fingers?)\\s+(?:in|inside|down|under)\\s+my\\s+(?:underpants|underwear|pants|panties|shorts|shirt|pajamas|pjs)\\b" +
        // "my grandpa makes me play a secret game in his room"
        "|\\b(?:{adult})\\b[^.!?]{0,40}\\bsecret (?:game|games|touching|tickle)\\b|\\bsecret (?:game|games)\\b[^.!?]{0,40}\\b(?:his|her) (?:room|bed|car|bedroom)\\b" +
        // "mom said she'll hold my hand on the stove again like last time"
        "|\\b(?:{adult}|she|he|they)\\b[^.!?]{0,25}\\b(?:hold|held|holds|put|puts|press(?:ed|es)?|burn(?:ed|s)?)\\s+my\\s+(?:hand|arm|fingers?|face|leg)\\s+(?:on|against|over|in|with)\\s+(?:the |a )?(?:stove|burner|iron|oven|hot (?:pan|water|pot)|lighter|candle|cigarette)\\b" +
        // "my insulin ran out 4 days ago and my mom says we cant afford more"
        "|\\b(?:insulin|inhaler|seizure meds|meds|medicine|medication|prescription)\\b[^.!?]{0,20}\\b(?:ran out|run out|has been gone|is gone|finished)\\b[^\\n]{0,100}\\b(?:can'?t afford|cant afford|won'?t (?:get|buy|pick up|take me)|stop whining|(?:not|won'?t) take me to (?:the )?(?:doctor|hospital|pharmacy))\\b",
      f,
    ),
    unless: ["fiction", "professional"],
    quoted: "soften",
    refine: (_m, ctx, level) => (/\b(?:board game|video game|party game|my (?:dog|cat|puppy)|recipe|cooking class|home ec)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "abuse_disclosure.what_was_done",
    category: "abuse_disclosure",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "hits me with a wooden spoon till i bleed"
      "\\b(?:hits?|beats?|whips?|smacks?|hit)\\s+me\\s+with\\s+(?:a|the|his|her|their)\\s+(?:wooden spoon|spoon|belt|cord|extension cord|hanger|shoe|switch|paddle|stick|ruler|bat|hose|wire)\\b" +
        // "my brothers friend showed me his private parts on facetime"
        "|\\bshow(?:ed|s)?\\s+me\\s+(?:his|her)\\s+(?:private parts|privates|penis|dick|junk|body|private area)\\b" +
        // "did things to me while i was passed out"
        "|\\bdid (?:things|stuff|something) to me while i (?:was|were) (?:passed out|asleep|sleeping|drunk|unconscious|out of it)\\b" +
        // "dad threw a glass at my head and i needed stitches but we told the er i fell"
        "|\\b(?:threw|throws|hit|hits|pushed|shoved|kicked)\\b[^.!?]{0,40}\\b(?:needed|got|get) (?:stitches|a cast|an x-?ray)\\b[^\\n]{0,60}\\b(?:told|tell|say|said)\\b[^\\n]{0,30}\\bi (?:fell|tripped|walked into)\\b" +
        // "he hugs me way too long and kisses my neck"
        "|\\bkiss(?:es|ed)? my (?:neck|lips|mouth|chest)\\b|\\bhugs? me (?:way )?too long\\b" +
        // "did stuff to me at the sleepover while i was pretending to be asleep"
        "|\\bdid (?:things|stuff|something) to me\\b[^.!?]{0,30}\\bwhile i was (?:pretending to be )?(?:asleep|sleeping|passed out)\\b" +
        // "a guy i met on a game got me to send pics and now he wants more or hes sending them"
        "|\\b(?:got|made|convinced|tricked) me (?:to )?send (?:him |her )?(?:pics|pictures|photos|nudes|videos)\\b[^\\n]{0,60}\\b(?:wants more|or (?:he'?s|hes|she'?s|he will|he'?ll) (?:send|post|share|show)|threaten\\w*)\\b|\\b(?:send|post|share|show) (?:them|my pics|my pictures|the pics) to everyone\\b[^\\n]{0,30}\\bif i (?:don'?t|dont|tell|stop)\\b" +
        // "my boyfriend is 19 and says its normal for him to make me do stuff i dont want to"
        "|\\bmake me do (?:stuff|things) i (?:don'?t|dont|do not) want to\\b" +
        // "my mom puts her cigarettes out on my arm", "shows me videos of naked people and says its our special time"
        "|\\bputs? (?:her|his|their) cigarettes? out on (?:my|me)\\b|\\bburns? me with (?:a |her |his )?(?:cigarettes?|lighter|iron|curling iron)\\b|\\bshow(?:s|ed) me (?:videos|pictures|pics|movies) of naked\\b|\\bour special (?:time|game|secret)\\b" +
        // "my parents make me stay home to watch my sisters instead of going to school"
        "|\\bmake me stay home\\b[^\\n]{0,60}\\binstead of (?:going to )?school\\b" +
        // "my mom has been locked in her room for 4 days and i've been feeding my sister crackers"
        "|\\b(?:locked in (?:her|his|their) room|hasn'?t come out of (?:her|his|their) room|won'?t get out of bed)\\b[^\\n]{0,30}\\b(?:days|weeks)\\b[^\\n]{0,60}\\b(?:feeding|crackers|take care of|watch(?:ing)? my)\\b" +
        // "mom says i deserve it when she pulls my hair out", "he came into my room when everyone was asleep. he did stuff to me"
        "|\\bpulls? my hair out\\b|\\bcame into my room\\b[^\\n]{0,60}\\b(?:asleep|at night)\\b[^\\n]{0,60}\\bdid (?:stuff|things|something) to me\\b|\\bsent me a (?:picture|pic|photo) of himself in his (?:underwear|boxers)\\b" +
        // "my parents have been gone since saturday. i'm watching my 3 little brothers and we dont have heat or food left"
        "|\\b(?:parents|mom|dad|mother|father)\\b[^.!?]{0,15}\\b(?:have been|has been|been) gone since\\b[^\\n]{0,80}\\b(?:no (?:heat|food|power)|(?:don'?t|dont) have (?:heat|food|power|any food)|food left|watching my)\\b" +
        // "my dad holds my head under the water in the tub"
        "|\\b(?:holds?|held|pushes|pushed|shoves?|shoved|keeps?)\\s+my\\s+head\\s+under\\s+(?:the\\s+)?water\\b",
    ),
    unless: ["fiction", "professional"],
    quoted: "soften",
    refine: (_m, ctx, level) => (/\b(?:swim (?:lesson|practice|team)|pool game|chicken fight|wrestling|pillow fight|my (?:dog|cat))\b/.test(ctx.n.text) ? null : level),
  },
];
