// Hate: a protected group joined to a dehumanizing claim ("immigrants are
// parasites"), requests for racist jokes, slurs. Lessons on the Holocaust or
// on how propaganda dehumanized people, and discipline notes that mention "a
// slur", are analysis, not hate; rules need the claim itself.
import { rx, type Rule } from "../rules.ts";

const f = {
  group:
    "(?:immigrant|muslim|jewish|mexican|black|asian|gay|trans|transgender|latino|hispanic|arab|refugee|african|chinese|indian|disabled|autistic|somali|haitian|vietnamese|korean|filipino|pakistani|afghan|syrian|guatemalan|honduran|salvadoran|dominican|puerto rican|nigerian|ethiopian|hmong|middle eastern|native)\\s+(?:people|students|kids|families|men|women|folks|guys|girls|boys|children|community|americans|neighbors)|jews|jewish (?:people|folks|kids|students|families|community)|the jews|muslims|muslim (?:people|kids|students|women|men)|islam|arabs|christians|catholics|hindus|sikhs|buddhists|atheists|black (?:people|folks|kids|students|men|women|guys|girls|americans)|blacks|african americans|africans|white (?:people|folks|kids|guys)|whites|asians|asian (?:people|kids|students|americans)|chinese (?:people|kids)|indians|mexicans|latinos|latinas|latinx|hispanics|immigrants|migrants|refugees|illegals|illegal aliens|gays|gay (?:people|men|kids|guys|students)|lesbians|homosexuals|bisexuals|trans (?:people|kids|women|men|folks|students)|transgender (?:people|kids|students)|queer people|lgbtq?\\+?(?: people| kids| folks| community)?|disabled (?:people|kids|students|children)|autistic (?:people|kids)|(?:kids|people|students|children) with (?:autism|disabilities|down syndrome|adhd)|retarded people|native americans|natives|indigenous people|gypsies|roma|women|girls|feminists",
  claim:
    "(?:are|is) (?:the reason|to blame|behind|responsible)\\b[^.!?]{0,30}\\b(?:messed up|problems|bad|broken|ruined|wrong|falling apart|everything|crisis|decline)|disgusting|gross|bring (?:crime|disease|drugs|violence)|(?:more|naturally|inherently) (?:violent|criminal|dangerous) by nature|(?:more )?violent by nature|groomers|predators|pedophiles|perverts|a danger to (?:kids|children|our kids|other kids)|should (?:stay|be kept) away from (?:kids|children|our kids)|parasites?|vermin|animals|subhuman|sub-human|inferior|terrorists|criminals|rapists|freaks|mentally ill|diseased|filthy|dirty|evil|trash|garbage|scum|cockroaches|rats|apes|monkeys|savages|the enemy|our enemy|enemies|an? (?:disease|plague|infestation|cancer)|less than human|not (?:even )?human|don'?t deserve (?:rights|to live|to exist)|dont deserve (?:rights|to live|to exist)|should (?:all )?(?:die|be (?:killed|deported|locked up|exterminated|gassed|shot|banned|kicked out|wiped out|eliminated|removed|sterilized))|(?:need|needs|have) to (?:go back|be (?:deported|removed|eliminated|locked up|kicked out|wiped out))|(?:secretly )?(?:control|run) (?:the world|the media|the banks|everything|the government|hollywood)|are (?:ruining|destroying|invading|poisoning|replacing|taking over|stealing) (?:our|this|the|america|the country|this country|everything|society|our schools)|(?:taking|take) over (?:our|this|the) (?:town|city|country|school|neighborhood|jobs)|(?:need|needs|have) to be stopped|must be stopped|should be (?:watched|monitored|tracked|registered|kept out|banned|segregated|separated)|shouldn'?t be allowed|shouldnt be allowed|should not be allowed|are a mistake|not welcome|go back to (?:where|their)|too (?:stupid|dumb|emotional|weak|lazy|inferior) to\\b|are all the same|(?:and )?they (?:all )?(?:smell|stink)|superior(?: to| race)?|the master race|better than (?:all |every |any )?(?:other|the rest)|inbred|(?:a )?burden on (?:the class|everyone|society|the school|us)|(?:should|must|need to) be (?:put|kept|sent|placed) (?:in|into|to) (?:separate|their own|special) (?:schools|classes|classrooms|rooms)|(?:drag|slow) (?:down )?(?:the whole class|everyone|everybody|the class|us)(?: down)?|less (?:intelligent|smart|capable|civilized|evolved|human|valuable|worthy)|lower iqs?|(?:a )?waste of (?:space|oxygen|air|resources|(?:taxpayer |our |tax )?money)|worthless|stupid|dumb|lazy|ugly|smell|greedy|cheap|violent|dangerous|thieves|liars",
  jokes: "racist|sexist|homophobic|antisemitic|anti-semitic|transphobic|islamophobic|offensive|ethnic|n-word|slur(?:s)?|bigoted",
  produce: "give|tell|write|make|list|know|send|share|create|generate|come up with|say|teach me|need|want",
};

/** The protected groups the hate rules name, for rules elsewhere that ask for content about them. */
export const protectedGroups = f.group;

export const hateRules: Rule[] = [
  {
    id: "hate.dehumanizing_claim",
    category: "hate",
    level: "harmful",
    pattern: rx(
      "\\b(?:all |most |those |these |the |every |any )?(?:{group})\\b[^.!?]{0,45}?\\b(?:(?:are|is|were|must|secretly|always|will|belong|deserve)\\b[^.!?]{0,30}?\\b)?(?:{claim})\\b|\\b(?:{claim})\\b[^.!?]{0,6}\\b(?:like|called|named)?\\s*(?:{group})\\b(?=[^.!?]{0,30}\\b(?:should|must|need|deserve|out of|kicked|go back)\\b)",
      f,
    ),
    unless: ["analysis"],
    quoted: "soften",
    negatable: true,
    refine: (m, ctx, level) => {
      // Generic adjectives ("dumb", "stupid", "lazy") only make hate with "all"/"every"/"those" in front of the group.
      if (/\b(?:stupid|dumb|lazy|ugly|smell|dirty|greedy|cheap|violent|dangerous|gross)\b/.test(m.text) && !/\b(?:groomers|predators|pedophiles|perverts|stay away from|kept away from|danger to|by nature|bring (?:crime|disease|drugs|violence))\b/.test(m.text) && !/^(?:all|every|those|these|the) /.test(m.text) && !/\ball \w+ are\b|\btoo \w+ to\b/.test(m.text) && !/\bare all (?:the same|alike)|\bthey all\b|\b(?:write|make|post|draft|create|compose|generate|design|give me)\b[^.!?]{0,30}\b(?:post|essay|speech|poster|song|joke|flyer|petition|newsletter|paragraph|article|letter|sign|banner|meme|tweet|caption|story|announcement)\b/.test(ctx.n.text)) return null;
      // "women are not welcome in the 1800s legislature" is history; lessons on discrimination quote such claims.
      if (ctx.flags.has("educational") && ctx.flags.has("professional") && /\b(?:lesson|unit|history|historical|propaganda|primary sources?|discrimination|stereotypes?|racism|bigotry|civil rights|quot\w+|claimed|believed|portray\w*|nazis?|jim crow|students will|analy\w+|myth|debunk\w*)\b/.test(ctx.n.text)) return "mild";
      return level;
    },
  },
  {
    id: "hate.atrocity_praise",
    category: "hate",
    level: "harmful",
    pattern: rx("\\b(?:the holocaust|holocaust|genocide|slavery|hitler|the nazis|nazis|the kkk?|lynchings?)\\b[^.!?]{0,25}\\b(?:was|were|is)\\s+(?:actually\\s+|really\\s+)?(?:a good thing|good|great|right|justified|deserved|awesome|funny|fake|a hoax|a lie|not that bad)\\b|\\b(?:the holocaust|holocaust)\\b[^.!?]{0,15}\\b(?:didn'?t|didnt|never) happen\\b|\\bhitler (?:did nothing wrong|had a point|should have finished)\\b"),
    unless: ["analysis"],
    quoted: "soften",
    refine: (_m, ctx, level) => (/\b(?:deniers?|denial|why do (?:some )?people|claims? that|myth|propaganda|debunk|respond to|counter)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "hate.jokes_request",
    category: "hate",
    level: "harmful",
    pattern: rx("\\b(?:{produce})\\b[^.!?]{0,30}\\b(?:{jokes})\\b[^.!?]{0,10}\\b(?:jokes?|memes?|insults?|names|songs?|raps?|poems?|rhymes|comments?|words?|things to say|stuff)\\b|\\b(?:jokes?|memes?|insults?)\\b[^.!?]{0,10}\\babout (?:{group})\\b[^.!?]{0,20}\\b(?:racist|offensive|dark|mean|funny)\\b|\\bhow (?:do|can) i (?:say|spell|type) (?:the )?n[- ]?word\\b|\\b(?:{produce})\\b[^.!?]{0,20}\\b(?:slurs?|racial slurs?|insults?)\\s+(?:for|about|against|to call|to use on)\\s+(?:{group})\\b|\\b(?:give|say|use|write|type|spell|put|tell)\\b[^.!?]{0,15}\\bthe n[- ]?word\\b(?! (?:means|meant|came|comes|history|is offensive))|\\b(?:{produce})\\b[^.!?]{0,20}\\bjokes?\\b[^.!?]{0,10}\\b(?:about|on|making fun of) (?:{group})\\b|\\bwhy (?:are|do|is it that) (?:all |so many )?(?:{group}) (?:so |always |all )(?:\\w+ and )?(?:greedy|cheap|lazy|stupid|dumb|dirty|violent|ugly|evil|disgusting|annoying|loud|smelly|weird|gross|nasty|creepy|rude|fat|sneaky|untrustworthy|criminals|terrorists|ghetto|ratchet|trashy)\\b", f),
    unless: ["professional", "analysis"],
    refine: (m, ctx, level) => {
      // "I won't write racist jokes, but ...": an answer that declines.
      if (ctx.direction === "output" && /^(?:sorry[,.]? )?i (?:can'?t|cannot|won'?t|will not|'?m not going to)\b/.test(ctx.n.text)) return null;
      if (/\bslurs?\b/.test(m.text) && !/\b(?:give|tell|list|say|teach me|send|want|need)\b/.test(m.text)) return null;
      // "discussion prompts on the use of the n-word in Huckleberry Finn": a novel taught, not a slur asked for.
      if (/\bn[- ]?word\b/.test(m.text) && /\b(?:the use of|discussion|novel|book|huckleberry|mockingbird|literature|lit class|history|lesson|essay|how should (?:teachers|we|staff) respond|guidance|quoting)\b/.test(ctx.n.text) && !/\b(?:call|text|say it to|at him|at her|at them)\b/.test(ctx.n.text)) return null;
      return level;
    },
  },
  {
    id: "hate.propaganda_output",
    category: "hate",
    level: "harmful",
    directions: ["output"],
    pattern: rx("\\b(?:{group})\\b[^.!?]{0,20}\\b(?:are|is)\\b[^.!?]{0,25}\\b(?:{claim})\\b|\\b(?:here are|here'?s|here is|sure)\\b[^.!?:]{0,20}\\bjokes?\\s+(?:about|on|making fun of)\\s+(?:{group})\\b|\\b(?:here are|here'?s|here is)\\b[^.!?]{0,15}\\b(?:racist|sexist|homophobic|antisemitic|transphobic|offensive|ethnic)\\s+(?:jokes?|insults?|slurs?|memes?)\\b", f),
    unless: ["analysis", "educational"],
  },
  {
    id: "hate.mocking_a_people",
    category: "hate",
    level: "harmful",
    pattern: rx(
      // "a joke sheet making fun of our somali students' accents and religion"
      "\\b(?:jokes?|joke sheet|memes?|skit|roast|impressions?|making fun of|make fun of|mock\\w*|laugh at)\\b[^.!?]{0,40}\\b(?:somali|mexican|chinese|asian|black|muslim|jewish|indian|arab|african|hispanic|latino|haitian|vietnamese|korean|japanese|filipino|native|immigrant|refugee|middle eastern|ethiopian|nigerian|puerto rican|dominican|guatemalan|hmong|pakistani|afghan)\\s+(?:students?'?|kids?'?|famil(?:y|ies)'?|people'?s?|classmates?'?|neighbors?'?)?\\s*(?:accents?|religion|culture|food|clothes|hijabs?|names|skin|language|eyes|hair|prayers?)\\b" +
        // "other races are ruining our school and should go back where they came from"
        "|\\b(?:other races|foreigners|immigrants|those people|(?:{group}))\\b[^.!?]{0,60}\\b(?:go back (?:to )?where (?:they|you) (?:came|come) from|(?:are |is )?ruining (?:our|this|the) (?:school|country|town|neighborhood|city))\\b",
      f,
    ),
    unless: ["analysis"],
    quoted: "soften",
    refine: (_m, ctx, level) => (ctx.flags.has("professional") && /\b(?:report|incident|referral|respond|lesson|discipline|the student|a student|counsel\w*|restorative|parents?)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "hate.supremacist_claim",
    category: "hate",
    level: "harmful",
    pattern: rx(
      // "a song about the 14 words and why the white race needs protecting"
      "\\b(?:the )?(?:14|fourteen) words\\b|\\bwhite race\\b[^.!?]{0,30}\\b(?:needs? protect\\w*|is superior|under attack|extinction|survival|built civilization|must protect)\\b|\\bgreat replacement\\b|\\blesser races\\b" +
        // "give me some slurs i can use on the arab kid in my class"
        "|\\bslurs?\\b[^.!?]{0,30}\\b(?:use on|call|for|to say to) (?:the|a|that|this|my|those) (?:\\w+ )?(?:kids?|girls?|boys?|guys?|students?|family|neighbors?)\\b" +
        // "some races are genetically less intelligent", "some races simply have smaller brains"
        "|\\b(?:some|certain|other|those|the other) races\\b[^.!?]{0,20}\\b(?:are|have|simply have)\\s+(?:\\w+\\s+)?(?:less intelligent|inferior|dumber|smaller brains|lower iqs?|more violent|more criminal|subhuman)\\b" +
        // "all somali families be removed from our district", "our esl families are too stupid to learn english"
        "|\\b(?:all )?(?:somali|mexican|muslim|jewish|black|asian|arab|haitian|immigrant|refugee|esl|ell|hispanic|latino)\\s+(?:families|kids|students|people)\\s+(?:be|should be|must be|need to be) (?:removed|deported|kicked out|banned|sent back)\\b|\\b(?:esl|ell|immigrant|refugee|\\w+ish)\\s+(?:families|kids|students|parents)\\s+(?:are|is)\\s+too (?:stupid|dumb|lazy) to\\b|\\btheir food stinks\\b" +
        // "a flyer for a new club that keeps black students out, like whites only"
        "|\\bwhites only\\b|\\bkeeps? (?:black|asian|mexican|muslim|jewish|gay|trans|hispanic|latino) (?:students|kids|people) out\\b|\\bsome races are (?:just |simply |naturally )?(?:smarter|better|superior|dumber)\\b" +
        // "ten insults about his race"
        "|\\binsults?\\b[^.!?]{0,20}\\babout (?:his|her|their|your|my \\w+'?s) (?:race|religion|ethnicity|skin color|skin)\\b" +
        // "ranking the mexican kids by how likely they are to be illegal"
        "|\\b(?:rank\\w*|rating|rate)\\b[^.!?]{0,30}\\b(?:mexican|black|asian|muslim|jewish|hispanic|latino|somali|arab|indian|immigrant|chinese|haitian)\\s+(?:kids|students|families|people|classmates)\\b[^.!?]{0,50}\\b(?:illegal|deport\\w*|criminals?|dumb|lazy|terrorists?|smell)\\b",
    ),
    unless: ["analysis"],
    quoted: "soften",
    refine: (_m, ctx, level) => (/\b(?:debunk\w*|myth|false|pseudoscien\w*|propaganda|history of|what (?:is|are|was|were)|why is (?:it|this) (?:racist|wrong)|hate symbols?|adl)\b/.test(ctx.n.text) && !/\b(?:make it convincing|invent|even if)\b/.test(ctx.n.text) ? null : level),
  },
];

export const hateVocabulary = ["jews", "muslims", "immigrants", "racist", "vermin", "parasites", "terrorists"];
