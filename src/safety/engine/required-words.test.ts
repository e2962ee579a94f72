// The words a rule's pattern needs, read off the pattern: what is derived must
// hold for every text the pattern matches (else a harmful message would skip
// its rule), and it must be selective enough that ordinary prose skips most rules.
import { describe, expect, test } from "bun:test";
import { builtInRules } from "./detect.ts";
import { parsePattern, type PatternNode } from "./pattern-tree.ts";
import { requiredWords, satisfied, wordStems } from "./required-words.ts";
import { requirementOf } from "./rules.ts";

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

// Texts that each built-in rule really matches (the regular expression engine
// is the judge), sampled from the rule's own pattern and set inside other
// words: the rule must wake for every one of them.
describe("every built-in rule wakes for the texts it matches", () => {
  /** A small seeded generator, so a failure can be reproduced. */
  function random(seed: number) {
    let a = seed >>> 0;
    return (n: number) => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = Math.imul(a ^ (a >>> 15), a | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
    };
  }
  // Mostly what patterns ask for (a space between words, letters inside them), sometimes anything else.
  const separators = [..." ".repeat(16), ".", ",", "'", "-", "\n", "!", "?"];
  const anything = "abcdefghijklmnopqrstuvwxyz".repeat(4) + "     0123456789'.,-";
  const filler = ["", "", "so ", "ok. ", "hey, ", "the ", "x", "my friend's "];

  /** A string the nodes may match, appended to `before` (a word boundary looks at the character before it). */
  function sample(nodes: readonly PatternNode[], pick: (n: number) => number, before = "", depth = 0): string {
    let out = before;
    for (const node of nodes) out = sampleNode(node, pick, out, depth);
    return out;
  }
  function sampleNode(node: PatternNode, pick: (n: number) => number, out: string, depth: number): string {
    switch (node.type) {
      case "char":
        if (node.kind === "word") return out + node.chars[pick(node.chars.length)]!;
        if (node.kind === "separator") return out + separators[pick(separators.length)]!;
        return out + anything[pick(anything.length)]!;
      case "assert":
        // Between two letters there is no word boundary: a space gives the pattern a chance to match.
        return node.kind === "b" && /\w$/.test(out) && pick(2) === 0 ? `${out} ` : out;
      case "backref":
        return out;
      case "group":
        // What a lookahead asks for usually comes right after ("...?" at the end of a question).
        if (node.look === "negative" || node.look === "behind") return out;
        return sample(node.branches[pick(node.branches.length)]!, pick, out, depth + 1);
      case "quant": {
        const most = Math.min(node.max, node.min + (depth > 6 ? 0 : 3));
        const count = node.min + pick(most - node.min + 1);
        for (let i = 0; i < count; i++) out = sampleNode(node.body, pick, out, depth + 1);
        return out;
      }
    }
  }

  test("a thousand samples of each rule's pattern", () => {
    const pick = random(20261205);
    let checked = 0;
    const perRule: Record<string, number> = {};
    // Twenty-four thousand matches take a few seconds on a busy CI machine: a generous timeout, not a speed check.
    for (const rule of builtInRules) {
      perRule[rule.id] = 0;
      const tree = parsePattern(rule.pattern.source);
      const requirement = requirementOf(rule);
      for (let attempt = 0; attempt < 1000; attempt++) {
        const text = sample(tree[pick(tree.length)]!, pick, filler[pick(filler.length)]!) + [" now.", "", "s", "'s", " lol"][pick(5)]!;
        const pattern = new RegExp(rule.pattern.source, "g");
        if (!pattern.test(text)) continue;
        checked++;
        perRule[rule.id]!++;
        expect({ rule: rule.id, text, wakes: satisfied(requirement, wordStems(text)) }).toEqual({ rule: rule.id, text, wakes: true });
      }
    }
    // Enough real matches, of every rule, for the test to say something.
    expect(Object.entries(perRule).filter(([, n]) => n === 0)).toEqual([]);
    expect(checked).toBeGreaterThan(builtInRules.length * 50);
  }, 30_000);
});
