// What the safety engine decides for one text, asserted with the text in the
// failure message, for the detector tests.
import { expect } from "bun:test";
import { checkText } from "../../src/safety/engine/check.ts";
import type { ProfileId } from "../../src/safety/engine/profiles.ts";
import type { Action, Category, Direction } from "../../src/safety/engine/types.ts";

/** The decision, one category it must include, and for "allow" no category at all. */
export function expectDecision(text: string, decision: Action, category?: Category, profile: ProfileId = "student", direction: Direction = "input") {
  const d = checkText({ text, direction, profile });
  expect({ text, decision: d.decision }).toEqual({ text, decision });
  if (category) expect({ text, categories: d.categories }).toEqual({ text, categories: expect.arrayContaining([category]) });
  if (decision === "allow") expect({ text, categories: d.categories }).toEqual({ text, categories: [] });
  return d;
}

/** A student's everyday sentence that shares words with a harmful one: allowed, with no category. */
export const expectAllowed = (text: string) => expectDecision(text, "allow");
