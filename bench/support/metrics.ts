// Turns what the load generator saw and what the upstream recorded into the
// latency the app adds. For one stream:
//   added TTFT  = first delta's arrival - (send time + the upstream's first-token delay)
//   added ITL   = each delta's arrival - the scheduled emission of the token
//                 its last character belongs to (the token whose arrival let
//                 the app release that text)
//   token delay = each token's scheduled emission -> the arrival of the delta
//                 that completed it: what a reader waits per word, hold-back included
// Added TTFT splits into: before the upstream (the send request, the job's
// start, the input check: upstream start - send), hold-back (the text the
// output guard waits for before releasing the first delta) and delivery
// (arrival - schedule of that delta's token).
import type { StreamRecord } from "./upstream.ts";

export interface StreamSample {
  key: string;
  sentAt: number;
  deltas: { at: number; end: number }[];
  error?: string;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface Distribution {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function distribution(values: number[]): Distribution {
  const sorted = Float64Array.from(values).sort();
  const arr = Array.from(sorted);
  return { n: arr.length, p50: percentile(arr, 50), p95: percentile(arr, 95), p99: percentile(arr, 99), max: arr.at(-1) ?? Number.NaN };
}

/** Index of the token whose text contains character position `end - 1`. */
function tokenAt(ends: readonly number[], end: number): number {
  let lo = 0;
  let hi = ends.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! >= end) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export interface Window {
  from: number;
  to: number;
}

export interface LevelLatency {
  ttft: number[];
  ttftBeforeUpstream: number[];
  ttftHoldBack: number[];
  ttftDelivery: number[];
  itl: number[];
  tokenDelay: number[];
  upstreamLate: number[];
}

/**
 * TTFT counts streams sent inside the window; ITL and token delay count
 * deltas that arrived inside it (so every sample saw the full load).
 */
export function levelLatency(samples: StreamSample[], records: Record<string, StreamRecord>, window: Window): LevelLatency {
  const out: LevelLatency = { ttft: [], ttftBeforeUpstream: [], ttftHoldBack: [], ttftDelivery: [], itl: [], tokenDelay: [], upstreamLate: [] };
  const inWindow = (t: number) => t >= window.from && t < window.to;
  for (const s of samples) {
    const r = records[s.key];
    if (s.error || !r || !s.deltas.length) continue;
    const due = (i: number) => r.start + r.firstTokenMs + i * r.tokenMs;
    if (inWindow(s.sentAt)) {
      const first = s.deltas[0]!;
      const i = tokenAt(r.ends, first.end);
      out.ttft.push(first.at - (s.sentAt + r.firstTokenMs));
      out.ttftBeforeUpstream.push(r.start - s.sentAt);
      out.ttftHoldBack.push(due(i) - (r.start + r.firstTokenMs));
      out.ttftDelivery.push(first.at - due(i));
    }
    let token = 0;
    for (const d of s.deltas) {
      if (!inWindow(d.at)) {
        while (token < r.ends.length && r.ends[token]! <= d.end) token++;
        continue;
      }
      out.itl.push(d.at - due(tokenAt(r.ends, d.end)));
      for (; token < r.ends.length && r.ends[token]! <= d.end; token++) out.tokenDelay.push(d.at - due(token));
    }
    for (let i = 0; i < r.late.length; i++) if (inWindow(due(i))) out.upstreamLate.push(r.late[i]!);
  }
  return out;
}
