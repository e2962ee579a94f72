// The offline demo model: a real LanguageModelV4 that needs no network, so a
// fresh machine chats out of the box. It answers deterministically, in
// markdown, from the words of the question, streaming at a human pace. It is
// honest about what it is: every answer says it comes from the demo model.
import type { LanguageModelV4, LanguageModelV4CallOptions, LanguageModelV4StreamPart } from "@ai-sdk/provider";
import { splitSources } from "./sources-format.ts";

export interface OfflineModelOptions {
  /** Delay before the first token, and between tokens (ms). */
  firstTokenMs?: number;
  tokenMs?: number;
}

const STOP = new Set(
  "a an the and or but if then so of to in on at by for with about from into over under is are was were be been being do does did can could would should will shall may might must i you he she it we they me my your our their this that these those what which who whom whose why how when where please tell explain give show write make help me us some any there here not no yes as than too very just also more most much many".split(" "),
);

function lastUserText(prompt: LanguageModelV4CallOptions["prompt"]): string {
  for (let i = prompt.length - 1; i >= 0; i--) {
    const m = prompt[i]!;
    if (m.role !== "user") continue;
    return m.content.map((p) => (p.type === "text" ? p.text : "")).join(" ").trim();
  }
  return "";
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function keywords(text: string): string[] {
  const counts = new Map<string, number>();
  for (const raw of text.toLowerCase().match(/[\p{L}][\p{L}\p{N}'-]{2,}/gu) ?? []) {
    const w = raw.replace(/'s$/, "");
    if (STOP.has(w)) continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length).map(([w]) => w).slice(0, 4);
}

const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** The full markdown answer for a question (and any passages sent with it); exported for tests. */
export function offlineAnswer(text: string): string {
  const { question, passages } = splitSources(text);
  const q = question.replace(/\s+/g, " ").trim();
  if (!q) return "I did not receive a question. Type one below and I will outline an answer.";
  const words = keywords(q);
  const topic = words.length ? words.slice(0, 2).map(title).join(" and ") : "Your question";
  const quote = q.length > 140 ? q.slice(0, 137).trimEnd() + "…" : q;
  const h = hash(q);
  const openers = ["Here is a way to think it through", "Let's break this into steps", "A good place to start"];
  const lines = [`## ${topic}`, "", `You asked: *${quote}*`, "", `${openers[h % openers.length]}:`, ""];
  const steps = words.length ? words : ["question"];
  steps.forEach((w, i) => {
    const prompts = [
      `say in one sentence what **${w}** means, in your own words`,
      `find one example of **${w}** you have seen in class or in daily life`,
      `ask how **${w}** connects to the rest of the question`,
      `check your idea about **${w}** against a trusted source`,
    ];
    lines.push(`${i + 1}. ${title(prompts[(h + i) % prompts.length]!)}.`);
  });
  if (passages.length) {
    // Grounded: quote the first sentence of the best passages, with their numbers.
    lines.push("", "From your documents:", "");
    for (const p of passages.slice(0, 3)) {
      const sentence = p.text.replace(/\s+/g, " ").match(/^.{20,240}?[.!?](?=\s|$)/)?.[0] ?? p.text.replace(/\s+/g, " ").slice(0, 200);
      lines.push(`- ${sentence} [${p.n}]`);
    }
  }
  if (/\b(code|program|function|javascript|python|typescript|algorithm)\b/i.test(q)) {
    const name = (words[0] ?? "example").replace(/[^a-z0-9]/gi, "_");
    lines.push("", "A tiny sketch to start from:", "", "```js", `function ${name}(input) {`, `  // describe ${name} step by step here`, "  return input;", "}", "```");
  }
  lines.push(
    "",
    "> This answer comes from the **offline demo model**: it outlines an approach from the words of your question but has no real knowledge. Ask your administrator to connect an AI provider for full answers.",
  );
  return lines.join("\n");
}

/** Splits text into small tokens that keep their spacing (words with the space before them). */
export function tokenize(text: string): string[] {
  return text.match(/\s*\S+|\s+$/g) ?? [];
}

export function createOfflineModel(options: OfflineModelOptions = {}): LanguageModelV4 {
  const firstTokenMs = options.firstTokenMs ?? 350;
  const tokenMs = options.tokenMs ?? 35;
  return {
    specificationVersion: "v4",
    provider: "offline",
    modelId: "offline-demo",
    supportedUrls: {},
    async doGenerate(call) {
      const text = offlineAnswer(lastUserText(call.prompt));
      return {
        content: [{ type: "text", text }],
        finishReason: { unified: "stop", raw: "stop" },
        usage: usage(call, text),
        warnings: [],
      };
    },
    async doStream(call) {
      const text = offlineAnswer(lastUserText(call.prompt));
      const tokens = tokenize(text);
      const signal = call.abortSignal;
      let timer: Timer | undefined;
      const stream = new ReadableStream<LanguageModelV4StreamPart>({
        start(controller) {
          controller.enqueue({ type: "stream-start", warnings: [] });
          controller.enqueue({ type: "text-start", id: "t" });
          let i = 0;
          const next = () => {
            if (signal?.aborted) return;
            if (i < tokens.length) {
              controller.enqueue({ type: "text-delta", id: "t", delta: tokens[i++]! });
              timer = setTimeout(next, tokenMs);
              return;
            }
            controller.enqueue({ type: "text-end", id: "t" });
            controller.enqueue({ type: "finish", finishReason: { unified: "stop", raw: "stop" }, usage: usage(call, text) });
            controller.close();
          };
          timer = setTimeout(next, firstTokenMs);
          signal?.addEventListener("abort", () => {
            clearTimeout(timer);
            try {
              controller.error(signal.reason ?? new DOMException("Aborted", "AbortError"));
            } catch {
              // already closed
            }
          });
        },
        cancel() {
          clearTimeout(timer);
        },
      });
      return { stream };
    },
  };
}

function usage(call: LanguageModelV4CallOptions, output: string) {
  const promptChars = call.prompt.reduce(
    (n, m) => n + (typeof m.content === "string" ? m.content.length : m.content.reduce((k, p) => k + ("text" in p && typeof p.text === "string" ? p.text.length : 0), 0)),
    0,
  );
  const inputTokens = Math.ceil(promptChars / 4);
  const outputTokens = Math.ceil(output.length / 4);
  return {
    inputTokens: { total: inputTokens, noCache: inputTokens, cacheRead: undefined, cacheWrite: undefined },
    outputTokens: { total: outputTokens, text: outputTokens, reasoning: undefined },
  };
}
