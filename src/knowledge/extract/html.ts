// HTML to sections: the main content (Mozilla Readability over linkedom's
// DOM), cut at its headings so every chunk knows the heading path above it.
// Also used for DOCX, which mammoth turns into HTML.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { Extracted, Section } from "./types.ts";

const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "NAV", "FOOTER", "IFRAME", "OBJECT", "FORM", "BUTTON", "SELECT"]);
const BLOCK = new Set(["P", "LI", "PRE", "BLOCKQUOTE", "DD", "DT", "FIGCAPTION", "CAPTION", "TR", "ADDRESS"]);
const HEADING = /^H([1-6])$/;

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const clean = (s: string) => s.replace(/\s+/g, " ").trim();

/** Walks an element in document order, starting a new section at every heading. */
export function htmlSections(root: DomNode): Section[] {
  const sections: Section[] = [];
  const headings: string[] = [];
  let paragraphs: string[] = [];
  let inline = "";

  const flushInline = () => {
    if (clean(inline)) paragraphs.push(clean(inline));
    inline = "";
  };
  const flush = () => {
    flushInline();
    if (paragraphs.length) sections.push({ text: paragraphs.join("\n\n"), section: headings.filter(Boolean).join(" > "), page: null });
    paragraphs = [];
  };
  const blockText = (node: DomNode): string => {
    if (node.nodeName === "TR") {
      return Array.from(node.childNodes).map((c) => clean(c.textContent ?? "")).filter(Boolean).join(" | ");
    }
    return node.nodeName === "PRE" ? (node.textContent ?? "").trim() : clean(node.textContent ?? "");
  };

  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      inline += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== 1 || SKIP.has(node.nodeName)) return;
    const level = HEADING.exec(node.nodeName);
    if (level) {
      flush();
      const depth = Number(level[1]);
      headings.length = Math.max(0, depth - 1);
      while (headings.length < depth - 1) headings.push("");
      headings.push(clean(node.textContent ?? ""));
      return;
    }
    if (BLOCK.has(node.nodeName) && !containsHeading(node)) {
      flushInline();
      const text = blockText(node);
      if (text) paragraphs.push(text);
      return;
    }
    if (node.nodeName === "BR") inline += "\n";
    for (const child of Array.from(node.childNodes)) walk(child);
    if (node.nodeName !== "SPAN" && node.nodeName !== "A" && node.nodeName !== "STRONG" && node.nodeName !== "EM" && node.nodeName !== "B" && node.nodeName !== "I") flushInline();
  };

  walk(root);
  flush();
  return sections;
}

function containsHeading(node: DomNode): boolean {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 1 && (HEADING.test(child.nodeName) || containsHeading(child))) return true;
  }
  return false;
}

/** Sections of an HTML page's main content; falls back to the whole body when Readability finds no article. */
export function extractHtml(html: string): Extracted {
  const { document } = parseHTML(html);
  const pageTitle = clean(document.querySelector("title")?.textContent ?? "") || null;
  let article: { title?: string | null; content?: string | null } | null = null;
  try {
    // Readability changes the document it reads: give it its own copy.
    article = new Readability(parseHTML(html).document as unknown as Document, { charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  let sections = article?.content ? htmlSections(parseHTML(`<html><body>${article.content}</body></html>`).document.body as unknown as DomNode) : [];
  if (sections.reduce((n, s) => n + s.text.length, 0) < 200) {
    const body = document.body as unknown as DomNode | null;
    const fallback = body ? htmlSections(body) : [];
    if (fallback.reduce((n, s) => n + s.text.length, 0) > sections.reduce((n, s) => n + s.text.length, 0)) sections = fallback;
  }
  return { type: "html", title: clean(article?.title ?? "") || pageTitle, sections, pageCount: null };
}
