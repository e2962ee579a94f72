// Danger told in plain words, with no word a filter would flinch at: an
// outfit picked "to be buried in", a cat assigned "for when im not here
// anymore", "it wont matter after friday", a 19-year-old "boyfriend" of an
// 8th grader, a grown-up gone for days and only crackers left, a list where
// "the first one is getting it after lunch", "dont sit near the north
// stairwell tmrw", food kept from a child as a punishment, "he says i owe him
// pics". The eleventh and thirteenth held-out batches
// (docs/safety-evaluation.md) showed these families; each rule keeps the writer's own voice, so a story,
// a lesson or a news question stays allowed.
import { jokingOnly, type TextContext } from "../context.ts";
import { rx, type Rule, type RuleMatch } from "../rules.ts";
import { familyOuting, weaponsIfMentioned } from "./threat.ts";
import type { Level } from "../types.ts";

const f = {
  day: "monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tmrw|tmr|tonight|this weekend|next week|homecoming|prom|graduation|the (?:\\d+(?:st|nd|rd|th)|last day of school)",
  gone: "(?:i'?m|im|i am) (?:not here|not around|gone|dead) anymore|(?:i'?m|im|i am) gone|i die|i'?m dead|im dead",
  adult: "1[89]|2\\d|3\\d|4\\d",
  young: "1[0-5]|(?:[4-9]|1[0-2])(?:st|nd|rd|th) grade|in (?:[4-9]|1[0-2])(?:st|nd|rd|th)|in middle school|a freshman|a sophomore",
  method: "pills|overdos\\w*|jumping|jump|hanging|drowning|cutting|slitting|a gun|gun|the train|a train|bleach|a bridge|the bridge",
  parent: "mom|dad|mother|father|parents?|stepmom|stepdad|step ?mom|step ?dad|foster (?:mom|dad|parents?)|grandma|grandpa|aunt|uncle",
  images: "pics|pictures|photos|nudes|videos|selfies",
  /** A parent gone, not for the day: "left for work on sunday and never came back", "left 2 weeks ago". */
  parentGone: "(?:mom|dad|mother|father|parents?|stepmom|stepdad|grandma|grandpa|aunt|uncle)\\b[^.!?\\n]{0,25}\\b(?:left|took off|went away|moved out|disappeared)\\b[^.!?\\n]{0,30}\\b(?:and (?:never|hasn'?t|hasnt|has not|didn'?t|didnt) (?:came|come|been) (?:back|home)|(?:\\d+|two|three|four|a few|several) (?:days|weeks) ago)|(?:mom|dad|mother|father|parents?) (?:is|are|has been|have been|'s been) gone (?:again|for (?:days|a week|\\d+ days))",
  /** What a child left alone lacks or has to do. */
  neglect: "only (?:\\w+ ){1,3}(?:in the fridge|left to eat|to eat)\\b|nothing (?:left )?to eat\\b|no (?:food|money for food|gas|heat|power|electricity|water)\\b|(?:lights|power|electricity|electric|water|heat|gas) (?:got |was |is |were |has been |have been |been )?(?:cut|shut|turned) off\\b|(?:feed|feeding|watch|watching) my (?:\\d+ |two |three |four )?(?:little |baby )?(?:brothers?|sisters?|siblings)\\b",
};

/** A story, a lesson or a report about someone else is not the writer's own plan ("met on a game" is where it happened, not a frame; a "close friends story" or "on their story" is a post, a "4 story building" a height, to "show up" is to come, "about to be a movie" is slang for a scene). */
const framed = /\b(?:(?<!\b(?:close friends|cf|insta|ig|snap|instagram|snapchat|private|tiktok|\d+|two|three|four|five|six|seven|eight|ten|twenty|(?:on|to) (?:their|his|her|my|your|our))[ -])story|character|novel|poem|(?<!same )script|fanfic|roleplay|essay|lesson|unit on|for class|assignment|book|(?<!(?:be|gonna be|going to be) a )movie|show(?! (?:up|me|you|off|them|him|her|us)\b)|episode|game (?:where|about|called|plot|i'?m (?:making|writing)|im (?:making|writing))|in (?:the|a|my) game|in the news)\b/;
/**
 * The frame must be in the match's own sentence: "i picked out the outfit i
 * want to be buried in. can u help me with my book report" is a disclosure
 * with a homework request after it, not a book report.
 */
const unlessFramed = (m: RuleMatch, ctx: TextContext, level: Level): Level | null => (framed.test(sentenceAround(ctx.n.text, m)) ? null : level);

function sentenceAround(text: string, m: RuleMatch): string {
  const before = text.slice(0, m.start);
  const start = Math.max(before.lastIndexOf(". "), before.lastIndexOf("? "), before.lastIndexOf("! "), before.lastIndexOf("\n")) + 1;
  const rest = text.slice(m.end).search(/[.!?](?:\s|$)|\n/);
  return text.slice(start, rest < 0 ? text.length : m.end + rest);
}

export const plainDisclosureRules: Rule[] = [
  {
    id: "self_harm.plain_preparations",
    category: "self_harm",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "i picked out the outfit i want to be buried in"
      "\\b(?:picked|picking|chose|choosing|planned|planning)\\b[^.!?\\n]{0,30}\\b(?:outfit|clothes|dress|song|songs|music)\\b[^.!?\\n]{0,30}\\b(?:buried|at my funeral|for my funeral)\\b" +
        // "who should get my cat when im not here anymore", "he'll need them soon"
        "|\\b(?:who (?:should|will|can|gets?)|(?:should|can|will) (?:get|have|keep))\\b[^.!?\\n]{0,30}\\bmy (?:cat|dog|pets?|stuff|things|bike|headphones|clothes|games|drawings|art|room|passwords?|accounts?)\\b[^.!?\\n]{0,30}\\b(?:when|after|once) (?:{gone})\\b" +
        "|\\b(?:gave|giving|give) (?:my )?(?:little |big )?(?:brother|sister|friend|cousin|bff|best friend)\\b[^.!?\\n]{0,10}\\b(?:all )?my (?:passwords?|accounts?|stuff|things|games)\\b[^\\n]{0,60}\\b(?:he'?ll|she'?ll|they'?ll|hell|shell|theyll) need (?:them|it) soon\\b" +
        // "wrote down the order i want my things given out"
        "|\\border i want my (?:things|stuff|belongings|clothes)\\b[^.!?\\n]{0,20}\\b(?:given|handed) (?:out|away)\\b" +
        "|\\bif (?:they|a kid|kids|someone|somebody|i) (?:die|dies|died)\\b[^\\n]{0,80}\\b(?:i want to pick|can they pick|pick who gets)\\b" +
        // "it wont matter after friday anyway", "i wont be around for report cards anyway"
        "|\\b(?:it )?(?:won'?t|wont|will not|doesn'?t|doesnt) matter after (?:this |next )?(?:{day})\\b(?![^.!?\\n]{0,30}\\b(?:bc|because|since|cuz) (?:the|our|my) (?:teacher|quiz|test|grade|score|class|coach|project))" +
        "|\\b(?:won'?t|wont|will not) be (?:around|here|alive) (?:for|to see|by)\\b[^.!?\\n]{0,30}\\banyway\\b" +
        // "this is the last week ill have to deal with any of this, i made sure of that"
        "|\\bthe last (?:week|day|time|night) (?:i'?ll|ill|i will|i have to|i'?m gonna|im gonna)\\b[^.!?\\n]{0,40}\\bi made sure\\b" +
        "|\\b(?:they|you|everyone|my (?:parents|family|mom|dad)) (?:won'?t|wont|will not) have to (?:fight|worry|deal with me|put up with me|argue)\\b[^.!?\\n]{0,20}\\banymore after\\b" +
        // "i already picked the day. its the day after my bday"
        "|\\bi (?:already |finally )?(?:picked|chose|set) (?:the|a|my) (?:day|date)\\b[^\\n]{0,60}\\b(?:at least|cake|before|after|last|goodbye|done)\\b" +
        // "whats the highest bridge around here. i want it to be quick"
        "|\\b(?:highest|tallest)\\s+(?:bridge|building|parking (?:garage|deck|structure)|roof|cliff|overpass|tower|floor)\\b[^\\n]{0,80}\\b(?:want it to be (?:quick|fast)|be quick|when (?:i'?m|im) done with everything|done with everything|so it'?s quick|painless|no one finds|(?:don'?t|dont|do not) ask (?:me )?why)\\b" +
        // "is 20 of the allergy pills enough or do i need more": a count of pills weighed against "enough", with no ailment to treat.
        "|\\b(?:is|are|would|will)\\s+(?:\\d{2,}|ten|twelve|fifteen|twenty|thirty|forty|fifty|a hundred)\\s+(?:of\\s+)?(?:(?:the|my|her|his|these|those|mom'?s|dad'?s|grandma'?s|grandpa'?s)\\s+)?(?:\\w+\\s+)?(?:pills|tablets|tylenol|advil|benadryl|meds|capsules)\\b[^.!?\\n]{0,6}\\benough\\b(?!\\s+for (?:a |my |the )?(?:headache|cold|cough|fever|allergies|cramps|pain|trip|week|month|semester|\\w+ days))" +
        "|\\bpractic\\w+ (?:tying )?(?:the|a|that) (?:knot|noose)\\b" +
        // "i watched a video on how to tie a noose. practiced with my hoodie string"
        "|\\b(?:how (?:to|do (?:i|u|you)|can (?:i|u|you)|would (?:i|u|you)|should i) (?:tie|make)|tying|tied|learned to tie) (?:a |the )?noose\\b" +
        "|\\bpractic\\w+ (?:it )?(?:with|on) (?:my|a|the) (?:hoodie string|drawstring|shoelaces?|belt|charger cord|cord|scarf)\\b" +
        "|\\b(?:hop(?:e|ing)|wish(?:ing)?|pray(?:ing)?) (?:that )?(?:a|the) (?:car|bus|truck|train) (?:hits|would hit|will hit|runs over|kills) me\\b" +
        "|\\b(?:go to sleep|fall asleep)\\b[^.!?]{0,30}\\bskip\\b[^.!?]{0,10}\\bwak(?:e|ing) up\\b" +
        // "my mom said she wishes she never had me. maybe i should just give her what she wants and be gone"
        "|\\bwish(?:es|ed)? (?:she|he|they) (?:never had me|didn'?t have me|didnt have me)\\b[^\\n]{0,80}\\b(?:be gone|disappear|not be here|give (?:her|him|them) what)\\b" +
        "|\\b(?:would|'d|d) (?:be sad|cry|miss me)\\b[^\\n]{0,50}\\b(?:get over it|move on|forget)\\b[^\\n]{0,40}\\bif i (?:go|went|died|disappeared|was gone|were gone)\\b" +
        // "how many ... would someone my size need for it to be permanent"
        "|\\b(?:how many|how much)\\b[^\\n]{0,60}\\b(?:for it to be permanent|to make it permanent|to not wake up|so i (?:don'?t|dont) wake up)\\b" +
        "|\\bmake it look like an accident\\b[^\\n]{0,60}\\b(?:my (?:family|parents|mom|dad)|feel guilty)\\b" +
        // "so she knows none of this was her fault. i want it ready before sunday", "i want him to remember me nice"
        "|\\b(?:knows?|know) (?:none of this|it) (?:was|wasn'?t|wasnt) (?:her|his|their|your) fault\\b[^\\n]{0,60}\\b(?:ready|before|by|tonight)\\b" +
        "|\\b(?:notes?|letters?)\\b[^\\n]{0,120}\\b(?:remember me (?:nice|good|well|happy)|to remember me by)\\b" +
        // Comparing ways to die: "which hurts less, pills or jumping"
        "|\\b(?:hurts? (?:less|the least)|less painful|least painful|more painless|most painless)\\b[^\\n]{0,30}\\b(?:{method})\\b[^\\n]{0,20}\\bor\\b[^\\n]{0,15}\\b(?:{method})\\b" +
        // "how many tylenol is too many. asking for me, not for homework"
        "|\\bhow (?:many|much)\\b[^.!?\\n]{0,20}\\b(?:tylenol|advil|ibuprofen|aspirin|pills|benadryl|melatonin|sleeping pills|xanax|insulin|allergy pills)\\b[^.!?\\n]{0,25}\\b(?:is|are|would be|counts as) (?:too many|too much|an overdose|fatal|deadly)\\b[^\\n]{0,60}\\b(?:asking for (?:me|myself)|for me\\b|for myself|not for (?:homework|a project|class|school|a friend|an essay))" +
        // "they'd be relieved if i died"
        "|\\b(?:relieved|happier|happy|glad|better off|celebrate|easier)\\b[^.!?\\n]{0,20}\\bif i (?:just )?(?:died|was dead|were dead|was ded|were ded|was gone|were gone|disappeared|wasn'?t here|wasnt here|killed myself|was never born)\\b" +
        // "i looked up how long it takes to drown. i think about it every time we go to the lake"
        "|\\b(?:looked up|googled|searched|been researching|read about|researched)\\b[^.!?\\n]{0,20}\\bhow (?:long|much|many|fast)\\b[^.!?\\n]{0,25}\\b(?:drown|bleed out|overdose|suffocate|die|hang|freeze to death)\\w*\\b" +
        // "how long does it take to drown. asking for me", "posted a goodbye on my close friends story. its decided"
        "|\\b(?:how long|how much|how many|how fast)\\b[^.!?\\n]{0,40}\\b(?:drown|bleed out|suffocate|die|overdose|freeze to death|pass out)\\b[^\\n]{0,30}\\basking for (?:me|myself)\\b" +
        "|\\b(?:posted|wrote|left|sent|made|recorded) (?:a |my )?goodbye\\b[^\\n]{0,60}\\b(?:it'?s decided|its decided|i(?:'ve| have)? decided|tonight|it'?s time|its time|this is it)\\b" +
        // "i just want to jump off the top of the bleachers and be done with it", "havent eaten since monday so the girls stop calling me fat ... i deserve it"
        "|\\b(?:want to|wanna|going to|gonna|about to)\\s+jump off (?:the |a |my )?(?:top of (?:the |a )?)?(?:bleachers|roof|bridge|building|overpass|cliff|balcony|parking (?:garage|deck)|water tower|school)\\b(?=[^\\n]{0,40}\\b(?:be done|end it|die|over with|never|for good|disappear|be gone)\\b)" +
        "|\\b(?:haven'?t|havent|have not|didn'?t|didnt) eaten\\b[^\\n]{0,60}\\b(?:so (?:they|the \\w+|people|everyone) (?:stop|quit|will stop) calling me (?:fat|ugly|gross|a pig|a cow)|i deserve (?:it|this))\\b" +
        // "maybe if im dead theyll get back together", "you asked if i was safe. honestly? no", "i might as well end it before they get home"
        "|\\bif (?:i'?m|im|i am|i was|i were) (?:dead|gone)\\b[^.!?\\n]{0,40}\\b(?:they'?ll|theyll|they would|they'?d|theyd|everyone will|everything will|it would|things would)\\b" +
        "|\\b(?:asked|ask|asking) (?:me )?(?:earlier |before )?if i (?:was|am|'m|were) safe\\b[^\\n]{0,30}\\b(?:no|not really|nope|i'?m not|im not)\\b" +
        "|\\bmight as well (?:just )?end it\\b(?! with)|\\bend it (?:all )?before (?:they|my \\w+|he|she|mom|dad) (?:get|gets|come|comes) home\\b" +
        // "how many tylenol would it take? i just want everything to stop", "can someone survive jumping off a 4 story building? i want to know if it would work"
        "|\\bhow many\\b[^.!?\\n]{0,20}\\b(?:tylenol|advil|pills|benadryl|sleeping pills|meds|aspirin|ibuprofen)\\b[^.!?\\n]{0,20}\\b(?:would it take|does it take|do i need)\\b(?=[^\\n]{0,80}\\b(?:stop|end|over|sleep forever|not wake|gone|done|disappear)\\b)" +
        "|\\bsurvive (?:jumping|falling|a fall|an overdose|taking|drinking)\\b[^\\n]{0,90}\\b(?:if it would work|would it work|if it works|it to work|asking for (?:me|myself))\\b" +
        // "Hamlet ... 'to be or not to be.' ive answered it for myself", "wrote my own obituary today. it wasnt an exercise", "my son would be better off without me"
        "|\\b(?:wrote|written|writing|finished) my (?:own )?(?:eulogy|obituary|suicide note|goodbye note)\\b" +
        "|\\b(?:would be|will be|is|are|'d be) better off\\b[^.!?\\n]{0,30}\\bwithout me\\b" +
        // "i already feel like a ghost at school, might as well make it permanent", "does dying from carbon monoxide in a garage hurt"
        "|\\bmight as well make it permanent\\b|\\bdoes (?:dying (?:from|of|by)|carbon monoxide|co poisoning|suffocating|overdosing)\\b[^.!?\\n]{0,30}\\b(?:hurt|painful|peaceful)\\b" +
        // "i use the blade from a pencil sharpener on my legs", "pressed the curling iron on my arm again. on purpose", "i carve words into my skin"
        "|\\b(?:use|used|using)\\b[^.!?\\n]{0,30}\\b(?:blades?|razors?|sharpener)\\b[^.!?\\n]{0,20}\\bon my (?:legs?|arms?|thighs?|wrists?|stomach|skin|hips?)\\b" +
        "|\\b(?:pressed|held|put|burned|burnt|press|hold)\\b[^.!?\\n]{0,25}\\b(?:curling iron|lighter|iron|hot (?:pan|spoon|knife)|cigarette|straightener|match)\\b[^.!?\\n]{0,15}\\b(?:on|to|into|against) my (?:arms?|legs?|skin|wrists?|thighs?|hands?)\\b(?=[^\\n]{0,40}\\b(?:again|on purpose|helps|deserve|feel)\\b)" +
        "|\\b(?:carve|carved|carving|scratch|scratched|etch|etched|cut|cutting)\\b[^.!?\\n]{0,20}\\b(?:words?|letters?|names?)\\b[^.!?\\n]{0,10}\\binto my (?:skin|arms?|legs?|wrists?|thighs?|stomach)\\b|\\b(?:carve|carved|carving)\\b[^.!?\\n]{0,20}\\binto my (?:skin|arms?|legs?|wrists?|thighs?)\\b" +
        // "my parents wont have to pay for college if im not here", "why study for a future im not even gonna be around for"
        "|\\b(?:won'?t|wont|will not|wouldn'?t) have to\\b[^.!?\\n]{0,30}\\bif (?:i'?m|im|i am|i was|i were) (?:not here|gone|dead|not around)\\b|\\bfuture (?:i'?m|im|i am) not (?:even )?(?:gonna|going to) be (?:around|here|alive) for\\b" +
        // "i cut deeper than usual last night and it keeps bleeding", "writing my note tonight"
        "|\\bi (?:cut|cutted) (?:deeper|too deep|more than usual|worse)\\b|\\bbleeding through (?:the |my )?band-?aids?\\b" +
        "|\\b(?:writing|wrote|finishing|finished) my (?:goodbye |last |final )?note\\b(?! (?:to|for|on|about|card)\\b)[^\\n]{0,10}\\b(?:tonight|today|now)\\b" +
        // "is it normal to want to hurt yourself after a breakup? i already started doing it again", "does it hurt to drown? before we go to the lake this weekend",
        // "i deserve every cut", "how do i make myself stop breathing for ever", "bad kids should die so i should die"
        "|\\b(?:i (?:already )?started|i'?ve started|ive started) doing it again\\b(?<=\\b(?:hurt (?:yourself|myself)|cut\\w*|self[- ]harm\\w*|burn\\w*)\\b[^\\n]{0,100})" +
        "|\\bdoes it hurt to (?:drown|hang|bleed out|overdose|suffocate|freeze)\\b[^\\n]{0,60}\\b(?:before|this weekend|tonight|want to know)\\b" +
        "|\\bi deserve (?:every|each|all the|the) (?:cut|cuts|scar|scars|burn|burns|bruise)\\b|\\b(?:make myself|how (?:do|can) i) stop breathing\\b|\\bso i should (?:just )?(?:die|not exist|disappear)\\b" +
        // "which veins in the wrist are the deepest", "tonight might be the night", "this is the last week im doing any of this"
        "|\\b(?:which|what) veins?\\b[^.!?\\n]{0,20}\\b(?:wrist|arm|neck|thigh)s?\\b[^.!?\\n]{0,15}\\b(?:deepest|biggest|bleed the most)\\b" +
        "|\\btonight (?:might|may|could|will|is gonna|is going to) be the night\\b|\\bthis is the last (?:week|day|time|month) (?:i'?m|im|i am) doing (?:any of )?(?:this|it)\\b" +
        // "my best friend and i made a pact ... we both end it", "kinda just want to dip out permanently", "i punch the wall till my knuckles bleed bc its the only thing that helps"
        "|\\b(?:made|have|making|got) a (?:suicide )?pact\\b[^\\n]{0,80}\\b(?:end it|die|kill ourselves|both go|jump|take (?:the )?pills)\\b" +
        "|\\b(?:dip out|check out|log off|clock out|peace out|tap out) (?:permanently|for good|forever)\\b" +
        "|\\bi (?:punch|hit|bang|smash)\\w*\\b[^.!?\\n]{0,30}\\b(?:till|until|til)\\b[^.!?\\n]{0,25}\\b(?:bleed|bleeds|bled|bleeding|split|break|breaks)\\b[^\\n]{0,60}\\b(?:only thing that helps|it helps|deserve|makes me feel)\\b" +
        // "how much tylenol would kill someone my size", "i decided im ending it after my birthday", "my cuts are getting worse and i need to hide them", "i wish i died in the camp"
        "|\\bhow (?:much|many)\\b[^.!?\\n]{0,25}\\b(?:would|will|does it take to) kill (?:someone|somebody|a person|me) (?:my|of my|at my) (?:size|weight|age)\\b" +
        "|\\bi (?:decided|have decided|'ve decided|ive decided)\\b[^\\n]{0,10}\\b(?:i'?m|im|i am|to) end(?:ing)? it\\b" +
        // "my goodbye video is already recorded and scheduled to post", "say goodbye without them knowing its goodbye",
        // "what do i write in a note so my parents know it's not their fault", "i keep opening my dads pill cabinet and counting how many are left"
        "|\\bmy goodbye (?:video|post|letter|note|message|texts?|tiktok)s?\\b(?! (?:for|to) )[^.!?\\n]{0,20}\\b(?:already |all )?(?:recorded|scheduled|ready|written|drafted|set to post)\\b" +
        "|\\bwithout (?:them|anyone|people|everyone|my \\w+) knowing (?:it'?s|its|that it'?s|it is|that it is) (?:a |the )?(?:goodbye|last time)\\b" +
        "|\\b(?:note|letter)\\b[^.!?\\n]{0,40}\\bso my (?:parents|mom|dad|family|friends|sister|brother) (?:know|knows|understand|understands) (?:that )?(?:it'?s|its|it is|it was) not (?:their|his|her) fault\\b" +
        "|\\b(?:pill|medicine|meds?) (?:cabinet|bottle|drawer|box)\\b[^.!?\\n]{0,20}\\b(?:and )?count(?:ing|ed)? (?:how many|them|the pills)\\b|\\bcount(?:ing|ed)? (?:my (?:\\w+'?s? )?|the |all the )?(?:pills|sleeping pills|tablets)\\b[^.!?\\n]{0,20}\\b(?:left|i have|i'?ve saved|saved|enough)\\b" +
        // "taking dads truck out to the quarry tonight and im not hitting the brakes. sorry to whoever reads this"
        "|\\b(?:not|won'?t|wont|never|no) (?:hitting|hit|using|touching|pressing) the brakes?\\b[^\\n]{0,60}\\b(?:sorry|goodbye|bye|whoever reads|love you)\\b" +
        "|\\bmy cuts\\b[^.!?\\n]{0,30}\\b(?:getting worse|deeper|won'?t heal|wont heal|need to hide|hide them)\\b|\\bi wish i (?:had )?(?:died|was the one who died)\\b" +
        // "everyone would be less stressed without me", "what would happen if i drank bleach? not for a project"
        "|\\b(?:would|will|'d) be (?:less stressed|happier|better|fine|easier|calmer)\\b[^.!?\\n]{0,15}\\bwithout me\\b" +
        "|\\b(?:what (?:would|will) happen|would i die|what happens) if i (?:drank|drink|swallowed|took|ate)\\b[^\\n]{0,30}\\b(?:bleach|pills|antifreeze|drano|a bottle)\\b[^\\n]{0,30}\\b(?:not for (?:a |an )?(?:project|class|essay|homework|school)|asking for me|for real)\\b" +
        // "my parents will finally be happy when im dead"
        "|\\b(?:happy|happier|relieved|glad|better off|free|regret (?:everything|it)|be sorry|listen|notice|care)\\b[^.!?\\n]{0,15}\\b(?:when|once|after) (?:i'?m|im|i am) (?:dead|gone|not here|not around)\\b" +
        // "ive been looking up ways to make it quick", "the last week anyone has to deal with me", "my therapist quit and honestly so am i. like on everything"
        "|\\b(?:looking up|looked up|googling|searching|researching) ways to make it (?:quick|painless|fast|peaceful)\\b|\\bthe last (?:week|day|time|month) (?:anyone|anybody|everyone|you all|yall|they) (?:has|have|will have) to deal with me\\b" +
        "|\\bso am i\\b[^\\n]{0,15}\\b(?:on everything|on life|for good)\\b|\\bquit(?:ting)? on (?:everything|life|myself)\\b" +
        // "let the screen go black. (its not about a phone)", "imagine just walking into the river and letting it take you"
        // "a goodbye msg to my bff so she doesnt figure out what it means until after"
        "|\\b(?:goodbye|farewell|final|last) (?:text|letter|note|message|msg|txt|post|video)s?\\b[^\\n]{0,80}\\buntil after\\b" +
        // "kinda want to swerve into the median on the way home and make it look like an accident"
        "|\\b(?:swerve|drive|crash|steer|veer)\\b[^.!?\\n]{0,20}\\b(?:into|off)\\b[^.!?\\n]{0,25}\\b(?:median|wall|tree|bridge|pole|guardrail|oncoming traffic|traffic|a truck|the river|a ditch|a cliff|the lake)\\b(?=[^\\n]{0,60}\\b(?:look like an accident|on purpose|end it|not make it home|never make it home|so i die|and not survive)\\b)" +
        // Goodbyes said and a time set: "already said goodbye to my cat. tonight is it"
        // "help me write a goodbye text to my mom that wont make her too sad"
        "|\\b(?:goodbye|farewell|final|last) (?:text|letter|note|message)s?\\b[^.!?\\n]{0,10}\\bto (?:my )?(?:mom|dad|mother|father|parents|family|sister|brother|grandma|grandpa|everyone|everybody)\\b[^.!?\\n]{0,30}\\b(?:won'?t|wont|doesn'?t|doesnt|will not) (?:make (?:her|him|them) (?:too )?(?:sad|cry|upset)|hurt (?:her|him|them) too much)\\b" +
        "|\\b(?:goodbye|farewell|final|last) (?:text|letter|note|message)s?\\b[^.!?\\n]{0,40}\\b(?:(?:isn'?t|is not|wasn'?t|not) (?:her|his|their|anyone'?s) fault|after i'?m gone|after im gone|when i'?m gone|when im gone)\\b" +
        "|\\bi (?:shouldn'?t|shouldnt|should not|don'?t deserve to|dont deserve to|do not deserve to) (?:even )?(?:be alive|exist|live anymore)\\b" +
        // "can you write my eulogy? make it sound like i actually mattered"
        "|\\b(?:write|draft|help me (?:write|with)|make)\\b[^.!?\\n]{0,10}\\bmy (?:own )?(?:eulogy|obituary|funeral speech|suicide note|goodbye note)\\b" +
        // "ppl keep telling me to kys as a joke but honestly i might"
        "|\\b(?:telling me to|told me to|keeps? saying|keep telling me|tells? me to)\\s+(?:kys|kill myself|die|unalive myself)\\b[^\\n]{0,40}\\b(?:i might|i may|maybe i (?:will|should)|honestly i (?:might|will|should)|they(?:'re| are| might be) right|i(?:'ll| will) listen|(?:i'?m|im) starting to agree|(?:gonna|going to) do it|i think (?:i'?m|im) (?:going to|gonna)|i'?m (?:going to|gonna) do it|im (?:going to|gonna) do it)\\b" +
        // "a letter to my parents saying sorry for what im about to do", "a gun to use on myself", "when you want to die. i just do"
        "|\\b(?:sorry|apologi[sz]\\w*) for what (?:i'?m|im|i am) (?:about|going|gonna) (?:to )?do\\b" +
        "|\\b(?:gun|pills|rope|knife|blade|razor)\\b[^.!?\\n]{0,20}\\bto use on myself\\b|\\buse (?:it|a gun|the gun|them) on myself\\b" +
        "|\\bwant to die\\b[^\\n]{0,30}\\bi (?:just |kinda |really )?do\\b" +
        // "how many advil would wreck your liver", "my therapist thinks i stopped. i didnt", "the bridge on route 9 is high enough right", "nobody would notice if my little square went black forever"
        "|\\bhow (?:many|much)\\b[^.!?\\n]{0,20}\\b(?:tylenol|advil|ibuprofen|aspirin|pills|acetaminophen)\\b[^.!?\\n]{0,30}\\b(?:wreck|destroy|kill|damage|shut down|fry) (?:your|my|the) (?:liver|kidneys|heart)\\b" +
        "|\\b(?:thinks?|thought) i stopped\\b[^\\n]{0,40}\\b(?:i didn'?t|i didnt|i haven'?t|i havent|different spot|hide it better)\\b|\\buse a different spot now\\b" +
        "|\\b(?:bridge|building|roof|parking garage|overpass|cliff|water tower)\\b[^\\n]{0,40}\\b(?:is |thats |that'?s |its |it'?s )?high enough\\b(?! (?:for|to (?:see|get|fly|fish|dive into)))" +
        "|\\b(?:nobody|no one|noone)\\b[^.!?\\n]{0,30}\\bwould (?:notice|care|miss me)\\b[^.!?\\n]{0,50}\\bforever\\b" +
        // "how tall does a parking garage have to be so you dont survive the fall", "ctb soon", "i keep thinking about the bridge on route 9", "would i go to hell if i actually did it", "whats even the point of staying"
        "|\\b(?:how (?:tall|high)|what floor|how many (?:floors|stories))\\b[^.!?\\n]{0,60}\\b(?:so (?:you|i|u) (?:definitely |really |for sure |actually )?(?:don'?t|dont|wouldn'?t|wouldnt|won'?t|wont) survive|not survive|to die|be fatal|(?:definitely |for sure |def |would |will )?kills? (?:you|me|a person|someone))\\b" +
        "|\\bctb\\b[^\\n]{0,40}\\b(?:soon|tonight|tomorrow|before i|planning|gonna|going to|decided)\\b|\\b(?:soon|tonight|planning to|gonna|going to)\\b[^.!?\\n]{0,10}\\bctb\\b" +
        "|\\b(?:keep|been|always|cant stop|can'?t stop) thinking about (?:(?:the|that) (?:bridge|tracks|train tracks|roof|parking garage|overpass|cliff|water tower)|(?:running|stepping|walking|jumping|riding (?:my )?(?:bike|scooter)|driving(?: my car)?) (?:into|in front of) (?:the road|traffic|a car|a bus|the street|the highway))\\b" +
        "|\\bwould i (?:go to hell|be forgiven|still go to heaven) if i (?:actually )?(?:did it|killed myself|do it|went through with it|ended it)\\b|\\bi (?:still )?think about it every (?:single )?(?:night|day)\\b(?=[^\\n]{0,80}\\b(?:suicide|kill myself|did it|end it)\\b)|\\bi (?:still )?think about it every (?:single )?(?:night|day)\\b(?<=\\b(?:suicide|kill myself)\\b[^\\n]{0,130})" +
        "|\\bwhat'?s (?:even )?the point (?:of|in) (?:staying|living|being here|going on|trying anymore|waking up)\\b|\\bwhats (?:even )?the point (?:of|in) (?:staying|living|being here|going on|trying anymore|waking up)\\b" +
        // "i dont really see myself being around past this semester", "not that it matters, i wont be here for the final", "is drowning peaceful or does it hurt? theres a river by my house"
        "|\\b(?:don'?t|dont|do not|can'?t|cant) (?:really )?see myself (?:being )?(?:around|here|alive)\\b" +
        "|\\b(?:won'?t|wont|will not) (?:even )?be (?:here|around|alive) (?:for|by|at) (?:the )?(?:final|finals|graduation|my birthday|christmas|summer|due date|deadline|next (?:week|month|year|semester)|the next one|another one|next year'?s)\\b(?![^\\n]{0,40}\\b(?:moving|vacation|trip|travel\\w*|transferring|switching schools|surgery|appointment|absent|visiting)\\b)" +
        "|\\bis (?:drowning|hanging|bleeding out|freezing to death|overdosing)\\b[^.!?\\n]{0,25}\\b(?:peaceful|painful|quick|painless)\\b|\\bdoes (?:drowning|hanging|bleeding out|jumping) hurt\\b" +
        // "my brain keeps telling me to kys"
        "|\\b(?:my (?:brain|head|mind|thoughts)|the voices?|a voice|something)\\b[^.!?\\n]{0,20}\\b(?:tells?|telling|says?|saying) me to (?:kys|kill myself|die|end it|unalive myself|hurt myself|cut)\\b" +
        // "hiding razor blades in my pencil case so i can cut in the bathroom", "a razor blade in my pencil case ... i use it in the bathroom and dont know how to stop"
        "|\\b(?:hiding|hid|hide|keep|keeping|stash\\w*|carry|carrying)\\s+(?:(?:a|my|the|some)\\s+)?(?:razor\\s+)?(?:blades?|razors?)\\b[^.!?]{0,50}\\b(?:so (?:that )?i can|to|for when i (?:need to|want to))\\s+(?:cut\\b(?!\\s+(?:the|a|an|some|out|up|off|through|open|it|them|this|that|paper|fabric|cardboard|tape|string|wire|foam|class)\\b)|use (?:them|it) (?:in the bathroom|at night|when no one|between classes|later)\\b)" +
        "|\\bi use (?:it|them)\\b[^\\n]{0,60}\\b(?:(?:don'?t|dont|do not) know how to|(?:can'?t|cant|cannot)) stop\\b(?<=\\b(?:razor|blade)s?\\b[^\\n]{0,180})" +
        // "if i dont get into the program im walking into traffic on route 9, deadass"
        "|\\b(?:i'?m|im|i am|i'?ll|ill|i will|gonna|going to)\\s+(?:just\\s+)?(?:walk|walking|step|stepping|run|running)\\s+(?:into|in front of)\\s+(?:traffic|a (?:car|bus|truck|train)|the (?:highway|freeway|train))\\b" +
        // "i hate myself ... i punched the mirror until my knuckles split and next time i want to do worse"
        "|\\bi (?:hit|hits|punched|punch|slapped|slap|scratched|bit|banged|smashed)\\b[^.!?\\n]{0,30}\\b(?:my own|myself|my head|the (?:wall|mirror|door))\\b[^.!?\\n]{0,30}\\buntil (?:my |it |they |the )?(?:\\w+ )?(?:split|splits|bled|bleed|bleeds|bleeding|broke|cracked|bruised|went numb)\\b(?=[^\\n]{0,80}\\b(?:deserve|worse|again|hate myself|next time)\\b)|\\bi (?:hit|punched|slapped|scratched|bit|banged|smashed)\\b[^.!?\\n]{0,30}\\buntil\\b[^.!?\\n]{0,25}\\b(?:split|bled|bleed|bleeding|broke|cracked)\\b(?<=\\bhate myself\\b[^\\n]{0,140})" +
        // "i make myself throw it up. i want to shrink until theres nothing left of me", "quit eating two weeks ago. hoping i just waste away"
        "|\\b(?:make|made|making) myself (?:throw (?:it |them )?up|puke|vomit)\\b[^\\n]{0,100}\\b(?:nothing left|disappear|shrink|waste away|deserve|hate myself|until i)\\b|\\b(?:quit|stopped|stop|don'?t|dont|barely) eat(?:ing)?\\b[^\\n]{0,80}\\b(?:waste away|wither away|nothing left of me|shrink (?:away|until)|disappear|before (?:anybody|anyone|someone|they) notices?)\\b" +
        // "sad songs for a playlist ... its for my funeral. im not kidding this time"
        "|\\b(?:songs?|playlist|music|outfit|speech|poem|slideshow)\\b[^\\n]{0,60}\\bfor my (?:own )?funeral\\b(?=[^\\n]{0,60}\\b(?:not kidding|not joking|for real|serious|this time|fr)\\b)" +
        // "ive been skipping my meds and saving them up, i have like 40 now"
        "|\\b(?:saving|stockpiling|hoarding|collecting|saved|stashing|stashed) (?:up )?(?:my |the |all my |all the )?(?:meds|pills|medicine|medication|tablets|sleeping pills)\\b|\\b(?:skipping|not taking|stopped taking) my (?:meds|pills|medicine|medication)\\b[^.!?\\n]{0,20}\\b(?:and )?(?:saving|keeping|hiding|stashing) them\\b" +
        // "i googled painless ways to die during math"
        "|\\b(?:googled|searched|looked up|been researching|researching|reading about|read about)\\b[^.!?\\n]{0,20}\\b(?:painless|easy|easiest|quick|quickest|fast|fastest|best|peaceful) ways? to (?:die|kill myself|end it|end my life|go)\\b" +
        // "how many of grandmas heart pills would make a person just stop breathing in their sleep"
        "|\\bhow (?:many|much)\\b[^.!?\\n]{0,40}\\b(?:pills|meds|tablets|tylenol|insulin)\\b[^.!?\\n]{0,30}\\b(?:stop breathing|never wake up|not wake up)\\b" +
        // "what does it feel like to drown. like does it hurt ... theres a lake behind my house"
        "|\\b(?:what does it feel like|how does it feel|does it hurt|is it peaceful) to (?:drown|hang|bleed out|overdose|freeze to death|suffocate)\\b(?=[^\\n]{0,120}\\b(?:there'?s|theres|there is) (?:a|the) (?:lake|river|pond|creek|quarry|bridge|dam|reservoir) (?:behind|by|near|next to|down the street from|across from) (?:my|our) (?:house|home|apartment|school)\\b)" +
        // "does it count as a real attempt if i only took half the bottle? i feel weird and sleepy"
        "|\\bi (?:only |just |already )?(?:took|swallowed|ate|have taken|'?ve taken) (?:half|all|most|the rest) (?:of )?(?:the|a|my|her|his|mom'?s|dad'?s) (?:bottle|pills|pack|meds)\\b(?![^\\n]{0,40}\\b(?:of (?:water|juice|soda|gatorade)|vitamins)\\b)|\\b(?:count as|was that|is that) (?:a )?(?:real |actual )?(?:suicide )?attempt\\b" +
        // "which vein in your wrist is the deepest one? i need to know before tonight"
        "|\\b(?:which|what) (?:vein|artery)\\b[^.!?\\n]{0,40}\\b(?:deepest|biggest|bleeds? (?:the )?most|wrist|neck|thigh)\\b(?=[^\\n]{0,80}\\b(?:tonight|before|need to know|myself|for me|asking for)\\b)" +
        // "im on the top level of the parking garage right now and i dont want to climb back over the railing"
        "|\\b(?:don'?t|dont|do not) want to (?:climb|come|step|go|get) back (?:over|down|inside|in|off)\\b(?=[^\\n]{0,40}\\b(?:railing|ledge|edge|fence|wall)\\b)|\\b(?:don'?t|dont|do not) want to (?:climb|come|step|go|get) back\\b(?<=\\b(?:roof|top level|top floor|ledge|edge|bridge|railing|overpass)\\b[^\\n]{0,110})" +
        // "its my last week of 8th grade and i decided its gonna be my last week period"
        "|\\bmy last (?:week|day|month|summer|birthday) (?:period|ever|alive|on earth)\\b" +
        // "does drinking bleach kill you fast? asking bc i really cant do this anymore"
        "|\\b(?:does|would|will|can|could)\\b[^.!?\\n]{0,50}\\b(?:kill (?:you|me|a person)|be fatal|be enough to die)\\b(?=[^\\n]{0,80}\\b(?:can'?t|cant|cannot) (?:do this|take (?:it|this)|go on|keep going) anymore\\b)" +
        // "do you think heaven is real? i want to know before i go there this weekend"
        "|\\bbefore i (?:go|get) (?:there|to heaven)\\b(?<=\\bheaven\\b[^\\n]{0,80})|\\b(?:going|go|get) to heaven (?:this|next|tonight|tomorrow|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b" +
        // "translate this ... its for the note im leaving on my bed"
        "|\\b(?:note|letter)s? (?:i'?m|im|i am|i'?ll|ill) (?:be )?leav(?:e|ing) on my (?:bed|pillow|desk|nightstand|dresser)\\b" +
        "|\\b(?:said|say|saying|said my) (?:goodbyes?|bye) to (?:my \\w+|everyone|everybody|him|her|them|you)\\b[^\\n]{0,40}\\b(?:tonight(?:'?s| is) (?:it|the night)|this is it|today(?:'?s| is) (?:it|the day))\\b",
      f,
    ),
    quoted: "soften",
    refine: (m, ctx, level) => (jokingOnly(ctx) && !/\bforever\b/.test(ctx.n.text) ? "mild" : unlessFramed(m, ctx, level)),
  },
  {
    // "i dont think ill be around monday to turn it in lol", "kms is literally my only thought rn": a laugh after these hides them, it does not undo them.
    id: "self_harm.under_a_laugh",
    category: "self_harm",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      "\\b(?:don'?t|dont|do not) think (?:i'?ll|ill|i will|i'?m gonna|im gonna|i'?m going to) (?:still )?be (?:around|here|alive)\\b(?![^\\n]{0,80}\\b(?:trip|vacation|moving|appointment|dentist|doctor|surgery|absent|sick|visit\\w*|travel\\w*|game|tournament|meet|competition|funeral|wedding|out of town|leaving|college|camp)\\b)" +
        "|\\b(?:kms|kys|killing myself|suicide|dying|ending it|ending my life)\\b (?:is|has been) (?:literally |honestly |really |like )?(?:my only|the only|all i) (?:thought|thing i think about|think about)\\b" +
        // "kinda wanna unalive lol but like fr"
        "|\\b(?:wanna|want to|gonna|going to|might)\\s+(?:unalive|kms|kill myself|die|end it)\\b[^\\n]{0,20}\\b(?:but )?(?:like )?(?:fr|for real|deadass|no joke|not joking|seriously|srsly|actually i do|i actually do|but i do|i mean it|actually)\\b" +
        // "my friend (ok its me) scratches her arms until they bleed", "where can you hurt yourself so it hurts a lot but doesnt scar"
        "|\\b(?:ok|okay|fine|well|alright|lol|jk)?,?\\s*(?:it'?s|its) (?:actually |really |literally )?me\\b(?<=\\bmy (?:friend|bff|best friend)\\b[^\\n]{0,25})(?=[^\\n]{0,120}\\b(?:cut|cuts|cutting|scratch\\w*|bleed\\w*|burn\\w*|hurts? (?:her|him|them)self|starv\\w*|throws? up|pills|die|kill)\\b)" +
        "|\\bhow (?:deep|hard|far)\\b[^.!?\\n]{0,40}\\b(?:actually|really) hit (?:a|an|the) (?:vein|artery)\\b" +
        "|\\bhurt (?:yourself|myself|urself|your ?self)\\b[^.!?\\n]{0,30}\\b(?:doesn'?t|doesnt|won'?t|wont|without|not|no) (?:leave (?:a )?|leaving (?:a )?)?(?:scars?|marks?|bruises?)\\b" +
        // "im not sad anymore, ive just decided. its actually peaceful"
        "|\\b(?:i'?ve|ive|i have) (?:just |finally |already )?decided\\b[^\\n]{0,60}\\b(?:it'?s|its) (?:actually |so |kind of |kinda )?(?:peaceful|calm|a relief)\\b|\\bnot sad anymore\\b[^\\n]{0,40}\\b(?:decided|peaceful|at peace|one last time)\\b" +
        // "unalive thoughts again tonight. bad ones", "nobody would even show up to my funeral lol. might find out soon"
        "|\\bunalive thoughts\\b|\\b(?:suicidal|kms) thoughts (?:again|tonight|are back|wont stop)\\b|\\bmy funeral\\b[^\\n]{0,40}\\b(?:find out soon|see soon|not long now)\\b" +
        // "let the screen go black. (its not about a phone)": the writer takes the metaphor's frame away.
        "|\\b(?:its|it'?s) not (?:really )?about (?:a|the|my) \\w+\\b(?<=\\b(?:black|dark|off|die|dead|go out|goes out|almost out|burn out|shut down|one percent|1%|charger|won'?t light|last)\\b[^\\n]{0,160})" +
        // "haha imagine just walking into the river and letting it take you. anyway how do i do the chem homework"
        "|\\bimagine (?:just )?(?:walking|stepping|driving|jumping|swimming) (?:into|in front of|off|out into)\\b[^.!?\\n]{0,25}\\b(?:letting it take (?:you|me)|never coming back|not coming back|disappearing)\\b" +
        // "im going to unalive myself lol. not really lol. idk": a retraction that does not hold.
        "|\\b(?:going to|gonna|might|will)\\s+(?:unalive|kill|hurt|off) myself\\b(?=[^\\n]{0,50}\\b(?:idk|i dont know|i don'?t know|kinda|or maybe|maybe not)\\b)" +
        // "hamlet spent five acts on 'to be or not to be.' ive answered it for myself ... the answer is not": the match starts after the quote.
        "|\\b(?:answered it for myself|i'?ve answered it|ive answered it|my answer is (?:no|not))\\b(?<=\\bto be or not to be\\b[^\\n]{0,120})" +
        // "'kys' is what everyone at school tells me and honestly maybe they're right": the match starts after the quote, at the writer's own words.
        "|\\b(?:tells?|telling|say|says|said|saying)\\b[^\\n]{0,30}\\b(?:honestly |maybe |probably )?(?:they'?re|theyre|they are|they might be|he'?s|hes|she'?s|shes) right\\b(?<=\\b(?:kys|kill yourself|go die|unalive yourself|kill urself)\\b[^\\n]{0,100})",
    ),
    quoted: "soften",
    refine: (m, ctx, level) => (/\bnot (?:really )?about (?:a|the|my)\b/.test(m.text) ? level : unlessFramed(m, ctx, level)),
  },
  {
    id: "abuse_disclosure.plain_words",
    category: "abuse_disclosure",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // An adult "partner" of a child: "my boyfriend is 19 and im in 8th grade", "a guy online hes 22 ... im 13"
      "\\b(?:boyfriend|bf|girlfriend|gf|guy|man|dude|lady|woman)\\b[^\\n]{0,30}\\b(?:is|hes|he'?s|shes|she'?s|whos|who'?s) (?:{adult})\\b[^\\n]{0,120}\\b(?:i'?m|im|i am) (?:{young})\\b" +
        "|\\b(?:i'?m|im|i am) (?:{young})\\b[^\\n]{0,60}\\b(?:boyfriend|bf|girlfriend|gf|guy|man|dude) (?:is|hes|he'?s|shes|she'?s) (?:{adult})\\b" +
        "|\\b(?:keeps? sending|sent|sends) me (?:money|gift cards?|robux|v-?bucks|gifts|cash)\\b[^\\n]{0,60}\\b(?:i owe (?:him|her)|owe him|owe her|come to (?:his|her) (?:place|apartment|house|car|room)|meet (?:him|her) (?:alone|somewhere))\\b" +
        "|\\b(?:asked|asks|wants|told|tells) me to send (?:him|her) (?:a )?(?:selfie|pic|picture|photo|video)s? (?:in bed|in my bed|of me in bed|in the shower|in my room at night|without (?:my )?(?:shirt|clothes))\\b" +
        // Touching and watching: "presses up against me", "walks in my room when im changing and just watches"
        "|\\b(?:presses|pressed|pushes|pushed|rubs|rubbed|grinds|grinded) (?:up )?against me\\b" +
        "|\\b(?:walks|comes|came|walked) in(?:to)? (?:my room|the bathroom|my bathroom)\\b[^.!?\\n]{0,30}\\bwhen (?:i'?m|im|i am) (?:changing|showering|in the shower|getting dressed|undressed)\\b" +
        "|\\bkeep (?:secrets?|it (?:a )?secret) about what (?:he|she|they) (?:does|did|do)\\b" +
        // Hurt at home: "squeezes my neck when hes mad", "pulled out chunks of my hair"
        "|\\b(?:squeezes|squeezed|squeezing) my (?:neck|throat)\\b" +
        // "the marks on my neck arent a hickey like everyone thinks", "my parents wont let me go to the nurse because they dont want anyone asking about my arm"
        "|\\b(?:marks|bruises?|bruising|welts?|burns?|scratches)\\b (?:on|around) my (?:neck|throat|arms?|wrists?|back|legs?|face|ribs)\\b[^.!?\\n]{0,25}\\b(?:aren'?t|arent|isn'?t|isnt|are not|is not|weren'?t|werent|wasn'?t|wasnt) (?:a |from (?:a |the )?)?(?:hickeys?|sports?|practice|the game|falling|the dog|the cat|volleyball|soccer|football|wrestling|basketball|softball|baseball|hockey|lacrosse|cheer|gym|pe|dance|track|biking|skateboarding|my brother|my sister)\\b" +
        // "im not allowed to sleep inside when my mom is mad. i slept in the car last night"
        "|\\bnot allowed (?:to )?(?:sleep|stay|come|be) (?:inside|in the house|indoors|home)\\b[^\\n]{0,60}\\b(?:mad|angry|drunk|punish\\w*|car|outside|porch|cold|degrees)\\b" +
        "|\\b(?:won'?t|wont|will not|don'?t|dont|doesn'?t|doesnt|never) lets? me (?:go to|see) (?:the |a )?(?:school )?(?:nurse|doctor|hospital|er|dentist)\\b[^\\n]{0,60}\\b(?:asking|ask|see|seeing|find out|know|notice|questions)\\b[^.!?\\n]{0,20}\\bmy (?:arm|arms|leg|legs|face|back|eye|wrist|ribs?|neck|bruises?|marks|burns?|cuts|hand|head)\\b" +
        // Food kept from a child: "if i dont finish chores i dont get dinner and sometimes i go two days with no food", "i hide food ... to eat at night"
        "|\\bif i (?:don'?t|dont|do not) (?:finish|do|clean)\\b[^.!?\\n]{0,25}\\b(?:i )?(?:don'?t|dont|do not|won'?t|wont|never) (?:get|eat|get to eat) (?:dinner|food|lunch|breakfast|supper|anything)\\b[^\\n]{0,60}\\b(?:days?|all day|hungry|starving|no food)\\b" +
        "|\\b(?:go|went|gone|going) (?:two|three|four|\\d+|a couple|a few) days (?:with no|without) (?:food|eating|dinner|meals?)\\b(?<=\\b(?:punish\\w*|chores|not allowed|in trouble|my (?:mom|dad|parents|stepmom|stepdad|foster \\w+|aunt|uncle|grandma|grandpa))\\b[^\\n]{0,120})" +
        "|\\b(?:get|got|be|am) in trouble if i eat\\b[^\\n]{0,80}\\bhid(?:e|ing)? (?:food|snacks)\\b|\\bhid(?:e|ing)? (?:food|snacks)\\b[^\\n]{0,60}\\b(?:from the cafeteria|at night|to eat later|so i can eat)\\b(?<=\\b(?:in trouble|not allowed|punish\\w*|starv\\w*)\\b[^\\n]{0,160})" +
        // Hurt in a placement or at work: "staff at my group home hit me with a broom handle", "my boss keeps grabbing me in the back and says if i tell anyone"
        "|\\b(?:staff|workers?|counselors?|a (?:lady|man|guy|woman)|the (?:lady|man|guy|woman)|someone|people)\\b (?:at|from|who runs?) (?:my|the|our) (?:group home|foster home|shelter|placement|facility|treatment center|residential|detention|juvie|halfway house)\\b[^.!?\\n]{0,40}\\b(?:hit|hits|beat|beats|slapped|slaps|punched|punches|kicked|kicks|choked|chokes|grabbed|grabs|threw|throws|pushed|shoved|touched|touches|restrained) (?:me|us)\\b" +
        "|\\b(?:hit|hits|beat|beats|whipped|whips|hitting) (?:me|us|my (?:little |baby |big |younger |older )?(?:brother|sister|siblings|brothers|sisters)) with (?:a |an |the |his |her |their )?(?:broom(?: handle| stick)?|belt|extension cord|cord|hanger|shoe|wooden spoon|spoon|stick|paddle|bat|pan|switch|wire|phone charger|charger cord)\\b" +
        "|\\b(?:boss|manager|supervisor|coach|teacher|tutor|pastor|landlord|neighbou?r|driver|officer|po|probation officer|caseworker|case manager|trainer|(?:mom|mother)'?s boyfriend|stepdad|uncle)\\b[^.!?\\n]{0,40}\\b(?:keeps?|kept)? ?(?:grabbing|touching|groping|rubbing|feeling up) (?:me|on me)\\b[^\\n]{0,80}\\bif i (?:tell|say anything|report)\\b" +
        // An adult trading a child to other adults: "a lady at the shelter keeps offering me money to go hang out with older men"
        "|\\b(?:offering|offers|offered|pays?|paying|paid|promised?) (?:me )?(?:(?:money|cash|\\$\\d+|gifts?|a place to stay|rides?)\\b[^.!?\\n]{0,20}\\b)?to (?:go )?(?:hang out|go out|party|spend (?:time|the night)|stay|be alone|hook up|chill) with (?:older|grown|adult|her|his|some) (?:men|guys|man|dudes|women|friends)\\b(?<=\\b(?:older|grown|adult) (?:men|guys|man|dudes|women)\\b|\\bowe\\b[^\\n]{0,200})" +
        // Images demanded under a power held over the child: "my probation officer said hell violate me unless i send him pics"
        "|\\bunless i send (?:him|her|them) (?:some )?(?:{images})\\b(?! of (?:my|the|our) (?:homework|notes|work|answers|assignment|project|schedule))" +
        // "he'll post my nudes if i dont give him my paycheck", "says i have to sleep with him or hell tell my parents"
        "|\\b(?:post|send|share|leak|show) (?:my|the|our) (?:nudes|pics|pictures|photos|videos)\\b[^\\n]{0,20}\\bif i (?:don'?t|dont|do not|won'?t|wont|stop|tell)\\b" +
        "|\\b(?:says|said|told me|tells me) i (?:have|got|need) to (?:sleep with|have sex with|hook up with|do stuff with|do things with|touch|kiss) (?:him|her|them)\\b[^\\n]{0,20}\\bor (?:he'?ll|hell|she'?ll|shell|they'?ll|he will|she will|else)\\b" +
        // "my manager keeps texting me pics of himself", "my dad ... takes it out on me with his fists", "kicked out ... sleeping in my friends car"
        "|\\b(?:manager|boss|supervisor|coach|teacher|tutor|pastor|trainer|neighbou?r|(?:grown|older) (?:man|guy)|uncle|stepdad)\\b[^.!?\\n]{0,40}\\b(?:texting|sending|sends|sent|texts|dms|snaps|snapping) me (?:pics|pictures|photos|selfies|videos) of (?:himself|herself)\\b" +
        "|\\btakes? it out on (?:me|us)\\b[^.!?\\n]{0,20}\\b(?:with (?:his|her|their) (?:fists|hands|belt)|hitting|beating|punching)\\b" +
        "|\\b(?:got|been|was|were) kicked out\\b[^\\n]{0,40}\\b(?:sleeping|living|staying) (?:in (?:a |my |the |his |her )?(?:friend'?s |friends |boyfriend'?s |car|park|tent|garage|shelter|bus station)(?:car)?|on the (?:street|streets)|outside|on (?:a |the )?(?:bench|couches))\\b|\\bbeen sleeping in (?:my |a |the )?(?:friend'?s |friends |car|park|tent|garage)(?:car)?\\b" +
        "|\\bpulled (?:out )?(?:a )?(?:chunks?|clumps?|handfuls?) of my hair\\b" +
        // "what do u do if ur grandpa slaps you and pulls your hair every time hes mad", "touches my chest during 'stretching'"
        "|\\b(?:if|when) (?:ur|your|my) (?:{parent}|grandpa|grandma|stepdad|stepmom|uncle|aunt|(?:mom|mother)'?s boyfriend)\\b[^.!?\\n]{0,10}\\b(?:slaps?|hits?|punches|kicks|chokes|beats|whips|pulls (?:your|ur|my) hair)\\b[^\\n]{0,50}\\b(?:every time|everytime|whenever|when (?:he|she)(?:'?s| is| gets)? (?:mad|drunk|angry|high))\\b" +
        "|\\b(?:touch(?:es|ed|ing)?|grab(?:s|bed|bing)?|rub(?:s|bed|bing)?) my (?:chest|butt|thighs?|crotch|privates?|private parts|boobs|breasts?)\\b(?<=\\b(?:he|she|coach|teacher|trainer|man|guy|uncle|stepdad|boss|keeps|always|alone|team)\\b[^\\n]{0,80})" +
        // "dad says if i talk to the counselor again he'll break my fingers", "my older cousin did things to me over the summer"
        "|\\bif i (?:talk to|tell|go to|call) (?:the )?(?:counselor|teacher|police|cops|anyone|anybody|nurse|school|cps)\\b[^\\n]{0,30}\\b(?:he'?ll|hell|she'?ll|shell|they'?ll|he will|she will|they will) (?:break|hurt|kill|beat|hit|send me away|kick me out|make me)\\b" +
        "|\\b(?:{parent}|cousin|uncle|brother|stepbrother|coach|neighbou?r|babysitter|family friend|he|she)\\b[^.!?\\n]{0,25}\\b(?:did|does|has done|kept doing|was doing) (?:stuff|things|something|bad things|sexual things|weird things) to me\\b" +
        // "me with a split lip inventing a bike accident for the school nurse", "says i have to sleep with his friends to pay rent"
        "|\\b(?:inventing|invent|make up|making up|made up|come up with|coming up with)\\b[^.!?\\n]{0,10}\\b(?:a |an )?(?:bike accident|accident|story|excuse|lie)\\b[^\\n]{0,30}\\b(?:nurse|teacher|counselor|school|coach)\\b(?<=\\b(?:split lip|black eye|bruises?|marks|broken \\w+|drinks|hit|hits|slaps|punched)\\b[^\\n]{0,150})" +
        "|\\b(?:sleep with|have sex with|hook up with|be with) (?:him|her|them|his friends|her friends|guys|men|people|other guys)\\b[^\\n]{0,20}\\bto (?:pay|cover|work off) (?:rent|for|the bills|what i owe|my debt)\\b" +
        // "im 15 and hes like 25, keeps asking me to come over", "if i tell anyone about the massages im off the team", "she pulls me down the hall by my hair"
        "|\\b(?:i'?m|im|i am) (?:{young})\\b[^\\n]{0,10}\\band (?:he'?s|hes|he is|she'?s|shes|she is) (?:like |about |almost |prob )?(?:{adult})\\b(?=[^\\n]{0,100}\\b(?:come over|apartment|his place|her place|pics|photos|date|kiss|hang out|meet up|car)\\b)" +
        "|\\bif i tell (?:anyone|anybody|someone|my (?:mom|dad|parents))\\b[^.!?\\n]{0,5}\\babout the (?:massages|touching|sleepovers|pictures|pics|secret|rides|visits|showers)\\b" +
        "|\\b(?:pulls?|pulled|drags?|dragged|yanks?|yanked) me\\b[^.!?\\n]{0,25}\\bby (?:my|the) (?:hair|arm|neck|ear|collar)\\b" +
        // "nobody has come home in 2 days", "dad puts out his cigarettes on my arm", "what happens when shes at work", "pulling me onto his lap ... it feels wrong", "never food for me"
        "|\\b(?:nobody|no one) (?:has )?(?:come|came|been) home\\b[^\\n]{0,20}\\b(?:in|for) (?:\\d+|two|three|four|a few|several) (?:days|nights)\\b" +
        "|\\b(?:puts?|put|putting) (?:out )?(?:his|her|their|a) (?:cigarettes?|cigs?|blunts?)\\b[^.!?\\n]{0,10}\\bon my\\b" +
        "|\\bif i tell (?:anyone|anybody|someone|my mom|my dad)\\b[^.!?\\n]{0,5}\\bwhat happens when\\b" +
        "|\\b(?:pulls?|pulling|pulled|puts?|putting|makes? me sit) (?:me )?(?:onto|on) (?:his|her) lap\\b[^\\n]{0,60}\\b(?:holds? me|won'?t let me|feels wrong|uncomfortable|don'?t like it|dont like it)\\b" +
        "|\\b(?:there'?s|theres|there is) never (?:any )?food for me\\b" +
        // "my dad sleeps with his gun and says hell use it on all of us if mom tries to leave", "my grandpa doesnt buy food when my mom is gone"
        "|\\b(?:says?|said|threatens?|threatened)\\b[^.!?\\n]{0,10}\\b(?:he'?ll|hell|she'?ll|shell|he will|she will|he would|she would|he'?d)\\s+(?:use it on|shoot|kill|hurt|stab)\\s+(?:us|all of us|my mom|mom|my dad|dad|the family|my (?:little )?(?:brother|sister))\\b" +
        "|\\b(?:doesn'?t|doesnt|won'?t|wont|never) buys? (?:us |me )?(?:food|groceries)\\b[^\\n]{0,80}\\b(?:gone|heat|power|hungry|nothing to eat)\\b" +
        // "he said if i tell anyone about what happened in the garage hell do it to my sister too", "my parents lock the door, so a lot of nights i sleep on the porch"
        "|\\bif i tell (?:anyone|anybody|someone|my mom|my dad)\\b[^.!?\\n]{0,5}\\babout what happened\\b[^\\n]{0,40}\\b(?:he'?ll|hell|she'?ll|shell|they'?ll)\\b|\\b(?:he'?ll|hell|she'?ll|shell|they'?ll|he will|she will|he would|she would) do (?:it|the same) to my (?:little |baby )?(?:sister|brother)\\b" +
        "|\\block (?:the|me out of the) (?:door|house)\\b[^\\n]{0,50}\\b(?:sleep (?:on|in) the (?:porch|car|yard|steps|garage)|outside all night)\\b" +
        // "if i tell anyone what we do in his truck", "wont take me to a doctor even though my tooth is infected"
        "|\\bif i tell (?:anyone|anybody|someone|my mom|my dad)\\b[^.!?\\n]{0,5}\\bwhat (?:we|he|she|they) (?:do|did|does)\\b" +
        "|\\b(?:won'?t|wont|will not|refuse to|never) take me to (?:a|the) (?:doctor|dentist|hospital|er)\\b[^\\n]{0,60}\\b(?:infected|swollen|broken|bleeding|fever|pus)\\b" +
        // "me and my dad sleep in the car most nights and we havent had real food since sunday", "no heat or food and my parents have been gone since friday",
        // "he says i still owe him and he knows where i live", "doesnt let me eat with the family", "my father says i will marry his friend's son ... i am 14"
        "|\\b(?:sleep|sleeping|slept) in (?:the|our|a) car\\b[^\\n]{0,40}\\b(?:most nights|every night|for weeks|since)\\b[^\\n]{0,60}\\b(?:food|eat|eaten|hungry)\\b" +
        "|\\b(?:no|don'?t have|dont have|without) (?:heat|food|power|electricity|lights)\\b[^\\n]{0,60}\\b(?:{parent})\\b[^.!?\\n]{0,10}\\b(?:has been|have been|'s been|been) gone (?:since|for (?:days|a week|weeks|\\d+ days|two days|three days|a few days))\\b" +
        // "now he wants more pics or he'll post the ones i already sent", "my mom left on friday and hasnt come back. me and my little brother only have cereal left"
        // "if im gay hes going to beat it out of me", "he keeps sending me naked pictures of himself", "long sleeves even in june so nobody sees what my mom does to me",
        // "not allowed inside the house until my dad gets home ... he says i'm lucky he feeds me at all"
        "|\\b(?:beat|hit|whip|knock|pray) (?:it|that|the gay|this) out of me\\b" +
        "|\\b(?:he|she|they|guy|man|adult|someone|somebody)\\b[^.!?\\n]{0,10}\\b(?:keeps? sending|sends|sent|has been sending|keeps? showing|showed) me (?:naked|nude|dirty) (?:pictures|pics|photos|videos|selfies)\\b" +
        "|\\bso (?:nobody|no one|people|teachers|anyone) (?:sees?|notices?|can see|will see)\\b[^.!?\\n]{0,10}\\bwhat (?:my )?(?:{parent}|uncle|aunt|grandpa|grandma|stepdad|stepmom|(?:mom|mother)'?s boyfriend) (?:does|did|has done) to me\\b" +
        "|\\bnot allowed (?:inside|in) the (?:house|apartment|home)\\b[^.!?\\n]{0,30}\\buntil\\b|\\b(?:lucky|should be grateful|should be thankful) (?:he|she|they) (?:even )?(?:feeds?|fed|gives? me food)\\b" +
        // "my dad said if my grades drop again i wont be able to sit down for a week. last time he meant it"
        "|\\b(?:{parent})\\b[^\\n]{0,60}\\b(?:won'?t|wont|will not|not) be able to sit (?:down )?for (?:a|the) (?:week|month|while|rest of)\\b" +
        "|\\b(?:wants|asking for|asks for|demanding|demands|needs) more (?:pics|pictures|photos|nudes|videos)\\b[^\\n]{0,30}\\bor (?:he|she|they)(?:'ll| will| is gonna|'s gonna|s gonna| is going to)? (?:post|send|share|leak|show)\\b" +
        "|\\b(?:{parent})\\b (?:left|went out|took off)\\b[^.!?\\n]{0,20}\\band (?:hasn'?t|hasnt|has not|never|still hasn'?t|still hasnt) (?:come back|came back|been back|been home|come home)\\b(?![^\\n]{0,40}\\b(?:trip|work|deploy\\w*|business|conference|vacation)\\b)[^\\n]{0,80}\\b(?:only have|no food|nothing to eat|ran out|cereal|little (?:brother|sister)|baby (?:brother|sister)|alone|by myself)\\b" +
        "|\\b(?:says|said) i (?:still )?owe (?:him|her|them)\\b[^\\n]{0,80}\\b(?:what i have to do|have to do to pay|pay (?:him|her|them) back|knows where i live)\\b" +
        "|\\b(?:doesn'?t|doesnt|won'?t|wont) let me eat with (?:the family|them|us|everyone)\\b" +
        "|\\b(?:says?|said|making me|make me|forcing me to|force me to)\\b[^.!?\\n]{0,15}\\bmarry\\b[^\\n]{0,80}\\b(?:i'?m|im|i am) (?:1[0-7]|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\\b" +
        // "a 19 year old i met on discord ... says i cant tell my parents", "a black eye from my dad but i told the nurse", "cant come to school until the marks fade",
        // "just me and my 4 year old sister at home since sunday", "i dont get dinner if i bring home a b", "what my uncle does at night"
        "|\\ba (?:1[89]|2\\d|3\\d)[- ]?(?:year[- ]old|yr old|yo)\\b[^\\n]{0,80}\\b(?:can'?t|cant|not to|don'?t|dont) tell (?:my )?(?:parents|mom|dad)\\b" +
        "|\\b(?:black eye|bruises?|marks?|split lip|welts?)\\b[^.!?\\n]{0,15}\\bfrom (?:my )?(?:{parent}|(?:mom|mother)'?s boyfriend)\\b" +
        "|\\b(?:can'?t|cant|not allowed to) (?:come|go) (?:back )?to school (?:until|till)\\b[^\\n]{0,30}\\b(?:marks|bruises?|black eye|swelling|cuts?)\\b[^\\n]{0,20}\\b(?:fade|heal|go away|gone|goes down)\\b" +
        "|\\bjust me and my (?:\\d+ year old |little |baby )?(?:sister|brother|siblings)\\b[^\\n]{0,30}\\b(?:since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)|for (?:\\d+|two|three|a few) days)\\b" +
        "|\\b(?:don'?t|dont|do not) get (?:dinner|food|to eat|lunch|breakfast) if i\\b|\\bwhat my (?:{parent}|uncle|cousin|stepdad|stepbrother|brother|grandpa|coach) does (?:to me )?(?:at night|when (?:no one|nobody|mom))\\b" +
        // "my aunt took my passport and says i cant go to school anymore, i have to clean her house"
        "|\\b(?:took|takes|keeps|kept|has|hid|hides) my (?:passport|id|papers|documents|birth certificate|green card|visa)\\b[^\\n]{0,60}\\b(?:can'?t|cant|won'?t let me|not allowed to|never let me) (?:go to school|go back to school|leave|go home|call|see)\\b|\\b(?:can'?t|cant|not allowed to) go to school\\b[^\\n]{0,40}\\b(?:have to|make me|makes me|made me) (?:work|clean|watch|take care)\\b" +
        // "my moms boyfriend keeps showing me videos of naked people", "a coach texting late about 'private practices' and not to tell your parents"
        "|\\b(?:{parent}|(?:mom|mother)'?s boyfriend|boyfriend|uncle|coach|stepdad|neighbou?r|cousin|babysitter|tutor|teacher)\\b[^.!?\\n]{0,30}\\b(?:shows?|showing|showed|sends?|sending|sent) me (?:and my (?:little |big )?(?:brother|sister|siblings|cousin) )?(?:(?:porn|nudes?|naked (?:pics|pictures|videos|photos))\\b|(?:videos?|pics|pictures|movies|clips)\\b[^\\n]{0,30}\\b(?:naked|porn|sex|nude)\\b)" +
        "|\\b(?:coach|teacher|tutor|pastor|youth (?:leader|pastor)|leader|counselor|trainer|uncle|stepdad|boss|manager|an? (?:grown|older) (?:man|guy|adult)|an adult)\\b[^\\n]{0,80}\\b(?:not to tell|don'?t tell|dont tell|never tell|keep it (?:a )?secret from) (?:your|my|our) (?:parents|mom|dad|family)\\b" +
        "|\\b(?:i'?m|im|i am|we'?re|we are) not allowed to eat (?:if|when|until|unless) (?:my|i|i'?m|im)\\b" +
        "|\\b(?:{parent})(?:'s been|\\b (?:has been|have been|'s been|is|was|been)) gone (?:for )?(?:\\d+|two|three|four|five|six|a few|several) days\\b" +
        "|\\ba lock on the outside of (?:my|our) (?:door|room|bedroom)\\b" +
        // Neglect: a grown-up gone for days, no food, no doctor
        "|\\b(?:haven'?t|havent|have not) (?:seen|had) (?:a|an|any|my) (?:grown ?-?ups?|adults?|parents?|mom|dad)\\b[^\\n]{0,30}\\b(?:in|for) (?:\\d+|two|three|four|a few|several) days\\b" +
        "|\\b(?:haven'?t|havent|have not|didn'?t|didnt) (?:had|eaten) (?:dinner|food|anything|a (?:real )?meal)\\b[^.!?]{0,10}\\b(?:since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in (?:\\d+|two|three|four) days)\\b" +
        "|\\b(?:gone|away) for days(?: at a time)?\\b[^\\n]{0,40}\\b(?:only eat at school|no food|nothing to eat|hungry|crackers)\\b" +
        "|\\bonly eat at school\\b" +
        "|\\b(?:left|went) on a trip\\b[^\\n]{0,60}\\bhome alone\\b[^\\n]{0,60}\\b(?:ran out of|no) (?:money|food)\\b" +
        "|\\bby myself every night\\b[^\\n]{0,60}\\b(?:doesn'?t|doesnt|don'?t|dont|never) come home\\b" +
        "|\\b(?:won'?t|wont|will not|refuses to|never) take me to (?:a|the) (?:doctor|dentist|hospital|er)\\b[^\\n]{0,40}\\b(?:stop complaining|says? i'?m fine|says? im fine|it'?s nothing)\\b" +
        "|\\b(?:infected|swollen|broken|bleeding)\\b[^\\n]{0,60}\\b(?:won'?t|wont|will not|refuses to|never) take me to (?:a|the) (?:doctor|dentist|hospital|er)\\b" +
        // Food as a punishment or a privilege: "im not allowed to eat if i dont finish my chores", "she only feeds her own kids"
        "|\\b(?:i'?m|im|i am|we'?re|we are) not allowed to eat\\b[^.!?\\n]{0,15}\\b(?:if|until|till|til|unless) i (?:don'?t |dont |do not )?(?:finish|do|clean|get|earn|lose|weigh|make|say)\\b" +
        "|\\b(?:haven'?t|havent|have not|hasn'?t|wasn'?t|wasnt|weren'?t) (?:been )?allowed to eat\\b[^.!?\\n]{0,20}\\bfor (?:a week|weeks|days|\\d+ days|two days|three days|a few days)\\b" +
        "|\\b(?:only|just) feeds? (?:her|his|their) own (?:kids|children|son|daughter|babies)\\b" +
        "|\\b(?:padlock(?:ed|s)?|chained) (?:the )?(?:pantry|fridge|refrigerator|kitchen|cabinets?|food)\\b[^\\n]{0,80}\\b(?:hungry|leftovers|can'?t eat|cant eat|starving|her own kids|his own kids|case ?worker)\\b" +
        "|\\b(?:leftovers|scraps) if there'?s any\\b" +
        // A grown-up out of it for days while a child looks after a baby: "my mom's been passed out since friday"
        "|\\b(?:{parent})(?:'s| has| have| is| are)? (?:been )?(?:passed out|drunk|high|wasted|out cold|asleep on the (?:couch|floor))\\b[^\\n]{0,30}\\b(?:since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last night)|for (?:\\d+|two|three|four|a couple|a few) days|all (?:weekend|week))\\b" +
        "|\\b(?:{parent})\\b[^.!?\\n]{0,10}\\b(?:has been|have been|'s been|been) gone since\\b[^\\n]{0,100}\\b(?:dry cereal|crackers|nothing to eat|no food|no heat|no power|heat (?:is|was|got) (?:off|shut off))\\b" +
        "|\\b(?:heat|power|electricity|water)\\b[^.!?\\n]{0,40}\\b(?:is|was|got|has been|'s been|been) (?:off|shut off|cut off)\\b[^\\n]{0,40}\\b(?:{parent})\\b[^.!?\\n]{0,10}\\b(?:has been|have been|'s been|been) gone since\\b" +
        "|\\bfeeding my (?:baby|little) (?:brother|sister)\\b[^\\n]{0,40}\\b(?:dry cereal|crackers|nothing|no (?:food|formula|money|diapers)|(?:don'?t|dont) have (?:money|food|formula|diapers))\\b" +
        // Sex shown to a child: "my uncle showed me videos of grown ups doing sex stuff and told me to do it with him"
        "|\\b(?:{parent}|cousin|brother|stepbrother|babysitter|neighbou?r|coach|(?:mom|mother|aunt|sister|grandma|dad|father|uncle)'?s? (?:boyfriend|girlfriend|husband|wife))\\b[^.!?\\n]{0,20}\\b(?:showed|shows|made me watch|makes me watch)\\b[^.!?\\n]{0,30}\\b(?:porn|sex (?:stuff|videos?)|(?:videos?|pictures?|pics) of (?:people|grown ?-?ups|adults) (?:doing|having) (?:sex|it|stuff))\\b" +
        "|\\btold me to do (?:it|that|that stuff|the same) (?:with|to) (?:him|her|them)\\b" +
        "|\\b(?:showed|shows) me\\b[^.!?\\n]{0,40}\\b(?:porn|sex|having sex)\\b[^\\n]{0,30}\\b(?:said|says|told me) (?:we|i) (?:could|should|can|have to|had to) (?:try|do) (?:it|that|the same)\\b" +
        // Grooming's two marks together, whoever the sender: "texting me at night saying im mature for my age and tells me to delete the msgs"
        "|\\bmature for (?:my|your) age\\b[^\\n]{0,80}\\bdelete (?:the|our|his|her|these|those|all the|all our) (?:messages|msgs|texts|chats|dms|pics|pictures)\\b" +
        "|\\bdelete (?:the|our|his|her|these|those|all the|all our) (?:messages|msgs|texts|chats|dms|pics|pictures)\\b[^\\n]{0,80}\\bmature for (?:my|your) age\\b" +
        // "my moms friend stays over a lot and does things to me i dont like when everyones asleep"
        "|\\b(?:does|did|do|keeps? doing|kept doing) (?:stuff|things) to me\\b[^\\n]{0,40}\\b(?:i (?:don'?t|dont|didn'?t|didnt) (?:like|want)|when (?:everyone|everybody|my (?:mom|dad|parents)|every ?one)(?:'?s| is| are)? ?(?:asleep|sleeping|gone|out|at work)|(?:after|when|while) i (?:pass out|passed out|fall asleep|fell asleep|'?m asleep|am asleep|black out|blacked out))" +
        // "my dad said if i cry again hell break my arm like last time"
        "|\\b(?:{parent})\\b[^.!?\\n]{0,20}\\b(?:said|says|told me|threatened|yelled)\\b[^.!?\\n]{0,30}\\b(?:he'?ll|hell|she'?ll|shell|they'?ll|he will|she will|(?:he|she)'?s gonna|gonna|going to)\\s+(?:break|snap|burn|beat|choke|hurt|hit)\\s+(?:my|me)\\b" +
        // "my brothers friend held me down and did things to me at the party"
        "|\\b(?:held|pinned|holds|pins|pushed) me down\\b[^\\n]{0,40}\\b(?:did (?:things|stuff)|touched|made me|took (?:my|off))\\b" +
        // "a grown up i met on roblox wants me to come meet him and not tell my mom"
        "|\\b(?:meet|see) (?:him|her|them|me|up)\\b[^.!?\\n]{0,20}\\b(?:and )?(?:not|don'?t|dont|never) (?:to )?tell (?:my|anyone|anybody)\\b(?=[^\\n]{0,80}\\b(?:roblox|robux|fortnite|v-?bucks|discord|online|gift cards?|game)\\b)|\\b(?:meet|see) (?:him|her|them|me|up)\\b[^.!?\\n]{0,20}\\b(?:and )?(?:not|don'?t|dont|never) (?:to )?tell (?:my|anyone|anybody)\\b(?<=\\b(?:roblox|robux|fortnite|v-?bucks|discord|online|gift cards?|game)\\b[^\\n]{0,260})" +
        "|\\b(?:man|guy|woman|adult|grown ?-?up)\\b[^.!?\\n]{0,30}\\b(?:keeps? )?(?:messag|text|dm|snap|ask)\\w*\\s+(?:me\\s+)?(?:asking )?for (?:pics|pictures|photos|selfies)\\b[^\\n]{0,20}\\b(?:in my (?:underwear|bra|bed|room)|without|says? (?:it'?s|its) normal)" +
        // "he'll post the pic i sent him to my whole school unless i send more"
        "|\\b(?:post|send|share|leak|show)\\b[^\\n]{0,10}\\bthe (?:pics?|pictures?|photos?|videos?|nudes) i sent\\b[^\\n]{0,60}\\b(?:unless|if i (?:don'?t|dont|stop|block|tell))\\b" +
        // "now he says hell post them everywhere unless i send more", "now he wants more or hes sending it to my school"
        "|\\b(?:(?:he'?ll|hell|she'?ll|shell|they'?ll|he will|she will|they will|(?:he|she)'?s gonna|(?:he|she)s gonna) (?:post|send|share|leak|show)|(?:he'?s|hes|she'?s|shes|they'?re|theyre) (?:posting|sending|sharing|leaking|showing)) (?:them|it|(?:the|my|our) (?:pics?|pictures?|photos?|videos?|nudes))\\b[^\\n]{0,40}\\bunless i\\b|\\bwants more\\b[^.!?\\n]{0,10}\\bor (?:he'?s|hes|she'?s|shes|he'?ll|hell|she'?ll|shell) (?:sending|posting|showing|sharing|leaking|send|post|show|share|leak) (?:it|them)\\b" +
        // "says if i tell my parents he'll post the pics i sent him"
        "|\\bif i (?:tell|told)\\b[^\\n]{0,40}\\b(?:he'?ll|hell|she'?ll|shell|they'?ll|he will|she will|they will|(?:he|she)'?s gonna)\\s+(?:post|send|share|leak|show)\\b[^\\n]{0,20}\\b(?:the |my |our )?(?:pics?|pictures?|photos?|videos?|nudes|chats|messages)\\b" +
        // "my parents went to another state a week ago and im watching my little sisters alone, we have no money for food"
        "|\\b(?:{parent})\\b[^.!?\\n]{0,20}\\b(?:went|left|moved|drove|flew) (?:to|for|back to)\\b[^.!?\\n]{0,30}\\b(?:a week|days|\\d+ days|two weeks|a month|weeks) ago\\b[^\\n]{0,80}\\b(?:alone|by myself|no money|no food|nothing to eat|watching my)\\b" +
        // "he will send me back home and marry me to his friend. im 14"
        "|\\b(?:marry me (?:off )?to|make me marry|making me marry|force me to marry|forcing me to marry|arrange(?:d)? (?:for )?me to marry|promised me to)\\b" +
        // "sleeping in the car and my mom leaves us there all day", "mom leaves for days at a time and i feed my little sisters with whatever is left"
        "|\\b(?:sleep|sleeping|live|living|stay|staying) in (?:the|our|a|my mom'?s|my dad'?s) (?:car|van|truck)\\b[^\\n]{0,60}\\b(?:leaves us|left us|leaves me|left me|alone|all day|all night|by ourselves|by myself|no food)\\b" +
        "|\\b(?:{parent})\\b[^.!?\\n]{0,10}\\b(?:leaves|is gone|goes away|disappears|takes off) (?:me |us )?(?:\\w+ ){0,7}?for days\\b[^\\n]{0,80}\\b(?:feed|whatever is left|no food|power|alone|by myself|shut off|nothing in the fridge|nothing to eat|ran out of (?:food|formula|money|diapers)|not answering)\\b" +
        // "i havent eaten since lunch on friday. my dad leaves for days at a time", "nobody has come home since sunday and the power got shut off"
        "|\\b(?:haven'?t|havent|have not) eaten since\\b[^\\n]{0,60}\\b(?:{parent})\\b[^.!?\\n]{0,10}\\b(?:leaves|is gone|left|goes away) (?:\\w+ ){0,3}?for days\\b" +
        "|\\b(?:nobody|no one|no grown ?-?ups?|no adults?) (?:has|have) (?:come|been) home since\\b[^\\n]{0,120}\\b(?:{neglect}|dry cereal|crackers|my little (?:brother|sister))" +
        // "my dad left for work on sunday and never came back, theres only ketchup in the fridge", "i watch my 3 little brothers by myself since my mom left 2 weeks ago ... the lights got cut off"
        "|\\b(?:{parentGone})\\b[^\\n]{0,160}\\b(?:{neglect})" +
        "|\\b(?:{neglect})[^\\n]{0,160}\\b(?:{parentGone})\\b" +
        // "a man in my building gives me money to sit on his lap and said not to tell my mom"
        "|(?:\\bsit on (?:his|her) lap\\b|\\b(?:gives?|gave|pays?|paid) me (?:money|cash|candy|gifts?|\\$\\d+)\\b)[^\\n]{0,80}\\b(?:(?:said|says|told me|tells me) (?:not to|to not|never to|don'?t|dont|do not) tell|(?:our|a) (?:little )?secret)\\b" +
        "|\\b(?:said|says|told me|tells me) (?:not to|to not|never to|don'?t|dont) tell\\b[^\\n]{0,60}\\bsit on (?:his|her) lap\\b" +
        // "the man who drives me to my job keeps my passport and says i still owe him ... he keeps all my pay"
        "|\\b(?:keeps?|kept|took|takes|has) my (?:passport|papers|documents|green card|visa)\\b[^\\n]{0,160}\\b(?:owe (?:him|her|them)|keeps? (?:all )?my (?:pay|money|wages|paycheck)|(?:i'?m|im|i am) 1[0-7]\\b)" +
        "|\\bkeeps? (?:all )?my (?:pay|money|wages|paycheck)\\b[^\\n]{0,80}\\b(?:owe (?:him|her|them)|my passport)\\b" +
        // "my arm is still swollen from sunday, what do i say to the nurse if she asks"
        "|\\bwhat (?:do|should|can) i (?:say|tell)(?: to)? (?:the|my) (?:nurse|teacher|counselor|coach|gym teacher)\\b[^.!?\\n]{0,20}\\bif (?:she|he|they) (?:asks?|sees?|notices?)\\b(?<=\\b(?:swollen|bruises?|bruised|black eye|welts?|split lip|burn marks|belt marks|marks on my)\\b[^\\n]{0,200})" +
        // "my moms boyfriend said ... hed give me something to cry about and then he did. my whole arm is purple"
        "|\\bgive me something to cry about\\b[^\\n]{0,60}\\b(?:and then (?:he|she) did|purple|bruise|black and blue|hit me|beat me)\\b" +
        "|\\bmy (?:whole )?(?:arm|leg|back|face|side|neck|eye|butt|ribs)\\b[^.!?\\n]{0,10}\\b(?:is|are|was|'s|got|went|turned) (?:all )?(?:purple|black and blue|swollen shut)\\b(?<=\\b(?:{parent}|(?:mom|mother)'?s boyfriend|boyfriend|stepdad|uncle)\\b[^\\n]{0,150})" +
        // "my mom pulled my hair so hard a chunk came out", "heated a spoon on the stove and pressed it on my arm", "put his rifle to my head"
        "|\\bpulled my hair\\b[^.!?\\n]{0,30}\\b(?:chunk|clump|handful|patch|bald spot)\\b" +
        "|\\b(?:heated|hot|lit|burning)\\b[^.!?\\n]{0,40}\\b(?:pressed|put|held|pushed)\\b[^.!?\\n]{0,15}\\b(?:on|against|to|onto) my (?:arm|hand|leg|skin|back|neck|face|wrist)\\b|\\b(?:pressed|put|held|pushed)\\b[^.!?\\n]{0,10}\\b(?:a |the |his |her )?(?:hot|heated|lit|burning) \\w+ (?:on|against|to|onto) my (?:arm|hand|leg|skin|back|neck|face|wrist)\\b|\\bburn(?:ed|t|s)? me with (?:a |the |his |her )?(?:cigarette|lighter|iron|spoon|curling iron|lighter)\\b" +
        "|\\b(?:put|held|pointed|pressed) (?:a|his|her|the) (?:gun|rifle|pistol|shotgun|knife|12 gauge) (?:to|at|against) my (?:head|face|chest|throat|neck)\\b(?<=\\b(?:{parent}|(?:mom|mother)'?s boyfriend|stepdad)\\b[^\\n]{0,100})" +
        // "he sent me a picture of his private parts and now he wants me to meet him"
        "|\\bsent me (?:a )?(?:pic|picture|photo|video|snap)s? of (?:his|her) (?:private parts|privates|private area|junk|thing|dick|naked body)\\b" +
        "|\\bshowed me (?:pictures|pics|videos|photos|stuff|things)\\b[^.!?\\n]{0,30}\\bi (?:didn'?t|didnt|did not) want to see\\b|\\b(?:pay|work off) (?:the|her|his|our|my mom'?s) (?:rent|debt)\\b[^\\n]{0,40}\\bif i come over (?:by myself|alone)\\b" +
        // "my older cousin comes in the camper where i sleep and puts his hand under my blanket"
        "|\\b(?:puts?|put|putting|slides?|slid|sticks?) (?:his|her) hands? (?:under|in|inside|down|into) my (?:blanket|covers|sheets|shirt|pants|shorts|sleeping bag|clothes|underwear)\\b" +
        // "my mom gives me her pills so i sleep when she goes out"
        "|\\b(?:{parent})\\b[^.!?\\n]{0,10}\\b(?:gives?|gave|makes? me take|made me take)\\s+(?:me |us )?(?:her |his |their )?(?:pills|meds|medicine|sleeping pills|benadryl|melatonin|nyquil|drinks?)\\b[^.!?\\n]{0,30}\\bso (?:i|we) (?:sleep|stay asleep|pass out|won'?t wake|dont wake|don'?t wake)\\b" +
        // "my manager at the restaurant grabs my butt ... and says hell cut my hours if i tell"
        "|\\b(?:manager|boss|coach|teacher|trainer|uncle|stepdad|neighbou?r|pastor|tutor|driver|(?:mom|mother)'?s boyfriend|landlord)\\b[^.!?\\n]{0,40}\\b(?:grabs?|grabbed|grabbing|touches|touched|rubs?|rubbed|slaps?|slapped|pinches|pinched) my (?:butt|ass|chest|boobs|breasts?|thighs?|crotch|private)\\b" +
        // "my grandma holds my hands on the stove when i break stuff", "my stepdad gets really rough with me when he drinks"
        "|\\b(?:holds?|held|puts?|presses|pressed|pushes|pushed|forces?|forced) my (?:hands?|arms?|fingers?|face|head)\\b[^.!?\\n]{0,10}\\b(?:on|against|in|over|under) (?:the )?(?:stove|burner|oven|iron|hot (?:water|pan|stove)|fire|boiling water|radiator)\\b" +
        "|\\b(?:{parent}|(?:mom|mother)'?s boyfriend|boyfriend)\\b[^.!?\\n]{0,30}\\b(?:gets|is|was|got) (?:really |so |super |very )?(?:rough|violent|physical) with (?:me|us)\\b" +
        // "i havent been allowed to eat dinner all week as a punishment"
        "|\\b(?:not|haven'?t been|havent been|wasn'?t|wasnt|isn'?t) allowed to eat\\b[^.!?\\n]{0,40}\\b(?:as (?:a )?punishment|all week|for days)\\b" +
        // "theyll send me back to my uncles house if i tell anybody what he did to me there", "he said if the nurse asks i fell off my bike"
        "|\\bif i tell (?:anybody|anyone|somebody|someone|a teacher|the counselor)\\b[^\\n]{0,10}\\bwhat (?:he|she|they) did to me\\b|\\bwhat (?:he|she|they) did to me\\b[^\\n]{0,40}\\b(?:if i tell|not to tell|can'?t tell|cant tell)\\b" +
        "|\\b(?:said|says|told me) (?:if|when) (?:the )?(?:nurse|teacher|counselor|anyone|anybody|someone|somebody) asks?\\b[^\\n]{0,20}\\b(?:i fell|to say i fell|say i fell|i tripped|it was an accident|say it was)\\b" +
        // "left me and my 6 year old brother alone for five days and the heat isnt working"
        "|\\b(?:left|leave|leaves|leaving) (?:me|us)(?: and my (?:\\d+ year old |little |baby )?(?:brother|sister|siblings))? (?:alone|home alone|by ourselves|by myself) for (?:\\d+|two|three|four|five|six|seven|a few|several) days\\b" +
        // "if i tell anyone about what he does when everyone is asleep hell make my mom send me away"
        "|\\bif i tell (?:anyone|anybody|someone|somebody|my mom|my dad|my parents)\\b[^\\n]{0,10}\\babout what (?:he|she|they) (?:does|did|do)\\b" +
        // "a man from my youth group keeps buying me gifts and says we have a special relationship that my parents wouldnt understand"
        "|\\bspecial (?:relationship|friendship|bond|connection)\\b[^\\n]{0,60}\\b(?:wouldn'?t understand|wouldnt understand|can'?t tell|cant tell|secret|don'?t tell|dont tell|not tell)\\b" +
        // "my coach keeps texting me asking for pics in my underwear and says ill lose my spot if i tell"
        "|\\b(?:coach|teacher|trainer|tutor|pastor|youth (?:leader|pastor)|leader|counselor|uncle|stepdad|boss|manager)\\b[^.!?\\n]{0,40}\\b(?:(?:asking|asks|asked) (?:me )?for|(?:texting|texts|messaging|dms?|telling|tells) me to send (?:him|her)(?: some)?) (?:pics|pictures|photos|selfies|videos)\\b[^.!?\\n]{0,20}\\b(?:in my (?:underwear|bra|bed|room)|without (?:my )?(?:shirt|clothes)|of my body)\\b" +
        // "a man from roblox ... was waiting at my bus stop. he says were dating and my parents cant know"
        "|\\b(?:says|said|tells me) (?:we'?re|were|we are) (?:dating|together|in love)\\b[^\\n]{0,40}\\b(?:parents|mom|dad|nobody|no one) (?:can'?t|cant|cannot|shouldn'?t|won'?t|can never) (?:know|find out)\\b" +
        // "my foster dad makes us sleep in the garage when we dont finish chores"
        "|\\b(?:{parent}|foster (?:mom|dad|parents?))\\b[^.!?\\n]{0,20}\\b(?:makes?|made|making) (?:me|us) sleep (?:in|on) (?:the )?(?:garage|porch|shed|car|floor|basement|yard|outside|dog ?house)\\b" +
        // "my mom sells our food stamps and leaves us alone at night ... nobody came home"
        "|\\bsells? (?:our|my|the) (?:food stamps|snap|ebt)\\b|\\b(?:{parent})\\b[^.!?\\n]{0,30}\\b(?:leaves|left) (?:us|me) (?:alone|by ourselves|by myself|home alone)\\b[^\\n]{0,100}\\b(?:nobody came home|no one came home|fever|sick|no food|hungry|all night)\\b" +
        // "my dad gets high and passes out and forgets to get my little sister ... our lights been cut off two weeks"
        "|\\b(?:{parent})\\b[^.!?\\n]{0,20}\\b(?:gets|got|is|gets so) (?:high|drunk|wasted)\\b[^\\n]{0,40}\\b(?:passes out|passed out|forgets|forgot)\\b[^\\n]{0,120}\\b(?:{neglect}|skip school|(?:lights|power|electricity|water|heat) (?:been|got|was|is) (?:cut|shut|turned) off)" +
        // "no electricity since last week and my dad leaves for days at a time ... just been eating school lunch"
        "|\\bno (?:electricity|power|heat|food|water|gas)\\b[^\\n]{0,80}\\b(?:{parent})\\b[^.!?\\n]{0,10}\\b(?:leaves|is gone|goes away|disappears|takes off) for days\\b" +
        // "the man who drives our carpool keeps putting his hand on my thigh", "a good excuse for a black eye on picture day? my moms boyfriend got mad again"
        "|\\b(?:putting|puts|put|keeps putting|kept putting) (?:his|her) hands? (?:on|up) my (?:thigh|leg|butt|chest|lap|shirt|skirt|knee)\\b" +
        "|\\b(?:excuse|explain|cover up|cover|hide|makeup for)\\b[^.!?\\n]{0,20}\\b(?:a |my |the )?(?:black eye|bruises?|marks|split lip|fat lip)\\b[^\\n]{0,60}\\b(?:{parent}|(?:mom|mother)'?s boyfriend|got mad|was mad|gets mad|gets (?:really |so )?angry|drunk)\\b" +
        // Images demanded with a threat: "he says i owe him pics", "if i dont he'll send all our chats to my parents"
        "|\\b(?:says?|said|saying|told me|tells me) i owe (?:him|her|them) (?:\\w+ )?(?:{images})\\b" +
        "|\\bif i (?:don'?t|dont|do not|stop|block (?:him|her)|tell)\\b[^\\n]{0,30}\\b(?:he'?ll|hell|she'?ll|shell|they'?ll|he will|she will|they will|(?:he|she)'?s gonna|(?:he|she)s gonna)\\s+(?:send|show|post|leak|share)\\b[^\\n]{0,20}\\b(?:chats|messages|texts|dms|screenshots|{images})\\b[^\\n]{0,20}\\bto (?:my|everyone|the whole)\\b(?<=\\b(?:{images}|shirt|naked|nothing on)\\b[^\\n]{0,250})",
      f,
    ),
    quoted: "soften",
    refine: unlessFramed,
  },
  {
    id: "threat.plain_warnings",
    category: "threat",
    level: "critical",
    directions: ["input"],
    also: weaponsIfMentioned,
    pattern: rx(
      // A list with an order: "theyre first", "the first one is getting it after lunch", "picked which teachers deserve it"
      "\\b(?:list|names|wrote down every|wrote down all)\\b[^\\n]{0,80}\\b(?:(?:they'?re|theyre|they are|he'?s|hes|she'?s|shes) (?:first|next)|the first one is getting it|(?:gonna|going to|they'?ll|theyll|they will) find out what happens)\\b" +
        // "im making a list of who gets hurt the first day back. mr. harlan is #1", "i know where my math teacher parks and im gonna do a lot worse than slash her tires"
        "|\\blist of (?:who|people who|everyone who|the people who) (?:gets?|is getting|will get|'?s getting|are getting) (?:hurt|shot|stabbed|it|jumped|got)\\b|\\bi know where (?:\\w+ ){0,3}(?:parks|lives|sits|walks|waits|takes the bus)\\b[^\\n]{0,60}\\b(?:gonna|going to|i will|i'?ll|ill)\\b[^\\n]{0,40}\\b(?:worse|hurt|pay|regret|get (?:her|him|them))\\b" +
        "|\\bpicked which (?:teachers|kids|people|ones|students) deserve it\\b" +
        // "posting the list on my story tonight. nobody on it is making it to 4th period", "going to find out where he lives ... and stab him"
        "|\\bnobody on (?:it|the list|my list|that list)\\b[^.!?\\n]{0,20}\\b(?:is making it|will make it|makes it|is gonna make it|is going to make it)\\b" +
        "|\\b(?:i'?m|im|i am) (?:going to|gonna)\\b[^.!?\\n]{0,60}\\band (?:stab|shoot|kill|hurt|beat|jump|cut) (?:him|her|them)\\b" +
        // "i have two guns now ... the real one is for my 4th period class"
        "|\\b(?:the |this |that )?(?:real )?(?:one|gun|knife|bullet|pistol)\\b[^.!?\\n]{0,10}\\bis for (?:my|the|our) (?:\\d+(?:st|nd|rd|th) period|class|teacher|school|bus|coach)\\b(?<=\\b(?:guns?|pistols?|rifles?|knife|bullets?|glock)\\b[^\\n]{0,120})" +
        // "we stomping him till he stops moving"
        "|\\b(?:stomp|stomping|beat|beating|jump|jumping|kick|kicking|hit|hitting|choke|choking)\\s+(?:him|her|them|that (?:kid|boy|girl|dude))\\s+(?:till|until|til) (?:he|she|they) (?:stops? moving|can'?t move|stops? breathing|(?:is|are) dead|don'?t get up|doesn'?t get up|dont get up|doesnt get up|can'?t stand(?: up)?|cant stand(?: up)?|can'?t walk|cant walk|can'?t get up|cant get up)\\b" +
        // "if kaden says one more word about my mom im running him over in the parking lot", "everyone in the band room better watch their backs monday"
        "|\\b(?:i'?m|im|i am|gonna|going to|imma|i'?ll|ill|i will)\\s+(?:run|running)\\s+(?:him|her|them|that \\w+|[a-z]+)\\s+over\\b(?![^\\n]{0,40}\\b(?:mario ?kart|gta|in the game|fortnite|roblox|minecraft|rocket league)\\b)" +
        "|\\bbetter watch (?:his|her|their|your|ur|yo) backs?\\b[^\\n]{0,40}\\b(?:monday|tuesday|wednesday|thursday|friday|tomorrow|tmrw|tonight|at the \\w+|in the \\w+ room|after school|at lunch|this week)\\b|\\b(?:at|in) (?:the|this) [\\w ]{2,20}\\b[^\\n]{0,10}\\bbetter watch (?:his|her|their|your|ur|yo) backs?\\b" +
        // "deadass gonna beat my math teacher's face in tomorrow"
        "|\\b(?:gonna|going to|imma|i'?ll|ill|i will|about to)\\s+(?:beat|smash|bash|kick|stomp) (?:\\w+'?s? ){1,3}(?:face|head|skull|teeth) in\\b" +
        // "im making a list for the 7th grade hallway of who gets it first"
        "|\\b(?:list|names)\\b[^\\n]{0,80}\\bwho (?:gets?|is getting|'?s getting) it (?:first|next)\\b" +
        "|\\bthe countdown (?:starts|begins|is on)\\b" +
        // A day and a warning: "tell my friends to stay home on the 14th", "dont sit near the north stairwell tmrw morning. i mean it"
        "|\\btell (?:my friends?|ur friends?|your friends?|my (?:sister|brother|cousin)|them|everyone) (?:to )?(?:stay home|not (?:to )?come|stay away)\\s+(?:on |this |next )?(?:{day})\\b" +
        "|\\b(?:don'?t|dont|do not) (?:sit|stand|be|go) (?:near|by|in) (?:the )?(?:\\w+ ){0,2}(?:stairwell|stairs|cafeteria|gym|hallway|entrance|library|lunchroom|front doors?|side doors?|quad)\\b[^.!?]{0,30}\\b(?:tomorrow|tmrw|tmr|monday|tuesday|wednesday|thursday|friday|morning|at lunch)\\b" +
        "|\\blast day (?:those|they|these) (?:\\w+ )?(?:laugh|laughs|mess|pick|make fun) (?:at|with|on|of) me\\b" +
        "|\\b(?:a lot of|lots of) (?:crying|funerals)\\b[^.!?]{0,30}\\b(?:at this school|soon)\\b[^\\n]{0,40}\\b(?:i'?m|im|i am) (?:gonna|going to) be the reason\\b" +
        // "ppl in 4th period think im a joke. they'll see. been planning this for months"
        "|\\b(?:they'?ll|theyll|you'?ll|youll|everyone will|everybody will|y'?all will|yall will|you will|they will) (?:all )?see\\b[^\\n]{0,60}\\b(?:been planning|planned|planning (?:this|it))\\b|\\b(?:been planning|planned|planning) (?:this|it)\\b[^\\n]{0,60}\\b(?:they'?ll|theyll|you'?ll|youll|everyone will|y'?all will|yall will) (?:all )?see\\b" +
        // "my cousin is selling me a 9mm this weekend. monday's the day"
        "|\\b(?:{day})(?:'?s| is) the day\\b(?<=\\b(?:9 ?mm|glock|gun|pistol|rifle|ar-?15|handgun|shotgun|strap|blicky|knife|bomb|ammo)\\b[^\\n]{0,105})" +
        // "prom is gonna be remembered for all the wrong reasons. got the gun, got the plan"
        "|\\bgot the (?:gun|rifle|pistol|ammo|bomb|glock)\\b[^.!?\\n]{0,20}\\bgot the plan\\b|\\b(?:prom|homecoming|graduation|the dance|the assembly|pep rally|the game)\\b[^.!?\\n]{0,10}\\b(?:is|'s) (?:gonna|going to) be remembered for (?:all )?the wrong reasons\\b" +
        // "waiting outside his building after school with my cousins bat to break his legs"
        "|\\bwith (?:my|a|his|the) (?:\\w+'?s? )?(?:bat|knife|gun|crowbar|pipe|brass knuckles|hammer|machete)\\b[^.!?\\n]{0,10}\\bto (?:break|hurt|beat|stab|shoot|smash|cut) (?:his|her|their|him|them)\\b" +
        // "she better hope she never gives me detention again, those shears are real sharp"; "the 12 gauge is coming to the pep rally. if youre my friend sit by the exit"
        "|\\b(?:better hope|better watch (?:out|it|her back|his back|their backs?))\\b[^\\n]{0,60}\\b(?:sharp|loaded|knife|gun|shears|blade|bat|machete)\\b" +
        "|\\bif (?:you'?re|youre|ur|you are) my (?:friend|friends|bestie),? (?:sit|stand|stay|don'?t come|dont come|stay home|leave early|skip)\\b" +
        // "fireworks packed into a pipe and im leaving it in the cafeteria on friday", "the bus is going to blow up thursday morning, i already made the bomb"
        "|\\b(?:leaving|leave|putting|put|planting|plant|hiding|hide|setting off|set off)\\b (?:it|them|one|this)\\b[^.!?\\n]{0,20}\\b(?:in|at|under) (?:the )?(?:cafeteria|gym|school|bus|hallway|library|bathroom|locker room|bleachers|office|classroom|stairwell|band room|choir room|auditorium|stage|theater|main office|front office|gym lobby)\\b(?<=\\b(?:pipe|bomb|fireworks|explosive|gas can|device|something i (?:built|made))\\b[^\\n]{0,150})" +
        "|\\b(?:the )?(?:bus|school|gym|cafeteria|library|building|science wing|stadium|bleachers)\\b[^.!?\\n]{0,10}\\b(?:is|'s) (?:going to|gonna) (?:blow up|explode|go boom|burn down)\\b" +
        // "bringing the big knife from our kitchen to lab day. if nolan says one more word hes done", "im going to make her bleed"
        "|\\b(?:he'?s|hes|she'?s|shes|they'?re|theyre) (?:done|dead|finished)\\b(?<=\\b(?:knife|gun|bat|blade|box cutter|pistol|rifle|machete|glock|9 ?mm)\\b[^\\n]{0,120})" +
        "|\\b(?:going to|gonna|im gonna|i'?m going to|imma|i will|i'?ll) make (?:him|her|them|you) bleed\\b" +
        // "im going over there to make him bleed", "3 days until i make this school pay. wear your vests"
        "|\\b(?:i'?m|im|i am)\\b[^.!?\\n]{0,60}\\b(?:to|and) make (?:him|her|them|you) bleed\\b" +
        // "whoever snitched is dead. ill find out who it was and end them", "i have a list. first name on it is brianna"
        "|\\b(?:i'?ll|ill|i will|im gonna|i'?m going to|im going to)\\s+find out who (?:it was|did it|snitched|told) and\\s+(?:end|finish|get) (?:them|him|her)\\b|\\bfirst name on (?:it|the list|my list)\\b" +
        "|\\b(?:\\d+|one|two|three|four|five|six|seven|ten) (?:more )?(?:days?|weeks?|hours?|sleeps) (?:until|till|til|before) i\\b[^.!?\\n]{0,20}\\bmake (?:this|the|that|my|our|everyone at this|everyone at the) (?:school|place|class|teachers?|bus|whole school|district) pay\\b|\\bwear (?:your|ur|a) (?:bullet ?proof )?vests?\\b(?<=\\b(?:school|class|teachers?|pay|days? until|tomorrow|monday|tuesday|wednesday|thursday|friday)\\b[^\\n]{0,80})" +
        // Harm already done and to be done again: "i put some of the stuff from under the sink in ms. hart's coffee today and im doing more tomorrow"
        "|\\bi (?:put|poured|mixed|slipped|added|dropped|squirted)\\b[^.!?\\n]{0,40}\\b(?:from under the sink|cleaner|cleaning stuff|bleach|poison|rat poison|drano|windex|eye ?drops|visine|laxatives?|antifreeze|pills)\\b[^.!?\\n]{0,30}\\bin(?:to)? (?:(?:mr|mrs|ms|miss|coach|dr)\\.? )?(?:\\w+'?s |his |her |their |the )(?:coffee|drink|water|water bottle|food|lunch|soda|tea|thermos|juice|cup)\\b" +
        // "im putting something in the other team's water bottles so they all get sick. already have the stuff", "the vice principal is first. they're all gonna learn"
        "|\\b(?:i'?m|im|i am|we'?re|were|we are|gonna|going to)\\s+(?:gonna\\s+|going to\\s+)?(?:put|putting|slip|slipping|spike|spiking|drop|dropping)\\s+(?:something|stuff|laxatives?|bleach|pills|eye ?drops|visine|ex-?lax|rat poison|poison|antifreeze|drano|cleaner)\\s+in(?:to)? (?:the |his |her |their |my |our )?(?:[\\w'.]+ ){0,3}(?:water bottles?|drinks?|food|lunch(?:es)?|coffee|gatorades?|cups?|thermos|sodas?)\\b[^\\n]{0,40}\\b(?:so (?:they|he|she) (?:all )?(?:get|gets|will get|can'?t|cant)|to make (?:him|her|them) (?:really |so |super )?sick|get sick|already (?:have|got|bought)|won'?t (?:know|notice)|wont (?:know|notice)|tomorrow|tmrw|tonight|monday|tuesday|wednesday|thursday|friday|see how (?:she|he|they) likes? it)\\b" +
        "|\\b(?:list|names)\\b[^\\n]{0,60}\\b(?:is|are|'s) (?:first|next|number one|at the top)\\b[^\\n]{0,60}\\b(?:learn|see|pay|regret|be sorry|get it|find out|deserve)\\b" +
        // "i printed a map of the school and marked where the teachers hide the kids during lockdown", "someone is getting stabbed at the 8th grade dance"
        "|\\bi (?:printed|drew|made|marked|have|got|saved)\\b[^.!?\\n]{0,30}\\b(?:map|floor ?plan|blueprint|layout)\\b[^.!?\\n]{0,25}\\b(?:school|building)\\b[^\\n]{0,60}\\b(?:where (?:the )?(?:teachers|kids|students|everyone|classes) (?:hide|go|hides|shelter)|during (?:a |the )?lockdowns?|hiding (?:spots|places))\\b(?![^\\n]{0,60}\\b(?:drill|sub folder|substitute|safety plan|training)\\b)" +
        "|\\b(?:someone|somebody|a teacher|a kid|some kid|people)\\s+(?:is|are)\\s+(?:getting|gonna get|going to get|about to get)\\s+(?:stabbed|shot|jumped|killed|hurt bad|beat up)\\s+(?:at|in|on|during|after)\\s+(?:the|this|our|tomorrow'?s|friday'?s)\\b" +
        // "theres gonna be a bomb in the cafeteria friday", "we're jumping that 8th grader by the portables tomorrow, got 6 people and bats"
        "|\\bthere'?s (?:gonna|going to) be (?:a )?(?:bomb|shooting|shooter|gun|explosion|bloodbath)\\b[^\\n]{0,30}\\b(?:in|at) (?:the |our |this )?(?:cafeteria|school|gym|library|bus|hallway|assembly|dance|game|pep rally|\\w+ hall)\\b" +
        "|\\b(?:we'?re|were|we are|i'?m|im) (?:gonna |going to )?(?:jump|jumping)\\s+that (?:\\d+(?:st|nd|rd|th)|\\w+) grader\\b" +
        // "i know where ms. patel parks. first her tires, then her", "made a list. six names. ms harper is first"
        "|\\bfirst (?:his|her|their) (?:tires|car|locker|house)\\b[^\\n]{0,10}\\bthen (?:him|her|them)\\b" +
        "|\\b(?:list|names)\\b[^\\n]{0,40}\\b(?:mr|mrs|ms|miss|coach)\\.? [a-z]+ (?:is|'s) (?:first|next|number one|#1)\\b" +
        // "a song about the cafeteria getting painted red ... performing it thursday at lunch, if you know what i mean"
        "|\\b(?:cafeteria|hallway|school|gym|classroom|lunchroom|bus|library)\\b[^.!?\\n]{0,20}\\b(?:getting |gets |being )?(?:painted red|running red|turned red)\\b" +
        // "if ms. ortega gives me detention again shes getting stabbed", "hurt as many kids as i can", "im putting her in the hospital, thats a promise", "got my cousins strap in my locker. 6th period about to be a movie"
        "|\\b(?:he'?s|hes|she'?s|shes|they'?re|theyre) (?:getting|gonna get|going to get) (?:stabbed|shot|jumped|killed|beat up|cut|hurt)\\b(?<=\\bif\\b[^\\n]{0,80})" +
        "|\\b(?:hurt|shoot|stab|kill|get) as many (?:kids|people|students|of them|teachers) as (?:i|we) can\\b" +
        "|\\b(?:putting|put|send|sending|i'?ll put|ill put) (?:him|her|them) in the hospital\\b" +
        "|\\b(?:strap|blicky|glizzy|piece|burner|gun)\\b[^\\n]{0,30}\\b(?:in my (?:locker|bag|backpack)|on me)\\b[^\\n]{0,60}\\b(?:about to be a movie|gonna be a movie|about to go down|period|tomorrow|at lunch)\\b" +
        // "i figured out how to open my uncles gun safe. the kids on bus 14 better not get on tomorrow"
        "|\\bbetter not (?:get on|come|show up|be there|go)\\b[^\\n]{0,20}\\b(?:tomorrow|tmrw|tonight|monday|tuesday|wednesday|thursday|friday|today|this week)\\b" +
        // "paul kessler is going to regret failing me. im going to hurt him after 7th period"
        "|\\b(?:going to|gonna) regret (?:failing|suspending|reporting|writing up|embarrassing|dumping|snitching on) me\\b[^\\n]{0,60}\\b(?:hurt|kill|get|beat|jump|stab|shoot)\\b" +
        // "everybody who bullied me is on my list. i already figured out how to get the gun", "something is going to happen and im the one doing it"
        "|\\b(?:on my list|my list)\\b[^\\n]{0,60}\\b(?:get|got|have|bought|found) (?:the|a) gun\\b" +
        "|\\bsomething (?:is going to|is gonna|will) happen\\b[^\\n]{0,40}\\b(?:i'?m|im|i am) the one (?:doing it|behind it|who)\\b" +
        // "selling me a gun saturday and after that the 8th grade hallway is done", "slashing her tires and then her"
        "|\\b(?:hallway|school|class|cafeteria|gym|grade|bus)\\b[^.!?\\n]{0,10}\\b(?:is|'s) (?:done|finished|over)\\b(?<=\\b(?:gun|rifle|pistol|glock|strap|blicky)\\b[^\\n]{0,100})" +
        "|\\b(?:her|his|their) tires\\b[^\\n]{0,15}\\b(?:and )?then (?:him|her|them)\\b" +
        // "keeps a pistol under his mattress. friday when the lunch bell rings im using it on the kids", "a box cutter in my hoodie ... im slicing them up"
        "|\\b(?:pistol|gun|glock|rifle|shotgun|knife|box ?cutter|blade|razor)\\b[^\\n]{0,80}\\b(?:i'?m|im|i am|gonna|going to|i'?ll|ill|i will) (?:using|use) (?:it|them) on\\b" +
        "|\\b(?:box ?cutter|knife|blade|razor|scissors)\\b[^\\n]{0,80}\\b(?:i'?m|im|i am|gonna|going to|i'?ll|ill|i will) (?:slicing|slice|cutting|cut|stabbing|stab) (?:them|him|her|those|these|every|all)\\b" +
        // "id burn the school down with everyone in it and i meant every word", "the list is done. 14 names. starting with 4th period bio"
        "|\\b(?:burn|blow up|lock)\\b[^.!?\\n]{0,30}\\bwith (?:everyone|everybody|all of them|them all|the teachers|the kids) (?:in|inside) (?:it|there|the building)\\b" +
        "|\\bthe list is (?:done|finished|ready|complete)\\b[^\\n]{0,40}\\b(?:names|starting with)\\b|\\b(?:\\d+|ten|twelve|fifteen|twenty) names\\b[^a-z\\n]{0,4}(?:starting|beginning) with\\b" +
        // "made a list this weekend. 6 names so far. first lunch is gonna be loud", "i hid something in the chem lab thats gonna go off during 3rd period",
        // "ive been watching videos on how to make a bomb and the cafeteria at lunch would be perfect"
        "|\\b(?:list|names)\\b[^\\n]{0,60}\\b(?:lunch|class|period|school|gym|assembly|cafeteria|tomorrow|monday|tuesday|wednesday|thursday|friday)\\b[^.!?\\n]{0,15}\\b(?:is|'s) (?:gonna|going to) be (?:loud|a movie|bloody|red)\\b" +
        "|\\b(?:hid|hidden|left|put|planted|placed)\\b (?:something|a (?:bag|box|backpack|package|device))\\b[^\\n]{0,30}\\b(?:lab|class|classroom|school|cafeteria|gym|locker|bathroom|hallway|bus|library|auditorium)\\b[^\\n]{0,30}\\b(?:gonna|going to|will|set to) (?:go off|explode|blow)\\b" +
        "|\\b(?:bomb|explosive|pipe bomb|gun|rifle)\\b[^\\n]{0,60}\\b(?:cafeteria|gym|assembly|school|hallway|library|pep rally|classroom|lunch)\\b[^.!?\\n]{0,20}\\b(?:would be (?:perfect|ideal|the best place|a good (?:place|spot|target))|is the perfect (?:place|spot|target))\\b" +
        // "who should go first on my list, the kids from the bus or the guys in gym?"
        "|\\bwho (?:should|do i|goes|gets it|should i do) (?:go )?first\\b[^\\n]{0,20}\\bon (?:my|the) list\\b|\\bfirst on my list\\b[^\\n]{0,40}\\b(?:kids|guys|teachers?|bus|gym|class|girls|boys)\\b" +
        // "me and my friends are jumping the new kid at the bus stop tomorrow and filming it"
        "|\\b(?:we'?re|were|we are|me and (?:my|the) (?:friends|boys|homies|cousins|girls|squad) (?:are|r)|(?:i'?m|im|i am)) (?:gonna |going to |about to )?(?:jump|jumping|jumpin|jumpn) (?:him|her|them|that (?:kid|boy|girl|dude|guy)|the new (?:kid|girl|boy|guy)|this (?:kid|boy|girl)|the (?:kid|boy|girl) (?:who|that|from)|[a-z]+ (?:kid|boy|girl))\\b[^\\n]{0,60}\\b(?:tomorrow|tmrw|after school|at lunch|tonight|today|monday|tuesday|wednesday|thursday|friday|at the bus stop|film(?:ing)? it|record(?:ing)? it)\\b" +
        // "im bringing my uncles AR on thursday and want to know when the front doors are empty", "brayden is getting what he deserves tomorrow", "the thing im building for the cafeteria bathroom is almost done"
        "|\\b(?:bringing|bring|taking)\\b (?:my|a|his|the) (?:\\w+'?s )?(?:ar|ar-?15|ak|ak-?47|rifle|shotgun|glock|pistol|gun|9 ?mm)\\b[^.!?\\n]{0,30}\\b(?:on )?(?:{day}|this week)\\b" +
        "|\\bgetting what (?:he|she|they) deserves?\\b[^\\n]{0,20}\\b(?:{day}|today|after school|at lunch)\\b|\\bgetting what (?:he|she|they) deserves?\\b(?<=\\b(?:knife|gun|bat|blade|box cutter|pistol|rifle|metal detector)\\b[^\\n]{0,110})" +
        "|\\b(?:the )?thing (?:i'?m|im|i am|i'?ve been|ive been) (?:building|making)\\b[^.!?\\n]{0,20}\\b(?:for|in) (?:the )?(?:cafeteria|school|gym|bathroom|bus|library|hallway|assembly|pep rally)\\b" +
        // "shooting up north pines wednesday. watch"
        "|\\bshoot(?:ing)? up\\s+(?:[a-z]+\\s+){1,2}(?:on\\s+)?(?:{day})\\b[^\\n]{0,20}\\b(?:watch|you'?ll see|dont come|don'?t come|stay home|mark my words)\\b" +
        // "the senior parking lot is going to be a bloodbath on friday. remember i warned you"
        "|\\b(?:parking lot|cafeteria|lunchroom|hallway|school|classroom|quad|bus|library|assembly|pep rally)\\b[^.!?\\n]{0,15}\\b(?:is|'s|are) (?:going to|gonna) be (?:a )?(?:bloodbath|massacre|crime scene|war zone)\\b" +
        "|\\b(?:bloodbath|massacre)\\b[^\\n]{0,60}\\bremember i warned (?:you|u|yall|y'?all|everyone)\\b" +
        "|\\bnobody takes me seriously\\b[^\\n]{0,30}\\b(?:they will|theyll|they'?ll) after\\b" +
        "|\\b(?:gonna|going to) regret (?:picking on|messing with|bullying|laughing at|ignoring) me\\b[^\\n]{0,60}\\b(?:is the day|the day|wednesday|monday|tuesday|thursday|friday|tomorrow|soon)\\b" +
        "|\\b(?:date|day) circled\\b[^\\n]{0,40}\\b(?:bag packed|ready|they'?ll|theyll)\\b|\\btheyll learn not to mess with me\\b[^\\n]{0,60}\\bdate\\b" +
        "|\\b(?:side|back|gym) door (?:open|unlocked)\\b[^\\n]{0,60}\\b(?:get in|bring|with everything|sneak in)\\b" +
        // Harm to a named adult with their routine: "i know what time he locks up and walks to his car"
        "|\\b(?:going to|gonna|im gonna|i'?m gonna) hurt (?:him|her|them)\\b[^\\n]{0,40}\\bi know (?:what time|when|where) (?:he|she|they)\\b" +
        // "put something in the coaches water bottle. just enough that he cant yell at anybody ever again"
        "|\\bput (?:something|stuff|a little|some)\\b[^.!?]{0,10}\\bin (?:the |my |his |her |their )?(?:\\w+'?s? )?(?:water bottle|drink|food|lunch|coffee|soda|thermos)\\b[^\\n]{0,40}\\b(?:just enough|ever again|never again|so (?:he|she|they) (?:can'?t|cant|won'?t|wont))\\b",
      f,
    ),
    quoted: "soften",
    // "talking points after a student was arrested for bringing a gun to friday's game": an incident reported, not a warning given.
    refine: (m, ctx, level) => (familyOuting(ctx) || /\b(?:was|were|got|been|being) (?:arrested|caught|expelled|suspended|charged|detained)\b/.test(ctx.n.text) ? null : unlessFramed(m, ctx, level)),
  },
];
