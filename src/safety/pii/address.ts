// Street addresses: a house number, one to three street-name words and a
// street type, then optionally a unit and ", City, ST 12345"; a rural route
// ("6120 County Road 88"); a street whose type comes first ("14 Calle del
// Sol", "14 Rue des Lilas, Lyon"). "Room 214", a zip code alone, "2 hard
// drives" or "1989 Tiananmen Square" are not addresses.
import type { PiiSpan } from "./types.ts";

// Abbreviations and unmistakable words match in any case ("219 maple st").
const strongSuffix = "street|st|road|rd|avenue|ave|av|lane|ln|boulevard|blvd|ct|dr|drive|hwy|highway|pkwy|parkway|ter|terrace|cir|trl|pl|sq";
// Ordinary words that are street types only when capitalized ("42 Wallaby Way", "5 Oak Court").
const weakSuffix = "Way|Court|Place|Circle|Trail|Loop|Run|Path|Pike|Square|Crescent|Row|Alley|Close|Point|Commons|Crossing|Landing|Plaza|Bend|Hollow|Cove|Glen|Knoll|Ridge|Heights|Concourse|Esplanade|Promenade|Turnpike|Expressway|Causeway";
const weakSuffixRe = new RegExp(`^(?:${weakSuffix})$`, "i");
const states =
  "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|Ohio|California|Texas|Florida|New York|Illinois|Pennsylvania|Georgia|Michigan|Virginia|Washington|Arizona|Colorado|Oregon|Indiana|Kentucky|Tennessee|Missouri|Minnesota|Wisconsin|Maryland|Massachusetts|Alabama|Louisiana|Nevada|Utah|Iowa|Kansas|Nebraska|Oklahoma|Arkansas|Mississippi|New Jersey|North Carolina|South Carolina|Connecticut";

const word = "(?:[A-Za-z][A-Za-z'.-]*|\\d{1,3}(?:st|nd|rd|th))";
const streetRe = new RegExp(
  `(?<![\\w#/-])(\\d{1,6}(?:-\\d{1,4})?[A-Za-z]?)\\s+((?:(?:[NSEW]\\.?|North|South|East|West|N|S|E|W)\\s+)?(?:${word}\\s+){1,3}?)((?:${strongSuffix})\\b\\.?|(?:${weakSuffix})\\b)`,
  "gi",
);
// "77 Cedar Point Rd": a weak street type inside the name is followed by the real one.
const moreSuffixRe = new RegExp(`^\\s+(?:(?:${strongSuffix})\\b\\.?|(?:${weakSuffix})\\b)`, "i");
// "915 3rd Ave S": a quadrant after the street type.
const quadrantRe = /^\s+(?:N|S|E|W|NE|NW|SE|SW)\b(?!['-])/;
// "6120 County Road 88", "3380 Highway 53": rural routes, the number after the type.
// "4410 Township Rd 140", "4731 Road P" (plains counties letter their roads); "Rural Route 2 Box 118" has no house number at all.
const routeRe = /(?<![\w#/-])\d{1,6}\s+(?:(?:County (?:Road|Rd|Highway|Hwy)|State (?:Route|Highway|Hwy|Road)|US (?:Highway|Hwy|Route)|Township (?:Road|Rd)|Highway|Hwy|Route|Rural Route|RR|Farm (?:Road|to Market Road)|FM)\s+\d{1,4}[A-Z]?|Road\s+(?:\d{1,4}|[A-Z]{1,2}(?:\.\d)?))\b/g;
const ruralBoxRe = /\b(?:Rural Route|RR)\s*\d{1,3},?\s+Box\s+\d{1,5}\b/g;
// "14 Rue des Lilas, Lyon", "14 Calle del Sol": the street type first, as in French, Spanish, Italian and Portuguese.
const typeFirstRe = /(?<![\w#/-])\d{1,6}\s+(?:Rue|Calle|Avenida|Via|Viale|Camino|Paseo|Rua|Strada)\s+(?:(?:de|del|des|la|las|los|le|les|du|da|do|della|di)\s+){0,2}[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?/gu;
// A town is a word, not an acronym: "3318 Crestline Ave, RSVP to my mom" ends at the street.
// A day or a month after the comma is when, not where: "2204 Summit View Dr, Saturday at 2pm".
const foreignCityRe = /^,\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Tonight|Tomorrow|Today)\b)[A-Z]\p{Ll}[\p{L}'-]*(?:\s+[A-Z]\p{Ll}[\p{L}'-]*)?(?=[.,;!?]|\s*$|\s+[a-z])/u;
// "Apt 12", "#4B", "No. 7"; not the "no" of "we live at 48 Quarry Hill Rd now".
const unitRe = /^,?\s+(?:(?:apt|apartment|unit|suite|ste)\.?\s*#?\s*[A-Za-z0-9-]{1,6}|#\s*[A-Za-z0-9-]{1,6}|no\.?\s*\d[A-Za-z0-9-]{0,5})\b/i;
// "Toronto, ON M5V 2T6": Canadian provinces and postal codes too.
const provinces = "ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|YT|NT|NU";
const cityRe = new RegExp(`^,?\\s+([A-Z][A-Za-z.'-]+(?:\\s+[A-Z][A-Za-z.'-]+){0,2}),?\\s+(?:(?:${states})\\b(?:,?\\s+\\d{5}(?:-\\d{4})?)?|(?:${provinces})\\b(?:,?\\s+[A-Z]\\d[A-Z] ?\\d[A-Z]\\d\\b)?)`);
const zipAfterStreet = /^,?\s+\d{5}(?:-\d{4})?\b/;
const poBoxRe = /\b(?:P\.?\s?O\.?\s?Box|Post Office Box)\s+\d{1,6}\b/gi;

const notStreetWords = new Set(["the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "my", "your", "his", "her", "their", "our", "is", "are", "was", "hard", "big", "long", "test", "new", "old", "first", "last", "best", "good", "bad", "main"]);
const notStreetNumberBefore = /\b(?:room|rm|grade|page|pg|chapter|ch|unit|lesson|period|level|bus|route|year|years|age|ages|class|section|question|number|no|x|times|over|under|about)\s*$/i;

export function findAddresses(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  const taken = (start: number, end: number) => spans.some((s) => start < s.end && s.start < end);
  const add = (start: number, end: number) => {
    // A final "." is the sentence's more often than the abbreviation's; leave it outside.
    const value = text.slice(start, end).replace(/[.,\s]+$/, "");
    spans.push({ type: "address", start, end: start + value.length, value });
  };
  const unitAt = (end: number) => unitRe.exec(text.slice(end));
  // ", Boise, ID 83702", ", Toronto, ON M5V 2T6", or a bare town: ", Lyon."
  const townAt = (end: number) => cityRe.exec(text.slice(end)) ?? foreignCityRe.exec(text.slice(end));
  let m: RegExpExecArray | null;
  for (const re of [routeRe, ruralBoxRe, typeFirstRe]) {
    re.lastIndex = 0;
    while ((m = re.exec(text)) !== null) {
      if (notStreetNumberBefore.test(text.slice(Math.max(0, m.index - 12), m.index)) || taken(m.index, m.index + m[0].length)) continue;
      let end = m.index + m[0].length;
      end += unitAt(end)?.[0].length ?? 0;
      end += townAt(end)?.[0].length ?? 0;
      add(m.index, end);
    }
  }
  streetRe.lastIndex = 0;
  while ((m = streetRe.exec(text)) !== null) {
    const [whole, , nameWords = "", suffix = ""] = m;
    const names = nameWords.trim().split(/\s+/).filter(Boolean);
    if (names.length === 0) continue;
    if (taken(m.index, m.index + whole.length)) continue;
    if (notStreetNumberBefore.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const weak = weakSuffixRe.test(suffix);
    // A weak suffix must be written as a name: "5 Oak Court", not "5 big court".
    if (weak && (!/^[A-Z]/.test(suffix) || names.some((n) => !/^[A-Z0-9]/.test(n)))) continue;
    // "Main Street" is fine, but "2 hard drive" or "the best way" are not streets.
    if (names.every((n) => notStreetWords.has(n.toLowerCase()) && !/^[A-Z]/.test(n))) continue;
    if (names.some((n) => ["the", "a", "an", "and", "of", "my", "is", "to"].includes(n.toLowerCase()))) continue;
    let end = m.index + whole.length;
    const more = moreSuffixRe.exec(text.slice(end));
    if (more) end += more[0].length;
    end += quadrantRe.exec(text.slice(end))?.[0].length ?? 0;
    const unit = unitAt(end);
    if (unit) end += unit[0].length;
    const town = townAt(end);
    if (town) end += town[0].length;
    else {
      const zip = zipAfterStreet.exec(text.slice(end));
      if (zip) end += zip[0].length;
      // "1989 Tiananmen Square": a year before a named square or place, with nothing after it that only an address has.
      else if (weak && !more && !unit && /^(?:1[5-9]|20)\d\d$/.test(m[1]!)) continue;
    }
    add(m.index, end);
    streetRe.lastIndex = end;
  }
  poBoxRe.lastIndex = 0;
  while ((m = poBoxRe.exec(text)) !== null) {
    // "PO Box 482, Grove City, OH 43123": the box takes its town along, as a street does.
    const end = m.index + m[0].length;
    add(m.index, end + (cityRe.exec(text.slice(end))?.[0].length ?? 0));
  }
  return spans;
}
