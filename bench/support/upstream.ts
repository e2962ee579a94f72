// The streaming benchmark's model provider: an OpenAI-compatible chat
// completions server, run as its own process so its timers do not share an
// event loop with the app or the load generator. Every answer keeps to an
// absolute schedule (first token `firstTokenMs` after the request, then one
// every `tokenMs`), like a real model's clock, and records when each token
// was due and how late it actually left, so the benchmark can tell the
// latency the app adds from the upstream's own.
//   bun bench/support/upstream.ts '{"firstTokenMs":400,"tokenMs":40,"tokens":300}'
// prints {"port":N} once listening. GET /__bench/records hands over (and
// forgets) the schedules recorded so far, keyed by the "ref <key>" in the question.
import { answerTokens, seedOf } from "./answer.ts";
import { epochNow } from "./clock.ts";

export interface UpstreamOptions {
  firstTokenMs: number;
  tokenMs: number;
  tokens: number;
}

export interface StreamRecord {
  /** When the request arrived (epoch ms, sub-millisecond). */
  start: number;
  firstTokenMs: number;
  tokenMs: number;
  /** Text length after each token: token i is the one that ends at ends[i]. */
  ends: number[];
  /** How late each token actually left, in ms (the upstream's own lateness). */
  late: number[];
}

const encoder = new TextEncoder();

export function startUpstream(opts: UpstreamOptions) {
  const records = new Map<string, StreamRecord>();
  let nextId = 0;
  const server = Bun.serve({
    port: 0,
    hostname: "127.0.0.1",
    idleTimeout: 0,
    async fetch(request) {
      const path = new URL(request.url).pathname;
      if (path === "/__bench/records") {
        const out = Object.fromEntries(records);
        records.clear();
        return Response.json(out);
      }
      if (request.method !== "POST" || !path.endsWith("/chat/completions")) return new Response("not found", { status: 404 });
      const start = epochNow();
      const body = (await request.json()) as { model: string; messages: { role: string; content: string }[] };
      const question = [...body.messages].reverse().find((m) => m.role === "user")?.content ?? "";
      const key = /\bref ([a-z]+)\b/.exec(question)?.[1] ?? `anonymous${++nextId}`;
      const tokens = answerTokens(seedOf(key), opts.tokens);
      const record: StreamRecord = { start, firstTokenMs: opts.firstTokenMs, tokenMs: opts.tokenMs, ends: [], late: [] };
      let length = 0;
      for (const t of tokens) record.ends.push((length += t.length));
      records.set(key, record);

      const id = `chatcmpl-${++nextId}`;
      // The chunk's JSON around the token is fixed: build it once per answer.
      const head = `data: {"id":"${id}","object":"chat.completion.chunk","created":0,"model":${JSON.stringify(body.model)},"choices":[{"index":0,"delta":{`;
      const tail = `},"finish_reason":null}]}\n\n`;
      let timer: Timer | undefined;
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          let i = 0;
          const send = () => {
            const due = start + opts.firstTokenMs + i * opts.tokenMs;
            record.late.push(epochNow() - due);
            const content = `"content":${JSON.stringify(tokens[i])}`;
            controller.enqueue(encoder.encode(head + (i === 0 ? `"role":"assistant",${content}` : content) + tail));
            i++;
            if (i < tokens.length) {
              timer = setTimeout(send, Math.max(0, start + opts.firstTokenMs + i * opts.tokenMs - epochNow()));
              return;
            }
            const prompt = Math.ceil(body.messages.reduce((n, m) => n + m.content.length, 0) / 4);
            const usage = { prompt_tokens: prompt, completion_tokens: tokens.length, total_tokens: prompt + tokens.length };
            controller.enqueue(encoder.encode(`${head}},"finish_reason":"stop"}]}\n\n`));
            controller.enqueue(encoder.encode(`data: ${JSON.stringify({ id, object: "chat.completion.chunk", created: 0, model: body.model, choices: [], usage })}\n\n`));
            controller.enqueue(encoder.encode("data: [DONE]\n\n"));
            controller.close();
          };
          timer = setTimeout(send, Math.max(0, start + opts.firstTokenMs - epochNow()));
        },
        cancel() {
          clearTimeout(timer);
        },
      });
      return new Response(stream, { headers: { "Content-Type": "text/event-stream", "Cache-Control": "no-cache" } });
    },
  });
  return { port: server.port!, stop: () => server.stop(true) };
}

if (import.meta.main) {
  const opts = JSON.parse(process.argv[2] ?? "{}") as UpstreamOptions;
  const { port } = startUpstream(opts);
  console.log(JSON.stringify({ port }));
}
