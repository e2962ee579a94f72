import { describe, expect, test } from "bun:test";
import { chunkSections } from "./chunk.ts";

const sentence = (i: number) => `Sentence number ${i} explains one more idea about the water cycle in some detail.`;
const paragraph = (from: number, n: number) => Array.from({ length: n }, (_, i) => sentence(from + i)).join(" ");

describe("chunker", () => {
  test("passages stay near the target size, within the maximum, and overlap by about 15%", () => {
    const text = [paragraph(0, 10), paragraph(10, 10), paragraph(20, 10), paragraph(30, 10)].join("\n\n");
    const chunks = chunkSections([{ text, section: "Unit 2 > Water", page: 4 }]);
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    for (const c of chunks) {
      expect(c.text.length).toBeLessThanOrEqual(1200);
      expect(c).toMatchObject({ section: "Unit 2 > Water", page: 4 });
    }
    for (const c of chunks.slice(0, -1)) expect(c.text.length).toBeGreaterThan(600);
    for (let i = 1; i < chunks.length; i++) {
      const head = chunks[i]!.text.slice(0, 60);
      expect(chunks[i - 1]!.text).toContain(head);
    }
    // Every sentence survives somewhere.
    const all = chunks.map((c) => c.text).join(" ");
    for (let i = 0; i < 40; i++) expect(all).toContain(sentence(i));
    expect(chunks.map((c) => c.ordinal)).toEqual(chunks.map((_, i) => i));
  });

  test("never crosses a page or a heading, and a short section is one passage", () => {
    const chunks = chunkSections([
      { text: paragraph(0, 20), section: "", page: 1 },
      { text: "A short page.", section: "", page: 2 },
      { text: "Under a heading.", section: "Glossary", page: null },
    ]);
    expect(chunks.filter((c) => c.page === 1).length).toBeGreaterThan(1);
    expect(chunks.filter((c) => c.page === 2).map((c) => c.text)).toEqual(["A short page."]);
    expect(chunks.at(-1)).toMatchObject({ text: "Under a heading.", section: "Glossary", page: null });
  });

  test("paragraph breaks are kept and preferred as cut points", () => {
    const chunks = chunkSections([{ text: `${paragraph(0, 6)}\n\n${paragraph(6, 6)}`, section: "", page: null }]);
    expect(chunks[0]!.text).toContain("\n\n");
  });

  test("a text with no sentence breaks (a long URL, a table dump) is still cut within the maximum", () => {
    const chunks = chunkSections([{ text: "x".repeat(5000), section: "", page: null }]);
    expect(chunks.length).toBeGreaterThanOrEqual(5);
    for (const c of chunks) expect(c.text.length).toBeLessThanOrEqual(1200);
  });

  test("pre-sized sections (CSV blocks) are kept whole without overlap", () => {
    const block = "id, name\n1, Ada\n2, Grace";
    const chunks = chunkSections([{ text: block, section: "Rows 2–3", page: null }, { text: block, section: "Rows 4–5", page: null }], { overlap: 0 });
    expect(chunks.map((c) => c.text)).toEqual(["id, name\n1, Ada\n2, Grace", "id, name\n1, Ada\n2, Grace"]);
  });
});
