// Realistic, deterministic OneRoster 1.1 bundles for tests, browser tests and
// demos: a district with its schools, teachers, students and an administrator
// per school; each class has one or two teachers and 20-30 students of its
// school. Same options, same seed: byte-identical files.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { MANIFEST_FILE, specColumns, type RosterFile } from "./format.ts";

export interface SampleOptions {
  schools: number;
  classes: number;
  /** Everyone in users.csv: one administrator per school, teachers, and students for the rest. */
  users: number;
  seed: number;
}

export type SampleFiles = Record<RosterFile | typeof MANIFEST_FILE, string>;

const GIVEN = ["Olivia", "Liam", "Emma", "Noah", "Ava", "Mateo", "Sofía", "Elijah", "Amara", "Lucas", "Chloé", "Mia", "Ethan", "Zoë", "Aiden", "Priya", "Santiago", "Isabella", "Kai", "Aaliyah", "Jamal", "Hannah", "Wei", "Fatima", "Diego", "Grace", "Omar", "Leilani", "Ezra", "Nora", "José", "Maya", "Hiroshi", "Layla", "Benjamin", "Ananya", "Lucía", "Finn", "Yusuf", "Chiara", "Malik", "Ingrid", "Tomás", "Abigail", "Dmitri", "Esther", "Kwame", "Renée", "Arjun", "Siobhan"];
const FAMILY = ["Smith", "Johnson", "García", "Nguyễn", "Williams", "Brown", "O'Brien", "Martínez", "Kim", "Patel", "Jones", "Müller", "Davis", "Rodríguez", "Wilson", "Anderson", "Thomas", "Hernández", "Moore", "Lee", "Okafor", "Taylor", "Jackson", "Sánchez", "White", "Harris", "Chen", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King-Wright", "Scott", "Torres", "Hill", "Flores", "Green", "Adams", "Nakamura", "Baker", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Kowalski", "Haddad", "Johansson"];
const SCHOOLS = [
  { name: "Lakeside High School", grades: ["09", "10", "11", "12"], subjects: ["Algebra I", "Geometry", "Biology", "Chemistry", "US History", "English 10", "Spanish II", "Physics", "Computer Science", "Art"] },
  { name: "Cedar Ridge Middle School", grades: ["06", "07", "08"], subjects: ["Math 7", "Science 6", "Language Arts 8", "World History", "Band", "Health", "Pre-Algebra", "Earth Science"] },
  { name: "Maple Grove Elementary School", grades: ["03", "04", "05"], subjects: ["Homeroom", "Reading", "Math", "Science Explorers", "Music"] },
];
const DISTRICT = "Lakeside Unified School District";
const MODIFIED = "2026-08-20T08:00:00.000Z";

/** mulberry32: small, fast, good enough for fixtures, and the same everywhere. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  return { next, int, pick };
}

/** One CSV line per row, quoted only where the value needs it. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}

const ascii = (s: string) => s.normalize("NFD").replace(/[^A-Za-z0-9]/g, "").toLowerCase();
const pad = (n: number, width: number) => String(n).padStart(width, "0");

export function generateRosterBundle(options: SampleOptions): SampleFiles {
  const rnd = random(options.seed);
  const schoolCount = options.schools;
  const teacherCount = Math.max(schoolCount, Math.round(options.classes * 0.8));
  const studentCount = options.users - teacherCount - schoolCount;
  if (studentCount < 1) throw new Error(`${options.users} users are too few for ${schoolCount} schools and ${options.classes} classes`);

  const schools = Array.from({ length: schoolCount }, (_, i) => {
    const kind = SCHOOLS[i % SCHOOLS.length]!;
    const name = i < SCHOOLS.length ? kind.name : `${kind.name} ${Math.floor(i / SCHOOLS.length) + 1}`;
    return { sourcedId: `sch-${pad(i + 1, 3)}`, name, identifier: `${pad(100 + i, 4)}`, kind };
  });
  const orgs = [
    ["org-district", "", MODIFIED, DISTRICT, "district", "LUSD", ""],
    ...schools.map((s) => [s.sourcedId, "", MODIFIED, s.name, "school", s.identifier, "org-district"]),
  ];

  const emails = new Set<string>();
  const person = (domain: string) => {
    const givenName = rnd.pick(GIVEN);
    const familyName = rnd.pick(FAMILY);
    const base = `${ascii(givenName)}.${ascii(familyName)}`;
    let email = `${base}@${domain}`;
    for (let n = 2; emails.has(email); n++) email = `${base}${n}@${domain}`;
    emails.add(email);
    return { givenName, familyName, email, username: email.split("@")[0]! };
  };

  type Person = { sourcedId: string; role: string; school: number; orgs: string[]; grades: string } & ReturnType<typeof person>;
  const people: Person[] = [];
  const add = (role: string, school: number, domain: string, grades: string, extraOrg?: string) => {
    const sourcedId = `usr-${pad(people.length + 1, 5)}`;
    const orgIds = [schools[school]!.sourcedId, ...(extraOrg ? [extraOrg] : [])];
    people.push({ sourcedId, role, school, orgs: orgIds, grades, ...person(domain) });
  };
  schools.forEach((_, s) => add("administrator", s, "lakeside.example.org", ""));
  for (let t = 0; t < teacherCount; t++) {
    const s = t % schoolCount;
    // Now and then a teacher works at two schools (a quoted "sch-001,sch-002" field).
    const second = schoolCount > 1 && t % 9 === 4 ? schools[(s + 1) % schoolCount]!.sourcedId : undefined;
    add("teacher", s, "lakeside.example.org", "", second);
  }
  for (let i = 0; i < studentCount; i++) {
    const s = i % schoolCount;
    add("student", s, "students.lakeside.example.org", rnd.pick(schools[s]!.kind.grades));
  }
  const users = people.map((p, i) => [
    p.sourcedId, "", MODIFIED, "true", p.orgs.join(","), p.role, p.username, "", p.givenName, p.familyName, "",
    p.role === "student" ? `S${pad(200000 + i, 6)}` : `E${pad(5000 + i, 5)}`, p.email, "", "", "", p.grades, "",
  ]);

  const teachersOf = schools.map((_, s) => people.filter((p) => p.role === "teacher" && p.school === s));
  const studentsOf = schools.map((_, s) => people.filter((p) => p.role === "student" && p.school === s));
  const classes: string[][] = [];
  const enrollments: string[][] = [];
  const enroll = (classId: string, school: string, user: Person, role: string, primary: string) =>
    enrollments.push([`enr-${pad(enrollments.length + 1, 6)}`, "", MODIFIED, classId, school, user.sourcedId, role, primary, "2026-08-24", "2027-06-11"]);
  for (let c = 0; c < options.classes; c++) {
    const s = c % schoolCount;
    const school = schools[s]!;
    const subject = school.kind.subjects[Math.floor(c / schoolCount) % school.kind.subjects.length]!;
    const period = (Math.floor(c / schoolCount) % 7) + 1;
    const classId = `cls-${pad(c + 1, 4)}`;
    const grade = rnd.pick(school.kind.grades);
    classes.push([classId, "", MODIFIED, `${subject} (Period ${period})`, grade, `crs-${ascii(subject)}`, `${ascii(subject).slice(0, 6).toUpperCase()}-${pad(c + 1, 3)}`, "scheduled", `Room ${100 + c}`, school.sourcedId, "term-2026", subject, "", String(period)]);
    const teachers = teachersOf[s]!;
    const first = teachers[Math.floor(c / schoolCount) % teachers.length]!;
    enroll(classId, school.sourcedId, first, "teacher", "true");
    if (teachers.length > 1 && rnd.next() < 0.3) {
      enroll(classId, school.sourcedId, teachers.find((t) => t !== first && rnd.next() < 0.5) ?? teachers.find((t) => t !== first)!, "teacher", "false");
    }
    const pool = [...studentsOf[s]!];
    const size = Math.min(pool.length, rnd.int(20, 30));
    for (let k = 0; k < size; k++) {
      const [student] = pool.splice(rnd.int(0, pool.length - 1), 1);
      enroll(classId, school.sourcedId, student!, "student", "false");
    }
  }

  return {
    "manifest.csv": toCsv(["propertyName", "value"], [
      ["manifest.version", "1.0"], ["oneroster.version", "1.1"], ["file.academicSessions", "absent"], ["file.categories", "absent"],
      ["file.classes", "bulk"], ["file.classResources", "absent"], ["file.courses", "absent"], ["file.courseResources", "absent"],
      ["file.demographics", "absent"], ["file.enrollments", "bulk"], ["file.lineItems", "absent"], ["file.orgs", "bulk"],
      ["file.resources", "absent"], ["file.results", "absent"], ["file.users", "bulk"], ["source.systemName", "Atelier sample generator"],
    ]),
    "orgs.csv": toCsv(specColumns["orgs.csv"], orgs),
    "users.csv": toCsv(specColumns["users.csv"], users),
    "classes.csv": toCsv(specColumns["classes.csv"], classes),
    "enrollments.csv": toCsv(specColumns["enrollments.csv"], enrollments),
  };
}

export function writeBundleFolder(dir: string, files: Partial<Record<string, string | Uint8Array>>): string {
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) if (content !== undefined) writeFileSync(join(dir, name), content);
  return dir;
}

export function zipBundle(files: Partial<Record<string, string | Uint8Array>>): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(files)) if (content !== undefined) entries[name] = typeof content === "string" ? strToU8(content) : content;
  return zipSync(entries, { level: 6 });
}
