// The benchmark's output: what the app adds per level, where the time and
// the CPU go, how clean the measurement was, and the last machine-readable
// line for the largest level. docs/performance.md explains every column.
import type { LevelResult } from "./load.ts";

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : "-");
const pct = (v: number) => (Number.isFinite(v) ? v.toFixed(0) : "-");

function table(title: string, header: string[], rows: string[][]): void {
  console.log(`\n${title}`);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const line of [header, ...rows]) console.log(line.map((c, i) => c.padStart(widths[i]!)).join("  "));
}

export function printResults(results: LevelResult[]): void {
  table(
    "latency the app adds (ms) and its memory per open stream",
    ["streams", "ttft p50", "ttft p95", "ttft p99", "itl p50", "itl p95", "itl p99", "errors", "rss_kb_per_stream"],
    results.map((r) => [String(r.streams), ms(r.ttft.p50), ms(r.ttft.p95), ms(r.ttft.p99), ms(r.itl.p50), ms(r.itl.p95), ms(r.itl.p99), String(r.errors), r.rssKbPerStream.toFixed(1)]),
  );
  table(
    "where it goes (ms are p99 unless marked; cpu % of one core)",
    ["streams", "ttft: before upstream", "held back", "delivery", "word delay p50", "word delay p99", "app cpu %", "app cpu ms/answer", "rss peak MB", "answers", "open min"],
    results.map((r) => [
      String(r.streams),
      ms(r.ttftBeforeUpstream.p99),
      ms(r.ttftHoldBack.p99),
      ms(r.ttftDelivery.p99),
      ms(r.tokenDelay.p50),
      ms(r.tokenDelay.p99),
      pct(r.appCpuPct),
      pct(r.appCpuMsPerAnswer),
      (r.rssPeakKb / 1024).toFixed(0),
      String(r.streamsDone),
      String(r.openMin),
    ]),
  );
  table(
    "how clean the measurement was (ms p99; cpu % of one core; machine % of all cores)",
    ["streams", "upstream late", "client lag", "upstream cpu %", "load cpu %", "machine busy %"],
    results.map((r) => [String(r.streams), ms(r.upstreamLate.p99), ms(r.clientLag.p99), pct(r.upstreamCpuPct), pct(r.loadCpuPct), pct(r.machineCpuPct)]),
  );
  for (const r of results) for (const e of r.errorSamples) console.log(`errors at ${r.streams} streams, e.g.: ${e}`);

  const last = results.reduce((a, b) => (b.streams > a.streams ? b : a));
  console.log(
    `streams=${last.streams} ttft_p99_added_ms=${ms(last.ttft.p99)} itl_p99_added_ms=${ms(last.itl.p99)} errors=${last.errors} rss_kb_per_stream=${last.rssKbPerStream.toFixed(1)}`,
  );
}
