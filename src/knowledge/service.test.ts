import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { eq } from "drizzle-orm";
import { listAudit } from "../platform/audit/service.ts";
import type { Database } from "../platform/db/client.ts";
import { openTestDatabase, testDbKinds } from "../platform/db/test-db.ts";
import { AppError } from "../platform/errors.ts";
import { hashEmbed } from "./embed/offline.ts";
import { createEmbedder } from "./embed/registry.ts";
import { knowledgeChunks, knowledgeItems } from "./schema.ts";
import { searchKnowledge } from "./search.ts";
import {
  addFileItem,
  addUrlItem,
  createKnowledgeBase,
  deleteItem,
  deleteKnowledgeBase,
  getKnowledgeBase,
  listItems,
  listKnowledgeBases,
  reembedKnowledgeBase,
  retryItem,
  updateKnowledgeBase,
} from "./service.ts";
import { drain, seedPeople, testDeps, type TestDeps } from "./test-support.ts";

const enc = (s: string) => new TextEncoder().encode(s);

async function appError(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  }
  throw new Error("expected an AppError");
}

for (const kind of testDbKinds()) {
  describe(`knowledge service on ${kind}`, () => {
    let database: Database;
    let deps: TestDeps;
    let people: Awaited<ReturnType<typeof seedPeople>>;
    // An OpenAI-compatible stand-in, so a base can be re-embedded with a provider model.
    let provider: ReturnType<typeof Bun.serve>;
    let providerCalls = 0;

    beforeAll(async () => {
      database = await openTestDatabase(kind);
      provider = Bun.serve({
        port: 0,
        hostname: "127.0.0.1",
        async fetch(req) {
          providerCalls++;
          const { input } = (await req.json()) as { input: string[] };
          return Response.json({ object: "list", data: input.map((t, index) => ({ object: "embedding", index, embedding: hashEmbed(`provider ${t}`) })), model: "text-embedding-3-small", usage: { prompt_tokens: 1, total_tokens: 1 } });
        },
      });
      deps = testDeps(database, { embedder: createEmbedder({ openai: async () => ({ apiKey: "sk-test", baseURL: `http://127.0.0.1:${provider.port}/v1` }) }) });
      people = await seedPeople(database);
    });
    afterAll(async () => {
      provider.stop(true);
      await deps.close();
      await database.close();
    });

    test("who reads what: owner, class, school (directly or through a class), role, administrators", async () => {
      const { teacherA, teacherB, studentA, studentB, studentC, staffNorth, admin, classA, north } = people;
      const priv = await createKnowledgeBase(deps, teacherA, { name: "My drafts" });
      const forClass = await createKnowledgeBase(deps, teacherA, { name: "Biology A", sharing: "class", sharedWith: [classA.id] });
      const forSchool = await createKnowledgeBase(deps, staffNorth, { name: "North handbook", sharing: "school", sharedWith: [north.id] });
      const forTeachers = await createKnowledgeBase(deps, admin, { name: "Teacher guides", sharing: "roles", sharedWith: ["teacher"] });
      const names = async (who: typeof teacherA) => (await listKnowledgeBases(deps.db, who)).map((k) => k.name).filter((n) => ["My drafts", "Biology A", "North handbook", "Teacher guides"].includes(n)).sort();

      expect(await names(teacherA)).toEqual(["Biology A", "My drafts", "North handbook", "Teacher guides"]);
      expect(await names(studentA)).toEqual(["Biology A", "North handbook"]);
      expect(await names(studentB)).toEqual(["North handbook"]);
      expect(await names(studentC)).toEqual([]);
      expect(await names(teacherB)).toEqual(["North handbook", "Teacher guides"]);
      expect(await names(admin)).toEqual(["Biology A", "My drafts", "North handbook", "Teacher guides"]);

      expect((await appError(getKnowledgeBase(deps.db, studentB, forClass.id))).code).toBe("not_found");
      expect((await appError(getKnowledgeBase(deps.db, studentA, priv.id))).code).toBe("not_found");
      expect((await appError(getKnowledgeBase(deps.db, studentA, "not-a-uuid"))).code).toBe("not_found");
      expect((await getKnowledgeBase(deps.db, studentC, forSchool.id).catch((e: AppError) => e.code))).toBe("not_found");
      expect((await getKnowledgeBase(deps.db, teacherB, forTeachers.id)).name).toBe("Teacher guides");
      const summary = (await listKnowledgeBases(deps.db, studentA)).find((k) => k.id === forClass.id)!;
      expect(summary.canManage).toBe(false);
      expect((await listKnowledgeBases(deps.db, teacherA)).find((k) => k.id === forClass.id)!.canManage).toBe(true);
    });

    test("sharing is checked: only classes you teach, schools you belong to, roles by administrators", async () => {
      const { teacherA, classB, classC, south, admin } = people;
      const notMine = await appError(createKnowledgeBase(deps, teacherA, { name: "x", sharing: "class", sharedWith: [classB.id] }));
      expect(notMine.fields).toEqual({ sharedWith: "You can share only with classes you teach." });
      expect((await appError(createKnowledgeBase(deps, teacherA, { name: "x", sharing: "school", sharedWith: [south.id] }))).fields.sharedWith).toBe("You can share only with schools you belong to.");
      expect((await appError(createKnowledgeBase(deps, teacherA, { name: "x", sharing: "roles", sharedWith: ["student"] }))).code).toBe("forbidden");
      expect((await appError(createKnowledgeBase(deps, admin, { name: "x", sharing: "roles", sharedWith: ["wizard"] }))).fields.sharedWith).toBe("Unknown role: wizard.");
      expect((await appError(createKnowledgeBase(deps, teacherA, { name: "x", sharing: "class", sharedWith: ["nope"] }))).fields.sharedWith).toBe("Unknown class: nope.");
      expect((await appError(createKnowledgeBase(deps, teacherA, { name: "x", sharing: "class", sharedWith: [] }))).fields.sharedWith).toBe("Choose at least one class.");
      expect((await appError(createKnowledgeBase(deps, teacherA, { name: " ", sharing: "everyone" }))).code).toBe("validation");
      const adminShared = await createKnowledgeBase(deps, admin, { name: "Chem C", sharing: "class", sharedWith: [classC.id] });
      expect(adminShared.sharedWith).toEqual([classC.id]);
    });

    test("only the owner (or an administrator) changes a base; changes are audited", async () => {
      const { teacherA, teacherB, studentA, classA, admin } = people;
      const kb = await createKnowledgeBase(deps, teacherA, { name: "Labs" });
      expect((await appError(updateKnowledgeBase(deps, studentA, kb.id, { name: "Mine now" }))).code).toBe("not_found");
      const shared = await updateKnowledgeBase(deps, teacherA, kb.id, { sharing: "class", sharedWith: [classA.id] });
      expect(shared).toMatchObject({ sharing: "class", sharedWith: [classA.id] });
      expect((await appError(updateKnowledgeBase(deps, studentA, kb.id, { name: "Mine now" }))).code).toBe("forbidden");
      expect((await appError(addFileItem(deps, studentA, kb.id, { name: "a.txt", body: enc("hi") }))).code).toBe("forbidden");
      expect((await appError(addFileItem(deps, teacherB, kb.id, { name: "a.txt", body: enc("hi") }))).code).toBe("not_found");
      await updateKnowledgeBase(deps, admin, kb.id, { name: "Labs (reviewed)" });
      const audit = await listAudit(deps.db, { subjectType: "knowledge_base", subjectId: kb.id });
      expect(audit.map((a) => a.action).sort()).toEqual(["knowledge.created", "knowledge.updated", "knowledge.updated"]);
    });

    test("a link is checked before it is queued", async () => {
      const { teacherA } = people;
      const kb = await createKnowledgeBase(deps, teacherA, { name: "Links" });
      for (const [url, message] of [
        ["javascript:alert(1)", "Enter a web address starting with http:// or https://."],
        ["not a url", "Enter a web address starting with http:// or https://."],
        ["http://169.254.169.254/latest/meta-data/", "That address is on a private or internal network, which is not allowed."],
        ["http://[::1]:8080/", "That address is on a private or internal network, which is not allowed."],
        ["http://localhost/admin", "That address is on a private or internal network, which is not allowed."],
        ["https://user:secret@example.org/", "Remove the user name and password from the address."],
      ]) {
        expect((await appError(addUrlItem(deps, teacherA, kb.id, url!))).fields.url).toBe(message!);
      }
      expect(await listItems(deps.db, teacherA, kb.id)).toEqual([]);
    });

    test("items are listed newest first; deleting one removes its chunks and its file", async () => {
      const { teacherA, studentA, classA } = people;
      const kb = await createKnowledgeBase(deps, teacherA, { name: "Rocks", sharing: "class", sharedWith: [classA.id] });
      const first = await addFileItem(deps, teacherA, kb.id, { name: "igneous.md", body: enc("# Igneous\n\nFormed from cooled magma.") });
      const second = await addFileItem(deps, teacherA, kb.id, { name: "sedimentary.md", body: enc("# Sedimentary\n\nLayers of sediment.") });
      await drain(deps);
      expect((await listItems(deps.db, studentA, kb.id)).map((i) => [i.title, i.status])).toEqual([
        ["sedimentary.md", "ready"],
        ["igneous.md", "ready"],
      ]);
      expect((await appError(deleteItem(deps, studentA, first.id))).code).toBe("forbidden");
      await deleteItem(deps, teacherA, first.id);
      expect(await deps.db.select().from(knowledgeChunks).where(eq(knowledgeChunks.itemId, first.id))).toEqual([]);
      expect(await deps.blobs.head(first.blobKey!)).toBeNull();
      expect((await listItems(deps.db, teacherA, kb.id)).map((i) => i.id)).toEqual([second.id]);
      await deleteKnowledgeBase(deps, teacherA, kb.id);
      expect(await deps.blobs.head(second.blobKey!)).toBeNull();
      expect(await deps.db.select().from(knowledgeItems).where(eq(knowledgeItems.kbId, kb.id))).toEqual([]);
    });

    test("a failed item can be tried again", async () => {
      const { teacherA } = people;
      const kb = await createKnowledgeBase(deps, teacherA, { name: "Retry" });
      const item = await addFileItem(deps, teacherA, kb.id, { name: "fixed.md", body: enc("# Fixed\n\nNow it works.") });
      await deps.db.update(knowledgeItems).set({ status: "failed", failureReason: "Processing failed 3 times" }).where(eq(knowledgeItems.id, item.id));
      await drain(deps); // the old message finds a failed item and leaves it alone
      expect((await retryItem(deps, teacherA, item.id)).status).toBe("queued");
      await drain(deps);
      expect((await listItems(deps.db, teacherA, kb.id))[0]).toMatchObject({ status: "ready", failureReason: null });
      expect((await appError(retryItem(deps, teacherA, item.id))).code).toBe("conflict");
    });

    test("an administrator re-embeds a base with another model; search then uses it", async () => {
      const { teacherA, admin } = people;
      const kb = await createKnowledgeBase(deps, teacherA, { name: "Astronomy" });
      const item = await addFileItem(deps, teacherA, kb.id, { name: "moon.md", body: enc("# Phases of the Moon\n\nThe Moon's phases come from how much of its sunlit half we see.") });
      await drain(deps);
      expect((await appError(reembedKnowledgeBase(deps, teacherA, kb.id, "openai:text-embedding-3-small"))).code).toBe("forbidden");
      expect((await appError(reembedKnowledgeBase(deps, admin, kb.id, "openai:text-embedding-ada-002"))).fields.model).toContain("text-embedding-3-small");

      expect(await reembedKnowledgeBase(deps, admin, kb.id, "openai:text-embedding-3-small")).toEqual({ items: 1 });
      expect((await listItems(deps.db, admin, kb.id))[0]!.status).toBe("processing");
      const before = providerCalls;
      await drain(deps);
      expect(providerCalls).toBeGreaterThan(before);
      const rows = await deps.db.select().from(knowledgeChunks).where(eq(knowledgeChunks.itemId, item.id));
      expect(rows.every((c) => c.embeddingModel === "openai:text-embedding-3-small" && c.embedding?.length === 384)).toBe(true);
      expect((await listItems(deps.db, admin, kb.id))[0]!.status).toBe("ready");

      const queries = providerCalls;
      const [hit] = await searchKnowledge(deps, teacherA, "moon phases sunlit", { kbIds: [kb.id] });
      expect(hit).toMatchObject({ section: "Phases of the Moon", vectorRank: 1 });
      expect(providerCalls).toBe(queries + 1);
      expect((await listAudit(deps.db, { subjectType: "knowledge_base", subjectId: kb.id, action: "knowledge.reembedded" }))[0]!.after).toEqual({ model: "openai:text-embedding-3-small", items: 1 });
    });
  });
}
