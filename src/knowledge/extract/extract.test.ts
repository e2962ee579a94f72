import { describe, expect, test } from "bun:test";
import { UnprocessableError } from "../errors.ts";
import { makeDocx, makeEncryptedPdf, makeLyingZipBomb, makePdf, makePptx, makeZipBomb } from "../test-documents.ts";
import { extractDocument } from "./index.ts";

const enc = (s: string) => new TextEncoder().encode(s);

async function failure(bytes: Uint8Array, filename: string, declaredType?: string): Promise<string> {
  try {
    await extractDocument(bytes, { filename, ...(declaredType ? { declaredType } : {}) });
  } catch (err) {
    expect(err).toBeInstanceOf(UnprocessableError);
    return (err as Error).message;
  }
  throw new Error(`${filename} was accepted`);
}

describe("PDF", () => {
  test("text comes out page by page, with page numbers and the document title", async () => {
    const pdf = await makePdf(
      ["Chloroplasts capture light energy in the thylakoid membranes.", "The Calvin cycle fixes carbon dioxide into sugar.", "Review questions for the unit test."],
      { title: "Photosynthesis, Unit 3" },
    );
    const doc = await extractDocument(pdf, { filename: "unit3.pdf" });
    expect(doc.type).toBe("pdf");
    expect(doc.title).toBe("Photosynthesis, Unit 3");
    expect(doc.pageCount).toBe(3);
    expect(doc.sections.map((s) => s.page)).toEqual([1, 2, 3]);
    expect(doc.sections[1]!.text).toContain("Calvin cycle fixes carbon dioxide");
  });

  test("a password-protected PDF fails with a plain reason", async () => {
    expect(await failure(await makeEncryptedPdf(), "grades.pdf")).toBe("The PDF is password-protected. Remove the password and upload it again.");
  });

  test("a damaged PDF fails with a plain reason", async () => {
    const pdf = await makePdf(["Some text"]);
    expect(await failure(pdf.slice(0, 400), "cut.pdf")).toBe("The PDF is damaged and cannot be read.");
  });

  test("a PDF with pages but no text says so", async () => {
    expect(await failure(await makePdf(["", ""]), "scan.pdf")).toContain("no text to read");
  });
});

describe("Word", () => {
  test("headings become sections and paragraphs stay in order", async () => {
    const docx = await makeDocx([
      { heading: "Ecosystems" },
      { text: "An ecosystem is a community of living things and their environment." },
      { heading: "Food webs", level: 2 },
      { text: "Producers make food; consumers eat producers or other consumers." },
      { text: "Decomposers return nutrients to the soil." },
    ]);
    const doc = await extractDocument(docx, { filename: "ecosystems.docx" });
    expect(doc.type).toBe("docx");
    expect(doc.title).toBe("Ecosystems");
    expect(doc.sections).toEqual([
      { text: "An ecosystem is a community of living things and their environment.", section: "Ecosystems", page: null },
      {
        text: "Producers make food; consumers eat producers or other consumers.\n\nDecomposers return nutrients to the soil.",
        section: "Ecosystems > Food webs",
        page: null,
      },
    ]);
  });

  test("a zip bomb named .docx is refused before it is inflated", async () => {
    expect(await failure(makeZipBomb(), "lesson.docx")).toContain("zip bomb");
  });

  test("a zip bomb whose directory lies about its sizes is caught while inflating", async () => {
    expect(await failure(makeLyingZipBomb(), "lesson.docx")).toContain("zip bomb");
  });

  test("a file named .docx that is not a Word file fails plainly", async () => {
    expect(await failure(enc("just some text"), "notes.docx")).toBe("The file is named .docx but is not a valid Word file (it may be damaged).");
  });
});

describe("PowerPoint", () => {
  test("each slide is a section numbered like the deck, with its title and speaker notes", async () => {
    const pptx = await makePptx([
      { title: "The water cycle", bullets: ["Evaporation", "Condensation", "Precipitation"], notes: "Ask students where rain comes from." },
      { title: "Groundwater", bullets: ["Water soaks into aquifers"] },
    ]);
    const doc = await extractDocument(pptx, { filename: "water.pptx" });
    expect(doc.type).toBe("pptx");
    expect(doc.pageCount).toBe(2);
    expect(doc.sections.map((s) => [s.page, s.section])).toEqual([
      [1, "Slide 1: The water cycle"],
      [2, "Slide 2: Groundwater"],
    ]);
    expect(doc.sections[0]!.text).toContain("Evaporation");
    expect(doc.sections[0]!.text).toContain("Speaker notes: Ask students where rain comes from.");
    expect(doc.sections[1]!.text).toContain("Water soaks into aquifers");
  });
});

describe("HTML", () => {
  test("the article is read without navigation, cut at its headings", async () => {
    const filler = "Volcanoes form where magma reaches the surface through cracks in the crust. ".repeat(4);
    const html = `<!doctype html><html><head><title>Volcanoes | Science Site</title></head><body>
      <nav><a href="/">Home</a> <a href="/shop">Shop our store</a></nav>
      <article><h1>Volcanoes</h1><p>${filler}</p><h2>Types</h2><p>Shield volcanoes have gentle slopes.</p>
      <ul><li>Cinder cones</li><li>Stratovolcanoes</li></ul></article>
      <footer>Copyright</footer><script>alert(1)</script></body></html>`;
    const doc = await extractDocument(enc(html), { filename: "page.html" });
    expect(doc.type).toBe("html");
    const all = doc.sections.map((s) => s.text).join(" ");
    expect(all).toContain("Shield volcanoes have gentle slopes.");
    expect(all).not.toContain("Shop our store");
    expect(all).not.toContain("alert");
    const types = doc.sections.find((s) => s.text.includes("Shield"))!;
    expect(types.section).toEndWith("Types");
    expect(types.text).toContain("Cinder cones\n\nStratovolcanoes");
  });
});

describe("Markdown and text", () => {
  test("Markdown headings nest into a path; links keep their words", async () => {
    const md = "# Fractions\n\nA fraction is part of a whole.\n\n## Adding\n\nFind a [common denominator](https://example.org/cd) first.\n\n```\n# not a heading\n```\n";
    const doc = await extractDocument(enc(md), { filename: "fractions.md" });
    expect(doc.type).toBe("markdown");
    expect(doc.sections).toEqual([
      { text: "A fraction is part of a whole.", section: "Fractions", page: null },
      { text: "Find a common denominator first.\n\n```\n# not a heading\n```", section: "Fractions > Adding", page: null },
    ]);
  });

  test("plain text with underlined headings, in Windows-1252", async () => {
    const latin = new Uint8Array([...enc("Caf"), 0xe9, ...enc(" rules\n===========\n\nNo food near the computers.\n")]);
    const doc = await extractDocument(latin, { filename: "rules.txt" });
    expect(doc.sections).toEqual([{ text: "No food near the computers.", section: "Café rules", page: null }]);
  });
});

describe("CSV", () => {
  test("rows are grouped with the header repeated, and sections name the rows", async () => {
    const rows = Array.from({ length: 60 }, (_, i) => `${i + 1},Student ${i + 1},"Reading, level ${(i % 5) + 1}"`);
    const doc = await extractDocument(enc(["id,name,group", ...rows].join("\n")), { filename: "groups.csv" });
    expect(doc.type).toBe("csv");
    expect(doc.prechunked).toBe(true);
    expect(doc.sections.length).toBeGreaterThan(1);
    for (const s of doc.sections) {
      expect(s.text.startsWith("id, name, group\n")).toBe(true);
      expect(s.text.length).toBeLessThanOrEqual(1100);
    }
    expect(doc.sections[0]!.section).toMatch(/^Rows 2–\d+$/);
    expect(doc.sections[0]!.text).toContain("1, Student 1, Reading, level 1");
    expect(doc.sections.at(-1)!.section).toMatch(/^Rows? (\d+–)?61$/);
  });

  test("semicolon-separated files are read too", async () => {
    const doc = await extractDocument(enc("term;definition\nmitosis;cell division\n"), { filename: "terms.csv" });
    expect(doc.sections[0]!.text).toBe("term, definition\nmitosis, cell division");
  });
});

describe("bad input", () => {
  test("an empty file", async () => {
    expect(await failure(new Uint8Array(0), "empty.txt")).toBe("The file is empty.");
  });
  test("a file with only whitespace", async () => {
    expect(await failure(enc("  \n\n \n"), "blank.md")).toBe("The file has no text to read.");
  });
  test("an image renamed to .txt is recognised by its bytes", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await failure(png, "notes.txt")).toStartWith("This looks like a PNG image, which is not supported.");
  });
  test("an unsupported text type", async () => {
    expect(await failure(enc("print('hi')"), "script.py")).toStartWith("Files of type .py are not supported.");
  });
  test("a file named .pdf that is not a PDF", async () => {
    expect(await failure(enc("hello"), "report.pdf")).toBe("The file is named as a PDF but is not one (it may be damaged).");
  });
  test("an Excel workbook gets a hint", async () => {
    const xlsx = (await import("fflate")).zipSync({ "xl/workbook.xml": enc("<workbook/>") });
    expect(await failure(xlsx, "marks.xlsx")).toBe("Excel workbooks are not supported. Save the sheet as CSV and upload that.");
  });
});
