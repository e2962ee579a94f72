// What Atelier reads of a OneRoster 1.1 CSV bundle (the 1.1 CSV binding).
// Column order is free and extra columns are ignored; the required columns are
// the ones the 1.1 binding marks required and Atelier reads.

export const ROSTER_FILES = ["orgs.csv", "users.csv", "classes.csv", "enrollments.csv"] as const;
export type RosterFile = (typeof ROSTER_FILES)[number];
export const MANIFEST_FILE = "manifest.csv";

export const requiredColumns: Record<RosterFile, readonly string[]> = {
  "orgs.csv": ["sourcedId", "name", "type"],
  // email is optional in the binding, but Atelier signs people in by email.
  "users.csv": ["sourcedId", "enabledUser", "orgSourcedIds", "role", "username", "givenName", "familyName", "email"],
  "classes.csv": ["sourcedId", "title", "schoolSourcedId"],
  "enrollments.csv": ["sourcedId", "classSourcedId", "schoolSourcedId", "userSourcedId", "role"],
};

/** Every column of the 1.1 binding, in its order (what exports and the sample generator write). */
export const specColumns: Record<RosterFile, readonly string[]> = {
  "orgs.csv": ["sourcedId", "status", "dateLastModified", "name", "type", "identifier", "parentSourcedId"],
  "users.csv": ["sourcedId", "status", "dateLastModified", "enabledUser", "orgSourcedIds", "role", "username", "userIds", "givenName", "familyName", "middleName", "identifier", "email", "sms", "phone", "agentSourcedIds", "grades", "password"],
  "classes.csv": ["sourcedId", "status", "dateLastModified", "title", "grades", "courseSourcedId", "classCode", "classType", "location", "schoolSourcedId", "termSourcedIds", "subjects", "subjectCodes", "periods"],
  "enrollments.csv": ["sourcedId", "status", "dateLastModified", "classSourcedId", "schoolSourcedId", "userSourcedId", "role", "primary", "beginDate", "endDate"],
};

/** Columns read when present, besides the required ones (status is blank in most bulk exports). */
export const optionalColumns = Object.fromEntries(
  Object.entries(specColumns).map(([file, cols]) => [file, cols.filter((c) => !requiredColumns[file as RosterFile].includes(c))]),
) as unknown as Record<RosterFile, readonly string[]>;

export const STATUSES = ["active", "tobedeleted"] as const;
export type RosterStatus = (typeof STATUSES)[number];

export const ORG_TYPES = ["department", "school", "district", "local", "state", "national"] as const;

export const USER_ROLES = ["administrator", "aide", "guardian", "parent", "proctor", "relative", "student", "teacher"] as const;
export type RosterUserRole = (typeof USER_ROLES)[number];

/** Valid OneRoster roles Atelier has no accounts for: their rows are skipped, not rejected. */
export const UNSUPPORTED_USER_ROLES: readonly string[] = ["guardian", "parent", "relative"];

export const ENROLLMENT_ROLES = ["administrator", "aide", "guardian", "parent", "proctor", "relative", "student", "teacher"] as const;
export type ClassRoleValue = "teacher" | "student";

export type AtelierRoleId = "staff" | "teacher" | "student";

/**
 * The Atelier role of a roster person. A school administrator in the SIS runs a
 * school, not Atelier: administrators, aides and proctors become staff, never
 * platform administrators (only an administrator grants that, by hand).
 */
export function atelierRoleFor(role: RosterUserRole): AtelierRoleId | null {
  switch (role) {
    case "teacher":
      return "teacher";
    case "student":
      return "student";
    case "administrator":
    case "aide":
    case "proctor":
      return "staff";
    default:
      return null;
  }
}

export const oneOf = <T extends string>(values: readonly T[], value: string): value is T => (values as readonly string[]).includes(value);
