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
}

export interface PiiOptions {
  studentIdPatterns?: readonly StudentIdPattern[];
  /** Types to look for; all when absent. */
  types?: readonly PiiType[];
}

/** By default: 7 digits starting with 2 (near a cue, or not a quantity), or S followed by 6 digits. */
export const defaultStudentIdPatterns: readonly StudentIdPattern[] = [
  { pattern: "2\\d{6}", requireCue: false },
  { pattern: "[Ss]\\d{6}", requireCue: false },
];
