// Harassment: mocking, shaming or ganging up on a particular person (a named
// classmate, "the new girl", "him"). Insults aimed at the assistant itself
// are profanity at most; a plan against bullying is not bullying.
import type { TextContext } from "../context.ts";
import { rx, type Rule, type RuleMatch } from "../rules.ts";
import type { Level } from "../types.ts";

const f = {
  target:
    "someone|somebody|a classmate|this person|him|her|them|this (?:kid|girl|boy|guy|dude)|that (?:kid|girl|boy|guy|dude)|the new (?:kid|girl|boy|student|guy)|the (?:fat|weird|quiet|ugly) (?:kid|girl|boy)|my (?:classmate|lab partner|ex|teacher|sister|brother|stepsister|stepbrother)|a (?:kid|girl|boy) in my (?:class|grade)|(?:our|my|the) (?:\\w+ )?(?:teacher|coach|principal|sub|substitute|classmate|bus driver|lunch lady|neighbou?r)|[a-z]+",
  mocking:
    "roast|roasts|diss(?: track)?|(?:mean|nasty|insulting|rude|savage|embarrassing|humiliating|cruel|hurtful|brutal)\\b[^.!?]{0,25}?\\b(?:poem|song|rap|jokes?|post|messages?|texts?|comments?|captions?|memes?|nicknames?|names|story|letter|things|rumou?rs?)|(?:nicknames?|names|insults|comebacks|jokes|rumou?rs?|roasts|burns) (?:to call|for|about|to spread about|(?:\\w+ ){0,3}(?:use on|say to|call|throw at|tell))|fake (?:rumou?rs?|account|profile|screenshots?)",
  gangUp:
    "make fun of|making fun of|laugh at|mock|mocking|bully|bullying|roast|roasting|expose|exposing|embarrass|embarrassing|humiliate|humiliating|(?:spread|start|make up) (?:a |the |some )?(?:rumou?rs?|lies) about|gang up on|cancel|exclude|ignore|turn (?:everyone|people|the class) against",
  insult: "fat|ugly|stupid|dumb|loser|worthless|disgusting|gross|retarded|retard|weird|freak|pathetic|smelly|trash|idiot|moron|ho|hoe|slut|whore|creep|weirdo",
};

const pronounOrPerson = /\b(?:someone|somebody|person|him|her|them|kid|girl|boy|guy|dude|student|classmate|partner|ex|teacher|sister|brother|stepsister|stepbrother)\b/;

/** The target is a person: a pronoun, a role, or a first name. */
function targetsPerson(m: RuleMatch, ctx: TextContext, level: Level): Level | null {
  const words = m.text.split(/\s+/).map((w) => w.replace(/'s$/, ""));
  if (pronounOrPerson.test(m.text.slice(-30)) || words.some((w) => ctx.firstNames.has(w))) return level;
  return null;
}

export const harassmentRules: Rule[] = [
  {
    id: "harassment.mocking_content",
    triggers: "tell telling text texting message messaging dm dming burns roast roasts diss mean nasty insulting rude savage embarrassing humiliating cruel hurtful brutal nicknames nickname names insults comebacks jokes rumor rumors rumour rumours fake",
    category: "harassment",
    level: "harmful",
    pattern: rx("\\b(?:write|make|create|come up with|give me|think of|help me|list|need|want|got any|suggest|what are|whats|what'?s|any|tell me|some)\\b[^.!?]{0,40}\\b(?:{mocking})\\b[^.!?]{0,50}?\\b(?:about|of|for|to call|on|targeting|against|to send|to post about)\\s+(?:how\\s+(?:\\w+\\s+){0,4})?(?:{target})\\b|\\b(?:insults|comebacks|roasts|burns|names|nicknames|mean jokes|mean things)\\b[^.!?]{0,20}\\b(?:use on|say to|call|throw at|tell|send to)\\s+(?:{target})\\b|\\b(?:insults|nicknames|mean names|rumou?rs?|roasts|mean jokes)\\s+(?:about|for|to call|on)\\s+(?:{target})\\b|\\b(?:tell|telling|text|texting|message|messaging|dm|dming)\\s+(?:{target})\\s+(?:how|that)\\s+(?:\\w+\\s+){0,3}(?:{insult})\\b", f),
    unless: ["professional"],
    quoted: "soften",
    refine: (m, ctx, level) => {
      // A friendly roast for a birthday or a toast is not bullying.
      if (/\broast\b/.test(m.text) && /\b(?:birthday|funny|friendly|lighthearted|light-hearted|for fun|toast|wedding|retirement|best friend|bff)\b/.test(ctx.n.text) && !/\b(?:fat|ugly|loser|hates?|post|pass it around|everyone)\b/.test(ctx.n.text)) return null;
      return targetsPerson(m, ctx, level);
    },
  },
  {
    id: "harassment.gang_up",
    triggers: "exposing embarrassing humiliating spam until fun laugh mock mocking bully bullying roast roasting expose embarrass humiliate rumor rumors rumour lies gang cancel exclude ignore turn pass post share burn hate",
    category: "harassment",
    level: "harmful",
    pattern: rx("\\b(?:let'?s|lets|we should|we can|we could|help (?:me|us)|how (?:do|can|should) (?:i|we)|i (?:want|wanna|need) to|going to|gonna|(?:make|create|write|post) (?:a |an )?(?:group ?chat|page|account|video|post|meme|tiktok|story)|group ?chat)\\b[^.!?]{0,40}\\b(?:{gangUp})\\s+(?:{target})\\b|\\bspam (?:her|his|their|him|them|\\w+'?s) (?:dms?|comments|page|phone|account|inbox|messages)\\b|\\buntil (?:she|he|they) (?:quits|leaves|cries|changes schools|moves|kills)\\b|\\b(?:pass it around|post it (?:online|everywhere|on (?:insta|instagram|tiktok|snap|snapchat))|so (?:we|everyone) can (?:post|share|laugh at|pass) (?:it|him|her)|burn book|hate page)\\b", f),
    unless: ["professional"],
    quoted: "soften",
    refine: (m, ctx, level) => (/\b(?:pass it around|post it|so (?:we|everyone)|burn book|hate page|spam|until (?:she|he|they))\b/.test(m.text) ? level : targetsPerson(m, ctx, level)),
  },
  {
    id: "harassment.insulting_a_person",
    triggers: "fat ugly stupid dumb loser worthless disgusting gross retarded retard weird freak pathetic smelly trash idiot moron ho hoe slut whore creep weirdo hates laughs calls calling called call",
    category: "harassment",
    level: "mild",
    pattern: rx("\\b(?:[a-z]+|he|she|that (?:kid|girl|boy|guy)|the new (?:kid|girl|boy))\\s+(?:is|'?s|is such|is literally)\\s+(?:such\\s+)?(?:a\\s+|an\\s+)?(?:{insult})\\b[^.!?]{0,40}|\\b(?:everyone|everybody) (?:hates|laughs at) (?:him|her|them)\\b|\\b(?:calls?|calling|called) (?:him|her|them|[a-z]+) ['\"]?(?:\\w+ )?(?:boy|girl|{insult})['\"]?", f),
    unless: ["professional", "fiction"],
    quoted: "keep",
    refine: (m, ctx, level) => {
      const first = m.text.split(/\s+/)[0] ?? "";
      const person = ["he", "she", "that", "the", "everyone", "everybody", "calls", "call", "calling", "called"].includes(first) || ctx.firstNames.has(first);
      if (!person) return null;
      // Piling on ("everyone hates him", "so we can post") makes it more than name-calling.
      return /\b(?:everyone hates|everybody hates|post|pass it around|group ?chat)\b/.test(ctx.n.text) ? "harmful" : level;
    },
  },
  {
    id: "harassment.tell_to_die",
    triggers: "kys kill die unalive",
    category: "harassment",
    level: "harmful",
    pattern: rx("\\b(?:you|u|he|she|they|[a-z]+) (?:should|needs? to|ought to) (?:just )?(?:kys|kill (?:yourself|urself|himself|herself|themselves)|die|go die|unalive)\\b|\\b(?:go )?kys\\b"),
    unless: ["professional", "fiction"],
    quoted: "soften",
    refine: (m, _ctx, level) => (/\b(?:plants?|battery|phone|laptop|game|character)\b/.test(m.text) ? null : level),
  },
];

export const harassmentVocabulary = ["roast", "loser", "ugly", "fat", "kys", "bully"];
