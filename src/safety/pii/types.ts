// Personal data the redactor knows, and the placeholder each type becomes.
// Redaction is one-way on purpose: the predecessor's reversible tokens broke
// tool calls, and a placeholder tells the model all it needs ("[EMAIL]").
export const piiTypes = ["email", "phone", "ssn", "student_id", "address", "date_of_birth", "credit_card", "person_name"] as const;
export type PiiType = (typeof piiTypes)[number];

export const placeholders: Record<PiiType, string> = {
  email: "[EMAIL]",
  phone: "[PHONE]",
  ssn: "[SSN]",
  student_id: "[STUDENT_ID]",
  address: "[ADDRESS]",
  date_of_birth: "[DOB]",
  credit_card: "[CARD]",
  person_name: "[NAME]",
};

export interface PiiSpan {
  type: PiiType;
  start: number;
  end: number;
  /** Exactly `text.slice(start, end)`. */
  value: string;
}

/** A district's student-id format: a regular expression source, and whether a cue ("ID", "student number") must be near. */
export interface StudentIdPattern {
  pattern: string;
  requireCue: boolean;
  /** "named": the number must be called an id right before it ("my student number is", "ID"); absent, a cue nearby will do. */
  cue?: "named";
}

export interface PiiOptions {
  studentIdPatterns?: readonly StudentIdPattern[];
  /** Types to look for; all when absent. */
  types?: readonly PiiType[];
}

/**
 * By default: 7 digits starting with 2 (near a cue, or not a quantity), or S followed by 6 digits;
 * and any 6 to 9 digits that the text names as an id ("my student number is 3018842").
 */
export const defaultStudentIdPatterns: readonly StudentIdPattern[] = studentIdPatternsFor(["2\\d{6}", "[Ss]\\d{6}"]);

/** A district's formats (STUDENT_ID_PATTERNS), plus a number the text itself names as a student id, which is one in any district. */
export function studentIdPatternsFor(formats: readonly string[]): StudentIdPattern[] {
  return [...formats.map((pattern) => ({ pattern, requireCue: false })), { pattern: "\\d{6,9}", requireCue: true, cue: "named" as const }];
}
