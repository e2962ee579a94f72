// Violence: how-to requests for hurting people or animals are harmful; angry
// venting ("im throwing it out the window and punching the wall") is mild.
// War, history, literature and games use the same words and never match,
// because every rule needs a person as the target or an instruction voice.
import { rx, type Rule } from "../rules.ts";

const f = {
  hurt: "hurt|injure|beat up|kill|murder|strangle|choke|poison|stab|knock (?:out|unconscious)|torture|kidnap|drown|suffocate|break (?:someone'?s|his|her|their|a person'?s) \\w+|cripple|maim|jump",
  victim:
    "someone|somebody|a person|people|him|her|them|my (?:brother|sister|teacher|classmate|mom|dad|stepdad|stepmom|ex|neighbou?r|friend|cousin)|a (?:kid|classmate|teacher|student|girl|boy|guy)|that (?:kid|guy|girl|boy)|an? (?:animal|cat|dog|puppy|kitten|pet|bird|squirrel|frog|hamster|rabbit)|animals|cats|dogs|my (?:cat|dog|pet)|(?:the )?neighbou?r'?s (?:cat|dog)",
  conceal: "without (?:leaving (?:marks|bruises|evidence|a trace)|getting caught|anyone (?:knowing|noticing|finding out)|it showing)|so (?:the )?(?:bruises|marks) (?:don'?t|dont|won'?t|wont) show|where (?:it|the bruises|marks) (?:won'?t|wont|don'?t|dont) show|so (?:no one|nobody) (?:finds out|knows|notices)",
};

export const violenceRules: Rule[] = [
  {
    id: "violence.how_to_hurt",
    triggers: "hold hurt injure beat kill murder strangle choke poison stab knock torture kidnap drown suffocate break snap cripple maim jump without bruises marks make making spike drug",
    category: "violence",
    level: "harmful",
    pattern: rx("\\b(?:what|which)\\b[^.!?]{0,40}\\b(?:could|can|should|would|do) (?:i|you|someone|u) use to (?:{hurt})\\s+(?:{victim})\\b|\\bhow (?:long|hard|much|many)\\b[^.!?]{0,50}\\b(?:to )?(?:{hurt}|hold (?:{victim}) (?:under ?water|down))\\s*(?:{victim})?\\b(?=[^.!?]{0,20}(?:\\?|$|\\.))|\\b(?:{howto})\\b\\s+(?:(?:i|you|u|we|one|someone|to|can|could|would|should|do|does|a person|people|my|just|really|actually|quickly|easily)\\s+){0,3}(?:(?:{hurt})\\s+(?:{victim})|knock (?:{victim}) (?:out|unconscious)|beat (?:{victim}) up|(?:break|snap) (?:my \\w+'?s|\\w+'?s) (?:arm|leg|nose|jaw|neck|finger|wrist|ribs?|ankle)|(?:break|snap) (?:someone'?s|a person'?s|his|her) (?:neck|arm|leg|nose|jaw))\\b|\\b(?:{hurt})\\s+(?:{victim})\\b[^.!?]{0,40}\\b(?:{conceal})\\b|\\b(?:{hurt})\\b[^.!?]{0,20}\\b(?:{conceal})\\b|\\b(?:make|making)\\s+(?:{victim}|my (?:\\w+)'?s?)\\b[^.!?]{0,30}\\b(?:allergic reaction|allergy|asthma|sick|ill|seizure)\\b[^.!?]{0,20}\\b(?:worse|on purpose)\\b|\\b(?:spike|drug|poison)\\s+(?:her|his|their|someone'?s|my \\w+'?s)\\s+(?:drink|food|water|lunch|soda|coffee)\\b", f),
    unless: ["professional"],
    quoted: "soften",
    refine: (m, ctx, level) => {
      // "how do i kill the ender dragon", "how to kill a process": games and computers are not people.
      if (/\b(?:process|dragon|boss|zombie|mob|creeper|character|task|app|program|weeds?|bugs?|ants|bacteria|germs|mosquito\w*|time|vibe|conversation)\b/.test(m.text)) return null;
      if (ctx.flags.has("fiction") && !/\b(?:step|exact|real|realistic)\b/.test(ctx.n.text) && !/\bconceal|without|bruises|marks\b/.test(m.text)) return "mild";
      return level;
    },
  },
  {
    id: "violence.instructions_output",
    triggers: "wrap hurt injure beat kill murder strangle choke poison stab knock torture kidnap drown suffocate break cripple maim jump aim hit punch strike kick",
    category: "violence",
    level: "harmful",
    directions: ["output"],
    pattern: rx(
      "\\b(?:step \\d+|first|next|then)\\b[^.!?]{0,20}\\b(?:to )?(?:{hurt})\\s+(?:{victim})\\b|\\b(?:{hurt}) (?:him|her|them|someone)\\b[^.!?]{0,20}\\b(?:{conceal})\\b|\\baim for (?:places|spots|areas) (?:his|her|their) clothes (?:will )?cover\\b|\\bto (?:choke|knock|strangle|hurt|injure|kill|drown|poison) (?:{victim})(?: out)?,\\s+(?:\\w+\\s+){0,2}(?:wrap|grab|hit|squeeze|hold|put|push|use|aim|strike|punch|mix|add|pour)\\b|\\bwrap your arm around (?:their|his|her) neck\\b|\\b(?:hit|punch|strike|kick) (?:him|her|them) (?:where|in the (?:ribs|stomach|kidneys|throat))\\b",
      f,
    ),
    unless: ["fiction"],
  },
  {
    id: "violence.venting",
    triggers: "throwing throw chucking chuck smashing smash breaking break punching punch kicking kick yeeting yeet mad angry pissed rage",
    category: "violence",
    level: "mild",
    directions: ["input"],
    pattern: rx(
      "\\b(?:{i}|i (?:swear|could|might|will))\\b {w3}(?:throwing|throw|chucking|chuck|smashing|smash|breaking|break|punching|punch|kicking|kick|yeeting|yeet)\\s+(?:it|this|my (?:\\w+ )?(?:laptop|chromebook|computer|phone|ipad|tablet)|the (?:wall|window|door|computer|laptop|chromebook|tv)|a (?:wall|hole in the wall|window|door))\\b[^.!?]{0,25}|\\b(?:so (?:mad|angry|pissed)|rage) (?:that )?i (?:could|want to|wanna) (?:punch|hit|kill|smash|break)\\b",
      f,
    ),
    unless: ["professional", "educational"],
    refine: (m, _ctx, level) => (/\b(?:away|out)\b$/.test(m.text.trim()) && !/window|wall/.test(m.text) ? null : level),
  },
];

export const violenceVocabulary = ["hurt", "kill", "murder", "stab", "punch", "strangle", "choke", "torture"];
