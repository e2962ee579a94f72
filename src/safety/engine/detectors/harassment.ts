// Harassment: mocking, shaming or ganging up on a particular person (a named
// classmate, "the new girl", "him"). Insults aimed at the assistant itself
// are profanity at most; a plan against bullying is not bullying.
import type { TextContext } from "../context.ts";
import { rx, type Rule, type RuleMatch } from "../rules.ts";
import type { Level } from "../types.ts";

const f = {
  target:
    "someone|somebody|a classmate|this person|him|her|them|this (?:kid|girl|boy|guy|dude)|that (?:kid|girl|boy|guy|dude)|the new (?:kid|girl|boy|student|guy)|the (?:fat|weird|quiet|ugly) (?:kid|girl|boy)|my (?:classmate|lab partner|ex|teacher|sister|brother|stepsister|stepbrother)|the (?:girl|boy|kid|guy|dude|new kid) (?:who|that|in|from|next|with|at|on)|a (?:kid|girl|boy) in my (?:class|grade)|(?:our|my|the) (?:\\w+ ){0,2}(?:teacher|coach|principal|sub|substitute|classmate|bus driver|lunch lady|neighbou?r|students?|son|daughter|cousin|teammate|coworker|colleague|class)|[a-z]+",
  mocking:
    "roast|roasts|diss(?: track)?|(?:mean|nasty|insulting|rude|savage|embarrassing|humiliating|cruel|hurtful|brutal)\\b[^.!?]{0,25}?\\b(?:poem|song|rap|jokes?|post|messages?|texts?|comments?|captions?|memes?|nicknames?|names|story|letter|things|rumou?rs?)|(?:nicknames?|names|insults|comebacks|jokes|rumou?rs?|roasts|burns) (?:to call|for|about|to spread about|(?:\\w+ ){0,3}(?:use on|say to|call|throw at|tell))|fake (?:rumou?rs?|account|profile|screenshots?)",
  gangUp:
    "make fun of|making fun of|laugh at|mock|mocking|bully|bullying|roast|roasting|expose|exposing|embarrass|embarrassing|humiliate|humiliating|(?:spread|start|make up) (?:a |the |some )?(?:rumou?rs?|lies) about|gang up on|cancel|exclude|ignore|turn (?:everyone|people|the class) against",
  insult: "fat|ugly|stupid|dumb|loser|worthless|disgusting|gross|retarded|retard|weird|freak|pathetic|smelly|trash|idiot|moron|ho|hoe|slut|whore|creep|weirdo|lazy|hairy|annoying|fake|useless|clueless",
};

const pronounOrPerson = /\b(?:someone|somebody|person|him|her|them|(?:kid|girl|boy|guy|dude|student|classmate|partner|teacher|sister|brother|stepsister|stepbrother|teammate|coworker|colleague|cousin)s?|ex|class)\b/;

/** A staff member documenting or teaching about mockery ("rewrite this referral", "anti-bullying lesson") is not producing it. */
const documenting = /\b(?:referral|incident|log|report|discipline|restorative|observation|parents?|the student|a student|staff|lessons?|bullying prevention|anti-bullying|consequences?|mediation|counselor|what to do|how to respond|respond to)\b/;
const unlessDocumenting = (level: Level, ctx: TextContext): Level | null => (ctx.flags.has("professional") && documenting.test(ctx.n.text) ? null : level);

/** The target is a person: a pronoun, a role, or a first name. */
function targetsPerson(m: RuleMatch, ctx: TextContext, level: Level): Level | null {
  const words = m.text.split(/\s+/).map((w) => w.replace(/'s$/, ""));
  if (pronounOrPerson.test(m.text.slice(-30)) || words.some((w) => ctx.firstNames.has(w))) return level;
  return null;
}

export const harassmentRules: Rule[] = [
  {
    id: "harassment.mocking_content",
    category: "harassment",
    level: "harmful",
    pattern: rx("\\b(?:write|make|create|come up with|give me|think of|help me|list|need|want|got any|suggest|what are|whats|what'?s|any|tell me|some)\\b[^.!?]{0,40}\\b(?:{mocking})\\b[^.!?]{0,50}?\\b(?:about|of|for|to call|on|targeting|against|to send|to post about)\\s+(?:how\\s+(?:\\w+\\s+){0,4})?(?:{target})\\b|\\b(?:insults|comebacks|roasts|burns|names|nicknames|mean jokes|mean things|mean stuff|rude things|rude stuff|nasty things|nasty stuff|hurtful things|savage things|savage stuff)\\b[^.!?]{0,20}\\b(?:use on|say to|call|throw at|tell|send to|text|post about)\\s+(?:{target})\\b|\\b(?:write|make up|start|spread|create|come up with|think of|help me (?:start|spread|make up|write))\\b[^.!?]{0,20}\\b(?:a |an |some )?(?:\\w+ )?(?:rumou?rs?|lies?)\\s+(?:that|saying|about how)\\s+(?:{target})\\b|\\b(?:write|make|create|compose|come up with|draft)\\b[^.!?]{0,25}\\b(?:song|poem|rap|story|post|meme|joke|list|caption|limerick|roast)\\s+about how\\s+(?:\\w+\\s+)?(?:{insult})(?:\\s+and\\s+(?:{insult}))?\\s+(?:{target})\\s+(?:is|are|looks?|smells?|acts?)\\b|\\b(?:\\d+|ten|five|some|top|all the)?\\s*reasons?\\s+(?:why\\s+)?(?:{target})\\s+(?:is|are)\\s+(?:so\\s+|the most\\s+|such a\\s+|a\\s+|an\\s+)?(?:{insult}|worst|annoying)\\b|\\b(?:{insult}|yo mama|weight|short)\\s+jokes?\\s+(?:about|for|on|to use on|targeting)\\s+(?:{target})\\b|\\b(?:diss(?:ing)?|roast(?:ing)?|making fun of|mock(?:ing)?|clown(?:ing)?)\\s+(?:{target})'?s?\\s+(?:weight|looks|acne|face|body|voice|stutter|teeth|hair|clothes|skin|accent|height|nose|braces)\\b|\\b(?:note|message|text|letter|dm|comment|email)\\s+to\\s+(?:{target})\\s+(?:telling|saying|that says|to tell)\\s+(?:her|him|them)?\\s*(?:that\\s+)?(?:nobody|no one|everyone hates|everybody hates)\\s+(?:likes|wants|hates|cares about)?\\s*(?:her|him|them)\\b|\\b(?:note|message|text|letter|dm|comment|email)\\s+to\\s+(?:{target})\\s+(?:telling|saying|that says|to tell)\\s+(?:her|him|them)?\\s*(?:that\\s+)?(?:everyone\\s+(?:thinks|says|knows)\\s+)?(?:she'?s|shes|he'?s|hes|they'?re|theyre|she is|he is|they are|you'?re|ur)\\s+(?:so\\s+|such\\s+a\\s+|a\\s+|an\\s+)?(?:{insult})\\b|\\b(?:insults|nicknames|mean names|rumou?rs?|roasts|mean jokes)\\s+(?:about|for|to call|on)\\s+(?:{target})\\b|\\b(?:tell|telling|text|texting|message|messaging|dm|dming)\\s+(?:{target})\\s+(?:how|that)\\s+(?:\\w+\\s+){0,3}(?:{insult})\\b", f),
    quoted: "soften",
    refine: (m, ctx, level) => {
      // A friendly roast for a birthday or a toast is not bullying.
      if (/\broast\b/.test(m.text) && /\b(?:birthday|funny|friendly|lighthearted|light-hearted|for fun|toast|wedding|retirement|best friend|bff)\b/.test(ctx.n.text) && !/\b(?:fat|ugly|loser|hates?|post|pass it around|everyone)\b/.test(ctx.n.text)) return null;
      // "I won't write a mean poem about a classmate, but ...": an answer that says no is not the mockery.
      if (ctx.direction === "output" && /^(?:sorry[,.]? )?i (?:won'?t|can'?t|cannot|will not|am not going to|'?m not going to)\b/.test(ctx.n.text)) return null;
      const person = targetsPerson(m, ctx, level);
      return person === null ? null : unlessDocumenting(person, ctx);
    },
  },
  {
    id: "harassment.gang_up",
    category: "harassment",
    level: "harmful",
    pattern: rx("\\b(?:let'?s|lets|we should|we can|we could|help (?:me|us)|how (?:do|can|should) (?:i|we)|i (?:want|wanna|need) to|going to|gonna|(?:make|create|write|post) (?:a |an )?(?:group ?chat|page|account|video|post|meme|tiktok|story)|(?:write|make|create|compose|draft|come up with) (?:a |an |some )?(?:\\w+ )?(?:poem|song|rap|story|post|meme|video|jokes?|list|caption|skit|comic|limerick|rhyme)s?|group ?chat)\\b[^.!?]{0,40}\\b(?:{gangUp})\\s+(?:how\\s+)?(?:{target})\\b|\\bspam (?:her|his|their|him|them|\\w+'?s) (?:dms?|comments|page|phone|account|inbox|messages)\\b|\\buntil (?:she|he|they) (?:quits|leaves|cries|changes schools|moves|kills)\\b|\\b(?:pass it around|post it (?:online|everywhere|on (?:insta|instagram|tiktok|snap|snapchat))|so (?:we|everyone) can (?:post|share|laugh at|pass) (?:it|him|her)|burn book|hate page)\\b", f),
    quoted: "soften",
    refine: (m, ctx, level) => {
      const person = /\b(?:pass it around|post it|so (?:we|everyone)|burn book|hate page|spam|until (?:she|he|they))\b/.test(m.text) ? level : targetsPerson(m, ctx, level);
      return person === null ? null : unlessDocumenting(person, ctx);
    },
  },
  {
    id: "harassment.exposure",
    category: "harassment",
    level: "harmful",
    pattern: rx("\\b(?:post|share|spread|send around|leak|upload|airdrop)\\s+(?:\\w+\\s+){0,2}(?:embarrassing|humiliating|ugly|private|secret|naked|unflattering|weird|gross)\\s+(?:photos?|pics?|pictures?|videos?|screenshots?|texts?|messages|secrets)\\s+(?:of|about|from)\\s+(?:{target})\\b|\\b(?:anonymous|fake|burner|finsta)\\s+(?:account|page|profile|insta|instagram|tiktok|snap)\\b[^.!?]{0,30}\\b(?:post|share|expose|roast|make fun of|embarrass|humiliate|spread)\\b[^.!?]{0,40}", f),
    quoted: "soften",
    refine: (m, ctx, level) => {
      if (/\b(?:anonymous|fake|burner|finsta)\b/.test(m.text) && !/\b(?:embarrass\w*|humiliat\w*|expose|roast|make fun|mean|ugly|secrets?|rumou?rs?|photos?|pics?|videos?)\b/.test(m.text)) return null;
      const person = targetsPerson(m, ctx, level) ?? (/\b(?:anonymous|fake|burner|finsta)\b/.test(m.text) ? level : null);
      return person === null ? null : unlessDocumenting(person, ctx);
    },
  },
  {
    id: "harassment.rating_looks",
    category: "harassment",
    level: "harmful",
    pattern: rx("\\b(?:rate|rating|rank|ranking)\\s+how\\s+(?:ugly|fat|stupid|dumb|weird|gross|annoying|disgusting|ratchet|poor|smelly)\\s+(?:{target})\\s+(?:is|are|looks?)\\b|\\b(?:rate|rank)\\s+(?:{target})'?s?\\s+(?:looks|face|body|weight)\\b", f),
    quoted: "soften",
    refine: (m, ctx, level) => {
      const person = targetsPerson(m, ctx, level);
      return person === null ? null : unlessDocumenting(person, ctx);
    },
  },
  {
    id: "harassment.insulting_a_person",
    category: "harassment",
    level: "mild",
    pattern: rx("\\b(?:[a-z]+|he|she|that (?:kid|girl|boy|guy)|the new (?:kid|girl|boy))\\s+(?:is|'?s|is such|is literally)\\s+(?:such\\s+)?(?:a\\s+|an\\s+)?(?:{insult})\\b[^.!?]{0,40}|\\b(?:everyone|everybody) (?:hates|laughs at) (?:him|her|them)\\b|\\b(?:calls?|calling|called) (?:him|her|them|[a-z]+) ['\"]?(?:\\w+ )?(?:boy|girl|{insult})\\b['\"]?", f),
    unless: ["professional", "fiction"],
    quoted: "keep",
    refine: (m, ctx, level) => {
      const first = m.text.split(/\s+/)[0] ?? "";
      const callee = m.text.split(/\s+/)[1] ?? "";
      const calling = ["calls", "call", "calling", "called"].includes(first);
      // "a shield called a hoplon": calling needs a person as the one called.
      if (calling && !["him", "her", "them", "me", "you", "u"].includes(callee) && !ctx.firstNames.has(callee)) return null;
      const person = ["he", "she", "that", "the", "everyone", "everybody"].includes(first) || calling || ctx.firstNames.has(first);
      if (!person) return null;
      // Piling on ("everyone hates him", "so we can post") makes it more than name-calling.
      return /\b(?:everyone hates|everybody hates|post|pass it around|group ?chat)\b/.test(ctx.n.text) ? "harmful" : level;
    },
  },
  {
    id: "harassment.tell_to_die",
    category: "harassment",
    level: "harmful",
    pattern: rx("\\b(?:you|u|he|she|they|[a-z]+) (?:should|needs? to|ought to) (?:just )?(?:kys|kill (?:yourself|urself|himself|herself|themselves)|die|go die|unalive)\\b|\\b(?:go )?kys\\b"),
    // "write a note telling chloe she should kill herself" reads as a professional note to the context flags; only documenting it is the job.
    unless: ["fiction"],
    quoted: "soften",
    refine: (m, ctx, level) => {
      if (/\b(?:plants?|battery|phone|laptop|game|character)\b/.test(m.text)) return null;
      // "i should just die" is the writer's own despair, which the self-harm rules read; it tells no one else to die.
      if (/^i\b/.test(m.text)) return null;
      if (unlessDocumenting(level, ctx) === null) return null;
      // "write an anonymous message telling ella she should kill herself ... im posting it under her selfie": sent to her, not said in passing.
      return /\b(?:write|writing|send|sending|post|posting|comment|message|text|dm|anonymous)\b/.test(ctx.n.text) && /\b(?:she|he|they|[a-z]+) (?:should|needs? to|ought to) (?:just )?(?:kill (?:herself|himself|themselves)|kys|die|unalive)\b/.test(m.text) ? "critical" : level;
    },
  },
  {
    id: "harassment.targeted_mockery",
    category: "harassment",
    level: "mild",
    directions: ["input", "output"],
    pattern: rx(
      // "good insults for the fat kids in pe", "comebacks about priya's unibrow"
      "\\b(?:insults?|comebacks?|roasts?|jokes?|burns?|names|nicknames)\\b[^.!?]{0,20}\\b(?:for|about|to use on|to say to|to call)\\s+(?:the |those |these |all the )?(?:fat|skinny|short|ugly|poor|gay|weird|quiet|nerdy|disabled|autistic|special ed|sped|new|smelly|ginger)\\s+(?:kids?|girls?|boys?|students?|people|ones)\\b" +
        "|\\b(?:insults?|comebacks?|roasts?|jokes?|burns?|captions?|posts?|memes?|songs?|raps?|tiktoks?|stories)\\b[^.!?]{0,15}\\b(?:about|(?:to )?make fun of|mocking|roasting)\\s+[a-z]+'?s\\s+(?:unibrow|weight|acne|braces|teeth|nose|hair|voice|body|face|glasses|stutter|accent|clothes|skin|height|lisp|zits|ears|forehead|mustache)\\b" +
        // "post ella's number in the group chat and tell everyone to prank call her", "anonymous comments ... saying hes trash at basketball",
        // "an anonymous post about how ms. ferraro is an ugly old hag",
        // an answer: "here's a birthday roast for your friend: 'your face has more craters than the moon'"
        "|\\breasons? [a-z]+ should (?:quit|leave|transfer|disappear|give up)\\b[^\\n]{0,60}\\b(?:brutal|anonymous|anon|mean|savage)\\b" +
        "|\\btell (?:everyone|everybody|people|them|the (?:group|chat|whole chat)) to (?:prank call|spam|flood|harass|keep calling|keep texting) (?:her|him|them)\\b" +
        "|\\banonymous (?:comments?|posts?|messages?|reviews?|notes?)\\b[^\\n]{0,60}\\b(?:trash|ugly|hag|loser|stupid|dumb|fat|worthless|pathetic|idiot|sucks|can'?t teach|cant teach|slut|whore|freak)\\b" +
        "|\\b(?:here'?s|here is) (?:a|the|your) (?:[\\w-]+ )?roast\\b[^\\n]{0,60}\\b(?:your (?:face|breath|teeth|forehead|nose|hairline)|so ugly|uglier|so fat)\\b" +
        // "roast liam so bad he cries"
        "|\\broast\\s+[a-z]+\\s+so (?:bad|hard|badly)\\b" +
        // "an anonymous ngl message telling ethan nobody likes him"
        "|\\b(?:anonymous|anon|ngl|tellonym|sarahah|burner)\\b[^.!?]{0,30}\\b(?:messages?|msgs?|notes?|texts?|dms?|posts?|questions?)\\b[^.!?]{0,20}\\b(?:telling|to tell|saying|that says)\\s+(?:[a-z]+\\s+)?(?:nobody|no one|everyone hates|he'?s|she'?s|he should|she should|to (?:leave|switch|quit))\\b" +
        // "a joke about how ethan smells", "comebacks to make fun of my friend's giant forehead"
        "|\\b(?:jokes?|comebacks?|roasts?|insults?|songs?|poems?|raps?)\\b[^.!?]{0,15}\\babout how\\s+(?:poor |fat |ugly |dumb |short |weird )?(?:[a-z]+|my friend|he|she)\\b[^.!?]{0,40}\\b(?:smells?|stinks?|spits?|is (?:so )?(?:poor|fat|ugly|dumb|short|weird|gross)|looks?|dresses|talks|wears)\\b|\\bcomebacks?\\b[^.!?]{0,30}\\bmake fun of\\b" +
        // "a 'who's the ugliest in our grade' poll", "rank the ugliest girls in 7th grade for a tiktok"
        "|\\b(?:ugliest|fattest|dumbest|weirdest|grossest|smelliest|poorest)\\b[^.!?]{0,30}\\b(?:poll|rank\\w*|list|tiktok|vote|bracket|group ?chat|in (?:our|my|the) (?:grade|class|school)|in (?:\\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) grade)\\b|\\bvote on the (?:ugliest|fattest|dumbest|weirdest)\\b|\\b(?:poll|rank|ranking|list)\\b[^.!?]{0,30}\\b(?:ugliest|fattest|dumbest|weirdest|grossest|smelliest)\\b" +
        // "a good nickname for the kid who still wears velcro shoes, something that'll stick"
        "|\\bnick ?names?\\b[^.!?]{0,30}\\bfor (?:the|this|that) (?:kid|girl|boy|guy|new kid)\\b[^\\n]{0,90}\\b(?:stick|funny|mean|everyone (?:will )?(?:call|use))\\b" +
        // "everyone's ignoring kaylee on purpose, what else can we do so she gets the hint"
        "|\\b(?:ignoring|ignore|excluding|exclude)\\s+[a-z]+\\s+on purpose\\b|\\bso (?:she|he|they) gets? the hint\\b[^.!?]{0,30}\\b(?:nobody|no one)\\b" +
        // "a funny edited picture of mr. dobbs as a pig for the class group chat"
        "|\\b(?:edited|photoshopped|funny|ugly) (?:picture|pic|photo|video|image) of (?:(?:mr|mrs|ms|miss|coach)\\.? )?[a-z]+ as (?:a|an)\\b" +
        // "write a bunch of mean texts we can all spam him with", "reasons why noah kim should just switch schools"
        "|\\bspam (?:him|her|them|[a-z]+) with\\b|\\breasons? why\\s+[a-z]+(?: [a-z]+)? should (?:just )?(?:switch schools|leave|quit|move|disappear|not come back)\\b" +
        // "a comeback thatll make tanner cry in front of the whole class", "a fake love note from liam to zoe so everyone laughs"
        "|\\bcomebacks?\\b[^.!?]{0,30}\\bmake [a-z]+ cry\\b|\\bfake (?:love )?(?:note|letter|text|message)s? from [a-z]+ to [a-z]+\\b|\\bphotoshop\\b[^.!?]{0,40}\\bface onto (?:a|an) (?:pig|cow|monkey|rat|dog|whale|clown)\\b" +
        // "make a meme of hunter briggs with a pig face", "a fake insta pretending to be luis"
        "|\\b(?:meme|edit|photoshop|picture|pic)\\s+of\\s+(?:[a-z]+ ){1,3}?(?:with|as) (?:a |an )?(?:pig|cow|monkey|rat|dog|whale|clown|potato)\\b|\\bfake (?:insta|instagram|account|profile|tiktok|snap|page)\\b[^.!?]{0,20}\\bpretending to be\\b" +
        // "the meanest thing i can say to olivia", "making fun of the lunch lady's mustache", "make hailey look fat", "jokes about the kid who smells", "voted noah most likely to die alone"
        "|\\b(?:meanest|cruelest|worst|most hurtful) things? (?:i can|to|we can) say to\\b|\\bmaking fun of (?:the|my|our|his|her) (?:[a-z]+ ){0,2}[a-z]+'?s (?:mustache|weight|acne|hair|teeth|voice|clothes|nose|accent|braces|stutter|lisp)\\b|\\bmake [a-z]+ look (?:fat|ugly|stupid|gross|dumb|like a (?:pig|cow|whale|clown))\\b|\\bjokes? about the (?:kid|girl|boy|guy) (?:in (?:our|my) (?:class|grade) )?who\\b|\\bmost likely to (?:die alone|die|be alone forever|end up alone)\\b" +
        // "something embarrassing i can photoshop onto mr. pham's face", "ways to make sure she eats lunch alone every day"
        "|\\bphotoshop (?:onto|on) (?:(?:mr|mrs|ms|miss|coach)\\.? )?[a-z]+'?s face\\b|\\bmake sure (?:she|he|they) (?:eats?|sits?) (?:lunch )?alone\\b|\\bmake sure (?:nobody|no one|nobody else) (?:invites?|talks? to|sits? with|hangs? out with|picks)\\b|\\bfake love (?:letter|note) from\\b" +
        // a model's answer: "here's a roast for your friend", "here's the roast for the group chat"
        "|\\bhere'?s (?:a|the|your) roast\\b(?! that'?s (?:funny|friendly|nice|kind|light) without being mean)" +
        // "an anonymous tellonym message to kiara about how her body looks", "rank harper and lena on looks 1-10"
        "|\\b(?:anonymous|anon|ngl|tellonym|sarahah|burner)\\b[^.!?\\n]{0,30}\\b(?:messages?|msgs?|notes?|texts?|dms?|posts?)\\b[^.!?\\n]{0,10}\\bto [a-z]+ about\\b" +
        "|\\b(?:rank|rate)\\b[^.!?\\n]{0,40}\\b(?:on|by|for) (?:their |her |his )?(?:looks|hotness|how hot|how ugly|attractiveness)\\b" +
        // "a fake instagram bio for brianna that makes her look desperate, we're making a spam account"
        "|\\bfake (?:insta(?:gram)?|tiktok|snap(?:chat)?|twitter|facebook|discord|dating) (?:bio|account|profile|page|post)s? (?:for|of|about) [a-z]+\\b|\\bmakes? (?:her|him|them) look (?:desperate|stupid|dumb|ugly|fat|easy|pathetic|like a loser)\\b" +
        // "nicknames to make fun of ellie for being poor", "spamming oscar's dms with clown emojis", "a message we can all send her at the same time"
        "|\\b(?:nick ?names?|insults?|jokes?|roasts?|comebacks?)\\b[^.!?\\n]{0,15}\\b(?:to )?make fun of [a-z]+\\b" +
        "|\\bspamming (?:him|her|them|[a-z]+)(?:'?s (?:dms?|messages|inbox|comments|page|account))? with\\b|\\b(?:till|until|til) (?:he|she|they) deletes? (?:his|her|their) (?:account|page|insta|tiktok)\\b" +
        "|\\b(?:we|everyone|the whole (?:squad|group|grade|class)) (?:can )?(?:all )?(?:send|text|spam|dm|message|call) (?:her|him|them)\\b[^.!?\\n]{0,20}\\b(?:at the same time|at once|all at once|nonstop)\\b" +
        // "get everyone in my grade to stop talking to the new kid", "reasons nobody should sit with nadia", "a note telling mariah nobody wants her"
        "|\\b(?:get|make|convince) (?:everyone|everybody|the whole (?:grade|class|team)|people|the (?:girls|guys)) (?:in (?:my |our )?(?:grade|class) )?to (?:stop talking to|stop sitting with|stop hanging out with|stop inviting|ignore|not talk to|exclude|unfriend|block|hate)\\b" +
        "|\\breasons? (?:why )?(?:nobody|no one) should (?:sit with|talk to|hang out with|like|invite)\\b|\\btelling [a-z]+ (?:that )?(?:nobody|no one) (?:wants|likes|invited)\\b" +
        // "a tiktok copying how ms. harlow walks with her limp"
        "|\\b(?:copy(?:ing)?|mock(?:ing)?|imitat\\w+|making fun of)\\b[^.!?\\n]{0,30}\\b(?:walks?|talks?|limp|stutter|lisp|accent|voice|wheelchair)\\b[^.!?\\n]{0,40}\\b(?:tiktok|video|caption|post|funny|reel)\\b" +
        // "a rumor we can spread that bella has lice", "fake reviews on aiden's channel saying hes a creepy loser"
        "|\\brumou?rs? (?:we|i|everyone) (?:can|could|should) (?:spread|start|tell)\\b|\\bfake (?:reviews?|comments?|posts?)\\b[^.!?\\n]{0,40}\\b(?:saying|calling|that says)\\b|\\bso everyone piles on\\b" +
        // "a funny nickname for a kid who smells bad, i want the whole class to start calling him that", "a note telling him everyone thinks hes a freak", "the meanest things to comment on aubrey's pics"
        "|\\bnick ?names?\\b[^.!?\\n]{0,30}\\bfor (?:a|the|this|that) (?:kid|girl|boy|guy)\\b[^\\n]{0,60}\\b(?:whole class|everyone|start calling)\\b" +
        "|\\btelling (?:him|her|them) (?:that )?(?:everyone|everybody|nobody|no one) (?:thinks|hates|likes|wants)\\b|\\bso (?:she|he|they) knows? (?:that )?(?:nobody|no one|everyone) (?:wants|likes|hates)\\b" +
        "|\\b(?:meanest|cruelest|worst|most savage) (?:things?|stuff|comments?) to (?:comment|say|post|write|put)\\b" +
        // "a caption with riley's number saying call for a good time"
        "|\\b(?:for a good time,? (?:call|text)|(?:call|text) (?:\\w+ )?for a good time)\\b" +
        // "mean nicknames for a kid who always smells bad", "list insults for a fat foster kid", "nicknames to clown the new kid from juvie"
        "|\\b(?:mean|nasty|rude|savage|cruel|embarrassing|brutal|hurtful)\\s+(?:nick ?names?|names|insults?|jokes?|comebacks?|roasts?)\\s+(?:for|about|to call)\\s+(?:a|the|this|that|some)\\s+(?:\\w+\\s+)?(?:kid|girl|boy|guy|student|classmate)\\b" +
        "|\\b(?:insults?|comebacks?|roasts?|jokes?|nick ?names?|names)\\b[^.!?\\n]{0,10}\\b(?:for|about)\\s+(?:a|an)\\s+(?:fat|skinny|ugly|poor|gay|weird|smelly|dirty|disabled|autistic|foster|special ed|sped|ginger|short)\\s+(?:\\w+\\s+)?(?:kid|girl|boy|student)\\b" +
        "|\\b(?:nick ?names?|insults?|jokes?|roasts?|comebacks?)\\b[^.!?\\n]{0,15}\\bto (?:clown|roast|diss|mock|destroy|cook)\\s+(?:the|that|this|my|our|[a-z]+)\\b" +
        // "meme ideas to make ms. reed look like a pig", "an anonymous comment telling priya shes too ugly", "start a rumor that the sub is a creep"
        "|\\bmake (?:mr|mrs|ms|miss|coach|dr)\\.? [a-z]+ look (?:fat|ugly|stupid|gross|dumb|like (?:a|an) \\w+)\\b" +
        "|\\b(?:anonymous|anon|ngl|tellonym|burner|fake)\\b[^.!?\\n]{0,20}\\b(?:comments?|messages?|notes?|texts?|dms?|posts?|reviews?)\\b[^.!?\\n]{0,10}\\b(?:telling|to tell|saying)\\s+[a-z]+\\s+(?:she'?s|shes|he'?s|hes|they'?re|theyre) (?:too |so )?(?:ugly|fat|stupid|dumb|gross|weird|annoying|poor)\\b" +
        "|\\b(?:start|spread|make up)\\s+(?:a|the|some)\\s+rumou?rs?\\s+(?:that|about how)\\b" +
        // "a mean song about how trevon's mom is a crackhead"
        "|\\b(?:songs?|raps?|jokes?|poems?|roasts?|diss(?: tracks?)?)\\b[^.!?\\n]{0,15}\\babout how\\s+[a-z]+'?s\\s+(?:mom|mother|dad|father|family|sister|brother)\\s+is\\s+(?:a\\s+)?(?:crackhead|crack ?head|junkie|druggie|drunk|alcoholic|prostitute|ho|hoe|whore|slut|loser|bum|homeless)\\b" +
        // "what should i comment on ethan's post to make him cry", "ways to say owen smells like a wet dog", "an insult sonnet for brianna that focuses on her weight"
        "|\\b(?:make|makes|making) (?:him|her|them) cry\\b(?<=\\b(?:comment|say|text|post|write|message|dm|caption)\\b[^\\n]{0,50})|\\bways to say [a-z]+ (?:smells|stinks|is (?:ugly|fat|dumb|stupid|gross|a loser))\\b" +
        "|\\binsult\\w*\\b[^.!?\\n]{0,30}\\bfor [a-z]+\\b[^.!?\\n]{0,30}\\b(?:her|his) (?:weight|looks|face|body|acne|teeth|nose|voice)\\b" +
        // "a nickname for a kid who smells bad that will stick", "a poem about how ugly riley's teeth are", "nobody wants you here post for her story", "a rumor about mr. donnelly"
        "|\\bnick ?names?\\b[^.!?\\n]{0,30}\\bfor a (?:kid|girl|boy|guy)\\b[^\\n]{0,60}\\b(?:stick|mean|funny)\\b|\\babout how (?:ugly|fat|gross|dumb|weird|nasty|crooked|yellow|big) [a-z]+'?s (?:teeth|nose|face|hair|body|acne|skin|ears|forehead|voice)\\b" +
        "|\\b(?:nobody|no one) wants you here\\b[^\\n]{0,30}\\b(?:post|story|comment|caption|message)\\b|\\bunfollow(?:ing)? [a-z]+ (?:at once|all at once|together)\\b" +
        "|\\b(?:make up|start|spread)\\s+(?:a|the|some)\\s+rumou?rs?\\s+about (?:mr|mrs|ms|miss|coach)\\.? [a-z]+\\b" +
        // "comments on ethan's tiktok that'll make him feel like garbage", "a mean review of my coworker brittany's body"
        "|\\b(?:make|makes) (?:him|her|them) feel like (?:garbage|trash|crap|nothing|a loser|shit|dirt)\\b|\\b(?:mean|nasty|brutal|savage|cruel)\\s+(?:reviews?|ratings?|descriptions?|poems?|songs?)\\s+of\\s+(?:my \\w+ )?[a-z]+'?s (?:body|face|looks|weight|outfit|teeth)\\b" +
        // "leaving priya out at lunch on purpose, give us excuses", "comments to make her delete it", "a note telling sophie shes not invited", "captions to clown deshawn"
        "|\\bleaving (?!someone|somebody|people|anyone|others|kids)[a-z]+ out\\b[^\\n]{0,20}\\bon purpose\\b|\\bexcuses? to tell (?:her|him|them) (?:there'?s|theres) no room\\b|\\bto make (?:her|him|them) delete (?:it|her|his|their)\\b" +
        "|\\btelling [a-z]+ (?:that )?(?:she|he) (?:smells|stinks)\\b|\\b(?:nobody|no one) wants to sit (?:next to|with|by) (?:her|him)\\b|\\btelling [a-z]+ (?:that )?(?:she'?s|shes|he'?s|hes) not invited\\b|\\bcaptions?\\b[^.!?\\n]{0,15}\\bto (?:clown|roast|diss|mock|cook)\\s+[a-z]+\\b" +
        // "text his mom from a fake number saying he cheats", "a mean comment so he deletes his account", "sarcastic nicknames for the laziest kid in my 3rd period"
        "|\\bfrom a fake (?:number|account|email|profile)\\b[^\\n]{0,40}\\bsaying\\b|\\bso (?:he|she|they) deletes? (?:his|her|their) (?:account|tiktok|insta|page)\\b" +
        // "captions for this ugly pic of hailey", "a funny nickname for a kid who smells"
        "|\\bcaptions?\\b[^.!?\\n]{0,20}\\b(?:ugly|gross|embarrassing|worst) (?:pic|picture|photo|video) of [a-z]+\\b|\\b(?:funny|mean|savage) nick ?names? for a (?:kid|girl|boy|guy) who (?:smells|stinks|is fat|is poor|wears)\\b" +
        // "lets rank every girl in 8th grade 1-10 in a spreadsheet"
        "|\\brank\\b[^.!?\\n]{0,30}\\b(?:every|all the|the) (?:girl|boy|girls|boys|kid|kids)\\b[^.!?\\n]{0,30}\\b(?:1-10|1 to 10|out of 10|on a scale|hot or not|spreadsheet)\\b" +
        // "a meme calling the band kids the biggest losers in the whole school", "a roast about brady's mom for the group chat"
        "|\\b(?:memes?|posts?|captions?|songs?|raps?)\\b[^.!?\\n]{0,15}\\bcalling (?:the|those|all the) (?:\\w+ ){0,2}(?:kids|girls|boys|students|nerds|geeks)\\b[^.!?\\n]{0,20}\\b(?:losers|freaks|ugly|dumb|stupid|weirdos|trash|losers)\\b|\\broast\\w*\\b[^.!?\\n]{0,20}\\babout [a-z]+'?s (?:mom|dad|mother|father|family|sister|brother|house|clothes)\\b" +
        // "a song making fun of the scholarship kids who ride the city bus", "a yearbook quote roasting kendra for being fat"
        "|\\b(?:songs?|raps?|poems?|jokes?|memes?|posts?|quotes?|captions?)\\b[^.!?\\n]{0,15}\\bmaking fun of (?:the|those|these|all the) (?:\\w+ ){0,2}(?:kids|students|girls|boys|people)\\b|\\broasting [a-z]+ for being (?:fat|ugly|poor|gay|short|dumb|weird|skinny|tall)\\b" +
        // "list ways to make fun of the girl with the hearing aids", "how do i make the new kid cry", "insults about having a big nose"
        "|\\b(?:ways?|how) to (?:make fun of|mock|roast|clown|tease|bully)\\s+(?:the|a|that|this)\\s+(?:new )?(?:kid|girl|boy|guy|student)\\b|\\bhow (?:do|can) (?:i|we) make (?:the|that|this|a) (?:new )?(?:kid|girl|boy|guy|student) cry\\b|\\binsults?\\b[^.!?\\n]{0,30}\\babout (?:having|being) (?:a )?(?:big|fat|ugly|small|huge|weird|crooked|long)\\b" +
        // "a sign on ahmed's back that says 'kick me'"
        "|\\bsigns?\\b[^.!?\\n]{0,15}\\bon [a-z]+'?s back\\b|\\bkick me\\b[^.!?\\n]{0,30}\\b(?:sign|note|paper)\\b" +
        // "a meme of our sub that makes her look like a potato ... airdrop it to the whole class"
        "|\\b(?:meme|edit|photoshop|pic|picture|video|collage)\\b[^.!?]{0,40}\\b(?:makes? (?:him|her|them) look like|look(?:s)? like (?:a|an))\\b[^\\n]{0,60}\\b(?:airdrop|post|share|send|spread|whole (?:class|grade|school)|everyone|group ?chat)\\b",
    ),
    quoted: "soften",
    refine: (_m, ctx, level) => unlessDocumenting(level, ctx),
  },
  {
    // "a sarcastic note to leave on kevin's desk telling him he's the laziest kid i've ever taught and will never amount to anything"
    id: "harassment.demeaning_note",
    category: "harassment",
    level: "harmful",
    directions: ["input"],
    pattern: rx("\\b(?:notes?|messages?|comments?|letters?|emails?)\\b[^\\n]{0,40}\\btelling (?:him|her|them|[a-z]+) (?:that )?(?:he'?s|she'?s|they'?re|hes|shes|theyre) (?:the )?(?:laziest|dumbest|worst|stupidest|ugliest|most worthless|most pathetic)\\b|\\bwill never amount to anything\\b(?<=\\b(?:note|message|tell|telling|comment|letter)\\b[^\\n]{0,120})" +
      // "a funny roast of our ats regulars that i can share with the other teachers, with their real names", "a roast of my student brayden ... make fun of how slow he reads"
      "|\\bmake fun of how (?:slow(?:ly)?|poorly|badly|bad|fat|dumb|weird|poor|short|ugly) (?:he|she|they)\\b" +
      "|\\broast of (?:our|my|the) (?:\\w+ )?(?:students|regulars|kids|class)\\b[^\\n]{0,60}\\b(?:real names|share with)\\b" +
      // "sarcastic nicknames for the laziest kid in my 3rd period so i can call him out in front of the class"
      "|\\b(?:sarcastic|mean|nasty|insulting) (?:nick ?names?|names|comments?)\\b[^\\n]{0,40}\\bfor (?:the )?(?:laziest|dumbest|worst|slowest|weirdest) (?:kid|student|boy|girl)\\b"),
  },
  {
    // An answer that writes the cruelty out: "a message you can send her from the fake account: 'everyone knows you're a worthless slut, do us all a favor and...'"
    id: "harassment.telling_someone_to_die_output",
    category: "harassment",
    level: "critical",
    directions: ["output"],
    // "... you're a worthless freak and you should just kill yourself already"
    pattern: rx("\\b(?:worthless|slut|ugly|loser|nobody likes you|everyone hates you|fat|disgusting|pathetic)\\b[^\\n]{0,80}\\bdo (?:us|everyone|the world|the school) (?:all )?a favor and\\b|\\byou should (?:just )?kill yourself\\b"),
  },
  {
    // "an anonymous post outing a student named trevor blake as gay so the other kids know what he is"
    id: "harassment.outing",
    category: "harassment",
    level: "critical",
    directions: ["input"],
    also: ["hate"],
    pattern: rx("\\bout(?:ing)?\\s+(?:a |the |this |that |my )?(?:student|kid|classmate|boy|girl|him|her|them|teammate)\\b[^.!?\\n]{0,40}\\bas (?:gay|lesbian|trans|transgender|bi|bisexual|queer|a lesbian|nonbinary)\\b"),
    unless: ["professional"],
  },
  {
    // "how do i dox someone from their instagram and find their home address"
    id: "harassment.doxxing_request",
    category: "harassment",
    level: "critical",
    directions: ["input"],
    pattern: rx("\\b(?:how (?:do|can|to) (?:i |you |u )?)dox(?:x)?(?:ing)? (?:someone|somebody|him|her|them|a (?:kid|girl|guy|teacher)|[a-z]+)\\b"),
    unless: ["professional"],
  },
  {
    // "how do i get into my ex's instagram? i know her email": breaking into another person's account.
    id: "harassment.account_takeover",
    category: "harassment",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      "\\b(?:get|log|break|hack|sign|login)\\s?(?:into|in to|in on|on to|onto)\\s+(?:my |her |his |their |someone'?s |somebody'?s |this |that )?(?:ex'?s?|ex-?(?:girlfriend|boyfriend|gf|bf)'?s|(?:girl|boy)friend'?s|gf'?s|bf'?s|crush'?s|friend'?s|teacher'?s|sister'?s|brother'?s|mom'?s|dad'?s|classmate'?s|[a-z]+'s) (?:instagram|insta|snap(?:chat)?|tiktok|account|email|gmail|phone|discord|facebook|messages|dms|icloud|google account|school account|canvas|twitter|x account)\\b" +
        "|\\b(?:guess|crack|figure out|find out|reset|change)\\s+(?:my ex'?s|her|his|their|someone'?s|[a-z]+'s)\\s+(?:password|passcode|pin)\\b(?=[^\\n]{0,80}\\b(?:log in|get in|read|see|look at|messages|dms|account)\\b)",
    ),
    unless: ["professional"],
    refine: (_m, ctx, level) => (/\b(?:my own|i forgot|locked out of my|recover my|protect|keep (?:people|someone|hackers) out|stop (?:someone|people|hackers)|got hacked|was hacked)\b/.test(ctx.n.text) ? null : level),
    // "... and download the nudes she has saved": taking someone's images is sexual too.
    also: (_m, ctx) => (/\b(?:nudes|naked|nsfw|explicit|private (?:pics|photos|pictures))\b/.test(ctx.n.text) ? ["sexual"] : []),
  },
  {
    id: "harassment.doxxing",
    category: "harassment",
    level: "critical",
    pattern: rx(
      // "find me the home address and her parents phone numbers for the girl who reported me"
      "\\b(?:find|get|look up|tell me|give me|dig up|figure out|track down|search|where (?:does|do))\\b[^.!?]{0,40}\\b(?:(?:home )?address(?:es)?|where (?:she|he|they|[a-z]+|(?:mr|mrs|ms|miss|coach|dr)\\.? [a-z]+|my \\w+ teacher|(?:the|our) \\w+(?: \\w+)?) lives?|(?:her|his|their|parents'?|mom'?s|dad'?s) (?:phone numbers?|cell(?: numbers?)?|numbers?))\\b[^\\n]{0,80}\\b(?:girl|boy|kid|guy|her|him|teacher|sub|named|name is|who (?:reported|snitched|told)|egg|prank|post|show up|tiktok|expose)\\b" +
        // An answer that hands it over: "her home address is 2214 larkspur ave ... you could show up after school"
        "|\\b(?:her|his|their) (?:home )?address is\\b[^\\n]{0,80}\\b(?:cell|phone|number|show up|wait for)\\b|\\b(?:home )?address\\b[^\\n]{0,60}\\b(?:schedule|so (?:you|your group|y'?all) can find (?:her|him|them))\\b" +
        // "post emma walsh's address ... so everyone can show up at her house tonight"
        "|\\b(?:post|share|leak|spread|send|drop)\\b[^.!?]{0,40}\\baddress\\b[^\\n]{0,120}\\b(?:show up|pull up|go to (?:her|his|their) house|egg|come to (?:her|his|their) house)\\b",
    ),
    unless: ["professional"],
    quoted: "soften",
    refine: (_m, ctx, level) => (/\b(?:my own|the school'?s|business|restaurant|store|library|museum|post office|embassy|white house|senator|representative|congress\w*|mayor|company|office hours|thank you (?:card|note|letter)|invitation|invite)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "harassment.pile_on",
    category: "harassment",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "help me make 20 fake insta accounts so we can spam kenji with messages telling him to kill himself"
      "\\b(?:\\d+|a bunch of|multiple|several|lots of|a few|some|many)\\s+(?:fake|burner|anon\\w*|alt|spam)\\s+(?:\\w+\\s+)?accounts?\\b[^.!?]{0,60}\\b(?:spam|flood|harass|message|dm|tell|send|bully|attack|report)\\b" +
        "|\\b(?:telling|tell|to tell|that tell)\\s+(?:him|her|them|(?!me\\b)[a-z]+)\\s+to\\s+(?:kill (?:himself|herself|themselves|urself|yourself)|kys|die|unalive)\\b",
    ),
    quoted: "soften",
    refine: (_m, ctx, level) => unlessDocumenting(level, ctx),
  },
  {
    id: "harassment.fabricated_or_exposed",
    category: "harassment",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "make a fake screenshot of noah saying racist stuff in a dm so he gets expelled"
      "\\bfake (?:screenshots?|texts?|dms?|messages?|posts?|chats?)\\b[^.!?]{0,40}\\b(?:of|from)\\s+[a-z]+\\b[^.!?]{0,60}\\b(?:so (?:he|she|they) gets? (?:expelled|suspended|fired|arrested|in trouble|kicked off)|saying)\\b" +
        // "an anonymous account that exposes which girls in 10th grade have hooked up with who, with their full names and pics"
        "|\\b(?:anonymous|anon|burner|fake|gossip)\\s+(?:account|page|insta|instagram|tiktok|profile)\\b[^.!?]{0,40}\\b(?:expos\\w+|rates?|ranks?|spill\\w*|leak\\w*)\\b[^\\n]{0,80}\\b(?:names|pics|photos|hooked up|body counts?|secrets)\\b",
    ),
    quoted: "soften",
    refine: (_m, ctx, level) => unlessDocumenting(level, ctx),
  },
];

export const harassmentVocabulary = ["roast", "loser", "ugly", "fat", "kys", "bully"];
