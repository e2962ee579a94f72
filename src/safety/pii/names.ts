// Names of private persons. A name is a known first name followed by a
// capitalized surname ("Grace Okafor"), any two capitalized words after a
// strong cue ("my name is", "Name:", "Guardian"), or a first name alone where
// the words around it say it is a person ("me and Sofia", "Tyler says",
// "make fun of jake"). Public, historical and fictional people students write
// about (George Washington, Emily Dickinson, Percy Jackson) are left alone.
import { everydayWordNames, firstNames, publicFigures } from "./names-data.ts";
import type { PiiSpan } from "./types.ts";

interface Token {
  word: string;
  lower: string;
  start: number;
  end: number;
  capitalized: boolean;
  sentenceStart: boolean;
}

const notSurname = new Set(
  `the a an and or but in on at to for of with from by i is are was were be can could would should will shall may might must do does did has have had
  please thanks thank hi hello hey dear yes no not mr mrs ms dr id dob grade student parent guardian teacher name phone email address room school
  why what when where how who which
  black white asian asians jewish jews muslim muslims mexican mexicans latino latinos hispanic hispanics arab arabs indian indians african africans
  chinese korean japanese vietnamese christian christians catholic catholics gay gays trans
  monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december
  hills beach city county heights springs falls lake valley island bay harbor harbour ferry mountain mountains river creek village station academy
  high middle elementary university college hospital center centre mall street avenue road church library museum zoo airport stadium arena hall
  square garden gardens forest woods point grove ridge canyon desert plains state national memorial day dame county township district unit
  class period lesson chapter test quiz homework project essay english spanish french math science history biology chemistry physics art music
  pe gym lunch recess club team republic empire kingdom dynasty army navy party revolution war treaty act bill court senate congress house
  ocean sea mountains river desert islands peninsula canal wall tower bridge palace castle era age period
  baptist methodist lutheran presbyterian catholic episcopal pentecostal church chapel parish plan form policy committee council
  youth program programs shelter foundation association league department services project initiative fund employment family
  hotline helpline lifeline crisis abuse national`
    .split(/\s+/)
    .filter(Boolean),
);

/** The writer giving their own name ("hey its Leilani", "me (Hugo), Talia and Rashad"). */
const selfNaming = String.raw`\b(?:hi|hey|hello),? it'?s|\bmy name is|\bcall me|\bme \(`;
const strongBefore = new RegExp(
  String.raw`(?:${selfNaming}|\bsign(?:ed)? (?:it |this )?(?:from|as)|\bname is|\bname'?s|\bnames are|\bname\s*:|\bnamed|\bi'?m|\bi am|\bim|\bthis is|\bdear|\bhi,?|\bhello,?|\bhey,?|\bstudent\s*(?:name)?\s*:|\bparent\s*:|\b(?:parent|guardian|mom|dad|mother|father|teacher|student|contact|counselor|coach|payee)(?:'s name)? is|\bguardian\s*:|\bcontact\s*:|\bfrom\s*:|\bto\s*:|\bcc\s*:|\bsincerely,?|\bthanks,?|\blove,?)\s*$`,
  "i",
);
/** After the writer's own name cue, a capitalized word is a name even when the lists do not know it. */
const selfNamed = new RegExp(String.raw`(?:${selfNaming}|\bmy name,)\s*$`, "i");
const roleBefore =
  /\b(?:friend|best friend|bff|classmate|teacher|treasurer|president|chair|chaperone|liaison|bus driver|driver|pastor|aide|para|paraprofessional|secretary|custodian|librarian|employee|volunteer|substitute|intern|case ?worker|social worker|therapist|mom|mother|dad|father|sister|brother|cousin|aunt|auntie|uncle|grandma|grandpa|grandmother|grandfather|stepdad|stepmom|neighbou?r|coach|counselor|counsellor|principal|tutor|mentor|boyfriend|girlfriend|crush|lab partner|partner|son|daughter|student|child|kid|guardian|parent|nurse|husband|wife|(?:\d(?:st|nd|rd|th)|new) grader|transfer student|(?:our|my|a|the|this|that|his|her|their) (?:junior|senior|sophomore|freshman)|newcomer|(?:this|that|the|a) (?:girl|boy|guy|dude|kid|lady|man|woman))\s*[,:]?\s*$/i;
const personBefore =
  /(?:\bme and|\band me|\broast|\broasting|\bpush|\bshove|\btrip|\bpretending to be|\bpretend to be|\bimpersonat\w*|\bspam|\bharass|\bdoxx?|\bstalk|\begg|\bsnitch on|\bwith|\bto|\binto|\bfor|\btell|\bask|\btext|\bcall|\bemail|\bmessage|\bdm|\binvite|\btold|\basked|\bcalls|\bcalled|\bmake fun of|\bmaking fun of|\bexpose|\bexposing|\btelling|\btexting|\bignore|\bignoring|\bembarrass|\bembarrassing|\blaugh at|\broast of|\bpics? of|\bpictures? of|\bvideo of|\bpunch|\bpunching|\bhit|\bhitting|\bkick|\bkicking|\bslap|\bslapping|\bstab|\bstabbing|\bkill|\bkilling|\bshooting|\bhurting|\bfight|\bfighting|\bbeat up|\bjump|\bcatch|\bwait for|\bwaiting for|\bstomp|\bmess with|\bmessing with|\bshoot|\bhurt|\bblock|\bunfriend|\bmet|\bsaw|\bdate|\bdating|\bkissed|\bsit by|\babout|\bagainst|\bsit with|\bnext to|\baccount of|\bpage of|\bfun of how|\babout how|\bhow (?:ugly|fat|dumb|stupid|weird|annoying|gross|mean|rude|pretty|hot|cute)|\bprofile of|\bpics? of|\brumou?rs? (?:about|that)|\bsnap|\bdm'd|\bfollow|\bbehind|\bbeside|\blikes?|\bhates?|\bbully|\bbullies|\bbullying|\bif|\bfrom|\bthat|\bbecause)\s*$/i;
const personAfter =
  /^(?:\s+is (?:a|an|such|so|being|always|literally|really|the|my|mean|annoying|going|gonna|about|not|never|still|in my|my)\b|\s+(?:will|won'?t|needs|deserves|better|should|'ll|keeps|wants|thinks|thought|stole|took|tried|tries|laughed|laughs|pushed|threatened|lied)\b|\s+(?:pay|cry|suffer|regret|feel|laugh|leave|quit)\b|\s+is getting (?:what|it|jumped|beat|hurt)\b|'s (?:mom|dad|mother|father|phone|number|email|address|house|birthday|party|sister|brother|friend)\b|\s+(?:says|said|keeps|kept|told|asked|wants|texted|called|hit|hits|pushed|pushes|shoves|shoved|trips|tripped|kicks|kicked|punches|punched|slaps|slapped|bullies|bullied|won'?t|doesn'?t|didn'?t|always|never|smells|stinks|and (?:his|her|i|me)|who|whose)\b|\s+(?:from|in) (?:my |our |the )?(?:class|school|homeroom|math|english|science|history|band|choir|orchestra|gym|pe|the team|practice|church|camp|next door|down the street|my grade|first period|second period|third period|lunch)\b|\s*\((?:id|s\d)|,\s*(?:id|dob|grade|age|\d)|:?\s+\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b)/i;
const literaryContext =
  /\b(?:book|novel|play|poem|story|character|characters|chapter|author|shakespeare|excerpt|thesis|memoir|iliad|odyssey|frankenstein|discussion (?:questions?|prompts?)|the outsiders|in the (?:book|novel|play|story|movie|film|show|series)|reading|the movie|the show|fiction|literature|myth|legend|bible)\b|^\s*in ["“']?[A-Z][\w']*(?: [\w']+){0,4}[,"”']/i;

/** "in Hatchet how does Brian survive", "in The Kite Runner what happens to Hassan": a title, then a question about its people. */
const titleThenQuestion = /\bin (?:The |A |An )?(?!(?:Math|English|Science|History|Spanish|French|Art|Band|Choir|Gym|PE|Class|Homeroom|Period|School|Biology|Chemistry|Physics|Health|Geometry|Algebra|ELD|ESL|ELA)\b)[A-Z][a-z]+(?: [A-Z][a-z]+){0,3},? (?:why|how|what|who|when|does|did|is|was)\b/;

/** Lower case, curly apostrophes straightened, accents off only where there are any (most words are plain ASCII). */
function plainLower(word: string): string {
  const lower = word.toLowerCase().replace(/’/g, "'");
  return /[^\x00-\x7f]/.test(lower) ? lower.normalize("NFD").replace(/\p{M}/gu, "") : lower;
}

// Letters of any alphabet: "Sebastián Ortega", "Zoë", "Nguyễn" are names too.
const tokenRe = /\p{L}[\p{L}'’-]*\p{L}|\p{L}/gu;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let m: RegExpExecArray | null;
  tokenRe.lastIndex = 0;
  while ((m = tokenRe.exec(text)) !== null) {
    let word = m[0];
    // "Sofia's" is Sofia.
    if (/['’]s$/i.test(word)) word = word.slice(0, -2);
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    tokens.push({
      word,
      // Accents off for the name lists: "sebastián" is looked up as "sebastian".
      lower: plainLower(word),
      start: m.index,
      end: m.index + word.length,
      capitalized: /^\p{Lu}\p{Ll}/u.test(word) || /^(?:Mc|Mac|O')[A-Z][a-z]/.test(word),
      sentenceStart: tokens.length === 0 || /[.!?\n:]\s*$/.test(before),
    });
  }
  return tokens;
}

const adjacent = (text: string, a: Token, b: Token) => /^ {1,2}$/.test(text.slice(a.end, b.start));
const isSurname = (t: Token) => t.capitalized && t.word.length > 1 && !notSurname.has(t.lower) && !/^\p{Lu}+$/u.test(t.word);

export function findNames(text: string): PiiSpan[] {
  const tokens = tokenize(text);
  const spans: PiiSpan[] = [];
  const literary = literaryContext.test(text) || titleThenQuestion.test(text);
  // "Patriots like Paul Revere": in a history lesson with nothing personal around, a full name is a public one.
  const history = historyTopic.test(text) && !personalRecord.test(text);
  const contactLine = contactDetails.test(text) && !history && !literary;
  // A title ("Mr. Okonkwo") makes a lone surname a real person even when a character shares it.
  // "Tom Robinson ... Tom's trial": once a public figure is named in full, their first or last name alone is them too.
  const publicParts = new Set<string>();
  const add = (a: Token, b: Token, titled = false) => {
    if (a === b) {
      if (publicParts.has(a.lower) || (!titled && publicFigures.has(a.lower))) return;
    } else {
      if (publicFigures.has(`${a.lower} ${b.lower}`.replace(/'s$/, ""))) {
        publicParts.add(a.lower).add(b.lower);
        return;
      }
      // "Okonkwo" alone is the novel's; "Daniel Okonkwo" is a gym teacher, unless the text is about a book.
      if (literary && (publicFigures.has(a.lower) || publicFigures.has(b.lower))) return;
      // "Nguyen Van Hai", "Ana Sofía Mejía", "Carlos Mendoza Ruiz": many families give three names; a capitalized word right after two is the third, unless a title runs on ("Maria Lopez Regarding Field Trip").
      const k = tokens.indexOf(b);
      const third = tokens[k + 1];
      const fourth = tokens[k + 2];
      if (third && adjacent(text, b, third) && isSurname(third) && !notFirstWord.has(third.lower) && !honorifics.has(third.lower) && !(fourth && adjacent(text, third, fourth) && fourth.capitalized)) b = third;
    }
    spans.push({ type: "person_name", start: a.start, end: b.end, value: text.slice(a.start, b.end) });
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Already inside a name found before it (a third name).
    if (spans.length > 0 && t.start < spans[spans.length - 1]!.end) continue;
    const next = tokens[i + 1];
    const before = text.slice(Math.max(0, t.start - 30), t.start);
    const after = text.slice(t.end, t.end + 30);
    // "dylans big ears": a possessive typed without its apostrophe.
    if (!firstNames.has(t.lower) && /^[a-z]{4,}s$/.test(t.lower) && firstNames.has(t.lower.slice(0, -1)) && !everydayWordNames.has(t.lower.slice(0, -1)) && (roleBefore.test(before) || personBefore.test(before))) {
      spans.push({ type: "person_name", start: t.start, end: t.end - 1, value: text.slice(t.start, t.end - 1) });
      continue;
    }
    const known = firstNames.has(t.lower);
    const everyday = everydayWordNames.has(t.lower);
    const strong = strongBefore.test(before);
    const role = roleBefore.test(before);
    // "Coach Rivera", not the end of a sentence ("I'm the wrestling coach. Draft a letter").
    const titled = /\b(?:(?:mr|mrs|ms|miss|mx|dr|prof)\.?|coach)\s*$/i.test(before);
    const titledPair = titled || /\b(?:pastor|father|reverend|rev\.|principal|officer|deputy|nurse|sister)\s*$/i.test(before);
    const byAuthor = /\bby\s*$/i.test(before);
    const pairNext = next && adjacent(text, t, next) ? next : undefined;

    // "King Duncan", "Saint Patrick", "General Lee": a title of rank before a name is a public or fictional figure.
    if (pairNext && rankTitles.has(t.lower) && t.capitalized) {
      i++;
      continue;
    }
    // "Ms. Farah Haddad": a title before two capitalized words names a person by both.
    if (titledPair && pairNext && t.capitalized && !notSurname.has(t.lower) && isSurname(pairNext)) {
      add(t, pairNext, true);
      i++;
      continue;
    }
    // "Hoang Minh Tran, born 2012-05-08": three names before the record.
    const third = pairNext ? tokens[i + 2] : undefined;
    if (pairNext && third && adjacent(text, pairNext, third) && isSurname(t) && !t.sentenceStart && !honorifics.has(t.lower) && !/^(?:im|i'm|its|it's)$/.test(t.lower) && isSurname(pairNext) && isSurname(third) && !history && recordAfter.test(text.slice(third.end, third.end + 24))) {
      add(t, third);
      i += 2;
      continue;
    }
    // "Maisie Korpi, born March 30", "Wen Liu 2301442": two capitalized words right before a record's other personal data.
    if (pairNext && isSurname(t) && isSurname(pairNext) && !history && (recordAfter.test(text.slice(pairNext.end, pairNext.end + 24)) || addressAfter.test(text.slice(pairNext.end, pairNext.end + 40)))) {
      add(t, pairNext);
      i++;
      continue;
    }
    // "a reminder to Colette Navarro that her son's test moved ... email ... phone": in a text with contact details, two capitalized words inside a sentence name a person.
    if (pairNext && contactLine && !t.sentenceStart && isSurname(t) && isSurname(pairNext) && !notFirstWord.has(t.lower) && !notFirstWord.has(pairNext.lower) && !/^\p{Lu}+$/u.test(t.word)) {
      add(t, pairNext);
      i++;
      continue;
    }
    // "Oksana Melnyk and me are partners": two capitalized words the writer pairs with themself.
    if (pairNext && isSurname(t) && isSurname(pairNext) && !notFirstWord.has(t.lower) && /^\s+(?:and (?:me|i)\b|is my (?:partner|friend|cousin|neighbou?r|sister|brother))/.test(text.slice(pairNext.end, pairNext.end + 30))) {
      add(t, pairNext);
      i++;
      continue;
    }
    // "Patriots like Paul Revere": a first and last name in a history lesson, left whole and alone.
    if (history && pairNext && known && t.capitalized && isSurname(pairNext) && !strong && !role) {
      i++;
      continue;
    }
    // "Grace Okafor", "Name: Hannah Lee", "I'm Maya Thompson".
    if (pairNext && isSurname(pairNext) && (t.capitalized || (strong && known)) && !byAuthor) {
      const placeLike = everyday && /^(?:Park|Street|Avenue|Road|Lane|Drive)$/.test(pairNext.word);
      // "Hi Coach Whitfield": a title is not a first name; the title rule takes the surname alone.
      if ((known && !placeLike) || ((strong || role) && t.capitalized && !notSurname.has(t.lower) && !honorifics.has(t.lower))) {
        add(t, pairNext);
        i++;
        continue;
      }
    }
    // "my name is kayla morris": a lower-case first name after a strong cue, with its surname if one follows.
    if (strong && known && !t.capitalized && !everyday) {
      const surname = pairNext && /^[a-z]{2,}$/.test(pairNext.word) && !notSurname.has(pairNext.lower) && !commonLower.has(pairNext.lower) ? pairNext : undefined;
      add(t, surname ?? t);
      if (surname) i++;
      continue;
    }
    // "your son Khoa", "my friend Aarav": a role before a capitalized word names someone the lists may not know.
    const aimedAt = targetingName.test(before);
    if ((role || aimedAt || selfNamed.test(before)) && !known && isSurname(t) && !kinship.has(t.lower) && !t.sentenceStart && !(pairNext && pairNext.capitalized) && (!literary || mockedInPlainWords.test(before) || myPerson.test(before))) {
      add(t, t);
      continue;
    }
    // "Ms. Kowalski": a title makes the next capitalized word a surname.
    if (titled && isSurname(t)) {
      add(t, t, true);
      continue;
    }
    // "mr reyes", typed in lower case: a title still names a person ("miss", "coach" and "dr" are ordinary words too: "dr appointment").
    if (/\b(?:mr|mrs|ms|mx)\.?\s*$/i.test(before) && /^[a-z]{3,}$/.test(t.word) && !notSurname.has(t.lower) && !commonLower.has(t.lower) && !notLowerSurname.has(t.lower)) {
      add(t, t);
      continue;
    }
    // A first name alone, where the words around it say it is a person.
    // "a note to ruby telling her ...": a pronoun pointing back makes even an everyday word a person.
    const pointedBack = /^\s+(?:telling|asking|texting|saying|says|said|and|because|so|that|when|until|after|if) (?:her|him|she|he|them|they)\b/.test(after);
    if (known && (t.capitalized || !everyday || pointedBack) && !byAuthor) {
      // A capitalized first name inside a sentence ("ask Priya", "tell Marcus"), outside schoolwork about books and history.
      const midSentence = t.capitalized && !t.sentenceStart && !everyday && !(pairNext && pairNext.capitalized) && !literary && !schoolwork.test(text);
      const cue = strong || role || midSentence || personBefore.test(before) || targetingName.test(before) || personAfter.test(after);
      // Mockery aims at a real classmate; "why does Johnny kill Bob" is a book's plot.
      const personal = strong || role || mockingBefore.test(before);
      if (!cue) continue;
      if (everyday && !personal && !pointedBack) continue;
      if (!t.capitalized && !(personBefore.test(before) || personAfter.test(after) || personal)) continue;
      // In a text about a book, a bare first name is usually a character, unless someone is being targeted.
      if (literary && !personal && !targeting.test(before) && !targetingName.test(before)) continue;
      add(t, t);
    }
  }
  return spans;
}

/** Words that follow "my mom," or "our team" without being anyone's name. */
const kinship = new Set("mom dad mother father mum grandma grandpa nana papa sister brother aunt uncle cousin families family parents parent team class staff everyone students teachers friends".split(" "));

/** Schoolwork about books, history and faith, where a capitalized first name is usually a character or a historical person. */
const schoolwork = /\b(?:lesson|unit|discussion questions|novel|book|play|poem|story|chapter|essay|summar\w+|character|analy\w+|themes?|civics|history|historical|bible|gospel|myth\w*|republic|empire|dynasty|war|revolution|president|king|queen|saint)\b/i;

/** Words of address before a name, never part of it: "Coach Hollis Pruitt". */
const honorifics = new Set("coach principal teacher nurse officer pastor father sister brother dean professor judge doctor deputy sergeant".split(" "));

/** Another piece of a person's record right after a name: an id, a birth date, a phone number, an email address. */
const recordAfter = /^(?:'s)?\s*[,(:|]?\s*(?:at\s+)?(?:room \d+,?\s*)?(?:\d{4}-\d{2}-\d{2}\b|\d{1,2}\/\d{1,2}\/\d{2,4}\b|(?:her|his|their) (?:number|phone|cell|email)\b|\(?(?:student )?id\b|dob\b|born\b|grade \d|\d{1,2}(?:st|nd|rd|th) grade\b|class of \d|(?:parent|guardian|mom|dad|cell|home)\s*:?\s*\(?\d{3}\)?[-. ]?\d{3}[-. ]\d{4}|s\d{6}\b|2\d{6}\b|\(?\d{3}\)?[-. ]?\d{3}[-. ]\d{4}|[\w.+-]+@)/i;
/** A street address right after a name: "payee Gretchen Lowell, 58 Quarry Hill Rd". */
const addressAfter = /^,?\s*\d{1,6} [A-Z][a-z]+ (?:[A-Z][a-z]+ )?(?:St|Rd|Ave|Dr|Ln|Ct|Blvd|Way|Street|Road|Avenue|Drive|Lane|Court)\b/;

/** A phone number or an email address somewhere in the text. */
const contactDetails = /@[\w-]+\.|\b\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b|\bdob\b|\bdate of birth\b|\b\d{1,6} [A-Z][a-z]+ (?:St|Rd|Ave|Dr|Ln|Ct|Blvd|Way)\b/i;

/** Capitalized words that start place, school and product names, not persons: "New York", "Lincoln High", "Google Classroom". */
const notFirstWord = new Set("first second grace calvary trinity bethel action new north south east west saint st san santa los las el la le fort mount mt lake port united google microsoft apple zoom canvas schoology pta pto ap ib high middle elementary community county city state central valley river parent student teacher field trip spring fall winter summer room bus happy dear best thanks thank coach pastor principal officer nurse doctor dr mr mrs ms miss professor dean dairy queen king burger pizza cafe market store shop company bank red cross girl boy scout scouts ymca league".split(" "));

/** Texts about the past, where a full name is usually a historical person's. */
const historyTopic = /\b(?:history|historical|war|wars|revolution\w*|battle|colonists?|patriots?|empire|dynasty|century|president|civil rights|manhattan project|ancient|medieval|treaty|massacre)\b/i;

/** What makes a text about history personal after all: contact details, ids, a letter. */
const personalRecord = /@|\b\d{3}[-. )]\s?\d{3}[-. ]\d{4}\b|\b(?:s\d{6}|2\d{6})\b|\b(?:id|dob|dear|parent|guardian|student|email|my (?:friend|teacher|mom|dad|classmate|son|daughter))\b/i;

/** Words before a name the lists may not know that aim something at a real person: "about how Kenzie smells", "next time Sarkela yells". */
const targetingName = /(?:\buse (?:it|this|that|them|the \w+) on|\bnicknames? for|\babout how(?: bad| much)?|\bmake fun of|\bmaking fun of|\bnext time|\brank|\bslash|\broasting|\bpretending to be|\bimpersonat\w*|\bme and|\bwith me and|\bbeating|\bstomp\w*|\bcatch|\b(?:roasts?|insults?|diss track|track|rap|song|poem|video|tiktok) about(?: how)?|\breasons(?: why)?|\bspread that|\brumou?rs? (?:that|about)|\bfake (?:(?:insta|instagram|ig|tiktok|snap) )?(?:account|profile|page|insta|tiktok) (?:for|of|about)|\bexpose|\broast|\bbully|\bbeat up|\bpunch|\bstab|\bhurt|\bkill|\bjump)\s*$/i;

/** Mockery that no book lesson asks for: "a diss track about Kenzie", "a fake account for Jolene" ("why does Hamlet kill Claudius" is a plot). */
const mockedInPlainWords = /(?:\b(?:roasts?|insults?|diss track|rap|song|tiktok) about(?: how)?|\broasting|\bmake fun of|\bmaking fun of|\brank|\bfake (?:(?:insta|instagram|ig|tiktok|snap) )?(?:account|profile|page|insta|tiktok) (?:for|of|about))\s*$/i;

/** The writer's own people: "a poem for my best friend Talia" is about a real friend even in a text about a poem. */
const myPerson = /\b(?:my|our) (?:best |little |big |older |younger |baby |twin |step-?)?(?:bus driver|coach|teacher|friend|bff|sister|brother|cousin|classmate|lab partner|partner|crush|boyfriend|girlfriend|neighbou?r)\s*,?\s*$/i;

/** Mockery before a name, which only a real person gets: "rank Harper on looks", "about how bad Will smells". */
const mockingBefore = /(?:\breasons(?: why)?|\bnicknames? for|\buse (?:it|this|that|them|the \w+) on|\babout how(?: bad| much)?|\bmake fun of|\bmaking fun of|\brank|\broast|\broasting|\bexpose|\bbully|\bpretending to be|\bimpersonat\w*|\bspread that|\brumou?rs? (?:that|about))\s*$/i;

/** Words before a name that aim something at a real person ("roast of", "how ugly", "stab"): a name even in a text about a poem. */
const targeting = /(?:\bmake fun of|\bmaking fun of|\broast(?: of)?|\bexpose|\bexposing|\bbully|\bbullies|\bbullying|\bhow (?:ugly|fat|dumb|stupid|weird|annoying|gross)|\brumou?rs? (?:about|that)|\bpunch|\bstab|\bkill|\bhurt|\bbeat up|\bshoot)\s*$/i;

/** Titles of rank that make a name a monarch's, a saint's or a general's, not a private person's. */
const rankTitles = new Set("king queen prince princess lord lady sir dame saint st pope emperor empress general president captain duke duchess count countess baron sultan czar tsar pharaoh chief senator governor admiral colonel lieutenant sergeant".split(" "));

/** Words after "mr"/"ms"/"dr" that are brands, characters or software, not a teacher's surname. */
const notLowerSurname = new Set("pepper seuss who phil oz clean bean potato krabs beast robot worldwide incredible right nobody wonderful universe olympia word paint teams excel office edge outlook".split(" "));

/** Lower-case words that follow a name in chat but are not surnames ("im jake lol", "my name is ava and"). */
const commonLower = new Set(
  "and lol lmao btw but so im i my is was from in at on to for with the a an yes no ok okay haha thanks pls please who what how why when where can could will would should do does did have has had am are not just also too really very this that its it".split(
    " ",
  ),
);
