// Structured identifiers: emails, phone numbers, SSNs, card numbers (Luhn),
// student ids and dates of birth. Each finder returns spans in the original
// text; the look-arounds keep part numbers, ISBNs and math from matching.
import type { PiiSpan, PiiType, StudentIdPattern } from "./types.ts";

function collect(text: string, re: RegExp, type: PiiType, accept: (m: RegExpExecArray) => boolean = () => true, group = 0): PiiSpan[] {
  const spans: PiiSpan[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (!accept(m)) continue;
    const value = m[group] ?? m[0];
    const start = m.index + (group ? m[0].indexOf(value) : 0);
    spans.push({ type, start, end: start + value.length, value });
  }
  return spans;
}

const emailRe = /(?<![\w.+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,63})@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}\b/g;
export const findEmails = (text: string) => collect(text, emailRe, "email");

// North American numbers: area code and exchange start with 2-9.
const phoneRe = /(?<![\w+/.-])(?:\+?1[\s.-]?)?(?:\(\s?[2-9]\d{2}\s?\)\s?|[2-9]\d{2}[\s.-]?)[2-9]\d{2}[\s.-]?\d{4}(?![\w/-]|\.\d)/g;
export const findPhones = (text: string) => collect(text, phoneRe, "phone");

const ssnRe = /(?<![\w-])(?!000|666|9\d\d)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}(?![\w-])/g;
const bareSsnRe = /(?<![\w-])(?!000|666|9\d\d)\d{9}(?![\w-])/g;
const ssnCue = /\b(?:ssn|social security|social|ss#|ss no)\b/i;
export function findSsns(text: string): PiiSpan[] {
  return [
    ...collect(text, ssnRe, "ssn"),
    ...collect(text, bareSsnRe, "ssn", (m) => ssnCue.test(text.slice(Math.max(0, m.index - 40), m.index))),
  ];
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

const cardRe = /(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])/g;
export function findCards(text: string): PiiSpan[] {
  return collect(text, cardRe, "credit_card", (m) => {
    const digits = m[0].replace(/\D/g, "");
    if (!/^[3-6]/.test(digits) || !luhnValid(digits)) return false;
    // Card numbers are written in one run or in 4-digit groups (Amex 4-6-5); an ISBN's 3-1-2-6-1 is not a card.
    const groups = m[0].split(/[ -]/).map((g) => g.length);
    if (groups.length === 1) return true;
    if (new Set(m[0].match(/[ -]/g)).size > 1) return false;
    const fours = groups.slice(0, -1).every((g) => g === 4) && groups[groups.length - 1]! <= 4;
    const shape = groups.join("-");
    return fours || shape === "4-6-5" || shape === "4-6-4";
  });
}

/** "my student number is", "ID", "student id:": the words that name the number right after them as an id. */
const namedId = /\b(?:student (?:id|number|no|#)|school id|id(?: number| no| #)?)\s*(?:is|:|#|=)?\s*#?\s*$/i;
const idCue = /(?:\b(?:id|ids|i\.d|student|number|no|num|sid|lunch|pin|account|badge|roster|login|username|record)\b|#)[^.!?\n\d]{0,14}$/i;
const quantityAfter = /^\s*(?:km|kilometers?|kilometres?|miles?|mi|m|meters?|metres?|feet|ft|people|persons|dollars?|usd|cents|years?|yrs|days|hours|minutes|seconds|kg|g|grams?|pounds?|lbs?|tons?|liters?|gallons?|votes|copies|views|likes|followers|units|times|x|%|\+|-|\*|\/|=)\b/i;
const quantityBefore = /(?:\$|€|£|\bpopulation(?: of)?|\bmultiply|\bdivide|\btimes|\bplus|\bminus|\bof|\bis|\bequals|\bsum|\bwhat'?s|\bcalculate|\bround|\bsquare root of|\bx|[+\-*/=×÷^])\s*$/i;

export function findStudentIds(text: string, patterns: readonly StudentIdPattern[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const p of patterns) {
    const re = new RegExp(`(?<![\\w.,$/-])(?:${p.pattern})(?![\\w/-]|[.,]\\d)`, "g");
    spans.push(
      ...collect(text, re, "student_id", (m) => {
        const before = text.slice(Math.max(0, m.index - 30), m.index);
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
        const digitsOnly = /^\d+$/.test(m[0]);
        // A number that reads as a quantity ("2450000 km", "what's 2345678 / 3") is not an id.
        if (digitsOnly && quantityAfter.test(after)) return false;
        if (p.cue === "named") return namedId.test(before) && !spans.some((s) => s.start < m.index + m[0].length && m.index < s.end);
        if (idCue.test(before) || /\($/.test(before)) return true;
        if (p.requireCue || (digitsOnly && quantityBefore.test(before))) return false;
        return true;
      }),
    );
  }
  return spans;
}

const month = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const dateRe = new RegExp(
  [
    "\\b(?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|[12]\\d|3[01])[/.-](?:19|20)?\\d\\d\\b",
    "\\b(?:19|20)\\d\\d[/.-](?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|[12]\\d|3[01])\\b",
    `\\b(?:${month})\\.?\\s+(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d\\d\\b`,
    `\\b(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${month})\\.?,?\\s+(?:19|20)\\d\\d\\b`,
  ].join("|"),
  "gi",
);
const dobCue = /\b(?:born|birthday|birth ?date|date of birth|d\.?o\.?b\.?|b-?day|bday|birth)\b[^.!?\n]{0,40}$/i;

/** A cue anywhere before: "a birthday list for the board: Aiden Cole 02/09/2015, Leah Marquez 05/30/2015". */
const dobCueEarlier = /\b(?:born|birthdays?|birth ?dates?|dates? of birth|d\.?o\.?b\.?s?|b-?days?|bdays?)\b/i;
const yearOf = (date: string): number => {
  const y = /(?:^|\D)((?:19|20)\d\d)(?:\D|$)/.exec(date)?.[1] ?? /(\d\d)$/.exec(date)?.[1] ?? "";
  return y.length === 2 ? 2000 + Number(y) : Number(y);
};

export function findDatesOfBirth(text: string): PiiSpan[] {
  // Later dates in a list of birthdays are birth dates too, when their year is one a birth date would have (not this year's test or trip).
  const oldEnough = new Date().getFullYear() - 4;
  return collect(text, dateRe, "date_of_birth", (m) => dobCue.test(text.slice(Math.max(0, m.index - 60), m.index)) || (dobCueEarlier.test(text.slice(0, m.index)) && yearOf(m[0]) <= oldEnough));
}
