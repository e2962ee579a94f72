// Safety profiles are data: administrators tune them (the action for each
// category and level, their own terms, blocked topics with examples) and the
// engine only reads them. `student` is strict; `staff` allows professional
// discussion of self-harm, abuse, drugs, violence, sex education and discipline.
import { actions, categories, levels, type Action, type Category, type Level } from "./types.ts";

export type ActionTable = Record<Category, Record<Level, Action>>;

export interface CustomTerm {
  /** A word or phrase, matched on word boundaries after de-obfuscation. */
  term: string;
  category: Category;
  level: Level;
}

export interface BlockedTopic {
  id: string;
  label: string;
  category: Category;
  level: Level;
  /** Sample requests; a text close enough to one of them (word n-gram overlap) matches the topic. */
  examples: string[];
  /** Share of an example's word n-grams the text must contain, 0..1 (default 0.6). */
  threshold?: number;
}

export interface Profile {
  id: string;
  name: string;
  actions: ActionTable;
  customTerms: CustomTerm[];
  blockedTopics: BlockedTopic[];
  /** When a detector fails: true refuses the message, false lets it through with a flag. Always true for students. */
  failClosed: boolean;
}

export type ProfileId = "student" | "staff";

type Row = [mild: Action, harmful: Action, critical: Action];
const table = (rows: Record<Category, Row>): ActionTable =>
  Object.fromEntries(categories.map((c) => [c, { mild: rows[c][0], harmful: rows[c][1], critical: rows[c][2] }])) as ActionTable;

export const studentProfile: Profile = {
  id: "student",
  name: "Students",
  actions: table({
    self_harm: ["flag", "block", "alert"],
    violence: ["flag", "block", "alert"],
    weapons: ["flag", "block", "alert"],
    sexual: ["flag", "block", "block"],
    drugs: ["flag", "block", "block"],
    hate: ["flag", "block", "block"],
    harassment: ["flag", "flag", "block"],
    profanity: ["flag", "flag", "flag"],
    abuse_disclosure: ["flag", "alert", "alert"],
    threat: ["flag", "alert", "alert"],
    prompt_injection: ["flag", "flag", "flag"],
    filter_evasion: ["flag", "flag", "flag"],
  }),
  customTerms: [],
  blockedTopics: [],
  failClosed: true,
};

export const staffProfile: Profile = {
  id: "staff",
  name: "Teachers, staff and administrators",
  actions: table({
    // Mild findings are what professional discussion looks like: allowed.
    self_harm: ["allow", "block", "alert"],
    violence: ["allow", "block", "alert"],
    weapons: ["allow", "block", "alert"],
    sexual: ["allow", "block", "block"],
    drugs: ["allow", "block", "block"],
    hate: ["allow", "block", "block"],
    harassment: ["allow", "flag", "flag"],
    // A referral quoting a student's swearing is the job; the writer's own swearing is recorded, as a student's is.
    profanity: ["allow", "flag", "flag"],
    abuse_disclosure: ["allow", "flag", "flag"],
    threat: ["allow", "alert", "alert"],
    prompt_injection: ["flag", "flag", "flag"],
    filter_evasion: ["allow", "flag", "flag"],
  }),
  customTerms: [],
  blockedTopics: [],
  failClosed: true,
};

export const defaultProfiles: Record<ProfileId, Profile> = { student: studentProfile, staff: staffProfile };

export function resolveProfile(profile: Profile | ProfileId): Profile {
  if (typeof profile !== "string") return profile;
  const found = defaultProfiles[profile];
  if (!found) throw new ProfileError([`unknown profile "${String(profile)}" (expected student or staff)`]);
  return found;
}

export class ProfileError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid safety profile: ${problems.join("; ")}`);
    this.name = "ProfileError";
  }
}

const isOneOf = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === "string" && (list as readonly string[]).includes(v);

/**
 * Checks an administrator's profile (from a form or JSON) and returns it typed,
 * or throws a ProfileError naming every problem. Missing cells of the action
 * table fall back to the built-in profile with the same id (or `student`).
 */
export function parseProfile(input: unknown): Profile {
  const problems: string[] = [];
  const obj = (input ?? {}) as Record<string, unknown>;
  const id = typeof obj.id === "string" && obj.id.trim() ? obj.id.trim() : (problems.push("id is required"), "");
  const base = defaultProfiles[id as ProfileId] ?? studentProfile;
  const name = typeof obj.name === "string" && obj.name.trim() ? obj.name.trim() : base.name;

  const actionsIn = (obj.actions ?? {}) as Record<string, Record<string, unknown>>;
  const actionTable = structuredClone(base.actions);
  for (const [cat, row] of Object.entries(actionsIn)) {
    if (!isOneOf(categories, cat)) {
      problems.push(`actions: unknown category "${cat}"`);
      continue;
    }
    for (const [lvl, act] of Object.entries(row ?? {})) {
      if (!isOneOf(levels, lvl)) problems.push(`actions.${cat}: unknown level "${lvl}"`);
      else if (!isOneOf(actions, act)) problems.push(`actions.${cat}.${lvl}: "${String(act)}" is not one of ${actions.join(", ")}`);
      else actionTable[cat][lvl] = act;
    }
  }

  const customTerms: CustomTerm[] = [];
  (Array.isArray(obj.customTerms) ? obj.customTerms : []).forEach((t: unknown, i) => {
    const term = t as Record<string, unknown>;
    if (typeof term.term !== "string" || term.term.trim().length < 2) problems.push(`customTerms[${i}].term must be at least 2 characters`);
    else if (!isOneOf(categories, term.category)) problems.push(`customTerms[${i}].category "${String(term.category)}" is not a category`);
    else customTerms.push({ term: term.term.trim(), category: term.category, level: isOneOf(levels, term.level) ? term.level : "harmful" });
  });

  const blockedTopics: BlockedTopic[] = [];
  (Array.isArray(obj.blockedTopics) ? obj.blockedTopics : []).forEach((t: unknown, i) => {
    const topic = t as Record<string, unknown>;
    const examples = Array.isArray(topic.examples) ? topic.examples.filter((e): e is string => typeof e === "string" && e.trim().length > 0) : [];
    const threshold = topic.threshold === undefined ? undefined : Number(topic.threshold);
    if (typeof topic.label !== "string" || !topic.label.trim()) problems.push(`blockedTopics[${i}].label is required`);
    else if (!isOneOf(categories, topic.category)) problems.push(`blockedTopics[${i}].category "${String(topic.category)}" is not a category`);
    else if (examples.length === 0) problems.push(`blockedTopics[${i}] needs at least one example`);
    else if (threshold !== undefined && !(threshold > 0 && threshold <= 1)) problems.push(`blockedTopics[${i}].threshold must be between 0 and 1`);
    else {
      const entry: BlockedTopic = {
        id: typeof topic.id === "string" && topic.id ? topic.id : `topic-${i + 1}`,
        label: topic.label.trim(),
        category: topic.category,
        level: isOneOf(levels, topic.level) ? topic.level : "harmful",
        examples,
      };
      if (threshold !== undefined) entry.threshold = threshold;
      blockedTopics.push(entry);
    }
  });

  const failClosed = obj.failClosed === undefined ? base.failClosed : obj.failClosed === true;
  // Students are children: a broken check must never let their messages through unchecked.
  if (id === "student" && obj.failClosed === false) problems.push("failClosed cannot be turned off for the student profile");

  if (problems.length) throw new ProfileError(problems);
  return { id, name, actions: actionTable, customTerms, blockedTopics, failClosed };
}
