import { describe, expect, test } from "bun:test";
import { errorDecision, failSafe, failSafeSync } from "./fail-closed.ts";
import { parseProfile } from "./profiles.ts";
import type { Decision } from "./types.ts";

const boom = (): Decision => {
  throw new Error("detector crashed");
};

describe("when a check fails", () => {
  test("students are refused with a clear message", async () => {
    const d = await failSafe("student", boom);
    expect(d.decision).toBe("block");
    expect(d.message).toMatch(/safety check isn't working right now, so this message wasn't sent/);
    expect(d.error).toBe("safety check failed: Error: detector crashed");
  });

  test("a staff profile that fails closed refuses too", () => {
    expect(failSafeSync("staff", boom).decision).toBe("block");
  });

  test("a staff profile set to fail open lets the message through with a flag on record", async () => {
    const open = parseProfile({ id: "staff", failClosed: false });
    const d = await failSafe(open, async () => Promise.reject(new Error("moderation timed out")));
    expect(d.decision).toBe("flag");
    expect(d.message).toBeNull();
    expect(d.error).toContain("moderation timed out");
  });

  test("a student profile can never be made to fail open", () => {
    const tampered = { ...parseProfile({ id: "student" }), failClosed: false };
    expect(errorDecision(tampered, new Error("x")).decision).toBe("block");
  });

  test("a working check is passed through untouched", async () => {
    const ok: Decision = { decision: "allow", categories: [], severity: null, matches: [], message: null };
    expect(await failSafe("student", () => ok)).toBe(ok);
  });
});
