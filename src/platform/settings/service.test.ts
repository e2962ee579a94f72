import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { eq } from "drizzle-orm";
import type { Database } from "../db/client.ts";
import { openTestDatabase, testDbKinds } from "../db/test-db.ts";
import { listAudit } from "../audit/service.ts";
import { settings as settingsTable } from "./schema.ts";
import { Settings, type SettingDef } from "./service.ts";

const defs: SettingDef[] = [
  { key: "district.name", env: "DISTRICT_NAME", secret: false, label: "District", description: "" },
  { key: "providers.openai.apiKey", env: "OPENAI_API_KEY", secret: true, label: "OpenAI key", description: "" },
];
const secretsKey = new Uint8Array(32).fill(9);

for (const kind of testDbKinds()) {
  describe(`settings on ${kind}`, () => {
    let database: Database;
    let clock = 0;
    const make = (env: Record<string, string> = {}) =>
      new Settings({ database, secretsKey, defs, env, cacheMs: 300_000, now: () => clock });

    beforeAll(async () => {
      database = await openTestDatabase(kind);
    });
    afterAll(() => database.close());

    test("falls back to the environment, then the database wins", async () => {
      const s = make({ DISTRICT_NAME: "Env District" });
      expect(await s.get("district.name")).toBe("Env District");
      await s.set("district.name", "Peninsula SD", { id: null });
      expect(await s.get("district.name")).toBe("Peninsula SD");
      await s.clear("district.name", { id: null });
      expect(await s.get("district.name")).toBe("Env District");
    });

    test("values are cached for five minutes, and a write drops the cache", async () => {
      const s = make();
      await s.set("district.name", "First", { id: null });
      expect(await s.get("district.name")).toBe("First");
      // Another path changes the row behind the cache's back.
      await database.db.update(settingsTable).set({ value: "Second" }).where(eq(settingsTable.key, "district.name"));
      clock += 299_000;
      expect(await s.get("district.name")).toBe("First");
      clock += 2_000;
      expect(await s.get("district.name")).toBe("Second");
      await s.set("district.name", "Third", { id: null });
      expect(await s.get("district.name")).toBe("Third");
    });

    test("a write on one instance reaches another instance's cache", async () => {
      const a = make();
      const b = make();
      await b.subscribe();
      await a.set("district.name", "Before", { id: null });
      expect(await b.get("district.name")).toBe("Before");
      await a.set("district.name", "After", { id: null });
      // NOTIFY is asynchronous: wait until b has seen it.
      for (let i = 0; i < 50 && (await b.get("district.name")) !== "After"; i++) await Bun.sleep(20);
      expect(await b.get("district.name")).toBe("After");
    });

    test("secrets are encrypted at rest and masked in the audit log and the list", async () => {
      const s = make();
      const actor = { id: null, requestId: "req-12345678" };
      await s.set("providers.openai.apiKey", "sk-test-abcdefghijkl", actor);
      const [row] = await database.db.select().from(settingsTable).where(eq(settingsTable.key, "providers.openai.apiKey"));
      expect(row!.secret).toBe(true);
      expect(row!.value).not.toContain("sk-test");
      expect(await s.get("providers.openai.apiKey")).toBe("sk-test-abcdefghijkl");

      const [entry] = await listAudit(database.db, { subjectType: "setting", subjectId: "providers.openai.apiKey" });
      expect(JSON.stringify(entry)).not.toContain("sk-test");
      expect(entry!.after).toEqual({ source: "database", value: "••••ijkl" });
      expect(entry!.requestId).toBe("req-12345678");

      const listed = (await s.list()).find((v) => v.def.key === "providers.openai.apiKey");
      expect(listed).toMatchObject({ source: "database", display: "••••ijkl" });
    });

    test("a secret written under another key fails with a clear error", async () => {
      await make().set("providers.openai.apiKey", "sk-one", { id: null });
      const wrongKey = new Settings({ database, secretsKey: new Uint8Array(32).fill(3), defs, env: {}, cacheMs: 0 });
      await expect(wrongKey.get("providers.openai.apiKey")).rejects.toThrow(/written under another SECRETS_KEY/);
    });

    test("an unknown setting is refused by name", async () => {
      await expect(make().get("nope.nothing")).rejects.toThrow(/"nope.nothing" is not a known setting/);
    });
  });
}
