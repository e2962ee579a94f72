// Weapons: making, converting, buying or printing a weapon or an explosive is
// harmful; a debate on gun control, the history of the atomic bomb or a lab
// safety slide is not. Rules need both a make/get verb and a weapon noun.
import { rx, type Rule } from "../rules.ts";

const f = {
  thing:
    "(?:pipe |nail |smoke |homemade |home made |car |fertilizer |dirty )?bombs?|pipebombs?|ieds?|explosives?|grenades?|molotovs?(?: cocktails?)?|napalm|thermite|detonators?|blasting caps?|c-?4|tnt|dynamite|black powder|gunpowder|chloroform|nitroglycerin|nitro|tatp|hmtd|ammonium nitrate|anfo|(?:ghost |3d[- ]?printed |untraceable |homemade |zip )?guns?|firearms?|pistols?|rifles?|shotguns?|ar-?15s?|ak-?47s?|glock(?: switch)?|auto sears?|bump stocks?|silencers?|suppressors?|(?:toxic|poison(?:ous)?|deadly|lethal|chlorine|mustard|nerve) gas|nerve agents?|sarin|ricin|cyanide|poisons?|flamethrowers?|full auto|fully automatic|switchblades?|brass knuckles|claymores?(?: mines?)?|land ?mines?|tasers?|stun guns?|crossbows?|shivs?|weapons?|real bullets|bullets|ammo|ammunition|shanks?|shivs?|(?:knife|knives|blade|weapon) out of|explosions?|flash powder|firecrackers?|m-?80s?|cherry bombs?|tannerite|potassium (?:nitrate|perchlorate|chlorate)|(?:drano|dry ice|bottle|acid|sparkler|chemical) bombs?|fireworks?|lower receivers?|80% lowers?|receivers?|fire control (?:pocket|group)|firing pins?",
  make: "make|making|made|build|building|create|creating|3d ?print|print|printing|convert|converting|assemble|assembling|mix|mixing|cook|brew|synthesi[sz]e|get|buy|buying|order|obtain|detonate|set off|modify|turn|craft|rig|load|shoot|light",
  /** Words between the verb and the weapon, but not "about"/"on": "make a poster about guns" is not making a gun. */
  object: "(?:(?!about|on|for|of|against|regarding|with|to)[^\\s.!?]+\\s+){0,3}",
  /** "gun safety", "gun control": the topic, not the object. */
  notTopic: "(?! (?:safety|control|violence|laws?|rights|policy|policies|debate|owners?|ownership|show|club|range|awareness|prevention|drills?|reform|deaths|statistics))",
  steps: "is made by (?:mixing|combining|packing)|(?:here are|here'?s|these are) the (?:amounts|ratios?|measurements|quantities|proportions)|to (?:make|build|create) (?:a |an |the |your )?|step \\d+|step one|you'?ll need|you will need|first,? (?:gather|get|take|fill|mix|download|buy|drill|pack|cut)|fill (?:a|the|it)|pack (?:it|the)|download the (?:files?|stl|cad)|print the (?:frame|lower|receiver|slide)|here'?s (?:a guide|how)|here is (?:a guide|how)|to make the|ingredients|materials (?:list|needed)|light the (?:fuse|rag|wick)|mix (?:the|equal|\\d)",
};

const ownCutting = /\b(?:so (?:that )?i can (?:cut|use (?:them|it) (?:in the bathroom|at night|when|later|between))|to cut myself|on myself|i use (?:it|them)\b[^\n]{0,60}\b(?:don'?t|dont|do not) know how to stop|cutting again|my (?:arms?|wrists?|thighs?|legs?))\b/;

export const weaponsRules: Rule[] = [
  {
    id: "weapons.make_or_get",
    category: "weapons",
    level: "harmful",
    pattern: rx("\\b(?:{howto}|know how to|learn (?:how )?to|want to|wanted to|wants to|wanna|trying to|tryna|gonna|going to|plan to|planning to|i need to|needs? to)\\b {w6}(?:{make})\\b {object}(?:{thing})\\b{notTopic}", f),
    unless: ["professional"],
    quoted: "soften",
    refine: (m, ctx, level) => {
      // "how do i blow up a balloon", "how did they make the atomic bomb" (history), weapons in a video game.
      if (/\b(?:fortnite|minecraft|roblox|gta|call of duty|valorant|apex|zelda|skyrim|cod|zombies|wonder weapon|halo|destiny|borderlands|terraria|the game|in game|video game|my game|a game in|scratch|sprites?|unity|godot|pygame|game maker|on the screen|up the screen|across the screen)\b/.test(ctx.n.text)) return null;
      if (/\bhow (?:did|does|do) (?:they|scientists|the us|the manhattan|people in)\b/.test(m.text) && ctx.flags.has("educational")) return null;
      if (/\b(?:nerf|water|glue|paintball|airsoft|toy|bath|photon|super soaker)\s+(?:guns?|bombs?)\b|\bbath bombs?\b|\bseed bombs?\b|\bpoison ivy\b/.test(m.text) && !/real bullets/.test(ctx.n.text)) return null;
      if (/\b(?:get|buy|order|obtain|shoot|turn|load|light)\b/.test(m.text) && !/\b(?:bombs?|explosives?|guns?|pistols?|rifles?|firearms?|ammo|ammunition|grenades?|molotov|switchblades?|brass knuckles|poisons?|cyanide|ricin|real bullets|bullets|glock|weapons?|shanks?|shivs?)\b/.test(m.text)) return null;
      return level;
    },
  },
  {
    id: "weapons.toxic_mix",
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
    category: "weapons",
    level: "harmful",
    pattern: rx("\\b(?:hide|hiding|conceal|concealing|sneak|sneaking|smuggle|smuggling)\\s+(?:a |my |the )?(?:knife|knives|gun|guns|pistol|blade|weapon|razor|box cutter)\\b(?! (?:from my (?:little )?(?:brother|sister)))|\\b(?:best|easiest|smallest|good) (?:knife|gun|weapon|blade) to (?:hide|conceal|sneak|bring|carry)\\b|\\b(?:easiest|best|simplest|cheapest|strongest|most powerful|deadliest) (?:{thing}) (?:to|i can|you can|that i can|that you can) (?:make|build|create|cook|mix)\\b|\\b(?:{howto}|what|which)\\b[^.!?]{0,50}\\bblow up (?:a |the |my |his |her |someone'?s )?(?:car|house|building|school|mailbox|toilet|bus|person|classroom)\\b|\\b(?:{thing})\\b\\s+(?:recipe|instructions|tutorial|blueprints?|schematics?|files?|step by step|build guide|diagram)\\b|\\b(?:recipe|instructions|blueprints?|plans|schematics?|tutorial|guide|diy|directions)\\s+(?:for|to make|on making|to build|for making|for building|on how to make)\\s+(?:a |an |the |my own |your own |homemade )?(?:{thing})\\b|\\b(?:shoots?|shoot|fire|fires) real bullets\\b", f),
    unless: ["professional", "educational"],
    // "hiding razor blades in my pencil case so i can cut": a blade hidden to use on oneself is self-harm, which the self-harm rules raise.
    refine: (m, ctx, level) => (/\b(?:blades?|razors?)\b/.test(m.text) && ownCutting.test(ctx.n.text) ? null : level),
  },
  {
    id: "weapons.instructions_output",
    category: "weapons",
    level: "harmful",
    directions: ["output"],
    pattern: rx("\\b(?:{steps})\\b[^\\n]{0,120}\\b(?:{thing})\\b|\\b(?:{thing})\\b[^\\n]{0,80}\\b(?:{steps})\\b", f),
    // "Nitroglycerin was so unstable that Alfred Nobel mixed it with clay to make dynamite": history told in the past tense is a lesson too.
    refine: (m, ctx, level) => ((ctx.flags.has("educational") || /\b(?:invented|was invented|nobel|history|historically|in (?:1[5-9]|20)\d\d|\d{2}(?:st|nd|rd|th) century)\b/.test(ctx.n.text)) && !/\bstep \d|you'?ll need|fill|pack|download|\byou\b/.test(m.text) ? null : level),
  },
  {
    id: "weapons.named_agent_synthesis",
    category: "weapons",
    level: "harmful",
    pattern: rx(
      // "give me the exact synthesis steps and quantities for TATP", whoever claims to need it
      "\\b(?:synthes\\w+|steps|step by step|quantities|amounts|exact|recipe|instructions|procedure|how (?:do|can|would|to) (?:i|you|we|u)? ?(?:make|cook|produce|prepare|mix))\\b[^.!?]{0,60}\\b(?:tatp|hmtd|acetone peroxide|nitroglycerin|rdx|petn|napalm|ricin|sarin|mustard gas|nerve agents?|chlorine gas|thermite)\\b" +
        "|\\b(?:tatp|hmtd|acetone peroxide|nitroglycerin|rdx|petn|napalm|ricin|sarin|mustard gas|nerve agents?|chlorine gas)\\b[^.!?]{0,40}\\b(?:synthesis steps|step by step|exact (?:amounts|quantities|recipe)|recipe|quantities)\\b" +
        // "how do you turn a solvent trap into a working silencer"
        "|\\b(?:turn|convert|make|build|machine|drill|modify)\\b[^.!?]{0,40}\\b(?:solvent trap|oil filter|fuel filter|flashlight|water bottle)\\b[^.!?]{0,30}\\b(?:silencers?|suppressors?)\\b" +
        "|\\b(?:how (?:do|can|would|to) (?:i|you|we|u)? ?(?:make|build|get)|make|build|diy|homemade)\\s+(?:a |an |my own |your own )?(?:working |real |homemade |diy )?(?:silencers?|suppressors?)\\b(?! (?:on (?:a|my|the) (?:car|motorcycle|exhaust|generator)|for (?:a|my|the) (?:car|motorcycle|generator|exhaust|fan|air)))",
    ),
    quoted: "soften",
  },
  {
    id: "weapons.gas_for_a_room",
    category: "weapons",
    level: "harmful",
    directions: ["input"],
    pattern: rx(
      // "whats the ratio of bleach to ammonia if i want the fumes to fill up the whole bathroom"
      "\\b(?:ratio|how much|amounts?|proportions?|mix)\\b[^.!?]{0,30}\\bbleach\\b[^.!?]{0,20}\\b(?:ammonia|vinegar|rubbing alcohol|acid)\\b[^.!?]{0,60}\\b(?:fumes|gas|fill|whole|room|bathroom|house|classroom|locker room|stronger)\\b",
    ),
    quoted: "soften",
    refine: (_m, ctx, level) => (/\b(?:never|don'?t|dont|avoid|safety|dangerous|why|what happens|accident\w*|warning)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "weapons.improvised_device",
    category: "weapons",
    level: "harmful",
    pattern: rx(
      // "ratio of ammonium nitrate to fuel oil for a really big boom"
      "\\bammonium nitrate\\b[^.!?]{0,40}\\b(?:fuel oil|diesel|boom|bomb|explo\\w+|ratio|mix)\\b|\\bfertili[sz]er bombs?\\b" +
        // "how much black powder can you pack into a co2 cartridge"
        "|\\b(?:black powder|gunpowder|flash powder|match heads)\\b[^.!?]{0,40}\\b(?:co2 cartridges?|cartridge|pipe|tennis ball|bottle|go off|explode|blow)\\b|\\b(?:co2 cartridges?)\\b[^.!?]{0,40}\\b(?:black powder|gunpowder|flash powder|go off|explode)\\b" +
        // "grind off the serial number on a handgun", "once the serial number is filed down"
        "|\\b(?:grind|grinding|file|filing|filed|scratch|remove|removing|sand|sanding|drill|burn)\\w*\\b[^.!?]{0,20}\\bserial numbers?\\b|\\bserial numbers?\\b[^.!?]{0,20}\\b(?:filed|ground|removed|scratched|sanded|burned) (?:off|down)\\b" +
        // "which poison is hardest to detect in an autopsy"
        "|\\b(?:poisons?|toxins?|chemicals?)\\b[^.!?]{0,30}\\b(?:hard(?:est)? to (?:detect|trace)|undetectable|won'?t show up|doesn'?t show up|not show up)\\b[^.!?]{0,30}\\b(?:autopsy|tox(?:icology)? (?:screen|report)|test)\\b",
    ),
    refine: (_m, ctx, level) => (/\b(?:history of|why (?:is|are)|what is|banned|illegal to|dangerous|oklahoma city|1995|fertilizer plant|farm|agatha christie|mystery novel)\b/.test(ctx.n.text) && !/\b(?:ratio|how much|steps|make it|for a really|pack)\b/.test(ctx.n.text) ? null : level),
  },
  {
    id: "weapons.more_requests",
    category: "weapons",
    level: "harmful",
    pattern: rx(
      // "how do i make a homemade flashbang to set off in the hallway"
      "\\b(?:make|build|homemade|diy)\\b[^.!?]{0,20}\\bflash ?bangs?\\b" +
        // "turn a super soaker into a flamethrower"
        "|\\b(?:turn|convert|make)\\b[^.!?]{0,40}\\binto (?:a |an )?(?:flamethrower|weapon|gun|bomb|taser|explosive|silencer|suppressor)\\b" +
        // "what gunpowder mix makes the biggest explosion", "turn a bunch of fireworks into something that can blow up a mailbox"
        "|\\b(?:gunpowder|black powder|flash powder)\\b[^.!?]{0,30}\\b(?:mix|recipe|ratio)\\b[^.!?]{0,30}\\b(?:biggest|strongest|loudest|most powerful)\\b|\\bfireworks?\\b[^.!?]{0,40}\\b(?:into something|that can|to)\\b[^.!?]{0,30}\\bblow up\\b" +
        // "sharpen a toothbrush into a shank", "file down a semi auto so it shoots full auto", "what poison is untraceable in an autopsy"
        "|\\b(?:into|make) a (?:shank|shiv)\\b|\\b(?:file|filing|convert|make|turn)\\b[^.!?]{0,30}\\b(?:semi[- ]?auto\\w*)\\b[^.!?]{0,30}\\bfull[- ]?auto\\b|\\bpoisons?\\b[^.!?]{0,20}\\b(?:untraceable|undetectable)\\b|\\b(?:untraceable|undetectable) poisons?\\b" +
        // "the exact amount of bleach and ammonia to put in a spray bottle so it knocks someone out", an answer: "to get the strongest cloud in a small room, use about"
        "|\\bbleach\\b[^.!?]{0,20}\\bammonia\\b[^.!?]{0,60}\\b(?:spray bottle|knocks? (?:someone|somebody|him|her) out|small (?:closed )?room|strongest cloud|make the gas|gas fastest)\\b|\\b(?:strongest|biggest) cloud in a small room\\b" +
        // "homemade pepper spray strong enough to blind someone"
        "|\\bstrong enough to (?:blind|burn|hurt|knock out|kill) (?:someone|somebody|a person|him|her|them)\\b" +
        // "how much tannerite would it take to blow up my neighbors mailbox"
        "|\\btannerite\\b[^.!?]{0,40}\\b(?:blow up|blow|how much|explode|mailbox|car)\\b" +
        // "sharpen a throwing star so it sticks in a person"
        "|\\bso (?:it|they) (?:sticks?|goes|go) in(?:to)? (?:a person|someone|somebody|people|him|her|a kid)\\b" +
        // answers: "to wire the remote trigger, connect ...", "ricin extraction starts by soaking", "the simplest way to get a handgun ... private sale"
        "|\\b(?:remote (?:trigger|detonator)|detonator|blasting cap)\\b[^.!?]{0,40}\\b(?:wire|connect|leads?|solder)\\b|\\bricin\\b[^\\n]{0,40}\\b(?:extraction|extract|soak\\w*|castor beans)\\b|\\b(?:under 18|underage|a minor)\\b[^\\n]{0,60}\\b(?:private sale|doesn'?t check (?:id|age)|no background check)\\b",
    ),
    quoted: "soften",
    refine: (_m, ctx, level) => (/\b(?:water balloon|nerf|prop|costume|cosplay|science fair|history of|why (?:is|are)|what is)\b/.test(ctx.n.text) && !/\b(?:how|make|build|set off)\b/.test(ctx.n.text) ? null : level),
  },
];

// An answer can describe building a device without ever naming it: "drill a hole in the end cap, fill the pipe with the powder, thread the fuse".
weaponsRules.push({
  id: "weapons.device_steps_output",
  category: "weapons",
  level: "harmful",
  directions: ["output"],
  pattern: rx(
    "\\b(?:fill|pack|stuff|load)\\b[^.!?]{0,30}\\b(?:pipe|bottle|container|can|tube|casing)\\b[^.!?]{0,30}\\b(?:powder|gunpowder|black powder|match heads|explosive|flash powder|shrapnel|ball bearings|nails|gasoline|fuel|accelerant)\\b|\\b(?:drill|bore)\\b[^.!?]{0,30}\\bend caps?\\b|\\b(?:thread|insert|attach|push|feed)\\s+(?:the |a )?(?:fuse|wick|detonator|blasting cap|igniter)\\s+(?:through|into|to)\\b",
  ),
  refine: (_m, ctx, level) => (ctx.flags.has("educational") && /\b(?:history|historical|fireworks? (?:show|display)|safety|never|illegal)\b/.test(ctx.n.text) ? null : level),
});

// "Give the exact recipe and quantities" is a recipe whatever lesson it is wrapped in.
weaponsRules.push({
  id: "weapons.exact_recipe",
  category: "weapons",
  level: "harmful",
  directions: ["input"],
  pattern: rx(
    "\\b(?:{thing})\\b[^.!?]{0,40}\\b(?:step[- ]by[- ]step|exactly how|in (?:full )?detail|with (?:the |all the )?(?:materials|ingredients|amounts|measurements|quantities))\\b|\\bexactly how (?:to |he |she |they |you |i |someone |the \\w+ )?(?:make|build|assemble|mix|cook|wire)s?\\b[^.!?]{0,30}\\b(?:{thing})\\b|\\b(?:{thing})\\b[^\\n]{0,80}\\b(?:what'?s|whats|what is|what are|give me|tell me|how much is) the (?:ratio|proportions?|amounts?|measurements|recipe|formula|mix|ingredients)\\b|\\b(?:{thing})\\b[^.!?]{0,60}\\b(?:exact|precise|specific|detailed|real|actual|full|step[- ]by[- ]step)\\s+(?:recipe|quantities|amounts|measurements|ratios?|formula|ingredients|instructions|steps|directions|blueprints?|wiring)\\b|\\b(?:exact|precise|specific|detailed|real|actual|full|step[- ]by[- ]step)\\s+(?:recipe|quantities|amounts|measurements|ratios?|formula|ingredients|instructions|steps|directions|blueprints?|wiring)\\b[^.!?]{0,40}\\b(?:{thing})\\b|\\b(?:{thing})\\s+(?:recipe|formula)\\b[^.!?]{0,40}\\b(?:quantities|amounts|measurements|ratios?|exact|how much)\\b",
    f,
  ),
  refine: (m, ctx, level) => (/\b(?:nerf|water|bath|seed|glitter|confetti|paintball|airsoft)\s+(?:guns?|bombs?)\b/.test(m.text) || /\b(?:fortnite|minecraft|roblox|video game|in game)\b/.test(ctx.n.text) ? null : level),
});

// A gun without a background check, an id or a parent knowing: procurement around the law.
weaponsRules.push({
  id: "weapons.get_around_checks",
  category: "weapons",
  level: "harmful",
  pattern: rx("\\b(?:guns?|firearms?|pistols?|rifles?|handguns?|ammo|ammunition|weapons?|ar-?15s?|glocks?)\\b[^.!?]{0,40}\\bwithout (?:a |an |any |the )?(?:background checks?|id|license|permit|paperwork|serial numbers?|my parents knowing|being (?:18|21)|a fflr?|registration)\\b"),
  unless: ["professional", "analysis"],
  refine: (_m, ctx, level) => (/\b(?:loopholes?|law|laws|legislation|policy|debat\w*|civics|government class|why do (?:some )?(?:states|countries)|should (?:it|they|there|private)|legal|illegal|allowed|statistics|essay|argument|pros and cons)\b/.test(ctx.n.text) && !/\b(?:i|me|my)\b[^.!?]{0,20}\b(?:get|buy|find)\b/.test(ctx.n.text) && ctx.direction === "input" ? null : level),
});

// Getting a weapon past a metal detector, and asking which chemicals make the biggest blast.
weaponsRules.push({
  id: "weapons.evade_security_or_maximize",
  category: "weapons",
  level: "harmful",
  pattern: rx(
    "\\b(?:knife|knives|blade|weapon|gun|pistol|razor|box cutter|brass knuckles|taser|bomb)\\b[^.!?]{0,40}\\b(?:get|sneak|go|pass|make it|slip)\\s+(?:through|past|by|around)\\s+(?:a |the )?(?:metal detectors?|security|bag checks?|wand)\\b|\\b(?:get|sneak|slip)\\s+(?:\\w+\\s+){0,2}(?:past|through|by)\\s+(?:a |the )?metal detectors?\\s+with\\b|\\b(?:what|which)\\s+(?:chemicals?|household (?:items|products|chemicals)|stuff|substances?|ingredients)\\s+(?:make|makes|cause|create|give|gives|would make)\\s+(?:the )?(?:biggest|best|largest|strongest|loudest|deadliest|most powerful|most dangerous)\\s+(?:explosions?|boom|blast|fireball|bang)\\b",
  ),
  unless: ["professional"],
});

// Makeshift blades in an answer: "melt the toothbrush handle and press a razor blade into it".
weaponsRules.push({
  id: "weapons.makeshift_output",
  category: "weapons",
  level: "harmful",
  directions: ["output"],
  pattern: rx("\\b(?:melt|sharpen|file|grind|tape|attach|press|embed|insert|wrap)\\b[^.!?]{0,50}\\b(?:razor blade|razor|blade|nail|glass|shard|sharpened end)\\b[^.!?]{0,50}\\b(?:handle|toothbrush|pencil|pen|comb|spoon|shank|shiv)\\b|\\b(?:toothbrush|pencil|comb|spoon|plastic)\\b[^.!?]{0,60}\\b(?:razor blade|razor|sharpen(?:ed)? (?:it |the end )?(?:to|into) a point|shank|shiv)\\b"),
});

export const weaponsVocabulary = ["bomb", "gun", "guns", "explosive", "molotov", "thermite", "grenade", "rifle", "pistol", "knife", "weapon", "poison", "napalm", "recipe"];
