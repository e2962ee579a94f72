// How long a OneRoster import takes, first time and again (nothing changed),
// for districts of growing size, on embedded PGlite (and on PostgreSQL when
// TEST_DATABASE_URL is set). Run: bun run bench/roster-import.ts
import { testDbKinds } from "../src/platform/db/test-db.ts";
import { importRoster } from "../src/roster/import.ts";
import { generateRosterBundle } from "../src/roster/sample.ts";
import { openRosterTestDatabase } from "../src/roster/testing.ts";

const sizes = [
  { schools: 3, classes: 50, users: 1_000 },
  { schools: 10, classes: 500, users: 10_000 },
  { schools: 25, classes: 1_500, users: 30_000 },
];

const results: { db: string; users: number; classes: number; enrollments: number; firstMs: number; againMs: number; rssMb: number }[] = [];
for (const kind of testDbKinds()) {
  for (const size of sizes) {
    const files = generateRosterBundle({ ...size, seed: 1 });
    const database = await openRosterTestDatabase(kind);
    try {
      let t = performance.now();
      const first = await importRoster(database.db, { files, name: "bench" }, { actorId: null });
      const firstMs = performance.now() - t;
      t = performance.now();
      await importRoster(database.db, { files, name: "bench" }, { actorId: null });
      const againMs = performance.now() - t;
      if (first.status !== "applied") throw new Error(`bench bundle was ${first.status}`);
      results.push({
        db: kind, users: size.users, classes: size.classes, enrollments: first.counts.classMemberships.created,
        firstMs: Math.round(firstMs), againMs: Math.round(againMs), rssMb: Math.round(process.memoryUsage().rss / 1048576),
      });
    } finally {
      await database.close();
    }
  }
}

const header = ["db", "users", "classes", "enrollments", "first import ms", "re-import ms", "rss MB"];
const rows = results.map((r) => [r.db, r.users, r.classes, r.enrollments, r.firstMs, r.againMs, r.rssMb].map(String));
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
for (const line of [header, ...rows]) console.log(line.map((c, i) => c.padStart(widths[i]!)).join("  "));
console.log(JSON.stringify({ bench: "roster-import", results }));
