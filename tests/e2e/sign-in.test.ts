// In Chromium: dev sign-in as a student and as an administrator; their
// navigation differs; the student is refused at /admin.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { devSignIn, startE2E, type E2E } from "./harness.ts";

describe("sign-in in the browser", () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
    // Chromium starts in a second alone; on a busy CI machine it takes longer.
  }, 30_000);
  afterAll(() => e2e.close());

  test("a student and an administrator see different navigation; the student is refused at /admin", async () => {
    const student = await e2e.newPage();
    await devSignIn(student, "sam.student@school.org", "student");
    const studentNav = await student.getByRole("navigation", { name: "Main" }).getByRole("link").allInnerTexts();
    expect(studentNav).toContain("Chat");
    expect(studentNav).not.toContain("Admin");
    expect(await student.getByText("sam.student@school.org").isVisible()).toBe(true);

    const refused = await student.goto("/admin");
    expect(refused?.status()).toBe(403);
    expect(await student.getByRole("heading", { level: 1 }).innerText()).toBe("You do not have access");

    const admin = await e2e.newPage();
    await devSignIn(admin, "ada.admin@school.org", "administrator");
    const adminNav = await admin.getByRole("navigation", { name: "Main" }).getByRole("link").allInnerTexts();
    expect(adminNav).toEqual(expect.arrayContaining(["Chat", "Admin"]));
    const res = await admin.goto("/admin/users");
    expect(res?.status()).toBe(200);
    expect(await admin.getByRole("cell", { name: /sam\.student@school\.org/ }).count()).toBeGreaterThan(0);
  }, 30_000);

  test("an administrator changes a role with htmx, without a page load", async () => {
    const admin = await e2e.newPage();
    await devSignIn(admin, "root.admin@school.org", "administrator");
    const sam = await e2e.newPage();
    await devSignIn(sam, "tina.teacher@school.org", "student");
    await admin.goto("/admin/users?q=tina");
    const marker = await admin.evaluate(() => ((window as unknown as { marker: number }).marker = Math.random()));
    await admin.getByLabel("Role of tina.teacher@school.org").selectOption("teacher");
    await admin.getByRole("button", { name: "Save role" }).click();
    await admin.getByText("Role saved").waitFor();
    expect(await admin.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(marker);
    await sam.reload();
    expect(await sam.locator(".who .badge").innerText()).toBe("Teacher");
  }, 30_000);
});
