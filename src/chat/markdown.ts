// Model output as HTML: markdown rendered on the server with raw HTML turned
// off, then sanitized against an allow-list, so neither the model nor a user
// can put markup or script on the page. Code blocks are kept.
import MarkdownIt from "markdown-it";
import sanitizeHtml from "sanitize-html";

const md = new MarkdownIt({ html: false, linkify: true, breaks: false, typographer: false });

const allowed: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "hr", "strong", "em", "del", "s", "code", "pre", "blockquote", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "a", "table", "thead", "tbody", "tr", "th", "td"],
  allowedAttributes: { a: ["href", "title"], code: ["class"], ol: ["start"], th: ["align"], td: ["align"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedClasses: { code: [/^language-[\w-]+$/] },
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: "noopener noreferrer nofollow", target: "_blank" } }),
  },
};

export function renderMarkdown(text: string): string {
  return sanitizeHtml(md.render(text), { ...allowed, allowedAttributes: { ...allowed.allowedAttributes, a: ["href", "title", "rel", "target"] } });
}

/** Escapes text for HTML (streamed deltas, titles). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&#39;"));
}
