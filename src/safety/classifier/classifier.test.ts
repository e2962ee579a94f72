import { describe, expect, test } from "bun:test";
import { readText } from "../engine/detect.ts";
import { studentProfile } from "../engine/profiles.ts";
import type { EvalCase } from "../eval/dataset.ts";
import { groupFolds, groupOf, leaveOneGroupOut } from "./cv.ts";
import { featurize } from "./features.ts";
import { defaultTrainOptions } from "./logistic.ts";
import { prepare, train, type Scores } from "./model.ts";
import { calibrate, levelFor, verdictOf, type Scored, type Thresholds } from "./policy.ts";

const vector = (text: string) => featurize({ ctx: readText(text, "input", studentProfile), profile: "student" });

describe("features", () => {
  test("undo obfuscation, so a disguised word reads like the plain one", () => {
    const plain = vector("i want to kill myself");
    const hidden = vector("i w@nt to k1ll mys3lf");
    // The same features, plus one saying that a sensitive word was disguised.
    expect([...plain.index].every((b) => hidden.index.includes(b))).toBe(true);
    expect(hidden.index.length).toBe(plain.index.length + 1);
  });

  test("differ for staff and for model answers, so each can learn its own meaning", () => {
    const text = "write a lesson on warning signs of self-harm";
    const student = featurize({ ctx: readText(text, "input", studentProfile), profile: "student" });
    const staff = featurize({ ctx: readText(text, "input", studentProfile), profile: "staff" });
    const output = featurize({ ctx: readText(text, "output", studentProfile), profile: "student" });
    expect(staff.index.length).toBeGreaterThan(student.index.length);
    expect(output.index.length).toBeGreaterThan(student.index.length);
    expect([...student.index].every((b) => staff.index.includes(b))).toBe(true);
  });
});

const line = (id: string, text: string, expect: EvalCase["expect"], categories: EvalCase["categories"] = []): EvalCase => ({ id, profile: "student", direction: "input", text, expect, categories });

// A toy corpus in three batches: "zorp" marks self-harm disclosures, anything else is allowed.
const toy: EvalCase[] = ["a", "b", "c"].flatMap((batch) =>
  Array.from({ length: 12 }, (_, i) =>
    i % 3 === 0 ? line(`toy-${batch}-${i}`, `i feel zorp again ${i} today`, "alert", ["self_harm"]) : line(`toy-${batch}-${i}`, `homework question ${batch} number ${i}`, "allow"),
  ),
);

describe("training", () => {
  test("is deterministic: the same data gives the same weights", () => {
    const data = prepare(toy);
    const a = train(data);
    const b = train(data);
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    expect(Buffer.from(train(data, { ...defaultTrainOptions, seed: 8 }).weights.buffer).equals(Buffer.from(a.weights.buffer))).toBe(false);
  });
});

describe("grouped cross-validation", () => {
  test("a line's batch is its id without the number; batches are split into folds whole", () => {
    expect(groupOf("reg-h8-012")).toBe("reg-h8");
    expect(groupOf("dev-001")).toBe("dev");
    expect(groupOf("fresh-a13-B007")).toBe("fresh-a13");
    expect(groupFolds(["b", "a", "c", "a", "d"], 2)).toEqual([["a", "c"], ["b", "d"]]);
  });

  test("every held-out line is scored by a model that never saw its batch", () => {
    // Batch "c" alone labels its zorp lines allow: a model that saw batch c would score them low.
    const flipped = toy.map((c) => (groupOf(c.id) === "toy-c" && c.expect === "alert" ? { ...c, id: c.id.replace("toy-c", "toy-z"), expect: "allow" as const, categories: [] } : c));
    const held = leaveOneGroupOut(prepare(flipped), { innerFolds: 2, budget: { falsePositive: { student: 0.1, staff: 0.1 }, everyday: 0.1, requireRisky: false, minWords: 1 }, train: defaultTrainOptions }, new Set(["toy-z"]));
    expect(held.map((h) => h.group)).toEqual(["toy-z", "toy-z", "toy-z", "toy-z"]);
    for (const h of held) expect(h.scores.alert).toBeGreaterThan(0.5);
  });
});

const scores = (flag: number, block: number, alert: number, top: keyof Scores["category"] = "self_harm"): Scores => ({
  flag,
  block,
  alert,
  risky: true,
  words: 5,
  category: { self_harm: 0.1, violence: 0.1, weapons: 0.1, sexual: 0.1, drugs: 0.1, hate: 0.1, harassment: 0.1, profanity: 0.1, abuse_disclosure: 0.1, threat: 0.1, prompt_injection: 0.1, filter_evasion: 0.1, [top]: 0.9 },
});

describe("policy", () => {
  test("calibration lets through at most the budgeted share of allow lines it was shown", () => {
    const oof: Scored[] = Array.from({ length: 200 }, (_, i) => ({ c: line(`x-${i}`, "t", "allow"), scores: scores(i / 200, (i * 7) % 200 / 200, (i * 13) % 200 / 200) }));
    oof.push(...Array.from({ length: 20 }, (_, i) => ({ c: line(`y-${i}`, "t", "alert", ["self_harm"]), scores: scores(0.99, 0.99, 0.99) })));
    const t = calibrate(oof, { falsePositive: { student: 0.05, staff: 0.01 }, everyday: 0.05, requireRisky: false, minWords: 1 });
    const raised = oof.filter((s) => s.c.expect === "allow" && verdictOf(s.scores, "student", "input", t));
    expect(raised.length).toBeGreaterThan(0);
    expect(raised.length).toBeLessThanOrEqual(10);
    expect(oof.filter((s) => s.c.expect === "alert" && verdictOf(s.scores, "student", "input", t)?.action === "alert")).toHaveLength(20);
  });

  test("everyday messages keep a budget of their own, however many labeled look-alikes the gates could spend", () => {
    // The labeled allow lines score low, the everyday ones higher: a pooled budget would open the gate to every "mondays are the worst".
    const oof: Scored[] = Array.from({ length: 400 }, (_, i) => ({ c: line(`x-${i}`, "t", "allow"), scores: scores(i / 1000, i / 1000, i / 1000) }));
    oof.push(...Array.from({ length: 100 }, (_, i) => ({ c: line(`bg-ea-${i}`, "t", "allow"), scores: scores(0.6 + i / 400, 0.6 + i / 400, 0.6 + i / 400) })));
    oof.push(...Array.from({ length: 20 }, (_, i) => ({ c: line(`y-${i}`, "t", "alert", ["self_harm"]), scores: scores(0.99, 0.99, 0.99) })));
    const t = calibrate(oof, { falsePositive: { student: 0.25, staff: 0 }, everyday: 0.02, requireRisky: false, minWords: 1 });
    const raisedEveryday = oof.filter((s) => s.c.id.startsWith("bg-") && verdictOf(s.scores, "student", "input", t));
    expect(raisedEveryday.length).toBeLessThanOrEqual(2);
    expect(oof.filter((s) => s.c.expect === "alert" && verdictOf(s.scores, "student", "input", t)?.action === "alert")).toHaveLength(20);
  });

  test("everyday answers keep to the budget on their own: plenty of easy messages buy them no room", () => {
    const answer = (id: string): EvalCase => ({ ...line(id, "t", "allow"), direction: "output" });
    const oof: Scored[] = Array.from({ length: 400 }, (_, i) => ({ c: line(`bg-ea-${i}`, "t", "allow"), scores: scores(i / 1000, i / 1000, i / 1000) }));
    oof.push(...Array.from({ length: 100 }, (_, i) => ({ c: answer(`bg-er-${i}`), scores: scores(0.6 + i / 400, 0.6 + i / 400, 0.6 + i / 400) })));
    oof.push(...Array.from({ length: 20 }, (_, i) => ({ c: line(`y-${i}`, "t", "alert", ["self_harm"]), scores: scores(0.99, 0.99, 0.99) })));
    const t = calibrate(oof, { falsePositive: { student: 0.5, staff: 0 }, everyday: 0.25, requireRisky: false, minWords: 1 });
    expect(oof.filter((s) => s.c.id.startsWith("bg-er") && verdictOf(s.scores, "student", "output", t)).length).toBeLessThanOrEqual(25);
  });

  test("a verdict takes the level that gives its action in the built-in profile; an answer is refused, not alerted", () => {
    expect(levelFor("self_harm", "alert", "student")).toBe("critical");
    expect(levelFor("abuse_disclosure", "alert", "student")).toBe("harmful");
    expect(levelFor("harassment", "flag", "staff")).toBe("harmful");
    expect(levelFor("profanity", "block", "student")).toBeNull();
    const t: Thresholds = { gate: { student: { flag: 0.5, block: 0.5, alert: 0.5 }, staff: { flag: 2, block: 2, alert: 2 } }, block: 0.5, alert: 0.5, categories: ["self_harm", "weapons"], requireRisky: false, minWords: 3 };
    expect(verdictOf(scores(0.9, 0.9, 0.9), "student", "input", t)).toEqual({ action: "alert", category: "self_harm", level: "critical" });
    expect(verdictOf(scores(0.9, 0.9, 0.9), "student", "output", t)?.action).toBe("block");
    expect(verdictOf(scores(0.9, 0.9, 0.9), "staff", "input", t)).toBeNull();
    expect(verdictOf(scores(0.9, 0.9, 0.1, "hate"), "student", "input", t)?.category).toBe("self_harm");
  });
});
