// An OpenAI-compatible chat completions server on localhost, for tests and
// the streaming benchmark: the first token after a set delay, then tokens at a
// set interval, and on request the troubles real providers have (429, 500,
// a connection cut mid-answer, silence).
export interface Scenario {
  firstTokenMs: number;
  tokenMs: number;
  /** The answer's tokens; by default a reply built from the question. */
  tokens?: string[] | ((question: string) => string[]);
  /** Answer with this HTTP status and no stream. */
  status?: number;
  /** Close the connection after this many tokens. */
  cutAfter?: number;
  /** Send nothing at all after the headers (a hung provider). */
  hang?: boolean;
}

export interface FakeOpenAI {
  url: string;
  port: number;
  /** Every request body received, for assertions (e.g. that PII was redacted). */
  requests: { model: string; messages: { role: string; content: string }[] }[];
  /** Requests whose stream the client abandoned (stop, or a cut). */
  cancelled: number;
  /** Scenarios for the next requests, in order; then `defaults`. */
  queue: Partial<Scenario>[];
  defaults: Scenario;
  /** Scheduled token times (ms since epoch) per response id, for the benchmark's "added latency". */
  schedule: Map<string, number[]>;
  recordSchedule: boolean;
  stop(): void;
}

const encoder = new TextEncoder();

function defaultTokens(question: string): string[] {
  const words = `You asked about ${question.slice(0, 80)}. Here is a short answer in several words, streamed one at a time.`.split(" ");
  return words.map((w, i) => (i === 0 ? w : ` ${w}`));
}

export function startFakeOpenAI(defaults: Partial<Scenario> = {}): FakeOpenAI {
  const state: FakeOpenAI = {
    url: "",
    port: 0,
    requests: [],
    cancelled: 0,
    queue: [],
    defaults: { firstTokenMs: 20, tokenMs: 10, ...defaults },
    schedule: new Map(),
    recordSchedule: false,
    stop: () => server.stop(true),
  };
  let nextId = 0;
  const server = Bun.serve({
    port: 0,
    hostname: "127.0.0.1",
    idleTimeout: 0,
    async fetch(request) {
      const path = new URL(request.url).pathname;
      if (request.method !== "POST" || !path.endsWith("/chat/completions")) return new Response("not found", { status: 404 });
      const body = (await request.json()) as { model: string; messages: { role: string; content: string }[]; stream?: boolean };
      state.requests.push({ model: body.model, messages: body.messages });
      const scenario: Scenario = { ...state.defaults, ...state.queue.shift() };
      if (scenario.status) {
        return Response.json({ error: { message: `scripted ${scenario.status}`, type: "server_error" } }, { status: scenario.status });
      }
      const question = [...body.messages].reverse().find((m) => m.role === "user")?.content ?? "";
      const tokens = typeof scenario.tokens === "function" ? scenario.tokens(question) : scenario.tokens ?? defaultTokens(question);
      const id = `chatcmpl-${++nextId}`;
      const chunk = (delta: Record<string, unknown>, finish: string | null, usage?: unknown) =>
        encoder.encode(`data: ${JSON.stringify({ id, object: "chat.completion.chunk", created: 0, model: body.model, choices: finish === "usage" ? [] : [{ index: 0, delta, finish_reason: finish }], ...(usage ? { usage } : {}) })}\n\n`);
      let timer: Timer | undefined;
      let gone = false;
      const abandoned = () => {
        clearTimeout(timer);
        if (!gone) state.cancelled++;
        gone = true;
      };
      request.signal.addEventListener("abort", abandoned);
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          if (scenario.hang) return;
          const started = Date.now();
          const times: number[] = [];
          if (state.recordSchedule) state.schedule.set(id, times);
          let i = 0;
          let lastSent = 0;
          const send = () => {
            if (scenario.cutAfter !== undefined && i >= scenario.cutAfter) {
              // Erroring the body at once can drop the last token while it still sits in the
              // server's buffer (a busy CI machine fires the timers back to back); a real cut
              // comes after the bytes already sent have arrived.
              const settle = lastSent + 50 - Date.now();
              if (settle > 0) {
                timer = setTimeout(send, settle);
                return;
              }
              gone = true; // the server cut it, not the client
              controller.error(new Error("connection cut (scripted)"));
              return;
            }
            if (i < tokens.length) {
              times.push(started + scenario.firstTokenMs + i * scenario.tokenMs);
              controller.enqueue(chunk(i === 0 ? { role: "assistant", content: tokens[i] } : { content: tokens[i] }, null));
              i++;
              lastSent = Date.now();
              // Keep to the schedule (not drift with timer lateness), as a real model's clock would.
              const due = started + scenario.firstTokenMs + i * scenario.tokenMs;
              timer = setTimeout(send, Math.max(0, due - Date.now()));
              return;
            }
            controller.enqueue(chunk({}, "stop"));
            const prompt = Math.ceil(body.messages.reduce((n, m) => n + m.content.length, 0) / 4);
            controller.enqueue(chunk({}, "usage", { prompt_tokens: prompt, completion_tokens: tokens.length, total_tokens: prompt + tokens.length }));
            controller.enqueue(encoder.encode("data: [DONE]\n\n"));
            controller.close();
          };
          timer = setTimeout(send, scenario.firstTokenMs);
        },
        cancel: abandoned,
      });
      return new Response(stream, { headers: { "Content-Type": "text/event-stream", "Cache-Control": "no-cache" } });
    },
  });
  state.port = server.port!;
  state.url = `http://127.0.0.1:${server.port}/v1`;
  return state;
}
