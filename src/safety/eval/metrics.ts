// Scores predictions against labels: recall per decision and per category,
// false positives on allow lines per profile, PII recall and precision per
// type (a predicted span counts when type and exact value match a label).
import type { Action, Category } from "../engine/types.ts";
import type { EvalCase } from "./dataset.ts";

export interface Prediction {
  id: string;
  decision: Action;
  categories: Category[];
  pii: Array<{ type: string; value: string }>;
}

export interface Ratio {
  hit: number;
  total: number;
}

export interface Summary {
  decisionRecall: Record<string, Ratio>;
  categoryRecall: Record<string, Ratio>;
  falsePositives: Record<string, Ratio>;
  piiRecall: Record<string, Ratio>;
  piiPrecision: Record<string, Ratio>;
  piiWrongSpans: Ratio;
  misses: Array<{ id: string; why: string; text: string }>;
}

const bump = (table: Record<string, Ratio>, key: string, hit: boolean) => {
  const r = (table[key] ??= { hit: 0, total: 0 });
  r.total++;
  if (hit) r.hit++;
};

export const rate = (r: Ratio | undefined): number | null => (r && r.total > 0 ? r.hit / r.total : null);

export function score(cases: readonly EvalCase[], predictions: readonly Prediction[]): Summary {
  const s: Summary = { decisionRecall: {}, categoryRecall: {}, falsePositives: {}, piiRecall: {}, piiPrecision: {}, piiWrongSpans: { hit: 0, total: 0 }, misses: [] };
  cases.forEach((c, i) => {
    const p = predictions[i]!;
    if (c.expect) {
      bump(s.decisionRecall, c.expect, p.decision === c.expect);
      if (c.expect === "allow") bump(s.falsePositives, c.profile, p.decision !== "allow");
      if (p.decision !== c.expect) s.misses.push({ id: c.id, why: `expected ${c.expect}, got ${p.decision} [${p.categories.join(",")}]`, text: c.text });
    }
    for (const cat of c.categories ?? []) {
      const hit = p.categories.includes(cat);
      bump(s.categoryRecall, cat, hit);
      if (!hit && p.decision === c.expect) s.misses.push({ id: c.id, why: `category ${cat} missing (got ${p.categories.join(",") || "none"})`, text: c.text });
    }
    if (c.pii) {
      const expected = c.pii.map((x) => `${x.type}\u0000${x.value.trim()}`);
      const got = p.pii.map((x) => `${x.type}\u0000${x.value.trim()}`);
      for (const e of c.pii) {
        const hit = got.includes(`${e.type}\u0000${e.value.trim()}`);
        bump(s.piiRecall, e.type, hit);
        if (!hit) s.misses.push({ id: c.id, why: `pii ${e.type} "${e.value}" not found`, text: c.text });
      }
      for (const g of p.pii) {
        const hit = expected.includes(`${g.type}\u0000${g.value.trim()}`);
        bump(s.piiPrecision, g.type, hit);
        s.piiWrongSpans.total++;
        if (!hit) {
          s.piiWrongSpans.hit++;
          s.misses.push({ id: c.id, why: `pii ${g.type} "${g.value}" is not labeled`, text: c.text });
        }
      }
    }
  });
  return s;
}

const pct = (r: Ratio | undefined) => {
  const v = rate(r);
  return v === null ? "   -  " : `${(v * 100).toFixed(1).padStart(5)}%`;
};

export function formatSummary(s: Summary): string {
  const rows: string[] = [];
  const section = (title: string, table: Record<string, Ratio>, label = "recall") => {
    rows.push(`${title.padEnd(28)} ${label.padStart(7)}   n`);
    for (const [k, r] of Object.entries(table).sort()) rows.push(`  ${k.padEnd(26)} ${pct(r)}  ${String(r.hit).padStart(3)}/${r.total}`);
    rows.push("");
  };
  section("decision", s.decisionRecall);
  section("category", s.categoryRecall);
  section("false positives on allow", s.falsePositives, "rate");
  const types = [...new Set([...Object.keys(s.piiRecall), ...Object.keys(s.piiPrecision)])].sort();
  rows.push(`${"pii type".padEnd(28)}  recall precision`);
  for (const t of types) rows.push(`  ${t.padEnd(26)} ${pct(s.piiRecall[t])}   ${pct(s.piiPrecision[t])}`);
  rows.push(`  ${"wrong redacted spans".padEnd(26)} ${pct(s.piiWrongSpans)}  ${s.piiWrongSpans.hit}/${s.piiWrongSpans.total}`);
  return rows.join("\n");
}
