// Word classes for the classifier: ordinary English, written by hand, not
// mined from the labeled data. A sentence nobody wrote before still uses
// words of these classes ("my stepdad shoves me" ~ "my dad hits me"), so
// features over classes carry what was learned to unseen wording.
import { profanityVocabulary } from "../engine/detectors/profanity.ts";

const classes: Record<string, string> = {
  adult:
    "mom mother mum dad father stepdad stepmom stepfather stepmother uncle aunt grandpa grandma grandfather grandmother coach teacher boyfriend girlfriend brother sister cousin babysitter neighbor neighbour pastor priest parents guardian foster stepbrother stepsister man guy",
  harm:
    "hit hits hitting punch punches punched punching kick kicks kicked beat beats beating beaten slap slaps slapped choke chokes choked choking strangle strangled burn burns burned burnt hurt hurts hurting cut cuts cutting stab stabs stabbed shove shoved push pushed throw throws threw grab grabbed bruise bruises bruised scratch scratching bleed bleeding whip whipped belt smack smacked attack attacked jump jumped bash bashed",
  sexual:
    "touch touches touched touching undress naked nude nudes pics pictures photos private privates shower bed kiss kissed sex sexual sexy explicit porn horny dirty steamy hookup seduce seduces erotic graphic virginity",
  death:
    "die dying dead death died kill killing killed suicide suicidal alive unalive gone disappear funeral goodbye overdose od hang noose rope pills wake existing exist live living life end ending",
  mood:
    "hopeless worthless useless alone lonely tired exhausted empty numb scared afraid terrified sad depressed anxious hate pointless burden nothing numb crying cry miserable trapped",
  weapon:
    "gun guns pistol rifle shotgun knife knives blade bomb bombs explosive explosives grenade ammo bullets molotov thermite napalm taser machete brass crossbow weapon weapons glock ar15 firearm",
  drug:
    "weed pot marijuana thc cannabis edibles edible vape vaping nicotine alcohol drunk beer vodka xanax percs percocet oxy fentanyl meth cocaine coke heroin molly mdma lsd acid shrooms lean codeine adderall high trip dab blunt joint cart carts",
  group:
    "jews jewish muslims muslim blacks asians asian chinese mexicans mexican immigrants immigrant gays gay trans transgender women latinos arabs indians refugees christians",
  insult: "stupid dumb ugly fat loser idiot retard freak trash disgusting parasites vermin animals subhuman pathetic weirdo creep",
  place: "school class gym cafeteria hallway bus assembly rally campus classroom locker lunch recess",
  when: "tomorrow tonight monday tuesday wednesday thursday friday weekend soon later",
  evade: "proxy vpn unblock unblocked blocked filter firewall goguardian securly wifi bypass hotspot incognito",
  inject: "ignore instructions system prompt rules restrictions mode developer jailbreak pretend dan override disregard unrestricted unfiltered admin",
};

const wordClass = new Map<string, string>();
for (const [name, words] of Object.entries(classes)) for (const w of words.split(/\s+/)) if (!wordClass.has(w)) wordClass.set(w, name);
for (const w of profanityVocabulary) if (!wordClass.has(w)) wordClass.set(w, "swear");

/** The class of a word, or undefined. */
export const classOf = (word: string): string | undefined => wordClass.get(word);
