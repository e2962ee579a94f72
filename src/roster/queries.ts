// Reading schools and classes: the admin pages list them, and safety routes a
// student's incidents to the teachers of that student's classes.
import { and, asc, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { users } from "../auth/schema.ts";
import type { Db, Tx } from "../platform/db/client.ts";
import { classes, classMembers, schoolMembers, schools, type Class, type School } from "./schema.ts";

type Reader = Db | Tx;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const teachersCount = sql<number>`(count(${classMembers.userId}) filter (where ${classMembers.role} = 'teacher'))::int`;
const studentsCount = sql<number>`(count(${classMembers.userId}) filter (where ${classMembers.role} = 'student'))::int`;

export interface SchoolSummary extends School {
  classes: number;
  people: number;
}

export async function listSchools(db: Reader): Promise<SchoolSummary[]> {
  const classCounts = db
    .select({ schoolId: classes.schoolId, n: sql<number>`count(*)::int`.as("class_count") })
    .from(classes)
    .groupBy(classes.schoolId)
    .as("class_counts");
  const peopleCounts = db
    .select({ schoolId: schoolMembers.schoolId, n: sql<number>`count(*)::int`.as("people_count") })
    .from(schoolMembers)
    .groupBy(schoolMembers.schoolId)
    .as("people_counts");
  const rows = await db
    .select({ school: schools, classes: classCounts.n, people: peopleCounts.n })
    .from(schools)
    .leftJoin(classCounts, eq(classCounts.schoolId, schools.id))
    .leftJoin(peopleCounts, eq(peopleCounts.schoolId, schools.id))
    .orderBy(asc(schools.name));
  return rows.map((r) => ({ ...r.school, classes: r.classes ?? 0, people: r.people ?? 0 }));
}

export interface ClassSummary extends Class {
  schoolName: string;
  teachers: number;
  students: number;
}

function classSummaries(db: Reader, where: SQL | undefined) {
  return db
    .select({ class: classes, schoolName: schools.name, teachers: teachersCount, students: studentsCount })
    .from(classes)
    .innerJoin(schools, eq(schools.id, classes.schoolId))
    .leftJoin(classMembers, eq(classMembers.classId, classes.id))
    .where(where)
    .groupBy(classes.id, schools.name)
    .orderBy(asc(schools.name), asc(classes.title), asc(classes.sourcedId));
}

const summary = (r: { class: Class; schoolName: string; teachers: number; students: number }): ClassSummary => ({
  ...r.class,
  schoolName: r.schoolName,
  teachers: r.teachers,
  students: r.students,
});

/** Classes by school and/or a search on title and class code, with their member counts. */
export async function listClasses(
  db: Reader,
  filter: { schoolId?: string; q?: string; limit?: number; offset?: number } = {},
): Promise<{ rows: ClassSummary[]; total: number }> {
  const where: SQL[] = [];
  if (filter.schoolId) {
    if (!UUID.test(filter.schoolId)) return { rows: [], total: 0 };
    where.push(eq(classes.schoolId, filter.schoolId));
  }
  const q = filter.q?.trim();
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => "\\" + c)}%`;
    where.push(or(ilike(classes.title, pattern), ilike(classes.classCode, pattern), ilike(classes.sourcedId, pattern))!);
  }
  const condition = where.length ? and(...where) : undefined;
  const rows = await classSummaries(db, condition).limit(filter.limit ?? 100).offset(filter.offset ?? 0);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(classes).where(condition);
  return { rows: rows.map(summary), total: count?.n ?? 0 };
}

export interface ClassPerson {
  id: string;
  name: string;
  email: string;
  disabled: boolean;
}

export interface ClassDetail {
  class: Class;
  school: School;
  teachers: ClassPerson[];
  students: ClassPerson[];
}

export async function getClass(db: Reader, id: string): Promise<ClassDetail | undefined> {
  if (!UUID.test(id)) return undefined;
  const [found] = await db.select({ class: classes, school: schools }).from(classes).innerJoin(schools, eq(schools.id, classes.schoolId)).where(eq(classes.id, id));
  if (!found) return undefined;
  const members = await db
    .select({ id: users.id, name: users.name, email: users.email, disabled: users.disabled, role: classMembers.role })
    .from(classMembers)
    .innerJoin(users, eq(users.id, classMembers.userId))
    .where(eq(classMembers.classId, id))
    .orderBy(asc(users.name), asc(users.email));
  const person = ({ role: _role, ...p }: (typeof members)[number]): ClassPerson => p;
  return {
    class: found.class,
    school: found.school,
    teachers: members.filter((m) => m.role === "teacher").map(person),
    students: members.filter((m) => m.role === "student").map(person),
  };
}

/** The classes a person teaches. */
export async function classesOfTeacher(db: Reader, userId: string): Promise<ClassSummary[]> {
  if (!UUID.test(userId)) return [];
  const taught = db.select({ id: classMembers.classId }).from(classMembers).where(and(eq(classMembers.userId, userId), eq(classMembers.role, "teacher")));
  const rows = await classSummaries(db, inArray(classes.id, taught));
  return rows.map(summary);
}

// A teacher's row and a student's row of the same class.
const teaching = alias(classMembers, "teaching");
const sitting = alias(classMembers, "sitting");

/** The students in any class the teacher teaches: whose safety incidents the teacher sees. */
export async function studentsOfTeacher(db: Reader, teacherUserId: string): Promise<string[]> {
  if (!UUID.test(teacherUserId)) return [];
  const rows = await db
    .selectDistinct({ id: sitting.userId })
    .from(teaching)
    .innerJoin(sitting, and(eq(sitting.classId, teaching.classId), eq(sitting.role, "student")))
    .where(and(eq(teaching.userId, teacherUserId), eq(teaching.role, "teacher")))
    .orderBy(sitting.userId);
  return rows.map((r) => r.id);
}

/** true when the student sits in a class the teacher teaches. */
export async function teachesStudent(db: Reader, teacherUserId: string, studentUserId: string): Promise<boolean> {
  if (!UUID.test(teacherUserId) || !UUID.test(studentUserId)) return false;
  const rows = await db
    .select({ one: sql<number>`1` })
    .from(teaching)
    .innerJoin(sitting, and(eq(sitting.classId, teaching.classId), eq(sitting.role, "student"), eq(sitting.userId, studentUserId)))
    .where(and(eq(teaching.userId, teacherUserId), eq(teaching.role, "teacher")))
    .limit(1);
  return rows.length > 0;
}
