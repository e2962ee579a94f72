// Plain text and Markdown: headings (# ATX and underlined setext) start
// sections; fenced code stays as it is. Markdown links and images keep their
// words and drop their addresses.
import type { Extracted, Section } from "./types.ts";

const ATX = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const FENCE = /^ {0,3}(```|~~~)/;

function stripMarkdown(line: string): string {
  return line
    .replace(/<!--.*?-->/g, "")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1");
}

export function extractText(text: string, type: "text" | "markdown"): Extracted {
  const lines = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
  const sections: Section[] = [];
  const headings: string[] = [];
  let body: string[] = [];
  let inFence = false;
  let title: string | null = null;

  const flush = () => {
    const t = body.join("\n").replace(/\n{3,}/g, "\n\n").trim();
    if (t) sections.push({ text: t, section: headings.filter(Boolean).join(" > "), page: null });
    body = [];
  };
  const heading = (depth: number, textOf: string) => {
    flush();
    headings.length = Math.max(0, depth - 1);
    while (headings.length < depth - 1) headings.push("");
    headings.push(textOf.trim());
    title ??= textOf.trim();
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (FENCE.test(line)) inFence = !inFence;
    if (inFence || FENCE.test(line)) {
      body.push(line);
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      heading(atx[1]!.length, stripMarkdown(atx[2]!));
      continue;
    }
    const next = lines[i + 1] ?? "";
    const prevBlank = i === 0 || !lines[i - 1]!.trim();
    if (line.trim() && prevBlank && /^ {0,3}(=+|-{2,})\s*$/.test(next) && !/^\s*([-*+]|\d+\.)\s/.test(line)) {
      heading(next.trim().startsWith("=") ? 1 : 2, stripMarkdown(line));
      i++;
      continue;
    }
    body.push(type === "markdown" ? stripMarkdown(line) : line);
  }
  flush();
  return { type, title, sections, pageCount: null };
}
