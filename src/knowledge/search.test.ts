import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import type { Database } from "../platform/db/client.ts";
import { openTestDatabase, testDbKinds } from "../platform/db/test-db.ts";
import { reciprocalRankFusion, searchKnowledge } from "./search.ts";
import { addFileItem, createKnowledgeBase } from "./service.ts";
import { drain, seedPeople, testDeps, type TestDeps } from "./test-support.ts";

const enc = (s: string) => new TextEncoder().encode(s);

// A small labeled set: each passage is one section; each query names the section that answers it.
const passages: Record<string, string> = {
  Photosynthesis: "Green plants capture sunlight with chlorophyll in their leaves and use that energy to turn carbon dioxide and water into glucose, releasing oxygen.",
  "Cellular respiration": "Cells break glucose down with oxygen in the mitochondria, releasing the energy stored in its bonds as ATP along with carbon dioxide and water.",
  Mitosis: "During mitosis a cell copies its chromosomes and divides into two identical daughter cells through prophase, metaphase, anaphase and telophase.",
  "Water cycle": "Water evaporates from oceans and lakes, condenses into clouds as it cools, and returns to the ground as precipitation such as rain or snow.",
  "Plate tectonics": "The lithosphere is broken into plates that drift on the mantle; where plates collide, mountains rise and earthquakes shake the crust.",
  "World War I": "The assassination of Archduke Franz Ferdinand in 1914, together with alliances, militarism and nationalism, pulled Europe into the First World War.",
  "Magna Carta": "In 1215 English barons forced King John to seal the Magna Carta, a charter that limited royal power and protected certain rights.",
  "Pythagorean theorem": "In a right triangle the square of the hypotenuse equals the sum of the squares of the other two sides: a squared plus b squared equals c squared.",
  Fractions: "To add fractions with different denominators, rewrite them over a common denominator, then add the numerators and simplify.",
  "Newton's laws": "Newton's second law says the force on an object equals its mass times its acceleration; a larger force produces a larger acceleration.",
  "Romeo and Juliet": "William Shakespeare wrote Romeo and Juliet, a tragedy about two young lovers from feuding families in Verona.",
  "The French Revolution": "The French Revolution began in 1789 when the Estates-General met and Parisians stormed the Bastille, ending absolute monarchy.",
  Volcanoes: "Volcanoes form where magma rises through the crust; pressure from gases can make eruptions explosive and send ash high into the air.",
  "Food webs": "Producers such as plants are eaten by herbivores, which are eaten by carnivores; decomposers return nutrients from dead organisms to the soil.",
  "Supply and demand": "When demand for a good rises and supply stays the same, its price goes up; when supply rises and demand stays the same, the price falls.",
};

const labeled: [query: string, section: string][] = [
  ["how do plants make food from sunlight", "Photosynthesis"],
  ["what causes earthquakes and mountains", "Plate tectonics"],
  ["why did World War One start", "World War I"],
  ["hypotenuse of a right triangle", "Pythagorean theorem"],
  ["who wrote Romeo and Juliet", "Romeo and Juliet"],
  ["phases of cell division", "Mitosis"],
  ["how does rain form from evaporation", "Water cycle"],
  ["adding fractions with unlike denominators", "Fractions"],
  ["force equals mass times acceleration", "Newton's laws"],
  ["what happens to price when demand increases", "Supply and demand"],
];

describe("reciprocal rank fusion", () => {
  test("a chunk found by both methods outranks one found first by a single method", () => {
    const fused = reciprocalRankFusion([
      ["a", "b", "c"],
      ["b", "d", "a"],
    ]);
    expect(fused.map((f) => f.id)).toEqual(["b", "a", "d", "c"]);
    expect(fused[0]).toMatchObject({ id: "b", ranks: [2, 1] });
    expect(fused[0]!.score).toBeCloseTo(1 / 62 + 1 / 61, 10);
    expect(fused.find((f) => f.id === "c")!.ranks).toEqual([3, null]);
  });
});

for (const kind of testDbKinds()) {
  describe(`hybrid search on ${kind}`, () => {
    let database: Database;
    let deps: TestDeps;
    let people: Awaited<ReturnType<typeof seedPeople>>;
    let sciences: string;

    beforeAll(async () => {
      database = await openTestDatabase(kind);
      deps = testDeps(database);
      people = await seedPeople(database);
      sciences = (await createKnowledgeBase(deps, people.teacherA, { name: "Curriculum", sharing: "class", sharedWith: [people.classA.id] })).id;
      const entries = Object.entries(passages);
      const half = Math.ceil(entries.length / 2);
      for (const [name, part] of [["part-1.md", entries.slice(0, half)], ["part-2.md", entries.slice(half)]] as const) {
        const md = part.map(([heading, text]) => `## ${heading}\n\n${text}\n`).join("\n");
        await addFileItem(deps, people.teacherA, sciences, { name, body: enc(md) });
      }
      const history = (await createKnowledgeBase(deps, people.teacherB, { name: "History B", sharing: "class", sharedWith: [people.classB.id] })).id;
      await addFileItem(deps, people.teacherB, history, { name: "tudors.md", body: enc("## The Tudors\n\nHenry VIII broke with Rome and founded the Church of England.") });
      await drain(deps);
    });
    afterAll(async () => {
      await deps.close();
      await database.close();
    });

    test("the relevant passage ranks first for every query of the labeled set", async () => {
      const misses: string[] = [];
      for (const [query, section] of labeled) {
        const [top] = await searchKnowledge(deps, people.studentA, query, { limit: 5 });
        if (top?.section !== section) misses.push(`${query} → ${top?.section ?? "nothing"} (wanted ${section})`);
      }
      expect(misses).toEqual([]);
    });

    test("a hit carries its document, section, base and both ranks", async () => {
      const [top] = await searchKnowledge(deps, people.studentA, "Magna Carta King John", { limit: 3 });
      expect(top).toMatchObject({ section: "Magna Carta", kbName: "Curriculum", kbId: sciences, itemKind: "file", page: null });
      expect(["part-1.md", "part-2.md"]).toContain(top!.itemTitle);
      expect(top!.text).toContain("King John");
      expect(top!.textRank).toBe(1);
      expect(top!.vectorRank).not.toBeNull();
    });

    test("words in no passage still find the closest meaning through the vectors", async () => {
      const hits = await searchKnowledge(deps, people.studentA, "photosynthesizing greenery", { limit: 3 });
      expect(hits[0]?.section).toBe("Photosynthesis");
      expect(hits[0]?.textRank).toBeNull();
    });

    test("a student of class A cannot find the knowledge base shared with class B; its student can", async () => {
      expect(await searchKnowledge(deps, people.studentA, "Henry VIII Church of England")).not.toContainEqual(expect.objectContaining({ kbName: "History B" }));
      const [top] = await searchKnowledge(deps, people.studentB, "Henry VIII Church of England");
      expect(top).toMatchObject({ kbName: "History B", section: "The Tudors" });
      // Nothing of class A's base, and no noise from the vectors either.
      expect(await searchKnowledge(deps, people.studentB, "photosynthesis chlorophyll")).toEqual([]);
    });

    test("search can be limited to chosen bases, never beyond what the reader may read", async () => {
      expect(await searchKnowledge(deps, people.studentA, "Henry VIII", { kbIds: [] })).toEqual([]);
      const all = await searchKnowledge(deps, people.admin, "Henry VIII Church of England", { kbIds: [sciences] });
      expect(all.every((h) => h.kbId === sciences)).toBe(true);
      const forbidden = await searchKnowledge(deps, people.studentC, "Magna Carta", { kbIds: [sciences] });
      expect(forbidden).toEqual([]);
    });

    test("empty and punctuation-only queries return nothing instead of failing", async () => {
      expect(await searchKnowledge(deps, people.studentA, "   ")).toEqual([]);
      expect(await searchKnowledge(deps, people.studentA, "the of and")).toEqual([]);
      expect(await searchKnowledge(deps, people.studentA, "!!! ???")).toEqual([]);
    });
  });
}
