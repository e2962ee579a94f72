// Texting spellings read as the words they stand for, so every rule sees
// "about", "people", "tomorrow" and "trying" whatever the student typed
// ("abt", "ppl", "tmrw", "tryin"). This is not obfuscation: nobody is hiding
// anything, so these never count as filter evasion.

const shorthandEntries: Record<string, string> = {
  abt: "about",
  // Misspellings common enough to hide a word from the rules.
  dissapear: "disappear",
  dissappear: "disappear",
  disapear: "disappear",
  // Swearing in texting shorthand is still swearing (a flag, never evasion).
  fkn: "fucking",
  fkin: "fucking",
  fking: "fucking",
  fckn: "fucking",
  fckin: "fucking",
  fcking: "fucking",
  h8: "hate",
  abut: "about",
  ppl: "people",
  "s/h": "self harm",
  "s/h'ing": "self harming",
  peeps: "people",
  thru: "through",
  tmrw: "tomorrow",
  tmr: "tomorrow",
  tmrow: "tomorrow",
  tmw: "tomorrow",
  tomoro: "tomorrow",
  tomorow: "tomorrow",
  "2morrow": "tomorrow",
  "2moro": "tomorrow",
  tonite: "tonight",
  "2nite": "tonight",
  "2night": "tonight",
  cuz: "because",
  cus: "because",
  coz: "because",
  bcuz: "because",
  bcoz: "because",
  bcz: "because",
  becuz: "because",
  bc: "because",
  "w/": "with",
  "w/o": "without",
  pls: "please",
  plz: "please",
  rly: "really",
  realy: "really",
  srsly: "seriously",
  smth: "something",
  sth: "something",
  sum1: "someone",
  some1: "someone",
  any1: "anyone",
  every1: "everyone",
  evry1: "everyone",
  no1: "no one",
  noone: "no one",
  tho: "though",
  prolly: "probably",
  u: "you",
  r: "are",
  lil: "little",
  wat: "what",
  wut: "what",
  kno: "know",
  knw: "know",
  hw: "homework",
  rn: "right now",
  nvr: "never",
  evr: "ever",
  ppls: "people's",
  ya: "you",
  yu: "you",
  thot: "thought",
  wen: "when",
  b4: "before",
  "2day": "today",
  gf: "girlfriend",
  bf: "boyfriend",
  skool: "school",
  scool: "school",
  schl: "school",
};

// A Map, not the object itself: "constructor" or "toString" typed by a student must not find Object's own properties.
const shorthand = new Map(Object.entries(shorthandEntries));

/** Verbs students type without the final g ("tryin", "killin"): read with it. */
const droppedG = new Set(
  `trying going doing nothing something living dying killing cutting thinking feeling hurting throwing getting selling smoking
  taking making saying telling coming talking playing sleeping fighting shooting stabbing beating hitting bringing kidding
  joking lying crying laughing messing starving planning hiding sneaking buying wanting eating drinking vaping punching
  kicking choking jumping looking waiting working asking begging sending touching watching running walking leaving
  freaking tripping rolling dealing scratching burning bleeding screaming yelling hating`
    .split(/\s+/)
    .filter(Boolean),
);

/** The word a texting spelling stands for, or null when `core` is already a word. */
export function respell(core: string): string | null {
  const direct = shorthand.get(core);
  if (direct !== undefined) return direct;
  if (core.length >= 4 && core.endsWith("in")) {
    const full = `${core}g`;
    if (droppedG.has(full)) return full;
  }
  return null;
}
