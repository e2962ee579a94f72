// Abuse disclosures: a child telling that an adult or family member hurts,
// touches, threatens, locks up or neglects them. Every rule needs the child as
// the object ("me", "my arm") so "warning signs of child abuse" in a staff
// training, or a novel's cruel father, does not fire.
import { hypotheticalBefore, jokingOnly } from "../context.ts";
import { rx, type Rule } from "../rules.ts";

const f = {
  actor:
    "(?:my |our )(?:(?:step|step-|step )?(?:dad|father|mom|mum|mother|parents?|brother|sister|bro|sis|mommy|daddy|momma)|uncle|aunt|auntie|cousin|grandpa|grandma|grandfather|grandmother|granddad|papa|mama|(?:mom|mum|mother|mommy|grandma|grandmother|aunt|auntie|sister)'?s? (?:new )?(?:boyfriend|bf|husband|friend)|(?:dad|father)'?s (?:new )?(?:girlfriend|gf|wife|friend)|(?:dad|father)'?s (?:girlfriend|gf|wife|friend)|stepdad|stepmom|stepfather|stepmother|stepbrother|stepsister|foster (?:mom|dad|parents?|brother|sister|family)|guardian|babysitter|nanny|coach|neighbou?r|pastor|priest|tutor|teacher|(?:older|big) (?:brother|sister|cousin)|family)|(?:he|she|they)",
  hurtVerb:
    "hits|hit|hitting|beats|beat|beating|punches|punched|punching|kicks|kicked|kicking|slaps|slapped|slapping|chokes|choked|choking|strangles|strangled|hurts|hurt|hurting|burns|burned|burnt|whips|whipped|smacks|smacked|shoves|shoved|throws|threw|throw|throwing|locks|locked|locking|starves|starved|molests|molested|rapes|raped|abuses|abused|bruised|bites|bit|ties|tied|pins|pinned|grabs|grabbed|drags|dragged|broke|breaks|sprained|twisted|cut|cuts|scratched|bruises|bruised|slams|slammed|slamming|bangs|banged|smashed|pushes|pushed|stomps|stomped|pinches|pinched|pinching|pinch|twists|twisting|kick(?! (?:me|us) out)|punch|slap|choke|whip|burn|yanks|yanked",
  object: "me|us|my \\w+ and me|me and my \\w+|my (?:face|arms?|back|neck|legs?|head|body|stomach|chest|throat|wrists?|ribs?|nose|jaw|fingers?|hands?|eye|hair|ears?|cheeks?|skin)",
  touchVerb: "touches|touched|touching|touch|feels|felt|rubs|rubbed|rub|kisses|kissed",
  sexualTouch:
    "(?:makes|made|forces|forced|tries to make|tried to make) me (?:to )?(?:send (?:him|her|them) (?:\\w+ )?(?:pics|pictures|photos|nudes|videos|selfies)|take (?:off|pictures of me|pics of me|photos of me|my clothes|a bath with|a shower with)|touch (?:him|her|them|it|his|their)|do (?:sexual|stuff to|things to|stuff with|things with|it with)|do (?:stuff|things)(?= (?:to|with|for) (?:him|her|them))|watch (?:porn|him|her|them|videos of)|undress|get naked|get undressed|sit on (?:his|her|their) lap|keep (?:it|this|secrets?|what)|kiss (?:him|her|them)|sleep in (?:his|her|their) bed|lie (?:down )?(?:with|next to) (?:him|her|them)|show (?:him|her|them) my)|comes (?:in|into) my (?:room|bed|bathroom)|gets (?:in|into) my bed|watches me (?:shower|change|undress)|(?:get|come|climb|gets|comes) (?:in|into) (?:the|my) (?:shower|bath|bathtub|bed) with me|(?:showed|shows) me porn|(?:sleeps?|slept|gets?|got|comes?|came|climbs?|climbed) in(?:to)? (?:my|the) bed (?:with me|at night|when)|(?:he|she) sleep in my bed|made me touch|makes me touch|(?:pictures|pics|photos|videos) of me (?:without (?:clothes|my clothes|a shirt|anything on)|naked|nude|in my underwear|in the (?:bathroom|shower|bath|tub)|changing|getting dressed|undress\\w*|in bed)|(?:sends?|sending|sent|shows?|showed|showing) me (?:\\w+ )?(?:pictures|pics|photos|videos|snaps|snapchats|selfies|texts|nudes) of (?:himself|herself|themselves|his|her) (?:without (?:clothes|a shirt|pants|anything on)|naked|nude|in (?:his|her) underwear|privates|private parts|body|junk|dick)|(?:sends?|sending|sent) me (?:nudes|dick pics)|(?:pay|give|buy) me\\b[^.!?]{0,30}\\bif i (?:let (?:him|her|them)(?! (?:use|borrow|play|have|copy|log ?in|see my (?:homework|answers)))|send|show|take off|touch|kiss|sit on)|says (?:it'?s|its|this is) our (?:little )?secret",
};

export const abuseRules: Rule[] = [
  {
    id: "abuse_disclosure.physical",
    category: "abuse_disclosure",
    level: "critical",
    pattern: rx("\\b{actor}\\b[^.!?]{0,50}?\\b(?:{hurtVerb})\\s+(?:{object})\\b(?!\\s+(?:up|to school|at \\w+ in|in (?:fortnite|minecraft|roblox|a game|the game)))|\\b(?:{hurtVerb}) (?:things |stuff )?at me\\b|\\b{actor}\\b[^.!?]{0,40}?\\b(?:won'?t|wont|doesn'?t|doesnt|don'?t|dont|never|didn'?t|didnt) (?:let|allow) (?:me|us) (?:to )?(?:eat|have (?:food|dinner|lunch|water)|sleep|shower|use the bathroom|leave (?:my|the) room|go to school|see a doctor)\\b|\\b{actor}\\b[^.!?]{0,30}?\\b(?:kicks?|kicked|locks?|locked|throws?|threw) (?:me|us) out\\b[^.!?]{0,40}\\b(?:night|outside|car|street|sleep|cold|days)\\b|\\bi have to sleep (?:in (?:the|a|our) car|outside|on the street|in a park)\\b", f),
    quoted: "soften",
    negatable: true,
    refine: (m, ctx, level) => {
      // "my brother beats me at chess": beating someone at something is winning.
      if (/\bbeat(?:s|ing)? (?:me|us)$/.test(m.text) && /^\s+in\s+(?:smash|mario|fortnite|minecraft|roblox|2k|madden|fifa|chess|uno|cards|a game|the game|ranked|valorant|apex|cod|call of duty|rocket league|basketball|soccer|tennis|ping pong|a race|the race)\b/.test(ctx.n.text.slice(m.end))) return null;
      if (/\bbeat(?:s|ing)? (?:me|us)$/.test(m.text) && /^\s+at\s+(?:\w+\s+){0,2}(?:chess|checkers|cards|uno|monopoly|games?|sports?|basketball|soccer|football|tennis|ping pong|races?|racing|everything|math|trivia|fortnite|minecraft|smash|mario|arm wrestling|spelling|tests?|grades|running|swimming)\b/.test(ctx.n.text.slice(m.end, m.end + 40))) return null;
      // Play fights between siblings, games and sports are not abuse.
      if (/\b(?:pillows?|games?|fortnite|minecraft|roblox|dodgeball|soccer|football|basketball|practice|tag|accident|wrestl\w*|snowballs?|nerf|prank\w*|tickl\w*|play fight\w*|playing)\b/.test(ctx.n.text)) return null;
      if (jokingOnly(ctx) && /\b(?:brother|sister|bro|sis)\b/.test(m.text)) return "mild";
      if (ctx.flags.has("fiction") && !/\bmy\b/.test(m.text)) return null;
      // An answer drafting a report ("the student told the lunch aide, 'my dad hit me with a belt'") passes a child's words to the adults who act on them.
      if (ctx.direction === "output" && /\b(?:the student|a student|student|she|he)\b[^.!?]{0,40}\b(?:told|said|stated|reported|disclosed|wrote)\b/.test(ctx.n.text.slice(Math.max(0, m.start - 120), m.start))) return null;
      // "how do i tell my teacher someone is hitting me at recess": the teacher is who to tell; the one hitting is a peer.
      if (/\b(?:someone|somebody|a kid|some kids?|kids|a boy|a girl|boys|girls|classmates?|a student|bull(?:y|ies)|people)\b/.test(m.text) || /\b(?:at recess|on the bus|at school|in class|on the playground|at lunch)\b/.test(m.text) && !/\b(?:home|house)\b/.test(ctx.n.text)) return null;
      return level;
    },
  },
  {
    id: "abuse_disclosure.sexual",
    category: "abuse_disclosure",
    level: "critical",
    pattern: rx(
      "\\b{actor}\\b[^.!?]{0,60}?\\b(?:(?:{touchVerb}) (?:me|my (?:private|privates|private parts|chest|butt|body|legs?|thighs?|breasts?|boobs|crotch))|{sexualTouch})\\b|\\b{actor}\\b[^.!?]{0,40}?\\b(?:{touchVerb}) me (?:in|on) (?:a |the |my )?(?:bad|private|wrong|special|no[- ]no) (?:place|spot|area|parts?)\\b|\\b(?:i was|i got|i'?ve been|ive been|i am being|i'?m being|im being|i have been)\\s+(?:\\w+\\s+){0,2}(?:raped|molested|sexually (?:abused|assaulted)|touched inappropriately|groomed|abused)\\b|\\b(?:raped|molested|sexually (?:abused|assaulted)|touched) me\\b|\\b(?:has been|have been|keeps|kept|is|was|been|started)\\s+(?:sexually )?(?:abusing|molesting|raping|assaulting|touching|grooming) me\\b",
      f,
    ),
    quoted: "soften",
    negatable: true,
  },
  {
    id: "abuse_disclosure.grooming",
    category: "abuse_disclosure",
    level: "critical",
    pattern: rx(
      "\\b(?:an? |my )?(?:older|grown|adult|\\d{2}[- ]?(?:year|yr)s?[- ]?old)\\s+(?:guy|man|woman|person|dude|boy|girl|lady|boyfriend|girlfriend|bf|gf|friend)\\b[^.!?]{0,60}\\b(?:meet (?:me|up)|wants me to|asked me to|keeps asking|pictures|pics|photos|video ?chat|secret|not to tell|don'?t tell|dont tell|can'?t tell|cannot tell|can'?t tell anyone|not tell|keep (?:it|us|this) (?:a )?secret|my address|come over|send him|send her|gifts?|my boyfriend|my girlfriend)\\b|\\b(?:someone|somebody|a guy|a man|this guy|a stranger|a person)\\s+(?:i met\\s+)?(?:online|(?:on|from|in) (?:discord|snap|snapchat|instagram|insta|roblox|tiktok|fortnite|minecraft|xbox|a game|the game|twitch|omegle))\\b[^.!?]{0,60}\\b(?:wants?|asked|asks|keeps asking|kept asking|told|said|says|invited|wanted|offered)\\b[^.!?]{0,20}\\b(?:meet|send|video|pics|pictures|photos|keep it (?:a )?secret|not (?:to )?tell|come over|hang out|pick me up|buy me)\\b",
      f,
    ),
    quoted: "soften",
    unless: ["professional"],
    // "how do i convince my 13 yr old gf to send me pics": the writer is the one asking for images, which the sexual rules refuse.
    refine: (m, ctx, level) => (hypotheticalBefore(ctx.n.text, m.start) || /\bhow (?:do|can|could|should) i (?:convince|get|make|talk|persuade|trick)\b/.test(ctx.n.text) || /\b(?:signs of|recogni[sz]ing|warning signs|red flags|memo|training|lesson)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "abuse_disclosure.neglect_or_exploitation",
    category: "abuse_disclosure",
    level: "critical",
    pattern: rx(
      "\\b(?:haven'?t|havent|hasn'?t|hasnt|didn'?t|didnt|don'?t|dont|doesn'?t|doesnt|never|won'?t|wont)\\s+(?:fed|feed|given) (?:me|us)\\b(?! (?:dessert|candy|snacks|sweets|money))|\\b(?:asked|asks|wants|told|keeps asking|kept asking|begged|made|forced|pressured)\\s+me to send (?:him|her|them) (?:\\w+ )?(?:pictures|pics|photos|selfies|videos|nudes)\\b",
      f,
    ),
    quoted: "soften",
    unless: ["professional"],
  },
  {
    id: "abuse_disclosure.silenced",
    category: "abuse_disclosure",
    level: "critical",
    pattern: rx(
      "\\bif i (?:ever )?(?:tell|told|say anything to|talk to)\\b[^.!?]{0,60}?\\b(?:kill me|i'?m dead|im dead|i'?d be dead|hurt me|hurt my|beat me|be sorry|put me|send me away|take me away|kick me out)\\b|\\b(?:{actor})\\b[^.!?]{0,60}\\b(?:said|says|told me|threatened|told (?:the )?(?:doctors?|nurse|teacher|school|police|everyone) (?:that )?i (?:fell|tripped|walked into))\\b[^.!?]{0,30}\\b(?:he'?d|he would|he will|she'?d|she would|she will|they'?d|they would|they will|he'?ll|she'?ll|hell|shell)\\s+(?:kill me|hurt (?:me|my)|beat me)\\b|\\bor (?:he|she|they) (?:says|said) (?:he'?ll|she'?ll|hell|shell|they'?ll|he will|she will) (?:hurt|kill)\\b",
      f,
    ),
    quoted: "soften",
    // "my mom said she'll kill me if i'm late lol" is a figure of speech.
    refine: (m, ctx, level) => (ctx.flags.has("hyperbole") && !/\bif i (?:ever )?(?:tell|told)\b/.test(m.text) ? null : level),
  },
  {
    id: "abuse_disclosure.unsafe_home",
    category: "abuse_disclosure",
    level: "critical",
    pattern: rx(
      "\\b(?:scared|afraid|terrified) (?:to go|of going) home\\b|\\blocks? me (?:in|out)\\b[^.!?]{0,30}\\b(?:basement|closet|room|garage|shed|car|house|outside|all night|dark)\\b|\\b(?:locked|locking) me (?:in|out)\\b[^.!?]{0,30}\\b(?:basement|closet|garage|shed|car|all night|dark|outside)\\b|\\b(?:haven'?t|havent|have not|didn'?t|didnt|did not|hasn'?t|hasnt)\\s+(?:had|eaten|got)\\s+(?:any )?(?:food|anything to eat|a meal|dinner)\\b[^.!?]{0,30}\\b(?:\\d+|two|three|four|five|several|a few|many) days\\b|\\bno food (?:at home|in the house)\\b|\\b(?:my )?(?:mom|dad|mother|father|parents?|guardian)\\s+(?:hasn'?t|hasnt|haven'?t|havent|has not|didn'?t|didnt|never)\\s+(?:come|came|been) (?:back|home)\\b|\\b(?:left|leaves|leave|leaving) (?:me|us)(?: and my (?:\\w+ )?(?:brother|sister|siblings))? (?:alone|home alone|by ourselves|by myself)(?: at home)? for (?:days|\\d+ days|the (?:whole )?weekend|a week|weeks)\\b|\\bsomeone is (?:hurting|abusing|touching) me\\b|\\bi'?m being (?:abused|hurt|beaten)\\b|\\bim being (?:abused|hurt|beaten)\\b",
      f,
    ),
    quoted: "soften",
    negatable: true,
    unless: ["professional"],
  },
  {
    id: "abuse_disclosure.peer_report",
    category: "abuse_disclosure",
    level: "critical",
    pattern: rx(
      "\\bmy (?:best )?(?:friend|classmate|friend'?s)\\b[^.!?]{0,25}\\b(?:dad|mom|father|mother|stepdad|stepmom|uncle|parents?|boyfriend)\\b[^.!?]{0,30}\\b(?:{hurtVerb}|{touchVerb}) (?:her|him|them)\\b|\\bmy (?:best )?friend (?:is being|gets|got) (?:abused|beaten|molested|raped|hit by (?:her|his|their) (?:\\w+ )?(?:dad|mom|father|mother|stepdad|stepmom|uncle|parents?|brother|boyfriend))\\b|\\bmy (?:best )?(?:friend|classmate|cousin|neighbou?r)\\b[^.!?]{0,30}\\b(?:is being|'?s being|is getting|has been|keeps getting|says (?:she|he|they)(?:'?s| is| are| gets| was| has been)?(?: being)?|told me (?:she|he|they)(?:'?s| is| are| gets| was| has been)?(?: being)?)\\s+(?:abused|beaten|molested|raped|hit|hurt|touched|starved|choked)\\b(?:\\s+(?:at home|by (?:her|his|their) (?:\\w+ )?(?:dad|mom|father|mother|stepdad|stepmom|uncle|parents?|brother|boyfriend)))?",
      f,
    ),
    quoted: "soften",
    unless: ["fiction", "professional"],
  },
];

export const abuseVocabulary = ["hits", "beats", "touches", "molested", "raped", "abused", "choked", "locks"];
