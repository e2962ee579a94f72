import { describe, expect, test } from "bun:test";
import { escapeHtml, renderMarkdown } from "./markdown.ts";

describe("markdown rendering", () => {
  test("renders headings, lists, emphasis and code blocks", () => {
    const html = renderMarkdown("## Plan\n\n1. **First** step\n2. Then `code`\n\n```js\nconst a = 1 < 2;\n```");
    expect(html).toContain("<h2>Plan</h2>");
    expect(html).toContain("<strong>First</strong>");
    expect(html).toContain('<code class="language-js">const a = 1 &lt; 2;\n</code>');
  });

  test("raw HTML from the model is shown as text, never as markup", () => {
    const html = renderMarkdown('Hello <script>alert("x")</script> <img src=x onerror=alert(1)>');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
  });

  test("dangerous links are dropped; safe links open safely", () => {
    const html = renderMarkdown("[click](javascript:alert(1)) and [docs](https://example.org)");
    expect(html).not.toMatch(/href="javascript/i);
    expect(html).toContain('href="https://example.org"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
  });

  test("escapeHtml neutralises every markup character", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});
