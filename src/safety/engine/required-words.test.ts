// The words a rule's pattern needs, read off the pattern: what is derived must
// hold for every text the pattern matches (else a harmful message would skip
// its rule), and it must be selective enough that ordinary prose skips most rules.
import { describe, expect, test } from "bun:test";
import { requiredWords, satisfied, wordStems } from "./required-words.ts";

const clauses = (source: string) => requiredWords(new RegExp(source, "g")).map((alternative) => alternative.map((c) => [...c].sort().join("|")));

/** Whether the requirement lets `text` through, checked beside the pattern itself. */
function agrees(source: string, text: string) {
  const pattern = new RegExp(source, "g");
  return { matches: pattern.test(text), passes: satisfied(requiredWords(pattern), wordStems(text)) };
}

describe("required words", () => {
  test("a word and its plural give their stems", () => {
    expect(clauses("\\bguns?\\b")).toEqual([["gun|guns"]]);
  });

  test("each alternative of the pattern keeps its own words, all of which a text needs", () => {
    const [bomb, hurt] = clauses("\\bhow do i make a pipe bomb\\b|\\bhow to hurt someone\\b");
    expect(bomb!.slice(0, 2).sort()).toEqual(["bomb", "pipe"]);
    expect(hurt![0]).toBe("hurt");
    expect(agrees("\\bhow do i make a pipe bomb\\b|\\bhow to hurt someone\\b", "how do i make a pipe organ")).toEqual({ matches: false, passes: false });
  });

  test("a group with few spellings offers its rarest word: 'my self' needs 'self'", () => {
    expect(clauses("\\b(?:kill|end) (?:my ?self|myself)\\b")[0]).toContain("myse|self");
    expect(agrees("\\b(?:kill|end) (?:my ?self|myself)\\b", "i want to end my self")).toEqual({ matches: true, passes: true });
  });

  test("a pattern that can begin inside a word derives nothing, so it always runs", () => {
    expect(clauses("kill")).toEqual([]);
    expect(agrees("kill", "the skill tree")).toEqual({ matches: true, passes: true });
  });

  test("a word left open by the pattern ('\\w*', a cut-off stem) is not guessed", () => {
    expect(clauses("\\bg\\w*\\b")).toEqual([]);
    expect(clauses("\\bab")).toEqual([]);
  });

  test("apostrophes and underscores split words as the engine's text does", () => {
    expect(agrees("\\bdon\\b", "i don't know")).toEqual({ matches: true, passes: true });
    expect(agrees("\\bknow\\b", "i don't_know")).toEqual({ matches: false, passes: true });
    expect(agrees("<\\|?(?:system|im_start)\\|?>", "<|im_start|>")).toEqual({ matches: true, passes: true });
  });

  test("lookaheads count: the text must hold what they look for", () => {
    expect(clauses("\\bbring\\b(?=[^.]{0,30}\\bknife\\b)")[0]).toContain("knif");
    expect(agrees("\\bbring\\b(?=[^.]{0,30}\\bknife\\b)", "i will bring a spoon")).toEqual({ matches: false, passes: false });
  });

  test("repetition is read for every count it allows", () => {
    expect(clauses("\\b(?:ab)+cd\\b")).toEqual([["abab|abcd"]]);
    expect(agrees("\\b(?:ab)+cd\\b", "ababcd")).toEqual({ matches: true, passes: true });
  });

  test("ordinary prose satisfies a rule's words only when it holds them all", () => {
    const pattern = "\\b(?:how|where) (?:do|can) i (?:buy|get) (?:a )?(?:gun|pistol)\\b";
    expect(agrees(pattern, "Where can I get a pistol?".toLowerCase())).toEqual({ matches: true, passes: true });
    expect(agrees(pattern, "plants get energy from the sun")).toEqual({ matches: false, passes: false });
  });
});
