// Getting ready to die, told without the word: pills saved up "until i have
// enough", a will written and belongings assigned, a letter "for after i'm
// gone", a height checked ("7 floors is enough right"), a train's timetable
// with the wish to be there, "the most painless way to go", how long it takes
// to bleed out. Crisis lines list these preparations beside talk of suicide.
// Each keeps the writer's own voice or asks for the writer's own use, so a
// history lesson, a pharmacy question or a story stays allowed.
import { jokingOnly } from "../context.ts";
import { rx, type Rule } from "../rules.ts";

const f = {
  pills: "pills|meds|medication|medicine|tablets|tylenol|advil|ibuprofen|painkillers|sleeping pills|adhd meds|adderall|antidepressants|prescriptions?|xanax|insulin",
  save: "saving(?: up)?|saved(?: up)?|stockpil(?:ing|ed)|hoard(?:ing|ed)|collecting|collected|hiding|hid|stashing|stashed|keeping|kept|putting aside|put aside",
  gone: "after i'?m gone|after im gone|for when i'?m gone|when i'?m gone|when im gone|after i die|after i'?m dead|once i'?m gone|once im gone",
};

/** "i'm not asking for a story": a frame the writer denies is no frame. */
const withoutDenials = (text: string): string => text.replace(/\bnot (?:asking for|writing|for) a story\b/g, "");

const storyWork = /\b(?:story|character|novel|poem|script|screenplay|fanfic|roleplay|essay|project|assignment|report|for class|lesson|unit on)\b/;

export const selfHarmPreparationRules: Rule[] = [
  {
    id: "self_harm.stockpiling",
    category: "self_harm",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "ive been saving up my adhd meds instead of taking them. i think i finally have enough"
      "\\b(?:i'?ve been|ive been|i been|i'?m|im|i am|i (?:have|'?ve|ve)|i)\\s+(?:{save})\\s+(?:up\\s+)?(?:all\\s+)?(?:of\\s+)?(?:my|the|our|my \\w+'?s)\\s+(?:\\w+\\s+)?(?:{pills})\\b[^\\n]{0,80}\\b(?:instead of taking|enough|for (?:a while|weeks|months)|so i can|for when|for the right|until|just in case|in my (?:room|drawer|closet|sock))\\b",
      f,
    ),
    quoted: "soften",
    refine: (_m, ctx, level) => (storyWork.test(ctx.n.text) || /\b(?:trip|vacation|camp|travel|refill|pharmacy|insurance|doctor said|nurse)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "self_harm.will_written",
    category: "self_harm",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "wrote my will ... my cat goes to the lady next door and my sketchbooks go to my friend"
      "\\b(?:wrote|written|writing|made|making|finished|did|drew up|drawn up)\\s+(?:up\\s+)?my\\s+(?:own\\s+)?(?:last\\s+)?will\\b(?!\\s+(?:power|be|to|and power))[^\\n]{0,120}\\b(?:goes|go|gets|get|can have|should have|will have|to my|for my)\\b" +
        // "I have written a will, deleted my accounts, and I know where my father keeps the key to his gun safe"
        "|\\b(?:wrote|written|made|finished)\\s+(?:a|my)\\s+will\\b[^\\n]{0,80}\\b(?:deleted|gave away|goodbye|seems right|key to|gun|pills|rope|tonight|saturday|sunday|friday)\\b",
    ),
    quoted: "soften",
    refine: (_m, ctx, level) => (/\b(?:story|character|novel|poem|script|fanfic|roleplay|lesson|unit on|estate planning|my will ?power)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "self_harm.letter_for_after",
    category: "self_harm",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "can u help me write a letter to my little sister for after im gone"
      "\\b(?:letters?|notes?|messages?|videos?|goodbyes?)\\b[^.!?\\n]{0,60}\\b(?:{gone})\\b(?!\\s+(?:to|for|on|at|from|with|camping|away|abroad)\\b)",
      f,
    ),
    quoted: "soften",
    refine: (_m, ctx, level) => (ctx.flags.has("fiction") || /\b(?:grandma|grandpa|grandmother|grandfather|will be|college|deployed|deployment|military|moving|move away|exchange|camp)\b/.test(ctx.n.text) && !/\bfault\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "self_harm.height_enough",
    category: "self_harm",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "7 floors is enough right", "would 5 stories be high enough"
      "\\b(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\\s+(?:floors?|stories|storeys)\\s+(?:is|would be|will be|be|should be|are)\\s+(?:high |tall )?enough\\b" +
        "|\\b(?:is|would|will)\\s+(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\\s+(?:floors?|stories|storeys)\\s+(?:be\\s+)?(?:high |tall )?enough\\b" +
        "|\\b(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\\s+(?:floors?|stories|storeys)\\b[^.!?]{0,20}\\bwould (?:that|it|this) be (?:high |tall )?enough\\b",
    ),
    quoted: "soften",
    refine: (_m, ctx, level) => (storyWork.test(ctx.n.text) || /\b(?:apartment|office|rent|parking spots?|elevator|view|hotel|building code|fire ladder|tower crane)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "self_harm.waiting_for_the_train",
    category: "self_harm",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "what time does the freight train come thru the crossing. i just want to be standing there when it does"
      "\\b(?:want|wanna|going|gonna|plan|need)\\s+(?:to\\s+)?be\\s+(?:standing\\s+|lying\\s+|laying\\s+|sitting\\s+)?(?:there|on the tracks|on the rails|at the crossing|in the road|on the bridge)\\s+when\\s+(?:it|the [\\w:]+|the next one)\\s+(?:does|comes|passes|goes by|gets there)\\b",
    ),
    quoted: "soften",
    refine: (_m, ctx, level) => (storyWork.test(ctx.n.text) || /\b(?:photo|picture|video|film|record|wave|watch it|see it|trainspotting|railfan)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "self_harm.way_to_go",
    category: "self_harm",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "whats the most painless way to go"
      "\\b(?:most painless|least painful|painless|quickest painless|quietest)\\s+way\\s+to\\s+go\\b(?=\\s*(?:[?.!]|$|for me|for someone|like))" +
        // "how long does it take to bleed out if you go deep enough on your wrist"
        "|\\bhow (?:long|fast|quickly)\\b[^.!?]{0,30}\\bbleed out\\b[^.!?]{0,50}\\b(?:wrists?|arms?|deep enough|cut|veins?)\\b|\\b(?:wrists?|veins?)\\b[^.!?]{0,40}\\bhow (?:long|fast)\\b[^.!?]{0,30}\\bbleed out\\b",
    ),
    quoted: "soften",
    refine: (_m, ctx, level) => (storyWork.test(withoutDenials(ctx.n.text)) || /\b(?:first aid|tourniquet|nurse|emt|paramedic|stop the bleed|trauma|injur\w+|accident|deer|hunting|animal)\b/.test(ctx.n.text) ? null : jokingOnly(ctx) ? "mild" : level),
  },
  {
    id: "self_harm.constant_thoughts",
    category: "self_harm",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "s u i c i d e is literally all i think about in 4th period lol": a "lol" after it masks, it does not joke
      "\\b(?:suicide|killing myself|dying|ending it|ending my life|kms)\\s+(?:is|has been)\\s+(?:literally |basically |pretty much |honestly )?(?:all|the only thing) i (?:think about|can think about|think of|want)\\b",
    ),
    quoted: "soften",
    refine: (_m, ctx, level) => (storyWork.test(ctx.n.text) ? null : level),
  },
  {
    id: "self_harm.dead_rather_than_home",
    category: "self_harm",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "honestly id rather be dead than go home today": not "rather die than wear that", a home to escape
      "\\b(?:i'?d|id|i would)\\s+(?:honestly |literally |seriously )?rather (?:be dead|die)\\b[^.!?]{0,15}\\bthan (?:go(?:ing)? (?:back )?home|go back there|live (?:like this|with (?:him|her|them|my \\w+))|spend another (?:day|night) (?:there|at home|with (?:him|her|them)))\\b",
    ),
    quoted: "soften",
    refine: (_m, ctx, level) => (storyWork.test(ctx.n.text) ? null : level),
  },
  {
    id: "self_harm.last_time_here",
    category: "self_harm",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "this is probably the last time i'll be on here so i just wanted to say bye"
      "\\b(?:this is|this'?ll be|it'?s) (?:probably |prob |likely |gonna be )?(?:the|my) last time (?:i'?ll|i will|im gonna|i'?m going to|i can)? ?(?:be on here|talk to (?:you|u|anyone)|use this|message (?:you|u)|ask you anything)\\b" +
        // "it's the last assignment i'll ever turn in anyway"
        "|\\blast (?:assignment|essay|project|homework|test|thing) (?:i'?ll|i will|im gonna|i'?m going to) ever (?:turn in|do|write|take|finish)\\b" +
        // "i'm not planning on being around for graduation", "i won't make it to 17. i have it planned"
        "|\\b(?:not|don'?t|dont|do not) (?:planning|plan|expecting|expect) (?:on|to) (?:be|being) (?:around|alive|here)\\b" +
        "|\\b(?:won'?t|wont|will not|not gonna|not going to) make it (?:to|past|until|till) (?:1\\d|2\\d|my (?:\\w+ )?birthday|graduation|summer|christmas|next year|the end of (?:the|this) (?:year|month|week))\\b(?=[^\\n]{0,80}\\b(?:planned|plan|not joking|serious|mean it|decided|ready)\\b)" +
        // "been lowkey planning to ctb after finals"
        "|\\b(?:plan(?:ning)?|gonna|going|want|wanna|ready) (?:to )?ctb\\b|\\bctb (?:after|before|on|this|tonight|tomorrow)\\b",
    ),
    quoted: "soften",
    refine: (_m, ctx, level) => (/\b(?:story|character|novel|poem|script|fanfic|roleplay|moving|transfer\w*|graduat\w+ early|exchange|deploy\w*|my account|subscription|trial)\b/.test(ctx.n.text) && !/\b(?:bye|goodbye|forever|planned|not joking|sorry)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "self_harm.things_given_away",
    category: "self_harm",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "told my little sister she can have my room and my headphones. its better this way"
      "\\b(?:told|tell|telling) (?:my )?(?:\\w+ ){0,2}(?:she|he|they) can (?:have|keep) (?:my|all my)\\b" +
        // "he gets my xbox and all my hoodies after"
        "|\\b(?:gets?|can have|should get|will get|can keep) (?:my|all my|all of my) [^.!?]{0,40}\\bafter(?=\\s*(?:[.!?,]|$|and\\b|i\\b))" +
        // "i gave my best friend my necklace and all my sketchbooks today and told her to keep them forever"
        "|\\b(?:gave|giving|given) (?:my )?(?:\\w+ ){0,3}(?:my|all my) (?:\\w+ ){0,2}(?:necklace|ring|bracelet|sketchbooks?|journals?|clothes|hoodies|games|switch|xbox|ps5|phone|stuff|things|books|art|plushies|cat|dog|fish|plants)\\b[^\\n]{0,80}\\b(?:keep (?:it|them) forever|understand (?:after|when|soon|one day)|better this way|won'?t need (?:it|them)|won'?t have to share|remember me)\\b",
    ),
    quoted: "soften",
    refine: (_m, ctx, level) => (/\b(?:moving|move away|college|dorm|outgrew|too small|donat\w+|yard sale|garage sale|birthday present|christmas|secret santa|trade|traded|borrow\w*|lend|lent|vacation|trip|camp)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "self_harm.amount_it_would_take",
    category: "self_harm",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "i looked up how many of my insulin pens it would take. i just want to go to sleep"
      "\\bhow (?:many|much) (?:of )?(?:my|the|our|mom'?s|dad'?s|my \\w+'?s) [^.!?]{0,25}\\b(?:it would take|would it take|it takes|would do it|would be enough)\\b(?=[^\\n]{0,80}\\b(?:sleep|wake up|anymore|deal with|end (?:it|this)|die|gone|for good)\\b)" +
        // "if you take a whole bottle of tylenol it takes a few days? ... how long i'd have to hide it"
        "|\\b(?:whole|entire|full) bottle\\b[^\\n]{0,80}\\b(?:hide it|how long (?:i'?d|would i|do i|does it)|takes a few days|not wake up|for me)\\b",
    ),
    quoted: "soften",
    refine: (_m, ctx, level) => (/\b(?:poison control|accident\w*|my (?:little )?(?:brother|sister|dog|cat) (?:ate|swallowed|took)|kid|toddler|nurse|first aid)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "self_harm.goodbye_in_the_chat",
    category: "self_harm",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "if anyone finds this chat ... tell her im sorry. i'm going to the bridge"
      "\\bif (?:anyone|somebody|someone) (?:finds|reads|sees) this\\b[^\\n]{0,120}\\b(?:sorry|goodbye|bye|love (?:her|him|them|you)|bridge|tracks|roof|not coming back)\\b" +
        // "i need to know when to be there. nobody is going to miss me"
        "|\\b(?:nobody|no one|noone) (?:is going to|is gonna|will|would|is gonna even|will even|would even|'?ll) miss me\\b|\\b(?:nobody|no one|noone)'?s (?:going to|gonna) (?:even )?miss me\\b" +
        // "for health class we have to write about a coping skill. mine is honestly cutting"
        "|\\b(?:mine|my (?:coping (?:skill|mechanism|strategy)|way to cope)) is (?:honestly |literally |basically |kinda |just )?(?:cutting|burning myself|starving(?: myself)?|not eating|hurting myself|self[- ]?harm\\w*)\\b",
    ),
    quoted: "soften",
    refine: (_m, ctx, level) => (storyWork.test(ctx.n.text) && !/\bmine is\b|\bmy coping\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "self_harm.starving_for_weight",
    category: "self_harm",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "can you make me a meal plan that stays under 400 a day? i deserve it"
      "\\b(?:under|less than|below|only|max(?:imum)?(?: of)?) (?:[1-7]\\d\\d|[1-9]\\d) (?:calories|cal|kcal)?\\s*(?:a|per|each) day\\b" +
        // "ive only eaten one apple a day for 3 weeks and i still feel huge"
        "|\\b(?:only )?(?:eaten|eat|eating|had) (?:one|an?|half an?|1) (?:apple|banana|cracker|granola bar|rice cake|piece of \\w+|\\w+) (?:a|per) day\\b[^\\n]{0,80}\\b(?:huge|fat|disgusting|gross|hide|lose|weight|lbs|pounds|thin|skinny)\\b" +
        // "i make myself run until i almost pass out whenever i eat"
        "|\\bmake myself (?:run|exercise|work out|throw up|puke|purge)\\b[^\\n]{0,40}\\b(?:pass out|whenever i eat|after i eat|every time i eat|if i eat)\\b" +
        // "pro ana tips pls, need to be 90 lbs"
        "|\\bpro[- ]?ana\\b[^\\n]{0,60}\\b(?:need to|have to|gotta|i'?m|im|disgusting|fat|lbs|pounds)\\b|\\bneed to (?:be|get (?:down )?to) [6-9]\\d (?:lbs|pounds)\\b",
    ),
    quoted: "soften",
    refine: (_m, ctx, level) => (/\b(?:my (?:dog|cat|puppy|hamster)|baby|toddler|doctor|dietitian|nutritionist|diabetes|fasting|ramadan|wrestling (?:weigh|season)|bulk\w*|health class|for class|project)\b/.test(ctx.n.text) && !/\bi deserve\b|\bdisgusting\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "self_harm.wanting_it_over",
    category: "self_harm",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "what would happen if someone drank bleach, like would it be quick", "would it be quick if i rode my bike into traffic"
      "\\b(?:(?:would|will|is) it|it (?:would|will|'?d)) be (?:quick|fast|painless)\\b(?=[^\\n]{0,80}\\b(?:bleach|pills|overdose|jump\\w*|traffic|train|bridge|hang\\w*|drown\\w*|cut\\w*|bleed\\w*|gun|shot|rode|drank|drink|swallow\\w*)\\b)|\\b(?:bleach|pills|overdose|jump\\w*|traffic|train|bridge|hang\\w*|drown\\w*|rode|drank|swallow\\w*)\\b[^\\n]{0,80}\\b(?:would|will|is) it be (?:quick|fast|painless)\\b" +
        // "i keep writing my own obituary ... i'm going to need it soon"
        "|\\b(?:my own|my) obituary\\b[^\\n]{0,80}\\b(?:need it|soon|ready|for when|before)\\b|\\bwrite my obituary\\b" +
        // "im a burden to literally everyone. its time i fix that"
        "|\\bburden\\b[^\\n]{0,60}\\b(?:time (?:i|to) fix (?:that|it)|i'?ll fix (?:that|it)|not for (?:long|much longer))\\b" +
        // "i hate my body so much i want to carve it up", "my wrists are a mess from last night"
        "|\\b(?:want to|wanna|going to|gonna) (?:carve|slice|cut) (?:it|myself|my (?:body|skin|arms?|legs?|thighs?|wrists?)) (?:up|open)\\b|\\bmy (?:wrists?|arms?|thighs?|legs?) (?:are|is) (?:a mess|all cut up|cut up|covered in cuts|bleeding)\\b" +
        // "everyone keeps saying it gets better but ive been waiting 3 years. im done waiting. tonight"
        "|\\b(?:i'?m|im|i am) (?:done|finished) (?:waiting|trying|with (?:everything|it all|life|this life))\\b[^\\n]{0,30}\\b(?:tonight|today|tomorrow|this weekend)\\b|\\bgets? better\\b[^\\n]{0,60}\\b(?:i'?m|im|i am) done (?:waiting|trying)\\b" +
        // "i go to sleep every night hoping its the last time", "hoping i just wont come back up"
        "|\\b(?:hoping|hope|praying|wishing) (?:it'?s|its|it is|this is|tonight is) the last (?:time|night)\\b|\\bhoping (?:one (?:time|day|night) )?i (?:just )?(?:won'?t|wont|don'?t|dont|never) (?:come back up|wake up|make it|come up)\\b|\\bwish(?:es)? (?:i|that i) (?:didn'?t|didnt|hadn'?t|hadnt) (?:step|stepped) (?:off|back|away)\\b" +
        // "help me write a note to my parents explaining why i did it so they dont blame themselves"
        "|\\b(?:note|letter|message|video)\\b[^\\n]{0,60}\\b(?:why i did it|so they (?:don'?t|dont|won'?t|wont) blame themselves)\\b" +
        // "make it look like an accident so my mom still gets the life insurance"
        "|\\blook like an accident\\b[^\\n]{0,60}\\b(?:life insurance|insurance money)\\b",
    ),
    quoted: "soften",
    refine: (_m, ctx, level) => (storyWork.test(withoutDenials(ctx.n.text)) ? null : level),
  },
  {
    id: "self_harm.not_here_soon",
    category: "self_harm",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "i already decided im not going to be here next month"
      "\\b(?:i'?m|im|i am) not (?:going to|gonna) be (?:here|around|alive)\\b(?=\\s+(?:next (?:week|month|year|semester)|much longer|for long|anymore|after (?:this|tonight|today|friday|the)|by (?:then|friday|next)))" +
        // "tell my best friend im sorry. i wont be at school tomorrow or ever"
        "|\\b(?:won'?t|wont|will not) be (?:at school|here|around|in class)\\b[^.!?]{0,20}\\b(?:or ever|ever again)\\b",
    ),
    quoted: "soften",
    refine: (_m, ctx, level) => (/\b(?:moving|transfer\w*|graduat\w+|vacation|trip|exchange|homeschool\w*)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "self_harm.asking_how_it_feels",
    category: "self_harm",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "does hanging hurt or is it fast", "is a tylenol overdose painful or do you just fall asleep"
      "\\b(?:does|do|is|would|will)\\s+(?:a\\s+)?(?:\\w+\\s+)?(?:hanging|overdos\\w*|od|drowning|suffocat\\w*|bleeding out|jumping)\\s+(?:hurt|painful|quick|fast)\\b|\\b(?:hanging|overdos\\w*|drowning)\\b[^.!?]{0,30}\\b(?:hurt|painful)\\b[^.!?]{0,20}\\bor (?:is it (?:fast|quick)|do you (?:just )?(?:fall asleep|pass out))\\b" +
        // "how much insulin would it take to stop a heart"
        "|\\bhow (?:much|many)\\b[^.!?]{0,30}\\b(?:would it take|does it take|to)\\b[^.!?]{0,10}\\bstop (?:a|my|the|your) heart\\b" +
        // "whats the tallest parking garage thats open at night. i dont plan on coming back down"
        "|\\b(?:don'?t|dont|do not) (?:plan on|intend (?:on|to)|expect to) (?:coming|come) back (?:down|up|home)\\b" +
        // "i need the counselor to know i dont feel safe with myself tonight"
        "|\\b(?:don'?t|dont|do not) feel safe (?:with|around) myself\\b|\\bnot safe (?:with|around) myself\\b" +
        // "describe your perfect weekend. mine is one where i dont exist anymore", "the only home i want is a grave"
        "|\\b(?:one|a (?:world|day|weekend|life)) where i (?:don'?t|dont|do not) exist\\b|\\bthe only (?:home|place|thing) i want is (?:a|my) grave\\b" +
        // "i've been hiding razor blades inside my pencil case so my parents don't find them"
        "|\\b(?:hiding|hid|keep|keeping|stash\\w*)\\s+(?:razor\\s+)?blades?\\b[^.!?]{0,40}\\b(?:so (?:my )?(?:parents|mom|dad|they|nobody|no one) (?:don'?t|dont|won'?t|wont|can'?t|cant) (?:find|see|know))\\b" +
        // "i cant stop thinking about stepping in front of a car"
        "|\\b(?:can'?t|cant|cannot) stop thinking about (?:stepping|walking|jumping|running) (?:in front of|off|into)\\b" +
        // "walk to the train tracks behind the school. nobody ... will even notice"
        "|\\b(?:walk|go|going|head|heading) to the (?:train )?tracks\\b[^\\n]{0,60}\\b(?:nobody|no one)\\b[^.!?]{0,30}\\b(?:notice|miss|care)\\b" +
        // "my therapist thinks im doing better but i already picked a date"
        "|\\bi (?:already )?(?:picked|chose|set) (?:a|the) date\\b",
    ),
    quoted: "soften",
    refine: (_m, ctx, level) => (/\b(?:story|character|novel|script|fanfic|history of|execution|death penalty|wedding|party|trip|vacation|move|moving|birthday)\b/.test(withoutDenials(ctx.n.text)) ? null : level),
  },
  {
    id: "self_harm.said_plainly",
    category: "self_harm",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "a story about a girl who kills herself but honestly the girl is me and its not really a story"
      "\\b(?:the (?:girl|boy|guy|kid|character|main character)|she|he) is (?:really |actually |honestly |basically )?me\\b(?=[^\\n]*\\b(?:kills? (?:herself|himself|themselves)|suicide|dies|die|end (?:it|her life|his life)|cuts? (?:herself|himself))\\b)|\\bnot really a story\\b" +
        // "pretty soon ill be one for real" (a ghost), "my plan is to do it on my birthday. 16 years is enough"
        "|\\bsoon (?:i'?ll|ill|i will) be one for real\\b|\\bmy plan is to do it\\b|\\b\\d+ years (?:is|was) enough\\b" +
        // "i held my head under the bathwater and kind of wanted to stay under", "just not coming back up"
        "|\\b(?:wanted|want|wanna) to stay under\\b|\\bi held my (?:own )?head under\\b|\\bnot coming back (?:up|out)\\b" +
        // "i looked up the bridge on route 33 and how tall it is. im going there after school friday"
        "|\\blooked up (?:the|a) (?:bridge|building|parking garage|overpass|cliff|dam)\\b[^\\n]{0,60}\\b(?:how (?:tall|high)|going there|go there)\\b" +
        // "its time i stop being a problem for good", "2 more days of this and then im out permanently"
        "|\\bstop being a (?:problem|burden) (?:for good|forever|permanently)\\b|\\b(?:i'?m|im|i'?ll be|ill be|then i'?m|then im) (?:out|gone) (?:permanently|for good|forever)\\b" +
        // "it gets better but its been 3 yrs and its not. im ready to be done"
        "|\\bgets? better\\b[^\\n]{0,60}\\b(?:ready to be done|ready to go|done waiting)\\b" +
        // "told her to take care of him after tomorrow. i wont be here"
        "|\\btake care of (?:him|her|them|my \\w+) (?:after (?:tomorrow|tonight|today|this week|friday)|when i'?m gone|once i'?m gone)\\b" +
        // "i typed up a will in my notes app and left my xbox to my little cousin"
        "|\\b(?:typed|typed up|wrote|made)\\s+(?:up\\s+)?(?:a|my)\\s+will\\b[^\\n]{0,60}\\b(?:left|leave|leaving|goes|gets) my\\b" +
        // "they keep telling me to kys ... im starting to think theyre right"
        "|\\b(?:kys|kill myself|die|disappear)\\b[^\\n]{0,60}\\b(?:starting to think|think|maybe) (?:they'?re|theyre|they are|they might be|he'?s|she'?s) right\\b" +
        // "im gonna swallow everything in the medicine cabinet tonight. bye", "i finally have a plan for how to make it stop"
        "|\\bswallow (?:everything|all (?:of )?(?:the|my) (?:pills|meds))\\b|\\bhave a plan (?:for )?(?:how )?to make (?:it|this|the pain|everything) stop\\b" +
        // "its time i fixed that permanently", "im ready to stop being in it", "i have a plan and a date"
        "|\\btime (?:i|to) fix(?:ed)? (?:that|it|this) (?:permanently|for good|forever)\\b|\\bready to stop (?:being in it|being here|existing|living)\\b|\\bi have a plan and a date\\b|\\bso (?:nobody|no one) tries to stop me\\b" +
        // "does sitting in a car in a closed garage actually work", "which over-the-counter medicines are the most dangerous in large amounts? i'm not asking for a project"
        "|\\b(?:car|engine)\\b[^.!?]{0,20}\\b(?:closed|shut) garage\\b[^.!?]{0,20}\\b(?:actually )?work\\b|\\bmost dangerous in (?:large|big|high) (?:amounts|doses)\\b(?=[^\\n]{0,60}\\bnot (?:asking )?for a (?:project|class|report|story)\\b)" +
        // "i think about grabbing the wheel and swerving into a tree"
        "|\\bthink(?:ing)? about (?:grabbing the wheel|jerking the wheel|swerving|crashing (?:the|my|his|her) car)\\b",
    ),
    quoted: "soften",
    refine: (m, ctx, level) => (/^(?:the|she|he) /.test(m.text) || /not really a story/.test(m.text) ? level : /\b(?:movie|novel|book report|character in|history|hypothetical|video game|driving test|driver'?s ed)\b/.test(ctx.n.text) ? null : level),
  },
];
