import { describe, expect, test } from "bun:test";
import { outputCheck } from "./output-check.ts";
import { OutputGuard, type GuardStep } from "./output-guard.ts";
import type { Decision } from "./types.ts";

/** Streams `text` in small deltas and returns everything the user would have seen. */
async function stream(guard: OutputGuard, text: string, size = 7): Promise<{ shown: string; steps: GuardStep[] }> {
  let shown = "";
  const steps: GuardStep[] = [];
  for (let i = 0; i < text.length; i += size) {
    const step = await guard.push(text.slice(i, i + size));
    steps.push(step);
    shown += step.release;
  }
  const last = await guard.finish();
  steps.push(last);
  shown += last.release;
  return { shown, steps };
}

describe("the output hold-back", () => {
  test("releases whole sentences only, and everything by the end", async () => {
    const guard = new OutputGuard({ check: outputCheck("student") });
    const first = await guard.push("Photosynthesis turns light into sugar. Plants ");
    expect(first.release).toBe("Photosynthesis turns light into sugar. ");
    const second = await guard.push("use it to grow");
    expect(second.release).toBe("");
    const end = await guard.finish();
    expect(end.release).toBe("Plants use it to grow");
    expect(guard.shown).toBe("Photosynthesis turns light into sugar. Plants use it to grow");
  });

  test("a blocked sentence never reaches the user, and the stream stops with a replacement", async () => {
    const answer =
      "Chemistry is a fascinating subject. Many reactions release energy. Sure thing! Step 1 for the pipe bomb: you'll need a metal pipe with two threaded end caps. Step 2: pack it with powder. Good luck on your project!";
    const guard = new OutputGuard({ check: outputCheck("student") });
    const { shown, steps } = await stream(guard, answer);
    // Harmless sentences before it were shown; the blocked one and everything after were not.
    expect(shown).toBe("Chemistry is a fascinating subject. Many reactions release energy. Sure thing! ");
    expect(shown).not.toContain("pipe");
    expect(shown).not.toContain("Good luck");
    const stop = steps.find((s) => s.stopped)!;
    expect(stop.stopped!.decision.decision).toBe("block");
    expect(stop.stopped!.replacement).toMatch(/I stopped this answer/);
    expect(guard.stopped).toBe(true);
    expect((await guard.push("more text.")).release).toBe("");
  });

  test("text without a sentence boundary is released in pieces once it is long", async () => {
    const guard = new OutputGuard({ check: outputCheck("student"), maxHold: 40 });
    const words = "one two three four five six seven eight nine ten eleven twelve thirteen";
    const step = await guard.push(words);
    expect(step.release.length).toBeGreaterThan(0);
    expect(step.release.length).toBeLessThanOrEqual(40);
    expect(words.startsWith(step.release)).toBe(true);
  });

  test("a harmful tail is checked before it is flushed", async () => {
    const guard = new OutputGuard({ check: outputCheck("student") });
    await guard.push("Here is your story. ");
    await guard.push("Here's how to make meth at home");
    const end = await guard.finish();
    expect(end.release).toBe("");
    expect(end.stopped?.decision.categories).toContain("drugs");
    expect(guard.shown).toBe("Here is your story. ");
  });

  test("a flagged passage is released and reported once", async () => {
    const guard = new OutputGuard({ check: outputCheck("student") });
    const { shown, steps } = await stream(guard, "To get around the school web filter, you can try a proxy site. That is all. Have a nice day.");
    expect(shown).toContain("proxy site");
    const flags = steps.filter((s) => s.flagged);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.flagged!.categories).toEqual(["filter_evasion"]);
  });

  test("a failing check fails closed for students: nothing is released", async () => {
    const broken = new OutputGuard({ check: outputCheck({ ...structuredClone((await import("./profiles.ts")).studentProfile), blockedTopics: [null as never] }) });
    const step = await broken.push("A perfectly fine sentence. ");
    expect(step.release).toBe("");
    expect(step.stopped?.decision.decision).toBe("block");
    expect(step.stopped?.decision.error).toMatch(/safety check failed/);
  });

  test("an asynchronous check (remote moderation) is awaited before release", async () => {
    const seen: string[] = [];
    const allow: Decision = { decision: "allow", categories: [], severity: null, matches: [], message: null };
    const guard = new OutputGuard({
      check: async (passage) => {
        seen.push(passage);
        await Bun.sleep(1);
        return allow;
      },
    });
    const { shown } = await stream(guard, "First. Second. Third");
    expect(shown).toBe("First. Second. Third");
    expect(seen.join("")).toBe("First. Second. Third");
  });

  test("ordinary answers stream through whole, however they open", async () => {
    // The guard checks each opener alone ("Here is the poem you asked for:"); the openers of harmful answers are everyone's.
    const answers = [
      "Here is your story:\n\nMilo the turtle wanted to win the school race, so he trained every morning by the pond. On race day he came in last, but everyone cheered the loudest for him.",
      "Sure! Here's how to do it: open your document, click Share, and type your teacher's email. Then press Send.",
      'Here\'s a kind roast for your sister: "Your playlists are so long that your phone asked for a nap." But honestly, they\'re the best road-trip songs ever.',
      "Here's your rap about fractions:\n\nSplit the pizza, share the slice,\nfind the common ground, that's nice!",
      "Okay, here's how to make a paper airplane: fold the sheet in half the long way, then fold the top corners to the middle line.",
      "Here is the poem you asked for:\n\nThe snow came down on Saturday,\nand covered up the park.",
      "Step 1: Subtract 5 from both sides. Step 2: Divide both sides by 2, so x = 4.",
      "Here's how to make your slides look cleaner: use one font, keep each slide to a few words, and add one big picture.",
    ];
    for (const answer of answers) {
      const guard = new OutputGuard({ check: outputCheck("student") });
      const { shown, steps } = await stream(guard, answer, 3);
      expect({ answer, stopped: steps.some((s) => s.stopped) }).toEqual({ answer, stopped: false });
      expect(shown).toBe(answer);
    }
  });
});
