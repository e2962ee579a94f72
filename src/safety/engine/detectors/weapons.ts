// Weapons: making, converting, buying or printing a weapon or an explosive is
// harmful; a debate on gun control, the history of the atomic bomb or a lab
// safety slide is not. Rules need both a make/get verb and a weapon noun.
import { rx, wordsOf, type Rule } from "../rules.ts";

const f = {
  thing:
    "(?:pipe |nail |smoke |homemade |home made |car |fertilizer |dirty )?bombs?|pipebombs?|ieds?|explosives?|grenades?|molotovs?(?: cocktails?)?|napalm|thermite|detonators?|blasting caps?|c-?4|tnt|dynamite|black powder|gunpowder|chloroform|nitroglycerin|nitro|tatp|hmtd|ammonium nitrate|anfo|(?:ghost |3d[- ]?printed |untraceable |homemade |zip )?guns?|firearms?|pistols?|rifles?|shotguns?|ar-?15s?|ak-?47s?|glock(?: switch)?|auto sears?|bump stocks?|silencers?|suppressors?|(?:toxic|poison(?:ous)?|deadly|lethal|chlorine|mustard|nerve) gas|nerve agents?|sarin|ricin|cyanide|poisons?|flamethrowers?|full auto|fully automatic|switchblades?|brass knuckles|tasers?|stun guns?|crossbows?|shivs?|weapons?|real bullets|bullets|ammo|ammunition|shanks?|shivs?|(?:knife|knives|blade|weapon) out of|explosions?|lower receivers?|80% lowers?|receivers?|fire control (?:pocket|group)|firing pins?",
  make: "make|making|made|build|building|create|creating|3d ?print|print|printing|convert|converting|assemble|assembling|mix|mixing|cook|brew|synthesi[sz]e|get|buy|buying|order|obtain|detonate|set off|modify|turn|craft|rig|load|shoot|light",
  /** Words between the verb and the weapon, but not "about"/"on": "make a poster about guns" is not making a gun. */
  object: "(?:(?!about|on|for|of|against|regarding|with|to)[^\\s.!?]+\\s+){0,3}",
  /** "gun safety", "gun control": the topic, not the object. */
  notTopic: "(?! (?:safety|control|violence|laws?|rights|policy|policies|debate|owners?|ownership|show|club|range|awareness|prevention|drills?|reform|deaths|statistics))",
  steps: "to (?:make|build|create) (?:a |an |the |your )?|step \\d+|step one|you'?ll need|you will need|first,? (?:gather|get|take|fill|mix|download|buy|drill|pack|cut)|fill (?:a|the|it)|pack (?:it|the)|download the (?:files?|stl|cad)|print the (?:frame|lower|receiver|slide)|here'?s (?:a guide|how)|here is (?:a guide|how)|to make the|ingredients|materials (?:list|needed)|light the (?:fuse|rag|wick)|mix (?:the|equal|\\d)",
};

export const weaponsRules: Rule[] = [
  {
    id: "weapons.make_or_get",
    triggers: wordsOf(f.thing),
    category: "weapons",
    level: "harmful",
    pattern: rx("\\b(?:{howto}|know how to|learn (?:how )?to|want to|wanna|trying to|gonna|going to|i need to)\\b {w6}(?:{make})\\b {object}(?:{thing})\\b{notTopic}", f),
    unless: ["professional"],
    quoted: "soften",
    refine: (m, ctx, level) => {
      // "how do i blow up a balloon", "how did they make the atomic bomb" (history), weapons in a video game.
      if (/\b(?:fortnite|minecraft|roblox|gta|call of duty|valorant|apex|zelda|skyrim|the game|in game|video game)\b/.test(ctx.n.text)) return null;
      if (/\bhow (?:did|does|do) (?:they|scientists|the us|the manhattan|people in)\b/.test(m.text) && ctx.flags.has("educational")) return null;
      if (/\b(?:nerf|water|glue|paintball|airsoft|toy|bath|photon|super soaker)\s+(?:guns?|bombs?)\b|\bbath bombs?\b|\bseed bombs?\b|\bpoison ivy\b/.test(m.text) && !/real bullets/.test(ctx.n.text)) return null;
      if (/\b(?:get|buy|order|obtain|shoot|turn|load|light)\b/.test(m.text) && !/\b(?:bombs?|explosives?|guns?|pistols?|rifles?|firearms?|ammo|ammunition|grenades?|molotov|switchblades?|brass knuckles|poisons?|cyanide|ricin|real bullets|bullets|glock|weapons?|shanks?|shivs?)\b/.test(m.text)) return null;
      return level;
    },
  },
  {
    id: "weapons.toxic_mix",
    triggers: "mix mixing combine combining chemicals household",
    category: "weapons",
    level: "harmful",
    pattern: rx(
      "\\b(?:mix|mixing|combine|combining)\\b[^.!?]{0,40}\\b(?:to (?:make|get|create|produce)|makes?|creates?|that (?:makes?|creates?))\\b[^.!?]{0,15}\\b(?:toxic|poison(?:ous)?|deadly|lethal|dangerous) (?:gas|fumes|smoke|cloud)\\b|\\b(?:chemicals|household (?:chemicals|products|cleaners))\\b[^.!?]{0,30}\\b(?:to make|to create|make|create)\\b[^.!?]{0,10}\\b(?:toxic|poison(?:ous)?|deadly|lethal) (?:gas|fumes|smoke)\\b",
    ),
    unless: ["professional"],
    refine: (_m, ctx, level) => (/\b(?:never|avoid|don'?t|dont|should not|shouldn'?t|safety|dangerous to mix|what not to)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "weapons.recipe_request",
    triggers: wordsOf(f.thing, "bullets blow hide hiding conceal concealing sneak sneaking smuggle smuggling knife knives"),
    category: "weapons",
    level: "harmful",
    pattern: rx("\\b(?:hide|hiding|conceal|concealing|sneak|sneaking|smuggle|smuggling)\\s+(?:a |my |the )?(?:knife|knives|gun|guns|pistol|blade|weapon|razor|box cutter)\\b(?! (?:from my (?:little )?(?:brother|sister)))|\\b(?:best|easiest|smallest|good) (?:knife|gun|weapon|blade) to (?:hide|conceal|sneak|bring|carry)\\b|\\b(?:easiest|best|simplest|cheapest|strongest|most powerful|deadliest) (?:{thing}) (?:to|i can|you can|that i can|that you can) (?:make|build|create|cook|mix)\\b|\\b(?:{howto}|what|which)\\b[^.!?]{0,50}\\bblow up (?:a |the |my |his |her |someone'?s )?(?:car|house|building|school|mailbox|toilet|bus|person|classroom)\\b|\\b(?:{thing})\\b\\s+(?:recipe|instructions|tutorial|blueprints?|schematics?|files?|step by step|build guide|diagram)\\b|\\b(?:recipe|instructions|blueprints?|plans|schematics?|tutorial|guide|diy|directions)\\s+(?:for|to make|on making|to build|for making|for building|on how to make)\\s+(?:a |an |the |my own |your own |homemade )?(?:{thing})\\b|\\b(?:shoots?|shoot|fire|fires) real bullets\\b", f),
    unless: ["professional", "educational"],
  },
  {
    id: "weapons.instructions_output",
    triggers: wordsOf(f.thing),
    category: "weapons",
    level: "harmful",
    directions: ["output"],
    pattern: rx("\\b(?:{steps})\\b[^\\n]{0,120}\\b(?:{thing})\\b|\\b(?:{thing})\\b[^\\n]{0,80}\\b(?:{steps})\\b", f),
    refine: (m, ctx, level) => (ctx.flags.has("educational") && !/\bstep \d|you'?ll need|fill|pack|download/.test(m.text) ? null : level),
  },
];

export const weaponsVocabulary = ["bomb", "gun", "guns", "explosive", "molotov", "thermite", "grenade", "rifle", "pistol", "knife", "weapon", "poison"];
