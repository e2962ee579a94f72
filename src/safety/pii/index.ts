// Finds personal data and replaces it with typed placeholders ([EMAIL],
// [PHONE] ...) before text leaves for a provider or reaches a log.
import type { Redactor } from "../../platform/logger.ts";
import { findAddresses } from "./address.ts";
import { findNames } from "./names.ts";
import { findCards, findDatesOfBirth, findEmails, findPhones, findSsns, findStudentIds } from "./numbers.ts";
import { defaultStudentIdPatterns, piiTypes, placeholders, type PiiOptions, type PiiSpan, type PiiType } from "./types.ts";

export * from "./types.ts";
export { luhnValid } from "./numbers.ts";

// When spans overlap, the more specific type wins: an email holds a name, a card number holds phone-like digits.
const priority: Record<PiiType, number> = {
  email: 0,
  credit_card: 1,
  ssn: 2,
  phone: 3,
  student_id: 4,
  date_of_birth: 5,
  address: 6,
  person_name: 7,
};

export function detectPii(text: string, options: PiiOptions = {}): PiiSpan[] {
  const wanted = new Set(options.types ?? piiTypes);
  const found: PiiSpan[] = [];
  if (wanted.has("email")) found.push(...findEmails(text));
  if (wanted.has("credit_card")) found.push(...findCards(text));
  if (wanted.has("ssn")) found.push(...findSsns(text));
  if (wanted.has("phone")) found.push(...findPhones(text));
  if (wanted.has("student_id")) found.push(...findStudentIds(text, options.studentIdPatterns ?? defaultStudentIdPatterns));
  if (wanted.has("date_of_birth")) found.push(...findDatesOfBirth(text));
  if (wanted.has("address")) found.push(...findAddresses(text));
  if (wanted.has("person_name")) found.push(...findNames(text));
  return resolveOverlaps(found);
}

function resolveOverlaps(spans: PiiSpan[]): PiiSpan[] {
  const ordered = [...spans].sort((a, b) => priority[a.type] - priority[b.type] || b.end - b.start - (a.end - a.start));
  const kept: PiiSpan[] = [];
  for (const s of ordered) {
    if (kept.some((k) => s.start < k.end && k.start < s.end)) continue;
    kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The text with every span replaced by its placeholder. */
export function redactSpans(text: string, spans: readonly PiiSpan[]): string {
  let out = "";
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue;
    out += text.slice(at, s.start) + placeholders[s.type];
    at = s.end;
  }
  return out + text.slice(at);
}

export function redact(text: string, options: PiiOptions = {}): string {
  return redactSpans(text, detectPii(text, options));
}

/** A redactor for `createLogger({ redact })`, with the district's student-id patterns. */
export function createRedactor(options: PiiOptions = {}): Redactor {
  return (text) => redact(text, options);
}

export const piiRedactor: Redactor = createRedactor();
