// Broken bundles: every problem is listed with file, line and reason, and
// nothing is partly imported. --allow-partial writes the valid rows only.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "bun:test";
import { eq, sql } from "drizzle-orm";
import { listAudit } from "../platform/audit/service.ts";
import type { Database } from "../platform/db/client.ts";
import { testDbKinds } from "../platform/db/test-db.ts";
import { importRoster } from "./import.ts";
import { describeRejection, type ImportReport } from "./report.ts";
import { zipBundle } from "./sample.ts";
import { classes, schools } from "./schema.ts";
import { clearRoster, openRosterTestDatabase, renderDistrict, tableCounts, tinyDistrict, type TinyDistrict } from "./testing.ts";

const cli = { actorId: null };
const listed = (r: ImportReport) => r.rejections.map(describeRejection);

/** Monday's roster is in; Tuesday's bundle renames Biology and adds a school, a class and a student, plus one defect. */
function tuesday(): TinyDistrict {
  const d = tinyDistrict();
  d.classes[0]!.title = "Biology Honors";
  d.orgs.push({ sourcedId: "s3", name: "West Elementary", type: "school" });
  d.classes.push({ sourcedId: "c3", title: "Reading", schoolSourcedId: "s3" });
  d.users.push({ sourcedId: "st5", enabledUser: "true", orgSourcedIds: "s3", role: "student", username: "noor", givenName: "Noor", familyName: "Haddad", email: "noor@students.harbor.example.org" });
  d.enrollments.push({ sourcedId: "e7", classSourcedId: "c3", schoolSourcedId: "s3", userSourcedId: "st5", role: "student" });
  return d;
}

for (const kind of testDbKinds()) {
  describe(`rejected roster bundles on ${kind}`, () => {
    let database: Database;
    let monday: Awaited<ReturnType<typeof tableCounts>>;
    beforeAll(async () => {
      database = await openRosterTestDatabase(kind);
    });
    afterAll(() => database.close());
    beforeEach(async () => {
      await clearRoster(database.db);
      await importRoster(database.db, { files: renderDistrict(tinyDistrict()), name: "monday" }, cli);
      monday = await tableCounts(database.db);
    });

    /** Imports the bundle and checks that it was refused and left every table as it was. */
    async function refused(files: Record<string, string | Uint8Array>): Promise<ImportReport> {
      const report = await importRoster(database.db, { files, name: "tuesday" }, cli);
      expect(report.status).toBe("rejected");
      expect(await tableCounts(database.db)).toEqual(monday);
      const [c1] = await database.db.select().from(classes).where(eq(classes.sourcedId, "c1"));
      expect(c1!.title).toBe("Biology");
      return report;
    }

    test("missing columns reject the bundle, naming the columns", async () => {
      const files = renderDistrict(tuesday());
      files["users.csv"] = files["users.csv"].replace(/^sourcedId,/, "id,");
      expect(listed(await refused(files))).toEqual([
        "users.csv lacks the required column sourcedId (its header has: id, status, dateLastModified, enabledUser, orgSourcedIds, role, username, userIds, givenName, familyName, middleName, identifier, email, sms, phone, agentSourcedIds, grades, password)",
      ]);
    });

    test("a dangling reference rejects the bundle, listing the row", async () => {
      const d = tuesday();
      d.enrollments.push({ sourcedId: "e8", classSourcedId: "c9", schoolSourcedId: "s1", userSourcedId: "st1", role: "student" });
      expect(listed(await refused(renderDistrict(d)))).toEqual(["enrollments.csv line 9 [e8]: class c9 is neither in classes.csv nor in Atelier"]);
    });

    test("duplicate ids reject the bundle, listing every copy and every row depending on them", async () => {
      const d = tuesday();
      d.classes.push({ sourcedId: "c3", title: "Reading again", schoolSourcedId: "s3" });
      expect(listed(await refused(renderDistrict(d)))).toEqual([
        "classes.csv line 4 [c3]: sourcedId c3 appears 2 times (lines 4, 5); every copy is rejected",
        "classes.csv line 5 [c3]: sourcedId c3 appears 2 times (lines 4, 5); every copy is rejected",
        "enrollments.csv line 8 [e7]: class c3 was rejected (classes.csv line 4)",
      ]);
    });

    test("a Latin-1 file rejects the bundle and nothing lands as mojibake", async () => {
      const files: Record<string, string | Uint8Array> = renderDistrict(tuesday());
      const text = (files["users.csv"] as string).replace("Zoë,Nguyễn", "Zoe,Nguyen");
      files["users.csv"] = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
      const [reason] = listed(await refused(files));
      expect(reason).toStartWith("users.csv is not UTF-8 text: line 5 holds the byte 0xE9");
    });

    test("a missing file rejects the bundle", async () => {
      const { ["enrollments.csv"]: _gone, ...files } = renderDistrict(tuesday());
      expect(listed(await refused(files))).toEqual([
        "enrollments.csv is missing from the bundle (a OneRoster import needs orgs.csv, users.csv, classes.csv, enrollments.csv)",
      ]);
    });

    test("a zip of junk is rejected by name", async () => {
      const report = await importRoster(database.db, { zip: new TextEncoder().encode("this is not a zip ".repeat(50)), name: "roster.zip" }, cli);
      expect(report.status).toBe("rejected");
      expect(listed(report)).toEqual(["roster.zip is not a valid zip file"]);
      expect(await tableCounts(database.db)).toEqual(monday);
    });

    test("every rejection is reported at once, and the refusal is audited", async () => {
      const d = tuesday();
      d.users[2]!.email = "";
      d.enrollments.push({ sourcedId: "e8", classSourcedId: "c1", schoolSourcedId: "s1", userSourcedId: "nobody", role: "student" });
      const report = await refused(renderDistrict(d));
      expect(listed(report)).toEqual([
        "users.csv line 4 [st1]: email is empty: Atelier signs people in by email",
        "enrollments.csv line 3 [e2]: user st1 was rejected (users.csv line 4)",
        "enrollments.csv line 9 [e8]: user nobody is neither in users.csv nor in Atelier",
      ]);
      const [entry] = await listAudit(database.db, { action: "roster.import_rejected" });
      expect(entry!.after).toMatchObject({ status: "rejected", source: "tuesday", rejected: 3, rejections: listed(report) });
    });

    test("--allow-partial applies the valid rows and leaves out the rejected ones with their dependents", async () => {
      const d = tuesday();
      d.users.find((u) => u.sourcedId === "st5")!.email = "not-an-email"; // Noor
      const report = await importRoster(database.db, { files: renderDistrict(d), name: "tuesday" }, { ...cli, allowPartial: true });
      expect(report.status).toBe("partial");
      expect(listed(report)).toEqual([
        'users.csv line 9 [st5]: email "not-an-email" is not a valid address',
        "enrollments.csv line 8 [e7]: user st5 was rejected (users.csv line 9)",
      ]);
      expect(report.counts.classes).toEqual({ created: 1, updated: 1, unchanged: 1, removed: 0 });
      expect(await tableCounts(database.db)).toEqual({ ...monday, schools: 3, classes: 3 });
      const [c1] = await database.db.select().from(classes).where(eq(classes.sourcedId, "c1"));
      expect(c1!.title).toBe("Biology Honors");
    });

    test("a structural problem rejects the bundle even with --allow-partial", async () => {
      const files = renderDistrict(tuesday());
      const report = await importRoster(
        database.db,
        { zip: zipBundle({ ...files, "classes.csv": files["classes.csv"].replace("title", "name") }), name: "tuesday.zip" },
        { ...cli, allowPartial: true },
      );
      expect(report.status).toBe("rejected");
      expect(listed(report)[0]).toStartWith("classes.csv lacks the required column title");
      expect(await tableCounts(database.db)).toEqual(monday);
    });

    test("a database error halfway through the writes leaves nothing behind", async () => {
      // A constraint validation does not know about fails on the last table written.
      await database.db.execute(sql`alter table classes add constraint test_no_reading check (title <> 'Reading')`);
      try {
        await expect(importRoster(database.db, { files: renderDistrict(tuesday()), name: "tuesday" }, cli)).rejects.toThrow(
          'The roster import failed in the database, so nothing was changed (new row for relation "classes" violates check constraint "test_no_reading").',
        );
      } finally {
        await database.db.execute(sql`alter table classes drop constraint test_no_reading`);
      }
      expect(await tableCounts(database.db)).toEqual(monday);
      expect(await database.db.select().from(schools).where(eq(schools.sourcedId, "s3"))).toEqual([]);
      expect(await listAudit(database.db, { action: "roster.imported" })).toHaveLength(1);
    });

    test("a dry run reports what would change and writes nothing", async () => {
      const report = await importRoster(database.db, { files: renderDistrict(tuesday()), name: "tuesday" }, { ...cli, dryRun: true });
      expect(report.status).toBe("checked");
      expect(report.counts.users.created).toBe(1);
      expect(report.counts.classes).toEqual({ created: 1, updated: 1, unchanged: 1, removed: 0 });
      expect(await tableCounts(database.db)).toEqual(monday);
    });
  });
}
