import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { asc, eq } from "drizzle-orm";
import { isPublicAddress } from "../src/knowledge/ip-policy.ts";
import { giveUpReason } from "../src/knowledge/pipeline.ts";
import { knowledgeChunks, knowledgeItems } from "../src/knowledge/schema.ts";
import { addFileItem, addUrlItem, createKnowledgeBase } from "../src/knowledge/service.ts";
import { makeDocx, makeEncryptedPdf, makePdf, makeZipBomb } from "../src/knowledge/test-documents.ts";
import { drain, queueCounts, seedPeople, spyEmbedder, testDeps, type TestDeps } from "../src/knowledge/test-support.ts";
import type { Database } from "../src/platform/db/client.ts";
import { openTestDatabase, testDbKinds } from "../src/platform/db/test-db.ts";
import * as embeddingGenerator from "./embedding-generator.ts";
import * as fileProcessor from "./file-processor.ts";

const enc = (s: string) => new TextEncoder().encode(s);

for (const kind of testDbKinds()) {
  describe(`knowledge workers on ${kind}`, () => {
    let database: Database;
    let deps: TestDeps;
    let embedder: ReturnType<typeof spyEmbedder>;
    let people: Awaited<ReturnType<typeof seedPeople>>;
    let kbId: string;
    let site: ReturnType<typeof Bun.serve>;

    beforeAll(async () => {
      database = await openTestDatabase(kind);
      embedder = spyEmbedder();
      site = Bun.serve({
        port: 0,
        hostname: "127.0.0.1",
        fetch(req) {
          const path = new URL(req.url).pathname;
          if (path === "/lesson") {
            const body = `<html><head><title>Plate tectonics</title></head><body><article><h1>Plate tectonics</h1><p>${"Earth's crust is broken into plates that move slowly over the mantle. ".repeat(6)}</p></article></body></html>`;
            return new Response(body, { headers: { "content-type": "text/html" } });
          }
          if (path === "/metadata") return Response.redirect("http://169.254.169.254/latest/meta-data/", 302);
          return new Response("gone", { status: 404, statusText: "Not Found" });
        },
      });
      deps = testDeps(database, {
        embedder,
        // The test site is "lessons.test" on loopback: let exactly that address through.
        fetchOptions: { resolve: async () => ["127.0.0.1"], isAllowedAddress: (ip) => ip === "127.0.0.1" || isPublicAddress(ip) },
      });
      people = await seedPeople(database);
      kbId = (await createKnowledgeBase(deps, people.teacherA, { name: "Science" })).id;
    });
    afterAll(async () => {
      site.stop(true);
      await deps.close();
      await database.close();
    });

    const item = async (id: string) => (await deps.db.select().from(knowledgeItems).where(eq(knowledgeItems.id, id)))[0]!;
    const chunks = (itemId: string) => deps.db.select().from(knowledgeChunks).where(eq(knowledgeChunks.itemId, itemId)).orderBy(asc(knowledgeChunks.ordinal));

    test("an uploaded PDF becomes page-referenced chunks, all embedded, and only then ready", async () => {
      const pdf = await makePdf(["Mitochondria are the powerhouse of the cell. ".repeat(30), "Ribosomes build proteins from amino acids. ".repeat(10)]);
      const added = await addFileItem(deps, people.teacherA, kbId, { name: "cells.pdf", type: "application/pdf", body: pdf });
      expect(added.status).toBe("queued");

      // The file-processor alone: chunks exist (full-text searchable) but vectors do not yet.
      const [fileMessage] = await deps.queue.receive("file-processor", { max: 1, visibilityTimeoutS: 30 });
      await fileProcessor.handler(fileMessage!, deps);
      await deps.queue.delete("file-processor", fileMessage!.receipt);
      expect((await item(added.id)).status).toBe("processing");
      expect((await chunks(added.id)).every((c) => c.embedding === null)).toBe(true);

      await drain(deps);
      const done = await item(added.id);
      expect(done).toMatchObject({ status: "ready", mime: "application/pdf", pageCount: 2, failureReason: null });
      const rows = await chunks(added.id);
      expect(done.chunkCount).toBe(rows.length);
      expect(rows.length).toBeGreaterThan(1);
      expect(new Set(rows.map((c) => c.page))).toEqual(new Set([1, 2]));
      expect(rows.every((c) => c.embedding?.length === 384 && c.embeddingModel === "offline:hash-384")).toBe(true);
    });

    test("a message delivered twice does not duplicate chunks or redo embeddings", async () => {
      const docx = await makeDocx([{ heading: "Fractions" }, { text: "A fraction names part of a whole. ".repeat(40) }, { heading: "Decimals" }, { text: "Decimals are fractions of ten. ".repeat(40) }]);
      const added = await addFileItem(deps, people.teacherA, kbId, { name: "numbers.docx", body: docx });
      await drain(deps);
      const first = await chunks(added.id);
      const callsBefore = embedder.calls;

      const again = { id: "redelivered", body: { itemId: added.id }, receiveCount: 2 };
      await fileProcessor.handler(again, deps);
      await fileProcessor.handler(again, deps);
      await embeddingGenerator.handler({ id: "again", body: { itemId: added.id, model: "offline:hash-384" }, receiveCount: 1 }, deps);
      await drain(deps);

      const second = await chunks(added.id);
      expect(second.map((c) => [c.id, c.ordinal, c.contentHash])).toEqual(first.map((c) => [c.id, c.ordinal, c.contentHash]));
      expect(embedder.calls).toBe(callsBefore);
      expect((await item(added.id)).status).toBe("ready");
    });

    test("a changed file replaces the item's chunks instead of adding to them", async () => {
      const added = await addFileItem(deps, people.teacherA, kbId, { name: "notes.md", body: enc("# Old\n\nOld text about rivers.") });
      await drain(deps);
      await deps.blobs.put(added.blobKey!, enc("# New\n\nNew text about glaciers.\n\n## More\n\nAnd moraines."));
      await fileProcessor.handler({ id: "x", body: { itemId: added.id }, receiveCount: 1 }, deps);
      await drain(deps);
      expect((await chunks(added.id)).map((c) => [c.section, c.text])).toEqual([
        ["New", "New text about glaciers."],
        ["New > More", "And moraines."],
      ]);
    });

    test("bad files fail with a plain reason, are not retried, and leave the good file alone", async () => {
      const good = await addFileItem(deps, people.teacherA, kbId, { name: "good.txt", body: enc("Volcanoes erupt when pressure builds.") });
      const locked = await addFileItem(deps, people.teacherA, kbId, { name: "locked.pdf", body: await makeEncryptedPdf() });
      const bomb = await addFileItem(deps, people.teacherA, kbId, { name: "lesson.docx", body: makeZipBomb() });
      const corrupt = await addFileItem(deps, people.teacherA, kbId, { name: "broken.pdf", body: (await makePdf(["x"])).slice(0, 300) });
      const deadBefore = (await queueCounts(deps, "file-processor")).dead;
      await drain(deps);
      expect((await item(good.id)).status).toBe("ready");
      expect(await item(locked.id)).toMatchObject({ status: "failed", failureReason: "The PDF is password-protected. Remove the password and upload it again.", chunkCount: 0 });
      expect((await item(bomb.id)).failureReason).toContain("zip bomb");
      expect((await item(corrupt.id)).failureReason).toBe("The PDF is damaged and cannot be read.");
      // Acknowledged, not retried: nothing waits and nothing was dead-lettered.
      expect(await queueCounts(deps, "file-processor")).toEqual({ pending: 0, dead: deadBefore });
    });

    test("uploads refused at the door: empty, too large (declared or streamed), unsupported type", async () => {
      const empty = await addFileItem(deps, people.teacherA, kbId, { name: "empty.txt", body: new Uint8Array(0) });
      expect(empty).toMatchObject({ status: "failed", failureReason: "The file is empty.", blobKey: null });
      const huge = await addFileItem(deps, people.teacherA, kbId, { name: "video.pdf", size: 2 * 1024 ** 3, body: new ReadableStream() });
      expect(huge).toMatchObject({ status: "failed", failureReason: "The file is 2.0 GB; the limit is 5.0 MB.", blobKey: null });
      const stream = new ReadableStream<Uint8Array>({
        start(c) {
          for (let i = 0; i < 6; i++) c.enqueue(new Uint8Array(1024 * 1024));
          c.close();
        },
      });
      const streamed = await addFileItem(deps, people.teacherA, kbId, { name: "scan.pdf", body: stream });
      expect(streamed).toMatchObject({ status: "failed", failureReason: "The file is larger than the limit of 5.0 MB.", blobKey: null });
      expect(await deps.blobs.head(`knowledge/${kbId}/${streamed.id}`)).toBeNull();
      const exe = await addFileItem(deps, people.teacherA, kbId, { name: "setup.exe", body: enc("MZ...") });
      expect(exe.failureReason).toStartWith("Files of type .exe are not supported.");
      expect((await queueCounts(deps, "file-processor")).pending).toBe(0);
    });

    test("a linked page is fetched, kept and titled from the page", async () => {
      const added = await addUrlItem(deps, people.teacherA, kbId, `http://lessons.test:${site.port}/lesson#intro`);
      expect(added).toMatchObject({ kind: "url", status: "queued", sourceUrl: `http://lessons.test:${site.port}/lesson` });
      await drain(deps);
      const done = await item(added.id);
      expect(done).toMatchObject({ status: "ready", title: "Plate tectonics", mime: "text/html" });
      expect(await deps.blobs.head(done.blobKey!)).not.toBeNull();
      expect((await chunks(added.id))[0]!.text).toContain("Earth's crust is broken into plates");
    });

    test("a link that redirects to the metadata service fails plainly and is not retried", async () => {
      const added = await addUrlItem(deps, people.teacherA, kbId, `http://lessons.test:${site.port}/metadata`);
      await drain(deps);
      expect(await item(added.id)).toMatchObject({
        status: "failed",
        failureReason: "The address 169.254.169.254 leads to a private or internal network (169.254.169.254), which is not allowed.",
      });
      expect(await queueCounts(deps, "url-processor")).toMatchObject({ pending: 0 });
    });

    test("a temporary failure is retried, then the item fails and the message is dead-lettered; others are unaffected", async () => {
      const deadBefore = (await queueCounts(deps, "embedding-generator")).dead;
      const flaky = await addFileItem(deps, people.teacherA, kbId, { name: "flaky.txt", body: enc("Tides follow the moon.") });
      // Extraction succeeds, then the embedding provider is down for every attempt.
      const [m] = await deps.queue.receive("file-processor", { max: 1, visibilityTimeoutS: 30 });
      await fileProcessor.handler(m!, deps);
      await deps.queue.delete("file-processor", m!.receipt);
      embedder.failWith = new Error("provider unavailable (503)");
      const calls = embedder.calls;
      try {
        await drain(deps);
      } finally {
        embedder.failWith = null;
      }
      expect(embedder.calls - calls).toBe(3);
      expect(await item(flaky.id)).toMatchObject({ status: "failed", failureReason: giveUpReason(3), lastError: "provider unavailable (503)", chunkCount: 0 });
      expect(await queueCounts(deps, "embedding-generator")).toEqual({ pending: 0, dead: deadBefore + 1 });
      const other = await addFileItem(deps, people.teacherA, kbId, { name: "fine.txt", body: enc("Comets have icy cores.") });
      await drain(deps);
      expect((await item(other.id)).status).toBe("ready");
    });

    test("a message whose worker never finished is dead-lettered and its item marked failed", async () => {
      const stuck = await addFileItem(deps, people.teacherA, kbId, { name: "stuck.txt", body: enc("Orbits are ellipses.") });
      for (let i = 0; i < 3; i++) {
        // A worker takes the message and dies: the visibility timeout returns it.
        expect(await deps.queue.receive("file-processor", { max: 1, visibilityTimeoutS: 0.05 })).toHaveLength(1);
        await Bun.sleep(80);
      }
      await drain(deps);
      expect(await item(stuck.id)).toMatchObject({ status: "failed", failureReason: "Processing did not finish after several attempts. Try adding it again later." });
    });

    test("an item deleted while its file is being read ends quietly, leaving no passages behind", async () => {
      const added = await addFileItem(deps, people.teacherA, kbId, { name: "gone.md", body: enc("# Gone\n\nDeleted midway.") });
      const racing = {
        ...deps,
        blobs: {
          ...deps.blobs,
          head: (key: string) => deps.blobs.head(key),
          get: async (key: string) => {
            const bytes = await deps.blobs.get(key);
            await deps.db.delete(knowledgeItems).where(eq(knowledgeItems.id, added.id)); // the teacher deletes it now
            return bytes;
          },
        },
      };
      await fileProcessor.handler({ id: "m", body: { itemId: added.id }, receiveCount: 1 }, racing);
      expect(await chunks(added.id)).toEqual([]);
      await drain(deps);
    });

    test("a malformed message is not ours to ack: it is retried and dead-lettered for a person to see", async () => {
      const deadBefore = (await queueCounts(deps, "file-processor")).dead;
      await deps.queue.send("file-processor", { itemId: "not-a-uuid" });
      await drain(deps);
      expect(await queueCounts(deps, "file-processor")).toEqual({ pending: 0, dead: deadBefore + 1 });
    });

    test("a handler given a body that is not its message throws (so it is retried, then dead-lettered)", async () => {
      await expect(fileProcessor.handler({ id: "m", body: { nope: true }, receiveCount: 1 }, deps)).rejects.toThrow("not a valid file-processor message");
    });
  });
}
