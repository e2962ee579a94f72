// The streaming benchmark's load generator, its own process (started by
// bench/stream.ts with BUN_CONFIG_MAX_HTTP_REQUESTS raised, which Bun reads
// only at start). It signs in one browser per stream, then for each level
// keeps N streams open at once: each browser sends a first message (POST
// /chat/messages, 303), opens the conversation page, follows its SSE stream
// to the finished message, and sends again at once. First sends are spread
// over one answer's duration so arrivals are steady, not a thundering herd;
// samples count only once every browser is streaming. Prints one JSON line
// per level on stdout; progress goes to stderr.
import { answerTokens, seedOf } from "./answer.ts";
import { Browser, composerModels } from "./browser.ts";
import { epochNow } from "./clock.ts";
import { distribution, levelLatency, type Distribution, type StreamSample } from "./metrics.ts";
import { readChatStream, unescape } from "./sse-reader.ts";
import { cpuSeconds, machineTicks, rssKb } from "./system.ts";
import type { StreamRecord } from "./upstream.ts";

export interface LoadOptions {
  appUrl: string;
  appPid: number;
  upstreamPid: number;
  upstreamUrl: string;
  role: string;
  levels: number[];
  firstTokenMs: number;
  tokenMs: number;
  tokens: number;
  /** Answers' worth of time measured per level, after every browser started. */
  rounds: number;
  runId: string;
}

export interface LevelResult {
  streams: number;
  ttft: Distribution;
  ttftBeforeUpstream: Distribution;
  ttftHoldBack: Distribution;
  ttftDelivery: Distribution;
  itl: Distribution;
  tokenDelay: Distribution;
  upstreamLate: Distribution;
  clientLag: Distribution;
  errors: number;
  errorSamples: string[];
  streamsDone: number;
  openMin: number;
  rssBaselineKb: number;
  rssPeakKb: number;
  rssKbPerStream: number;
  appCpuPct: number;
  /** The app's CPU time per answer sent in the window: what capacity planning divides by. */
  appCpuMsPerAnswer: number;
  machineCpuPct: number;
  /** The benchmark's own processes, which share the machine with the app. */
  upstreamCpuPct: number;
  loadCpuPct: number;
}

const log = (msg: string) => process.stderr.write(`[load] ${msg}\n`);
async function sleepUntil(t: number): Promise<void> {
  // Bun.sleep may wake a fraction of a millisecond early.
  while (epochNow() < t) await Bun.sleep(Math.max(1, t - epochNow()));
}

function letters(n: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(n));
  return Array.from(bytes, (b) => String.fromCharCode(97 + (b % 26))).join("");
}

const BENCH_MODEL = "Benchmark upstream";

/** An administrator adds the upstream as a model, through the admin page's form. */
async function addModel(opts: LoadOptions): Promise<void> {
  const admin = new Browser(opts.appUrl, "10.255.255.254");
  await admin.signIn(`bench-admin-${opts.runId}@example.org`, "administrator");
  await admin.page("/admin/models");
  const res = await admin.request("/admin/models", {
    form: {
      provider: "openai-compatible",
      modelId: "bench-model",
      displayName: BENCH_MODEL,
      baseUrl: `${opts.upstreamUrl}/v1`,
      contextWindow: "8192",
      inputPrice: "0",
      outputPrice: "0",
      enabled: "on",
    },
  });
  const body = await res.text();
  if (res.status >= 400) throw new Error(`POST /admin/models answered ${res.status}: ${body.slice(0, 300)}`);
}

async function signInBrowsers(opts: LoadOptions, browsers: Browser[], count: number): Promise<string> {
  let modelId = "";
  const start = browsers.length;
  let next = start;
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      const b = new Browser(opts.appUrl, `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
      await b.signIn(`bench-${opts.runId}-${i}@example.org`, opts.role);
      const models = composerModels(await b.page("/chat"));
      const id = models.get(BENCH_MODEL);
      if (!id) throw new Error(`the composer does not offer "${BENCH_MODEL}" to a ${opts.role} (offered: ${[...models.keys()].join(", ")})`);
      modelId = id;
      browsers[i] = b;
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  if (count > start) log(`${count} browsers signed in as ${opts.role}`);
  return modelId;
}

/** The text of the finished answer on a conversation page (rendered markdown, tags dropped). */
function finishedAnswer(html: string): string | undefined {
  const body = /<article class="msg msg-assistant[^"]*status-complete"[\s\S]*?<div class="msg-body markdown">([\s\S]*?)<\/div>/.exec(html)?.[1];
  return body === undefined ? undefined : unescape(body.replace(/<[^>]+>/g, " ")).replace(/\s+/g, " ").trim();
}

interface Counters {
  open: number;
}

async function oneStream(b: Browser, modelId: string, opts: LoadOptions, counters: Counters): Promise<StreamSample> {
  const key = letters(12);
  const sentAt = epochNow();
  const fail = (error: string): StreamSample => ({ key, sentAt, deltas: [], error });
  let opened = false;
  try {
    const post = await b.request("/chat/messages", { form: { content: `Explain this to my class in plain words, ref ${key}.`, modelId } });
    await post.text();
    const location = post.headers.get("location");
    if (post.status !== 303 || !location) return fail(`POST /chat/messages answered ${post.status}`);
    const html = await b.page(location);
    const pageAt = epochNow();
    const streaming = /hx-sse:connect="(\/chat\/stream\/[^"]+)"[^>]*>([^<]*)</.exec(html);
    const expected = answerTokens(seedOf(key), opts.tokens).join("");
    if (!streaming) {
      // An app too slow to show the stream shows the finished answer instead:
      // not an error, the whole text simply arrived with the page.
      if (finishedAnswer(html) !== expected.replace(/\s+/g, " ")) {
        const status = /class="msg msg-assistant[^"]*status-(\w+)"/.exec(html)?.[1] ?? "missing";
        return fail(`the conversation page shows no stream, and the answer is ${status === "complete" ? "not the model's" : status}`);
      }
      return { key, sentAt, deltas: [{ at: pageAt, end: expected.length }] };
    }
    const url = streaming[1]!.replaceAll("&amp;", "&");
    const res = await b.request(url, { headers: { Accept: "text/event-stream" } });
    if (res.status !== 200) return fail(`GET ${url.split("?")[0]} answered ${res.status}`);
    counters.open++;
    opened = true;
    const reading = await readChatStream(res, { text: unescape(streaming[2]!), at: pageAt });
    if (!reading.finalAt) return fail("the stream ended before the finished message");
    if (reading.text !== expected) return fail(`the streamed text differs from the model's (${reading.text.length} of ${expected.length} chars)`);
    return { key, sentAt, deltas: reading.deltas };
  } catch (err) {
    return fail(err instanceof Error ? err.message : String(err));
  } finally {
    if (opened) counters.open--;
  }
}

async function runLevel(opts: LoadOptions, browsers: Browser[], modelId: string, n: number): Promise<LevelResult> {
  const answerMs = opts.firstTokenMs + opts.tokens * opts.tokenMs;
  const stagger = n > 1 ? answerMs : 0;
  await Bun.sleep(1000);
  const rssBaselineKb = rssKb(opts.appPid);
  const levelStart = epochNow() + 100;
  const window = { from: levelStart + stagger, to: levelStart + stagger + opts.rounds * answerMs };
  log(`level ${n}: ${Math.round((window.to - levelStart) / 1000)} s of sends, measuring after ${Math.round(stagger / 1000)} s`);

  const counters: Counters = { open: 0 };
  const samples: StreamSample[] = [];
  const rss: number[] = [];
  const openCounts: number[] = [];
  const lag: number[] = [];
  let cpuFrom = Number.NaN;
  let machineFrom = { busy: 0, total: 0 };
  let cpuTo = Number.NaN;
  let machineTo = { busy: 0, total: 0 };
  const others = { upstreamFrom: 0, upstreamTo: 0, selfFrom: 0, selfTo: 0 };
  // Samples RSS and open streams, and measures this process's own event-loop
  // lag: a late tick here would be blamed on the app.
  let expected = epochNow() + 50;
  const sampler = setInterval(() => {
    const now = epochNow();
    if (now >= window.from && now < window.to) {
      lag.push(now - expected);
      if (Number.isNaN(cpuFrom)) {
        cpuFrom = cpuSeconds(opts.appPid);
        machineFrom = machineTicks();
        others.upstreamFrom = cpuSeconds(opts.upstreamPid);
        others.selfFrom = cpuSeconds(process.pid);
      }
      cpuTo = cpuSeconds(opts.appPid);
      machineTo = machineTicks();
      others.upstreamTo = cpuSeconds(opts.upstreamPid);
      others.selfTo = cpuSeconds(process.pid);
      rss.push(rssKb(opts.appPid));
      openCounts.push(counters.open);
    }
    expected = now + 50;
  }, 50);

  await Promise.all(
    browsers.slice(0, n).map(async (b, i) => {
      await sleepUntil(levelStart + (i * stagger) / n);
      while (epochNow() < window.to) samples.push(await oneStream(b, modelId, opts, counters));
    }),
  );
  clearInterval(sampler);

  const records = (await (await fetch(`${opts.upstreamUrl}/__bench/records`)).json()) as Record<string, StreamRecord>;
  const latency = levelLatency(samples, records, window);
  const failed = samples.filter((s) => s.error);
  const rssPeakKb = Math.max(...rss);
  const windowS = (window.to - window.from) / 1000;
  return {
    streams: n,
    ttft: distribution(latency.ttft),
    ttftBeforeUpstream: distribution(latency.ttftBeforeUpstream),
    ttftHoldBack: distribution(latency.ttftHoldBack),
    ttftDelivery: distribution(latency.ttftDelivery),
    itl: distribution(latency.itl),
    tokenDelay: distribution(latency.tokenDelay),
    upstreamLate: distribution(latency.upstreamLate),
    clientLag: distribution(lag),
    errors: failed.length,
    errorSamples: [...new Set(failed.map((s) => s.error!))].slice(0, 5),
    streamsDone: samples.length,
    openMin: openCounts.length ? Math.min(...openCounts) : 0,
    rssBaselineKb,
    rssPeakKb,
    rssKbPerStream: (rssPeakKb - rssBaselineKb) / n,
    appCpuPct: ((cpuTo - cpuFrom) / windowS) * 100,
    appCpuMsPerAnswer: ((cpuTo - cpuFrom) * 1000) / Math.max(1, samples.filter((s) => s.sentAt >= window.from && s.sentAt < window.to).length),
    machineCpuPct: ((machineTo.busy - machineFrom.busy) / Math.max(1, machineTo.total - machineFrom.total)) * 100,
    upstreamCpuPct: ((others.upstreamTo - others.upstreamFrom) / windowS) * 100,
    loadCpuPct: ((others.selfTo - others.selfFrom) / windowS) * 100,
  };
}

export async function runLoad(opts: LoadOptions): Promise<void> {
  await addModel(opts);
  const browsers: Browser[] = [];
  let modelId = await signInBrowsers(opts, browsers, 1);
  // A few answers first, unmeasured: the app's first requests compile code
  // paths and open connections, which no level should be charged for.
  const counters: Counters = { open: 0 };
  for (let i = 0; i < 3; i++) {
    const warm = await oneStream(browsers[0]!, modelId, opts, counters);
    if (warm.error) throw new Error(`a warm-up answer failed: ${warm.error}`);
  }
  await fetch(`${opts.upstreamUrl}/__bench/records`).then((r) => r.text());
  for (const n of opts.levels) {
    modelId = (await signInBrowsers(opts, browsers, n)) || modelId;
    const result = await runLevel(opts, browsers, modelId, n);
    console.log(JSON.stringify({ type: "level", result }));
  }
}

if (import.meta.main) await runLoad(JSON.parse(process.argv[2]!) as LoadOptions);
