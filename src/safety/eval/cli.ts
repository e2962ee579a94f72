// bun run safety:eval FILE.jsonl [--verbose]
// Writes one JSON line per input to stdout ({"id","decision","categories","pii"})
// and a summary table to stderr. `--verbose` also lists every miss.
import { readFileSync } from "node:fs";
import { evaluate } from "./run.ts";
import { DatasetError, parseDataset } from "./dataset.ts";
import { formatSummary, score } from "./metrics.ts";

function main(argv: string[]): number {
  const verbose = argv.includes("--verbose");
  const file = argv.find((a) => !a.startsWith("--"));
  if (!file) {
    process.stderr.write("usage: bun run safety:eval FILE.jsonl [--verbose]   (FILE may be - for standard input)\n");
    return 2;
  }
  let source: string;
  try {
    source = file === "-" ? readFileSync(0, "utf8") : readFileSync(file, "utf8");
  } catch (e) {
    process.stderr.write(`safety:eval: cannot read ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  let cases;
  try {
    cases = parseDataset(source, file);
  } catch (e) {
    if (e instanceof DatasetError) {
      process.stderr.write(`safety:eval: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const predictions = evaluate(cases);
  process.stdout.write(predictions.map((p) => JSON.stringify(p)).join("\n") + (predictions.length ? "\n" : ""));
  const summary = score(cases, predictions);
  process.stderr.write(`\n${formatSummary(summary)}\n`);
  if (verbose) for (const m of summary.misses) process.stderr.write(`  miss ${m.id}: ${m.why}\n      ${m.text.slice(0, 140)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
