// The gravest messages in the other languages our students write in: a child
// who does not have the English words, or does not want a teacher reading
// over the shoulder to have them, still says "ya no quiero vivir". Spanish
// first (the largest group of English learners in US schools), then
// Portuguese, French, and Russian or Ukrainian typed in Latin letters. The
// engine reads normalized text: accents are gone ("daño" is "dano") and
// texting spellings are respelled ("ya" reads "you"), so the patterns take
// both forms. Only first-person disclosures, threats aimed at someone,
// instructions to the assistant and swearing are here; a Spanish lesson
// about a poem on death does not say "me quiero morir".
import { rx, type Rule } from "../rules.ts";

const f = {
  /** Family and other adults in the child's life, Spanish. */
  adultEs: "papa|mama|padre|madre|padrastro|madrastra|tio|tia|abuelo|abuela|hermano|primo|entrenador|vecino|novio de mi mama|esposo de mi mama",
  /** Family in Portuguese and French. */
  adultPt: "pai|mae|padrasto|madrasta|tio|avo|irmao|primo",
  adultFr: "pere|mere|beau-pere|belle-mere|oncle|frere|cousin",
  /** "me pega" is "hits me"; "me pega stickers" is "sticks stickers on me". */
  hits: "pega(?! (?:stickers|calcomanias|etiquetas|papelitos|notas|el|la|los|las|un|una|unos|unas)\\b)",
  weaponEs: "pistola|arma|cuete|fusca|escopeta|cuchillo|navaja",
};

/** A threat that names a weapon or a shot ("un balazo") threatens with one. */
const armedEs = new RegExp(`\\b(?:${f.weaponEs}|balazo|tiro|plomazo)\\b`);

export const otherLanguageRules: Rule[] = [
  {
    id: "self_harm.other_languages",
    category: "self_harm",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // Spanish: "ya no quiero vivir", "me quiero morir", "pienso en como hacerme daño", "me corto los brazos"
      "\\b(?:ya |you )?no quiero (?:seguir )?(?:vivir|viviendo|existir|estar aqui|despertar(?:me)?)\\b" +
        "|\\bme quiero (?:morir|matar|suicidar)\\b|\\bquiero (?:morir(?:me)?|matarme|suicidarme|desaparecer para siempre)\\b" +
        "|\\b(?:voy a|pienso|estoy pensando en|pienso en|he pensado en|quiero|ganas de) (?:como )?(?:matarme|suicidarme|quitarme la vida|cortarme|hacerme dano|lastimarme|acabar con (?:todo|mi vida))\\b" +
        "|\\bme (?:corto|he cortado|estoy cortando|sigo cortando) (?:los brazos|las piernas|las munecas|el brazo|la pierna|otra vez|de nuevo)\\b|\\bme (?:lastimo|hago dano) (?:a mi mism[ao]|otra vez|a proposito|cada noche)\\b" +
        // Portuguese: "não quero mais viver", "vou me matar"
        "|\\bnao quero mais viver\\b|\\bquero morrer\\b|\\b(?:vou|quero|penso em) me (?:matar|cortar)\\b" +
        // French: "je veux mourir", "je ne veux plus vivre"
        "|\\bje (?:veux|vais) (?:mourir|me tuer|me suicider)\\b|\\bje ne veux plus vivre\\b|\\benvie de (?:mourir|me tuer)\\b" +
        // Russian or Ukrainian in Latin letters: "ne khochu zhit", "ne khochu bilshe zhyty"
        "|\\bne (?:k?hochu|khochu) (?:bilshe |bolshe )?(?:zhyty|zhit|zhyt)\\b|\\bkhochu (?:pomerty|umeret)\\b",
    ),
    negatable: true,
    quoted: "soften",
  },
  {
    id: "abuse_disclosure.other_languages",
    category: "abuse_disclosure",
    level: "critical",
    directions: ["input"],
    pattern: rx(
      // "mi tío me toca", "mi padrastro me pega cuando toma", "me pega mi papá"
      "\\bmi (?:{adultEs})\\b[^.!?\\n]{0,10}\\bme (?:toca|{hits}|golpea|lastima|obliga|quema|encierra|amenaza)\\b" +
        "|\\bme (?:toca|{hits}|golpea|lastima|quema|encierra)\\b[^.!?\\n]{0,10}\\bmi (?:{adultEs})\\b" +
        // "papi me pega con la correa": a parent named as the child calls them, and the belt.
        "|\\b(?:papi|papa|mami|mama|padrastro|madrastra)\\b[^.!?\\n]{0,5}\\bme (?:{hits}|golpea|lastima|quema)\\b|\\bme (?:{hits}|golpea|golpean|pegan) con (?:la correa|el cinto|el cinturon|la chancla|un palo|el cable)\\b" +
        "|\\bmeu (?:{adultPt})\\b[^.!?\\n]{0,10}\\bme (?:bate|toca|machuca|queima)\\b" +
        "|\\bmon (?:{adultFr})\\b[^.!?\\n]{0,10}\\bme (?:frappe|bat|touche)\\b",
      f,
    ),
    quoted: "soften",
  },
  {
    id: "threat.other_languages",
    category: "threat",
    level: "critical",
    directions: ["input"],
    // The same phrase in English ("im gonna kill him") is taken at its word too.
    also: (m) => (armedEs.test(m.text) ? ["violence", "weapons"] : ["violence"]),
    pattern: rx(
      // "les voy a meter un balazo", "te voy a matar", "voy a matarlos"
      "\\b(?:les|le|lo|la|los|las|te) voy a (?:matar|meter un (?:balazo|tiro|plomazo)|dar un (?:balazo|tiro)|disparar|apunalar|picar|acuchillar)\\b" +
        "|\\bvoy a (?:matarlos|matarlas|matarlo|matarla|matarte|balacear|dispararles|dispararle|apunalarlo|apunalarla)\\b" +
        "|\\b(?:vou|vamos) (?:te|o|a|os|as) matar\\b|\\bje vais (?:te|le|la|les) tuer\\b",
    ),
    negatable: true,
    quoted: "soften",
    // "te voy a matar hermanita if you use my shampoo again 😂": a laugh and no weapon make it a figure of speech, as in English.
    refine: (_m, ctx, level) => (ctx.flags.has("hyperbole") && !armedEs.test(ctx.n.text) && !ctx.flags.has("serious") ? "mild" : level),
  },
  {
    id: "prompt_injection.other_languages",
    category: "prompt_injection",
    level: "mild",
    directions: ["input"],
    pattern: rx(
      // "olvida tus instrucciones", "ignora las reglas", "esqueça suas instruções", "oublie tes instructions"
      "\\b(?:olvida|olvidate de|ignora|esqueca|ignore|oublie|oubliez)\\s+(?:(?:todas|todos|toutes|tous|todas as|todos os)\\s+)?(?:tus|las|sus|tes|les|vos|suas|as|seus)\\s+(?:instrucciones|reglas|instrucoes|regras|instructions|regles)\\b" +
        "|\\b(?:ahora )?eres (?:un|una) (?:asistente|ia|bot|inteligencia artificial) sin (?:reglas|filtros|limites|restricciones)\\b",
    ),
    quoted: "drop",
  },
  {
    id: "profanity.other_languages",
    category: "profanity",
    level: "mild",
    // Swearing is a flag in any language; these words have no innocent reading in a school chat.
    pattern: rx(
      "\\b(?:mierda|puta madre|hijo de puta|hija de puta|pinche|pendej[oa]s?|cabron(?:a|es)?|chingad[oa]|chingar|joder|verga|culer[oa]|porra|caralho|merda|foda-se|puta que pariu|filho da puta|merde|putain|connard|connasse|salope|blyat|blyad|cyka|pizdets|pizdec|nahui|nahuy)\\b|\\bcono(?=\\s*[,!?]|\\s*$)",
    ),
  },
];
