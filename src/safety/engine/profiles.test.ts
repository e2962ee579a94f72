import { describe, expect, test } from "bun:test";
import { checkText } from "./check.ts";
import { parseProfile, ProfileError, resolveProfile, staffProfile, studentProfile } from "./profiles.ts";

describe("profiles are data an administrator can tune", () => {
  test("the same words get different actions for a student and for staff", () => {
    const text = "Rewrite this referral neutrally: the student said 'this homework is so fucking long' and walked out.";
    expect(checkText({ text, direction: "input", profile: "student" }).decision).toBe("flag");
    expect(checkText({ text, direction: "input", profile: "staff" }).decision).toBe("allow");
  });

  test("a staff member's own swearing is recorded, a student's swearing they report is not", () => {
    const own = checkText({ text: "This f***ing copier jammed again, how do I clear it?", direction: "input", profile: "staff" });
    expect([own.decision, own.categories, own.severity]).toEqual(["flag", ["profanity"], "low"]);
    expect(checkText({ text: "Write this up for the log: he called the sub a b**** and left.", direction: "input", profile: "staff" }).decision).toBe("allow");
    expect(checkText({ text: "Draft a note home: her son yelled f*** you at the bus driver.", direction: "input", profile: "staff" }).decision).toBe("allow");
  });

  test("an administrator can change the action for a category and level", () => {
    const strict = parseProfile({ id: "staff", actions: { profanity: { harmful: "block" } } });
    const d = checkText({ text: "This homework is so fucking long", direction: "input", profile: strict });
    expect(d.decision).toBe("block");
    expect(d.message).toMatch(/can't help with that kind of language/);
    // Untouched cells keep the built-in staff policy.
    expect(strict.actions.self_harm).toEqual(staffProfile.actions.self_harm);
  });

  test("custom terms match on word boundaries, even when obfuscated", () => {
    const p = parseProfile({ id: "student", customTerms: [{ term: "skibidi", category: "profanity", level: "mild" }] });
    expect(checkText({ text: "that's so sk1bidi", direction: "input", profile: p }).categories).toContain("profanity");
    expect(checkText({ text: "skibidis are a toy", direction: "input", profile: p }).decision).toBe("allow");
  });

  test("a blocked topic matches requests like its examples, and not unrelated ones", () => {
    const p = parseProfile({
      id: "student",
      blockedTopics: [{ label: "Vaping devices", category: "drugs", level: "harmful", examples: ["which disposable vape brand has the most flavor", "best vape flavors to try"] }],
    });
    expect(checkText({ text: "what disposable vape brand has the most flavor options?", direction: "input", profile: p }).decision).toBe("block");
    expect(checkText({ text: "what is the most popular ice cream flavor?", direction: "input", profile: p }).decision).toBe("allow");
  });

  test("bad profiles are refused with every problem named", () => {
    try {
      parseProfile({ id: "student", failClosed: false, actions: { sex: { mild: "flag" }, drugs: { mild: "ban" } }, customTerms: [{ term: "x", category: "drugs" }], blockedTopics: [{ label: "t", category: "drugs", examples: [] }] });
      throw new Error("expected a ProfileError");
    } catch (e) {
      expect(e).toBeInstanceOf(ProfileError);
      const problems = (e as ProfileError).problems.join("\n");
      expect(problems).toContain('unknown category "sex"');
      expect(problems).toContain('actions.drugs.mild: "ban" is not one of allow, flag, block, alert');
      expect(problems).toContain("customTerms[0].term must be at least 2 characters");
      expect(problems).toContain("blockedTopics[0] needs at least one example");
      expect(problems).toContain("failClosed cannot be turned off for the student profile");
    }
  });

  test("built-in profiles resolve by id; unknown ids are an error", () => {
    expect(resolveProfile("student")).toBe(studentProfile);
    expect(() => resolveProfile("guest" as never)).toThrow(/unknown profile "guest"/);
  });
});
