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

const storyWork = /\b(?:story|character|novel|poem|script|screenplay|fanfic|roleplay|essay|project|assignment|report|for class|lesson|unit on)\b/;

export const selfHarmPreparationRules: Rule[] = [
  {
    id: "self_harm.stockpiling",
    triggers: "saving saved stockpiling stockpiled hoarding hoarded collecting collected hiding hid stashing stashed keeping kept putting put",
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
    triggers: "will wrote written writing made making finished did",
    category: "self_harm",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "wrote my will ... my cat goes to the lady next door and my sketchbooks go to my friend"
      "\\b(?:wrote|written|writing|made|making|finished|did|drew up|drawn up)\\s+(?:up\\s+)?my\\s+(?:own\\s+)?(?:last\\s+)?will\\b(?!\\s+(?:power|be|to|and power))[^\\n]{0,120}\\b(?:goes|go|gets|get|can have|should have|will have|to my|for my)\\b",
    ),
    quoted: "soften",
    refine: (_m, ctx, level) => (/\b(?:story|character|novel|poem|script|fanfic|roleplay|lesson|unit on|estate planning|my will ?power)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "self_harm.letter_for_after",
    triggers: "letter letters note notes message messages video videos gone die dead",
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
    triggers: "floors floor stories storeys story enough",
    category: "self_harm",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "7 floors is enough right", "would 5 stories be high enough"
      "\\b(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\\s+(?:floors?|stories|storeys)\\s+(?:is|would be|will be|be|should be|are)\\s+(?:high |tall )?enough\\b" +
        "|\\b(?:is|would|will)\\s+(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\\s+(?:floors?|stories|storeys)\\s+(?:be\\s+)?(?:high |tall )?enough\\b",
    ),
    quoted: "soften",
    refine: (_m, ctx, level) => (storyWork.test(ctx.n.text) || /\b(?:apartment|office|rent|parking spots?|elevator|view|hotel|building code|fire ladder|tower crane)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "self_harm.waiting_for_the_train",
    triggers: "standing stand there tracks crossing train comes does passes",
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
    triggers: "painless painful go bleed",
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
    refine: (_m, ctx, level) => (storyWork.test(ctx.n.text) || /\b(?:first aid|tourniquet|nurse|emt|paramedic|stop the bleed|trauma|injur\w+|accident|deer|hunting|animal)\b/.test(ctx.n.text) ? null : jokingOnly(ctx) ? "mild" : level),
  },
  {
    id: "self_harm.constant_thoughts",
    triggers: "suicide killing dying death ending",
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
    triggers: "rather dead die",
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
];
