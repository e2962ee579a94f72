// Street addresses: a house number, one to three street-name words and a
// street type, then optionally a unit and ", City, ST 12345". "Room 214",
// a zip code alone, or "2 hard drives" are not addresses.
import type { PiiSpan } from "./types.ts";

// Abbreviations and unmistakable words match in any case ("219 maple st").
const strongSuffix = "street|st|road|rd|avenue|ave|av|lane|ln|boulevard|blvd|ct|dr|drive|hwy|highway|pkwy|parkway|ter|terrace|cir|trl|pl|sq";
// Ordinary words that are street types only when capitalized ("42 Wallaby Way", "5 Oak Court").
const weakSuffix = "Way|Court|Place|Circle|Trail|Loop|Run|Path|Pike|Square|Crescent|Row|Alley|Close|Point|Commons|Crossing|Landing|Plaza";
const states =
  "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|Ohio|California|Texas|Florida|New York|Illinois|Pennsylvania|Georgia|Michigan|Virginia|Washington|Arizona|Colorado|Oregon|Indiana|Kentucky|Tennessee|Missouri|Minnesota|Wisconsin|Maryland|Massachusetts|Alabama|Louisiana|Nevada|Utah|Iowa|Kansas|Nebraska|Oklahoma|Arkansas|Mississippi|New Jersey|North Carolina|South Carolina|Connecticut";

const word = "[A-Za-z][A-Za-z'.-]*";
const streetRe = new RegExp(
  `(?<![\\w#/-])(\\d{1,6}[A-Za-z]?)\\s+((?:(?:[NSEW]\\.?|North|South|East|West|N|S|E|W)\\s+)?(?:${word}\\s+){0,3}?)((?:${strongSuffix})\\b\\.?|(?:${weakSuffix})\\b)`,
  "gi",
);
const unitRe = /^,?\s+(?:apt|apartment|unit|suite|ste|#|no\.?)\.?\s*#?\s*[A-Za-z0-9-]{1,6}\b/i;
const cityRe = new RegExp(`^,?\\s+([A-Z][A-Za-z.'-]+(?:\\s+[A-Z][A-Za-z.'-]+){0,2}),?\\s+(?:${states})\\b(?:,?\\s+\\d{5}(?:-\\d{4})?)?`);
const zipAfterStreet = /^,?\s+\d{5}(?:-\d{4})?\b/;
const poBoxRe = /\b(?:P\.?\s?O\.?\s?Box|Post Office Box)\s+\d{1,6}\b/gi;

const notStreetWords = new Set(["the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "my", "your", "his", "her", "their", "our", "is", "are", "was", "hard", "big", "long", "test", "new", "old", "first", "last", "best", "good", "bad", "main"]);
const notStreetNumberBefore = /\b(?:room|rm|grade|page|pg|chapter|ch|unit|lesson|period|level|bus|route|year|years|age|ages|class|section|question|number|no|x|times|over|under|about)\s*$/i;

export function findAddresses(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  streetRe.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = streetRe.exec(text)) !== null) {
    const [whole, , nameWords = "", suffix = ""] = m;
    const names = nameWords.trim().split(/\s+/).filter(Boolean);
    if (names.length === 0) continue;
    if (notStreetNumberBefore.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const weak = new RegExp(`^(?:${weakSuffix})$`).test(suffix);
    // A weak suffix must be written as a name: "5 Oak Court", not "5 big court".
    if (weak && (!/^[A-Z]/.test(suffix) || names.some((n) => !/^[A-Z0-9]/.test(n)))) continue;
    // "Main Street" is fine, but "2 hard drive" or "the best way" are not streets.
    if (names.every((n) => notStreetWords.has(n.toLowerCase()) && !/^[A-Z]/.test(n))) continue;
    if (names.some((n) => ["the", "a", "an", "and", "of", "my", "is", "to"].includes(n.toLowerCase()))) continue;
    let end = m.index + whole.length;
    const unit = unitRe.exec(text.slice(end));
    if (unit) end += unit[0].length;
    const city = cityRe.exec(text.slice(end));
    if (city) end += city[0].length;
    else {
      const zip = zipAfterStreet.exec(text.slice(end));
      if (zip) end += zip[0].length;
    }
    // A final "." is the sentence's more often than the abbreviation's; leave it outside.
    const value = text.slice(m.index, end).replace(/[.,\s]+$/, "");
    spans.push({ type: "address", start: m.index, end: m.index + value.length, value });
    streetRe.lastIndex = end;
  }
  poBoxRe.lastIndex = 0;
  while ((m = poBoxRe.exec(text)) !== null) {
    // "PO Box 482, Grove City, OH 43123": the box takes its town along, as a street does.
    const city = cityRe.exec(text.slice(m.index + m[0].length));
    const value = (m[0] + (city?.[0] ?? "")).replace(/[.,\s]+$/, "");
    spans.push({ type: "address", start: m.index, end: m.index + value.length, value });
  }
  return spans;
}
