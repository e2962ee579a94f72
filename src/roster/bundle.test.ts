// Reading bundles: folders, zips (and what a hostile zip looks like), UTF-8,
// the manifest, headers and line numbers. No database involved.
import { afterAll, describe, expect, test } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync } from "fflate";
import { BundleError, bundleFromFiles, decodeBundle, readBundlePath, readBundleZip } from "./bundle.ts";
import { parseRosterFile } from "./csv.ts";
import { generateRosterBundle, writeBundleFolder, zipBundle } from "./sample.ts";
import { renderDistrict, tinyDistrict } from "./testing.ts";

const tmp = mkdtempSync(join(tmpdir(), "atelier-roster-bundle-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function problems(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof BundleError) return err.rejections.map((r) => `${r.file} ${r.reason}`);
    throw err;
  }
  throw new Error("expected a BundleError");
}

const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

describe("reading a bundle", () => {
  const files = renderDistrict(tinyDistrict());

  test("a folder and a zip of the same files read the same", () => {
    const folder = writeBundleFolder(join(tmp, "district"), files);
    const fromFolder = decodeBundle(readBundlePath(folder));
    writeBundleFolder(tmp, { "district.zip": zipBundle(files) });
    const fromZip = decodeBundle(readBundlePath(join(tmp, "district.zip")));
    expect(fromFolder.texts).toEqual(fromZip.texts);
    expect(fromFolder.texts["users.csv"]).toContain("Zoë,Nguyễn");
    expect(fromZip.source).toBe("district.zip");
  });

  test("a zip may hold its files in one folder, next to files Atelier ignores", () => {
    const zip = zipSync({
      "export-2026-09-01/orgs.csv": new TextEncoder().encode(files["orgs.csv"]),
      "export-2026-09-01/USERS.CSV": new TextEncoder().encode(files["users.csv"]),
      "export-2026-09-01/classes.csv": new TextEncoder().encode(files["classes.csv"]),
      "export-2026-09-01/enrollments.csv": new TextEncoder().encode(files["enrollments.csv"]),
      "export-2026-09-01/courses.csv": new TextEncoder().encode("sourcedId,title\n"),
      "__MACOSX/export-2026-09-01/._users.csv": new Uint8Array([0, 1, 2]),
    });
    const bundle = decodeBundle(readBundleZip(zip, "sis.zip"));
    expect(bundle.texts["users.csv"]).toBe(files["users.csv"]);
  });

  test("junk that is not a zip is refused by name", () => {
    expect(problems(() => readBundleZip(new TextEncoder().encode("PK but not really a zip ".repeat(20)), "roster.zip"))).toEqual([
      "roster.zip is not a valid zip file",
    ]);
  });

  test("a zip bomb is refused by the bytes it inflates to, even when its header lies", () => {
    const zip = zipSync({ "users.csv": new Uint8Array(3_000_000).fill(65) }, { level: 9 });
    const limits = { maxEntries: 50, maxEntryBytes: 1_000_000, maxTotalBytes: 2_000_000 };
    expect(problems(() => readBundleZip(zip, "bomb.zip", limits))[0]).toContain("users.csv would inflate to 3 MiB, over the 1 MiB limit");
    // Rewrite the declared size (local header and central directory) to 10 bytes.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    view.setUint32(22, 10, true);
    for (let i = zip.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) === 0x02014b50) {
        view.setUint32(i + 24, 10, true);
        break;
      }
    }
    expect(problems(() => readBundleZip(zip, "bomb.zip", limits))).toEqual(["bomb.zip entry users.csv inflates past the 1 MiB limit (a zip bomb?)"]);
  });

  test("a zip with two bundles in it is refused", () => {
    const zip = zipSync({ "a/users.csv": new Uint8Array([65]), "b/users.csv": new Uint8Array([66]) });
    expect(problems(() => readBundleZip(zip, "two.zip"))).toEqual(["two.zip holds users.csv more than once (a/users.csv, b/users.csv); put one bundle in a zip"]);
  });

  test("a path that does not exist, or a single CSV file, is named", () => {
    expect(problems(() => readBundlePath(join(tmp, "nope")))[0]).toContain("nope cannot be read: no such file or folder");
    const folder = writeBundleFolder(join(tmp, "one-file"), files);
    expect(problems(() => readBundlePath(join(folder, "users.csv")))).toEqual([
      "users.csv is a single file: give the folder that holds orgs.csv, users.csv, classes.csv and enrollments.csv, or a .zip of them",
    ]);
  });
});

describe("text and manifest", () => {
  const files = renderDistrict(tinyDistrict());

  test("every missing file is listed at once", () => {
    const raw = bundleFromFiles("partial", { "orgs.csv": files["orgs.csv"], "classes.csv": files["classes.csv"] });
    expect(problems(() => decodeBundle(raw))).toEqual([
      "users.csv is missing from the bundle (a OneRoster import needs orgs.csv, users.csv, classes.csv, enrollments.csv)",
      "enrollments.csv is missing from the bundle (a OneRoster import needs orgs.csv, users.csv, classes.csv, enrollments.csv)",
    ]);
  });

  test("Latin-1 bytes are refused with the line that holds them; a UTF-8 BOM is fine", () => {
    // An export from a Windows-1252 spreadsheet: José on line 5 is the first non-ASCII name.
    const users = files["users.csv"].replace("Zoë,Nguyễn", "Zoe,Nguyen");
    const raw = bundleFromFiles("latin1", { ...files, "users.csv": latin1(users), "orgs.csv": "\uFEFF" + files["orgs.csv"] });
    const [reason] = problems(() => decodeBundle(raw));
    expect(reason).toStartWith("users.csv is not UTF-8 text: line 5 holds the byte 0xE9");
    expect(reason).toContain("Save it as UTF-8");
    const ok = decodeBundle(bundleFromFiles("bom", { ...files, "orgs.csv": new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(files["orgs.csv"])]) }));
    expect(ok.texts["orgs.csv"]).toBe(files["orgs.csv"]);
  });

  test("UTF-16 is named as such", () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...files["orgs.csv"]].map((c) => c.charCodeAt(0))).buffer)]);
    expect(problems(() => decodeBundle(bundleFromFiles("x", { ...files, "orgs.csv": utf16 })))).toEqual([
      'orgs.csv is UTF-16 text, not UTF-8. Save it as UTF-8 (in Excel: "CSV UTF-8") and import again.',
    ]);
  });

  test("the manifest can declare a file absent and enrollments a delta; another OneRoster version is refused", () => {
    const manifest = "propertyName,value\nmanifest.version,1.0\noneroster.version,1.1\nfile.orgs,absent\nfile.enrollments,delta\n";
    const { ["orgs.csv"]: _orgs, ...rest } = files;
    const bundle = decodeBundle(bundleFromFiles("delta", { ...rest, "manifest.csv": manifest }));
    expect(bundle.texts["orgs.csv"]).toBe("");
    expect(bundle.enrollmentsMode).toBe("delta");
    expect(decodeBundle(bundleFromFiles("bulk", files)).enrollmentsMode).toBe("bulk");
    const v12 = "propertyName,value\noneroster.version,1.2\n";
    expect(problems(() => decodeBundle(bundleFromFiles("v12", { ...files, "manifest.csv": v12 })))).toEqual([
      "manifest.csv declares OneRoster 1.2; Atelier reads OneRoster 1.1 CSV bundles",
    ]);
  });
});

describe("CSV files", () => {
  test("missing required columns reject the whole file, naming them", () => {
    const text = "sourcedId,status,enabledUser,orgSourcedIds,role,username,givenName\nu1,,true,s1,student,u1,Ann\n";
    expect(problems(() => parseRosterFile("users.csv", text))).toEqual([
      "users.csv lacks the required columns familyName, email (its header has: sourcedId, status, enabledUser, orgSourcedIds, role, username, givenName)",
    ]);
  });

  test("columns may come in any order and any case; unknown columns are ignored", () => {
    const text = "TITLE,extra,schoolSourcedId,sourcedId\r\nBiology,x,s1,c1\r\n";
    const { rows } = parseRosterFile("classes.csv", text);
    expect(rows).toEqual([{ line: 2, values: expect.objectContaining({ sourcedId: "c1", title: "Biology", schoolSourcedId: "s1", classCode: "" }) }]);
  });

  test("line numbers are the editor's, across quoted line breaks and blank lines", () => {
    const text = 'sourcedId,title,schoolSourcedId\nc1,"Biology\nLab",s1\n\nc2,Math,s1,extra\nc3,Art,s1\n';
    const { rows, rejections } = parseRosterFile("classes.csv", text);
    expect(rows.map((r) => [r.line, r.values.sourcedId])).toEqual([[2, "c1"], [6, "c3"]]);
    expect(rejections).toEqual([{ file: "classes.csv", line: 5, sourcedId: "c2", reason: "has 4 fields; the header has 3 (an unquoted comma?)" }]);
  });

  test("broken quoting rejects the file with its line", () => {
    const text = 'sourcedId,title,schoolSourcedId\nc1,Biology,s1\nc2,"Math"x,s1\n';
    expect(problems(() => parseRosterFile("classes.csv", text))[0]).toStartWith("classes.csv is not valid CSV near line 3");
  });
});

describe("the sample generator", () => {
  test("is deterministic per seed and realistic in shape", () => {
    const a = generateRosterBundle({ schools: 3, classes: 50, users: 1000, seed: 1 });
    expect(generateRosterBundle({ schools: 3, classes: 50, users: 1000, seed: 1 })).toEqual(a);
    expect(generateRosterBundle({ schools: 3, classes: 50, users: 1000, seed: 2 })["users.csv"]).not.toBe(a["users.csv"]);
    const users = parseRosterFile("users.csv", a["users.csv"]).rows;
    expect(users).toHaveLength(1000);
    expect(new Set(users.map((u) => u.values.email)).size).toBe(1000);
    expect(parseRosterFile("classes.csv", a["classes.csv"]).rows).toHaveLength(50);
    expect(parseRosterFile("orgs.csv", a["orgs.csv"]).rows.filter((o) => o.values.type === "school")).toHaveLength(3);
  });
});
