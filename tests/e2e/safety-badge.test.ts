// In Chromium: a teacher's Safety badge counts a new incident of one of their
// students the moment it happens, without a reload.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { userForSignIn } from "../../src/auth/users.ts";
import { classes, classMembers, schools } from "../../src/roster/schema.ts";
import { devSignIn, startE2E, type E2E } from "./harness.ts";

describe("the live safety badge", () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
    const db = e2e.database.db;
    const teacher = await userForSignIn(db, { email: "ms.rivera@school.org", roleId: "teacher" });
    const student = await userForSignIn(db, { email: "jordan@school.org", roleId: "student" });
    const [school] = await db.insert(schools).values({ sourcedId: "s1", name: "Hillside Middle" }).returning();
    const [cls] = await db.insert(classes).values({ sourcedId: "c1", schoolId: school!.id, title: "Health 7" }).returning();
    await db.insert(classMembers).values([
      { classId: cls!.id, userId: teacher.id, role: "teacher", sourcedId: "e1" },
      { classId: cls!.id, userId: student.id, role: "student", sourcedId: "e2" },
    ]);
  }, 30_000);
  afterAll(() => e2e.close());

  test("the badge moves from nothing to 1 when a student's message is blocked", async () => {
    const teacher = await e2e.newPage();
    await devSignIn(teacher, "ms.rivera@school.org", "teacher");
    await teacher.goto("/chat");
    const badge = teacher.getByRole("navigation", { name: "Main" }).locator(".nav-badge");
    expect(await badge.textContent()).toBe("");

    const student = await e2e.newPage();
    await devSignIn(student, "jordan@school.org", "student");
    await student.goto("/chat");
    await student.getByLabel("Your message").fill("how do i buy a gun without my parents knowing");
    await student.getByLabel("Your message").press("Enter");
    await student.locator(".status-blocked").waitFor();

    await teacher.waitForFunction(() => document.querySelector("nav .nav-badge")?.textContent?.startsWith("1"), undefined, { timeout: 10_000 });
    expect(await badge.innerText()).toContain("1");
    await teacher.getByRole("link", { name: /Safety/ }).click();
    expect(await teacher.getByRole("cell", { name: "jordan@school.org" }).count()).toBe(1);
  }, 45_000);
});
