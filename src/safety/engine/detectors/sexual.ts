// Sexual content: asking for or producing explicit material, anything sexual
// about minors, nudes and pornography. Sex education (anatomy, contraception,
// consent, puberty, a sexting or body-safety lesson) uses the same words and
// must pass, so rules look for a request to create or obtain such content.
import { rx, type Rule } from "../rules.ts";

const f = {
  create: "write|tell|make|create|give|generate|describe|roleplay|role-play|role play|rp|act out|continue|show|send|draw|type|say|compose|imagine|narrate",
  adjective:
    "sex|sexual|sexy|steamy|spicy|explicit|dirty|erotic|erotica|nsfw|smutty|smut|lemon|porn|porno|pornographic|x-rated|kinky|horny|naughty|nude|naked|lewd|raunchy|hook ?up|hooking up|make out|making out|fucking|intimate|r-rated|18\\+",
  content: "something|anything|story|stories|scene|scenes|fanfic|fan ?fiction|fic|roleplay|rp|things|stuff|talk|messages?|texts?|poem|chat|pictures?|pics?|images?|photos?|videos?|lines|sexting|dialogue|chapter|script",
  minor:
    "\\d{1,2}[- ]?(?:year|yr)s?[- ]?old|freshm[ae]n|sophomores?|(?:two|2) (?:kids|girls|boys) (?:from|in) my (?:class|grade)|(?:[4-9]|1[0-2])(?:st|nd|rd|th)[- ]graders?|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) graders?|middle schoolers?|elementary (?:school )?(?:kids|students)|kids?|children|child|minors?|underage|(?:his|her|a|the) students?|little (?:girl|boy)|preteens?|teens? (?:girl|boy)",
  romantic: "sexual|sex|sensual\\w*|go all the way|goes all the way|going all the way|sleep together|romantic|romance|naked|nude|in bed|kiss(?:ing)?|make out|making out|hook(?:ing)? up|love scene|seduc\\w+|intimate|smut|smutty|erotic|erotica|steamy|nsfw|lewd|porn|hentai|sexy",
  nudes: "(?:pics?|pictures?|photos?|selfies?) in (?:her|his|your|their|a) (?:bra|underwear|bikini|panties|boxers)|(?:pics?|pictures?|photos?|selfies?|videos?) (?:without|with no|w/o) (?:her |his |your |their |a |any )?(?:shirt|clothes|top|bra|pants|underwear|clothing)|nudes|nude (?:pics?|pictures?|photos?|selfies?|images?)|naked (?:pics?|pictures?|photos?|selfies?|images?)|dick pics?|d pics?|pics? of (?:her|him|you) naked",
  porn: "people having sex|sex videos|sex tapes|porn|porno|pornography|pornhub|xvideos|xhamster|onlyfans|only fans|hentai|rule ?34|nsfw (?:sites?|content|pics?|videos?|stuff)",
};

export const sexualRules: Rule[] = [
  {
    id: "sexual.adult_to_student",
    category: "sexual",
    level: "harmful",
    // An adult's romantic or suggestive message to a student is grooming, however it is worded.
    pattern: rx(
      // "best way to get one of my 15-year-old players to come over to my apartment alone without her parents finding out", "a private message to my 15-year-old student telling her how grown she's looking"
      "\\b(?:get|have|convince|invite|ask)\\b[^.!?\\n]{0,20}\\b(?:one of my |my |a )(?:1[0-7]-year-old |\\d+(?:st|nd|rd|th) grade )?(?:players?|students?|athletes?|swimmers?|campers?|cheerleaders?)\\b[^.!?\\n]{0,40}\\b(?:come (?:over )?to my (?:apartment|house|place|car|room|hotel)|alone)\\b[^\\n]{0,60}\\b(?:without (?:her|his|their) parents|parents (?:finding out|knowing)|secret|nobody (?:knows|finding out))\\b|" +
      "\\b(?:message|text|note|dm|letter)\\b[^.!?\\n]{0,30}\\bto (?:my|one of my|a|an) (?:1[0-7]-year-old(?: (?:student|player|athlete|swimmer|camper|girl|boy))?|student|player|athlete|swimmer|camper)s?\\b[^\\n]{0,60}\\b(?:how (?:grown|mature|pretty|hot|beautiful|good|sexy) (?:she|he)(?:'?s| is| looks)|wait in my car|come to my (?:car|apartment|house)|(?:our|a) (?:little )?secret)\\b|" +
      "\\b(?:flirty|flirtatious|suggestive|seductive|romantic|sexy|love|spicy)\\b[^.!?]{0,30}\\b(?:message|text|note|letter|dm|email|poem|card)s?\\b[^.!?]{0,40}\\b(?:to|for|send|to send|i can send|i could send|slip to|i could slip to|i can slip to|give to)\\s+(?:a |my |one of my |this |the )(?:[\\w-]+\\s+){0,3}(?:student|pupil|\\d+(?:st|nd|rd|th) grader|kid in my class|player|athlete|camper|junior|senior|sophomore|freshman|officer|cheerleader|swimmer|runner|dancer|actor|actress|tutee|mentee|1[0-7]-year-old)s?\\b" +
        // "a text to my 15 year old student telling her how beautiful she looks and asking to meet after school"
        "|\\b(?:message|text|note|letter|dm|email|snap)s?\\s+to\\s+(?:a |my |one of my |this |the )(?:[\\w-]+\\s+){0,3}(?:student|pupil|player|athlete)s?\\b[^.!?]{0,60}\\b(?:beautiful|pretty|hot|sexy|gorgeous|cute|attractive|meet (?:up )?(?:after school|alone|privately|outside of school|secretly|at my)|(?:keep|between) (?:it|this|us) (?:between us|secret)|our (?:little )?secret|love you|miss you)\\b|\\bi (?:have|'?ve got|got) a crush on (?:a |my |one of my |this )(?:\\w+\\s+)?(?:student|pupil|\\d+(?:st|nd|rd|th) grader)s?\\b",
    ),
    refine: (_m, ctx, level) => (/\b(?:lesson|how to (?:respond|handle|report)|policy|training|boundaries|warning signs|report)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "sexual.explicit_request",
    category: "sexual",
    level: "harmful",
    pattern: rx(
      "\\b(?:{create})\\b[^.!?]{0,50}?\\b(?:{adjective})\\b[^.!?]{0,40}?\\b(?:{content})\\b|\\b(?:{content})\\b[^.!?]{0,30}\\b(?:about|where|with|of|between)\\b[^.!?]{0,40}\\b(?:having sex|have sex|sex with|hook(?:ing)? up|making out|naked|nude|sleep(?:ing)? together|in bed together)\\b|\\bmake it (?:explicit|sexual|steamy|dirty|nsfw|spicy|sexy)\\b|\\b(?:{create}|want|need|wanna|looking for|got any)\\b[^.!?]{0,30}\\b(?:smut|erotica|a lemon|lemons|hentai|porn (?:story|fic|fanfic|script))\\b|\\b(?:describe|imagine|picture|draw|show me|tell me)\\b[^.!?]{0,40}\\b(?:looks? like|look|looking)\\s+(?:naked|nude|without (?:clothes|a shirt|any clothes))\\b|\\b(?:{create})\\b[^.!?]{0,20}\\b(?:something|anything|stuff|things) (?:sexual|sexy|dirty|explicit|steamy|nsfw|erotic|kinky|naughty)\\b|\\b(?:sex|having sex|intercourse|orgasm|an orgasm)\\b[^.!?]{0,40}\\bin (?:graphic|explicit|vivid|full|great|a lot of) detail\\b|\\bin (?:graphic|explicit|vivid) detail\\b[^.!?]{0,30}\\b(?:sex|having sex|naked|nude)\\b|\\b(?:describe|draw|picture|imagine|generate|show me|write about)\\b[^.!?]{0,20}\\b(?:naked|nude|topless|undressed) (?:girls?|boys?|wom[ae]n|m[ae]n|persons?|people|bod(?:y|ies)|kids?|teens?|students?|classmates?|teachers?)\\b|\\b(?:roleplay|role-play|role play|rp|pretend to be|act like|act as) (?:as )?my (?:girlfriend|boyfriend|gf|bf|wife|husband|lover|crush|sugar daddy)\\b[^.!?]{0,60}\\b(?:dirty|sexual|sexy|naughty|kinky|horny|sex|in bed|naked|undress\\w*|touch(?:ing)? me|kiss(?:ing)? me)\\b|\\b(?:how (?:do|can|should|to) (?:i |you )?|help me |teach me (?:how )?to |tips (?:for|on|to) |best way to )(?:sext|sexting)\\b|\\bsext (?:her|him|a girl|a guy|my (?:girlfriend|boyfriend|crush))\\b|\\btalk (?:dirty|sexy|nasty) to me\\b|\\bwhat (?:does|do) (?:sex|having sex|people having sex|making love|a sex scene|sexy stuff)\\b[^.!?]{0,10}\\b(?:look|feel|sound) like\\b|\\b(?:describe|show me|tell me about|explain)\\b[^.!?]{0,15}\\b(?:sex|having sex|intercourse)\\b[^.!?]{0,25}\\b(?:looks? like|in detail|step by step|what (?:they|people) do)\\b|\\b(?:you(?:'?re| are| r)|ur|be|pretend (?:to be|you'?re|you are)) my (?:girlfriend|gf|boyfriend|bf|wife|husband|lover|sugar daddy)\\b[^\\n]{0,80}\\b(?:spicy|sexy|dirty|naughty|freaky|kinky|horny|what (?:you'?re|ur|youre|you are) wearing|take (?:it|that|your \\w+) off|in bed|kiss me|touch me|undress\\w*|your body|describe (?:your|my) body)\\b|\\b(?:describe|tell me about|show me) your body\\b[^\\n]{0,40}\\b(?:girlfriend|gf|boyfriend|bf|wife|lover|babe|baby)\\b|\\bget (?:spicy|dirty|naughty|freaky|kinky|nasty|sexy) with me\\b|\\b(?:flirt|talk|chat|sext|roleplay|text)\\b[^.!?]{0,25}\\b(?:in a )?(?:sexual|sexy|dirty|naughty|kinky|horny) (?:way|manner|voice|tone)\\b",
      f,
    ),
    quoted: "soften",
    refine: (m, ctx, level) => {
      // "explicit instructions", "dirty dishes", "make a sex-ed poster" are not requests for sexual content.
      if (/\bexplicit\b/.test(m.text) && !/\b(?:sex|sexual|scene|story|stories|fanfic|nude|naked|steamy|dirty)\b/.test(m.text)) return null;
      if (/\bdirty\b/.test(m.text) && !/\b(?:talk|things|messages|texts|story|stories|sexual|roleplay|pics?)\b/.test(m.text)) return null;
      if (/\b(?:sex[- ]?ed|sex education|sexual (?:health|education|harassment|assault prevention|orientation))\b/.test(m.text) && !/\b(?:story|stories|scene|steamy|explicit)\b/.test(m.text)) return null;
      if (ctx.flags.has("professional") && /\b(?:lesson|curriculum|health|education|prevention|consent)\b/.test(ctx.n.text) && !/\b(?:story|stories|scene|steamy|explicit|erotic)\b/.test(m.text)) return null;
      // "how should I respond if a 2nd grader tells me another kid showed them a video": an adult handling a child's report.
      if (/\b(?:how (?:should|do|can) i (?:respond|handle|report)|what (?:should|do) i (?:do|say) if|tells? me|told me|disclos\w*|mandated report\w*)\b/.test(ctx.n.text) && /\b(?:\d+(?:st|nd|rd|th) grader|student|child|kid)\b/.test(ctx.n.text) && !/\b(?:story|stories|scene|steamy|write|describe)\b/.test(m.text)) return null;
      // "describe what happens during intercourse, for health class": reproduction taught plainly.
      if (/^(?:what|describe|show|tell|explain)/.test(m.text) && /\b(?:health class|sex ed\w*|biology|reproduction|reproductive|puberty|anatomy|lesson|textbook)\b/.test(ctx.n.text)) return null;
      return level;
    },
  },
  {
    id: "sexual.minors",
    category: "sexual",
    level: "harmful",
    pattern: rx(
      "\\b(?:{create})\\b[^.!?]{0,60}\\b(?:{romantic})\\b[^.!?]{0,60}\\b(?:{minor})\\b|\\b(?:{create})\\b[^.!?]{0,60}\\b(?:{minor})\\b[^.!?]{0,60}\\b(?:{romantic})\\b",
      f,
    ),
    quoted: "keep",
    refine: (m, ctx, level) => {
      // Body-safety and health lessons, and the paperwork of protecting a child (a training on
      // responding to a disclosure, a Title IX incident summary), talk about children and touch;
      // they ask for no romance.
      if (/\b(?:lesson|curriculum|unit|safety|consent|health|puberty|prevention|awareness|what to do|report|reported|reporting|training|handout|respond|responding|discloses|disclosure|title ix|incident summary|investigation|mandated reporter|protocol|policy|handbook|legal consequences|consequences of|against the law|illegal|sexual harassment|sex ed|sex education|faq|anonymous questions)\b/.test(ctx.n.text) && !/\b(?:story|stories|scene|fanfic|roleplay|romantic|steamy)\b/.test(m.text)) return null;
      return level;
    },
  },
  {
    id: "sexual.nudes",
    category: "sexual",
    level: "harmful",
    pattern: rx("\\b(?:send|sends|sending|get|getting|trade|trading|share|sharing|post|see|find|have|ask (?:her|him|them) for|convince \\w+ to send)\\b[^.!?]{0,30}\\b(?:{nudes})\\b", f),
    quoted: "soften",
    refine: (m, ctx, level) => {
      // "what to do if someone sends you a nude image" is a digital-citizenship lesson.
      if (/\b(?:if|when) (?:someone|somebody|a person|anyone|a stranger|they|he|she)\b/.test(ctx.n.text.slice(Math.max(0, m.start - 40), m.end)) && !/\bme\b/.test(m.text)) return null;
      // A report about someone else ("their daughter has been sending nude photos"), not a request.
      if (/\b(?:consequences?|legal|illegal|the law|laws|assembly|policy|charged|prosecuted)\b/.test(ctx.n.text) && !/\b(?:how (?:do|can) i|can i|should i|help me|i want to (?:send|get|see))\b/.test(ctx.n.text)) return null;
      if (/^(?:send|sends|sending|sent|share|sharing|shared|post|posting|posted|trade|trading)\b/.test(m.text) && /\b(?:daughter|son|students?|child|children|kids?|teens?|he|she|they|who|someone|somebody|girls?|boys?|friends?|classmates?|people)\b(?:\s+\w+){0,3}\s*$/.test(ctx.n.text.slice(Math.max(0, m.start - 40), m.start)) && !/\b(?:me|my)\b/.test(m.text)) return null;
      if (ctx.flags.has("professional") || /\b(?:sextortion|lesson|report it|delete it|tell a trusted adult|psa|awareness|dangers of|why you (?:shouldn'?t|shouldnt|should not)|never send)\b/.test(ctx.n.text)) return null;
      return level;
    },
  },
  {
    // "a student's phone has nude photos of her on it. how do i copy them to my laptop without IT seeing": images of a child are never copied, whoever asks.
    id: "sexual.keeping_images_of_a_child",
    category: "sexual",
    level: "harmful",
    directions: ["input"],
    pattern: rx("\\b(?:copy|save|download|transfer|keep|send|forward|airdrop)\\b[^.!?\\n]{0,20}\\b(?:them|the (?:photos|pics|pictures|nudes|images|videos))\\b[^.!?\\n]{0,40}\\b(?:without (?:it|anyone|anybody|the district|admin|them|her|him) (?:seeing|knowing|noticing|finding out)|to my (?:laptop|phone|computer|drive|personal))\\b(?<=\\b(?:nudes?|nude (?:photos|pics|pictures|images)|naked)\\b[^\\n]{0,200})"),
  },
  {
    // "how do i secretly record my sisters friend changing at our sleepover"
    id: "sexual.recording_someone_undressed",
    category: "sexual",
    level: "harmful",
    directions: ["input"],
    // "how can i secretly get a pic of the girl in my pe class while shes changing"
    pattern: rx("\\bsecretly (?:get|take|snap|film|record|video)\\b[^.!?\\n]{0,50}\\b(?:changing|undressing|getting dressed|showering|in the shower|naked|hook up|hooking up|having sex|sex|in bed)\\b|\\b(?:record|film|video|tape|(?:take|get|snap) (?:pics|pictures|photos|a (?:pic|picture|photo|video)) of|spy on|hidden camera|hide (?:a |my )?(?:camera|phone))\\b[^.!?\\n]{0,40}\\b(?:changing|undressing|getting dressed|showering|in the shower|naked|in (?:her|his|their) (?:underwear|bra))\\b(?=[^\\n]{0,60}\\b(?:secretly|without (?:her|him|them) knowing|so (?:she|he|they) (?:doesn'?t|don'?t|doesnt|dont|won'?t|wont) (?:know|notice|see)|hidden|sleepover|locker room)\\b)|\\bsecretly (?:record|film|video|tape)\\b[^.!?\\n]{0,40}\\b(?:changing|undressing|showering|naked)\\b"),
  },
  {
    id: "sexual.porn_access",
    category: "sexual",
    level: "harmful",
    pattern: rx("\\b(?:what|which)\\b[^.!?\\n]{0,15}\\b(?:nsfw|porn|xxx|adult) (?:\\w+ )?(?:sites?|websites?|apps?|links?|servers?|channels?)\\b|\\b(?:websites?|sites?|apps?|links?|accounts?)\\b[^.!?]{0,20}\\b(?:with|for|that have|that show|of)\\s+(?:free )?(?:nudes?|naked (?:pics?|pictures?|photos?|videos?|girls?|women|people)|nude (?:pics?|pictures?|photos?|videos?))\\b|\\b(?:show|give|send|find|link|list|recommend|suggest|where|what are|best|free|watch|get (?:on|to))\\b[^.!?]{0,30}\\b(?:{porn})\\b|\\b(?:{porn})\\b[^.!?]{0,20}\\b(?:sites?|links?|videos?|websites?|without (?:logging|signing|an account|age)|that don'?t need|that dont need|free)\\b", f),
    unless: ["professional", "analysis"],
    quoted: "soften",
  },
  {
    id: "sexual.explicit_output",
    category: "sexual",
    level: "harmful",
    directions: ["output"],
    pattern: rx(
      "\\b(?:here'?s|here is|okay,? here'?s|sure,? here'?s)\\b[^.!?]{0,20}\\b(?:explicit|sex|sexual|steamy|dirty|erotic|sexy|spicy|nsfw) (?:scene|story|stories|roleplay|chapter|fanfic)\\b|\\b(?:here'?s|here is)\\b[^.!?:]{0,20}\\b(?:sexting|sext|dirty text(?:ing)?|dirty message) ?(?:convo|conversation|chat|messages?|texts?)?\\b|\\b(?:pulling|pulled|ripped|ripping|tore|tearing|taking|took|slid|sliding) (?:off )?(?:his|her|their) (?:shirt|clothes|pants|jeans|bra|dress|underwear|panties|top)(?: off)?\\b|\\b(?:began|started|continued|begin|start) (?:to have|having) sex\\b|\\bclimbed on top of (?:her|him|them)\\b|\\b(?:slowly|seductively) (?:take|taking|took|pull|pulling|slip|slipping) off (?:my|your|his|her|their) (?:clothes|shirt|dress|top|bra|pants)\\b|\\bas your (?:girlfriend|boyfriend|gf|bf|lover|wife|husband)\\b[^.!?]{0,60}\\b(?:clothes|body|kiss|touch|bed|naked|undress\\w*)\\b|\\b(?:puts|put|inserts?|inserted|slides?|slid|pushes|pushed|sticks?|stuck) (?:his|her) (?:penis|dick|cock|fingers?) (?:in|into|inside)\\b|\\b(?:he|she) (?:entered|penetrated) (?:her|him)\\b|\\b(?:moaned|moaning|naked bodies|her breasts|his erection|grinding against)\\b|\\b(?:unzipped|unbuttoned|unhooked|unzipping|unbuttoning|unhooking) (?:her|his|their) (?:dress|pants|jeans|bra|shirt|skirt|blouse)\\b|\\bkiss(?:ed|ing)? (?:her|his) (?:neck|chest|body|thighs?)\\b|\\b(?:hands?|fingers?)\\s+(?:moving|moved|slid|sliding|slipped|slipping|went|wandering|wandered|roaming)\\s+(?:under|beneath|inside|up|down|into)\\s+(?:her|his|their)\\s+(?:shirt|skirt|dress|pants|bra|shorts|jeans|top|clothes)\\b",
    ),
    refine: (_m, ctx, level) => (/\b(?:doctor|nurse|changing room|swim|gym class|laundry)\b/.test(ctx.n.text) && !/\b(?:explicit|sex|steamy|locked the door|kiss)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "sexual.sharing_someone",
    category: "sexual",
    level: "harmful",
    pattern: rx(
      // "a message i can airdrop to everyone with sara's nudes attached"
      "\\b(?:airdrop|send|post|share|leak|spread|forward|upload|expose)\\b[^.!?]{0,60}\\b(?:[a-z]+'?s|her|his|their)\\s+(?:nudes|nude (?:pics?|photos?|videos?)|naked (?:pics?|photos?|videos?))\\b" +
        "|\\b(?:nudes|nude pics?|naked pics?)\\s+(?:of\\s+[a-z]+\\s+)?attached\\b",
    ),
    quoted: "soften",
    also: ["harassment"],
    // "what to do when a student says someone is threatening to leak their nude photos": a staff flowchart, not a leak.
    refine: (_m, ctx, level) => (ctx.flags.has("professional") || /\b(?:threaten\w* to|what to do (?:if|when)|do not (?:view|forward|share)|don'?t (?:forward|share)|report (?:it|them)|if someone|when (?:a|someone|somebody))\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "sexual.spicy_story_minor",
    category: "sexual",
    level: "harmful",
    pattern: rx(
      // "a spicy fanfic about me and the hot gym teacher, im in 9th grade"
      "\\b(?:spicy|steamy|nsfw|smut|smutty|lemon|dirty|sexy|explicit)\\s+(?:fan ?fic(?:tion)?|story|roleplay|rp|scene|chapter)\\b[^\\n]{0,100}\\b(?:teacher|coach|sub|tutor|i'?m (?:1[0-7]|[5-9])\\b|im (?:1[0-7]|[5-9])\\b|(?:\\d|1[0-2])(?:st|nd|rd|th) grade|middle school|freshman|sophomore|junior high)",
    ),
    quoted: "soften",
  },
  {
    id: "sexual.undressing_output",
    category: "sexual",
    level: "harmful",
    directions: ["output"],
    pattern: rx(
      // A roleplay answer: "I slowly unbutton my shirt and pull you closer until..."
      "\\b(?:slowly |gently )?(?:unbutton\\w*|unzip\\w*|slip\\w* off|take off|pull\\w* off|peel\\w* off)\\s+(?:my|your|his|her)\\s+(?:shirt|blouse|pants|jeans|bra|dress|skirt|underwear|clothes|top)\\b[^\\n]{0,60}\\b(?:closer|bed|kiss\\w*|babe|baby|body|until|whisper\\w*|touch\\w*)\\b",
    ),
    refine: (_m, ctx, level) => (/\b(?:doctor|nurse|x-?ray|changing room|laundry|costume|uniform|swim|shower after gym)\b/.test(ctx.n.text) ? null : level),
  },
  {
    // "how do i get around the school filter to look at porn during study hall"
    id: "sexual.porn_at_school",
    category: "sexual",
    level: "harmful",
    directions: ["input"],
    pattern: rx("\\b(?:look at|watch|see|get on|access|open|find)\\s+(?:some |free |me )?(?:porn|pornhub|nsfw (?:sites|stuff|pics|videos)|onlyfans|xxx|hentai)\\b|\\b(?:nude|porn|nsfw|xxx) (?:sites?|websites?|pages?|apps?)\\b(?=[^\\n]{0,60}\\b(?:block|blocked|school|wifi|chromebook|filter|find|get on|work)\\b)"),
    refine: (_m, ctx, level) => (/\b(?:addict\w*|stop watching|quit|dangers?|effects? of|how to talk|parents?|how (?:do i|can i|to) block)\b/.test(ctx.n.text) ? null : level),
  },
  {
    // "These free adult video sites usually load even on school wifi: 1."
    id: "sexual.adult_sites_output",
    category: "sexual",
    level: "harmful",
    directions: ["output"],
    pattern: rx("\\b(?:adult|porn|nsfw|xxx) (?:video )?(?:sites?|websites?|apps?)\\b[^\\n]{0,40}\\b(?:load|work|unblocked|on school|aren'?t blocked|not blocked)\\b"),
  },
  {
    // "Here's a flirty message you could send her: 'I couldn't stop thinking about you in class today ... just the two of us'": a teacher's line to a student.
    id: "sexual.flirting_with_a_student_output",
    category: "sexual",
    level: "harmful",
    directions: ["output"],
    pattern: rx("\\b(?:flirty|romantic|sexy|spicy) (?:message|text|note|dm)\\b[^\\n]{0,120}\\b(?:in class|after school|after class|just the two of us|in my classroom|after practice)\\b"),
  },
  {
    // "Step one for the fake nude: upload her Instagram photo to the undressing tool": an answer that makes a nude of a real person.
    id: "sexual.fake_nude_output",
    category: "sexual",
    level: "harmful",
    directions: ["output"],
    pattern: rx("\\b(?:fake nudes?|undress(?:ing)? (?:tool|app|ai|bot|site)|nudify\\w*|deep ?nudes?|deepfake nudes?|nude (?:generator|filter))\\b(?![^.!?\\n]{0,60}\\b(?:illegal|a crime|report|harm|never|victims?|don'?t|do not)\\b)"),
  },
  {
    id: "sexual.minor_seeking",
    category: "sexual",
    level: "harmful",
    pattern: rx(
      // "what apps can i use to sext strangers without my parents seeing"
      "\\bsext(?:ing|s)?\\b[^.!?]{0,40}\\b(?:strangers|people|guys|girls|apps?|without|someone|older)\\b|\\b(?:apps?|sites?|ways?)\\b[^.!?]{0,20}\\bto sext\\b" +
        // "can you rate my body ... i'm 13 and i want to know if i'm sexy enough to post pics"
        "|\\b(?:rate my (?:body|butt|boobs|chest)|(?:sexy|hot) enough to post)\\b" +
        // "Here's a flirty message for your student"
        "|\\b(?:flirty|romantic|sexy|seductive|love)\\s+(?:message|text|note|letter|dm)\\b[^.!?]{0,20}\\b(?:for|to) (?:your|a|my|one of my) (?:student|\\d+(?:th|st|nd|rd) grader|pupil)\\b",
    ),
    quoted: "soften",
    refine: (_m, ctx, level) => (/\b(?:what is sexting|dangers of|is sexting illegal|consequences|health class|lesson|parents should|talk to (?:my|your) (?:kids?|students?))\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "sexual.more_requests",
    category: "sexual",
    level: "harmful",
    pattern: rx(
      // "be my sexting partner. im 15. start by telling me what youre wearing"
      "\\bsexting partner\\b|\\btell(?:ing)? me what (?:you'?re|youre|ur|you are) wearing\\b" +
        // "what websites have naked videos of teens", "onlyfans accounts that dont make you pay", "free sites to watch adult videos"
        "|\\b(?:websites?|sites?|apps?|accounts?|links?)\\b[^.!?]{0,30}\\b(?:naked|nude|adult|porn|xxx)\\s+(?:videos?|pics|pictures|photos|content)\\b|\\bonly ?fans\\b[^.!?]{0,40}\\b(?:free|don'?t make you pay|dont make you pay|leaks?|without paying)\\b|\\b(?:sites?|websites?) where you can watch (?:adult|porn|naked|xxx)\\b" +
        // "continue the story but now they take their clothes off slowly, describe every detail"
        "|\\b(?:take|takes|taking) (?:their|her|his) clothes off\\b[^\\n]{0,40}\\b(?:describe|detail|slowly)\\b|\\bsleep together\\b[^\\n]{0,60}\\b(?:all the details|in detail|don'?t fade to black|dont fade to black)\\b" +
        // "sext with me", "sell feet pics if youre 15", "roleplay where ur my stepsister and we do stuff when moms not home"
        "|\\bsext with me\\b|\\bsell (?:feet|foot|nude|my) pics\\b|\\broleplay\\b[^.!?]{0,40}\\b(?:stepsister|stepbrother|stepmom|stepdad|sister|brother)\\b[^.!?]{0,40}\\b(?:do stuff|graphic|hook up|make out)\\b" +
        // answers: "here's your erotic poem: her skin so soft beneath my fingers", "slid your hand under her", "slowly untied her"
        "|\\berotic (?:poem|story|scene)\\b|\\b(?:slid|slides|sliding|ran|runs) (?:your|his|her|my) hand (?:under|up|down) (?:her|his|your)\\b|\\bslowly (?:untied|unbuttoned|unzipped|removed|pulled off) (?:her|his|your)\\b|\\bpressed (?:her|him) against the lockers\\b" +
        // "the dirtiest sexting lines to send my bf, we're both 14", an answer: "spicy sexting lines to send your 14-year-old boyfriend"
        "|\\b(?:dirty|dirtiest|spicy|sexy|hot)\\b[^.!?]{0,15}\\bsexting (?:lines|messages|texts)\\b|\\bsexting (?:lines|messages|texts)\\b[^.!?]{0,40}\\b(?:1[0-7]|\\d+[- ]year[- ]old)\\b" +
        // "roleplay a hot makeout scene with me where ur my teacher", an answer: "i'm your teacher and you stayed after class. i lock the door"
        "|\\b(?:makeout|make out|hookup|hook up|sex|sexy|hot|steamy|romantic)\\s+scene\\b[^\\n]{0,40}\\b(?:ur|you'?re|you are) my (?:teacher|coach|tutor|principal)\\b|\\bi'?m your (?:teacher|coach|tutor)\\b[^\\n]{0,60}\\b(?:lock the door|slowly|stayed after class)\\b" +
        // "naruto x hinata fanfic where they finally do it, rated xxx, dont skip anything"
        "|\\brated (?:x|xxx|nsfw|18\\+?)\\b|\\b(?:fanfic|story|roleplay)\\b[^.!?]{0,40}\\bwhere they (?:finally )?(?:do it|have sex|sleep together|hook up)\\b" +
        // "explain step by step how to give a blowjob"
        "|\\bhow (?:to|do i|do you|can i) (?:give|do) (?:a )?(?:blowjob|bj|handjob|head)\\b" +
        // "how can i secretly film the girls locker room", an answer: "so it records in the locker room without anyone noticing"
        "|\\b(?:film|record|records|recording|filming|video)\\b[^.!?]{0,30}\\b(?:(?:girls'?|boys'?) )?(?:locker rooms?|bathrooms?|changing rooms?|showers?)\\b[^.!?]{0,40}\\b(?:secretly|without (?:anyone|them|getting caught|her|him) (?:noticing|knowing|seeing)|without getting caught|hidden)\\b|\\bsecretly (?:film|record|video)\\b[^.!?]{0,30}\\b(?:locker rooms?|bathrooms?|changing rooms?|showers?|girls|boys)\\b" +
        // "a really detailed story about my friends mom seducing me"
        "|\\b(?:story|roleplay|rp|scene)\\b[^.!?]{0,50}\\b(?:seduc\\w+|sleep(?:ing)? with|hook(?:ing)? up with|undress\\w*) me\\b" +
        // "a girl has to take off her clothes in front of the whole class and describe her body"
        "|\\btakes? off (?:her|his|their) clothes\\b[^\\n]{0,60}\\bdescribe (?:her|his|their) bod(?:y|ies)\\b" +
        // answers: "to get her to send the photo, start by complimenting her body", "tell me what you want me to take off first"
        "|\\bto get (?:her|him|them) to send (?:you )?(?:the |a )?(?:photo|pic|picture|nudes?)\\b|\\bwhat you want me to take off\\b|\\bi'?m wearing something you'?d (?:really )?like\\b|\\bdetailed description of\\b[^.!?]{0,40}\\b(?:undressing|having sex|naked)\\b" +
        // "closed the classroom door behind him and whispered that nobody ever had to know"
        "|\\b(?:mrs?|ms|miss|mr|coach)\\.? \\w+\\b[^\\n]{0,80}\\b(?:closed the (?:classroom )?door|nobody (?:ever )?had to know)\\b[^\\n]{0,60}\\b(?:slowly|whisper\\w*|touch\\w*|kiss\\w*|closer)\\b",
    ),
    quoted: "soften",
    refine: (_m, ctx, level) => (/\b(?:is it illegal|consequences|dangers of|report(?:ed|ing)?|mandated|policy|privacy law|voyeurism law|health class|lesson|what should i do if)\b/.test(ctx.n.text) ? null : level),
  },
];

/** Crude sexual words from the profanity list that are not profanity in the swear-word sense. */
export const crudeSexualWords = new Set(["blowjob", "handjob", "dildo", "gangbang", "deepthroat", "fisting", "felch", "buttplug", "lubejob", "finger bang", "doggystyle", "double penetration", "hentai", "jizz"]);

export const sexualVocabulary = ["sex", "sexual", "nudes", "porn", "naked", "nude", "explicit", "steamy", "hentai"];
