import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { loadConfig } from "../src/config.ts";
import { knowledgeItems } from "../src/knowledge/schema.ts";
import { addFileItem, createKnowledgeBase } from "../src/knowledge/service.ts";
import { makePptx } from "../src/knowledge/test-documents.ts";
import { quietLogger, seedPeople } from "../src/knowledge/test-support.ts";
import type { Database } from "../src/platform/db/client.ts";
import { openTestDatabase, testDbKinds } from "../src/platform/db/test-db.ts";
import { buildPipelineDeps } from "./deps.ts";
import { startLocalWorkers } from "./local.ts";

for (const kind of testDbKinds()) {
  describe(`local workers inside the app on ${kind}`, () => {
    let database: Database;
    let dataDir: string;

    beforeAll(async () => {
      database = await openTestDatabase(kind);
      dataDir = await mkdtemp(join(tmpdir(), "atelier-workers-"));
    });
    afterAll(async () => {
      await database.close();
      await rm(dataDir, { recursive: true, force: true });
    });

    test("an upload made through the service is picked up by the running loops and becomes ready", async () => {
      const config = loadConfig({ DATA_DIR: dataDir });
      const workers = startLocalWorkers({ config, database, logger: quietLogger });
      try {
        const deps = { ...buildPipelineDeps({ config, database, logger: quietLogger }), embeddingModel: config.knowledge.embeddingModel };
        const { teacherA } = await seedPeople(database);
        const kb = await createKnowledgeBase(deps, teacherA, { name: "Earth science" });
        const deck = await makePptx([{ title: "Weathering", bullets: ["Rocks break down by wind, water and ice"] }]);
        const item = await addFileItem(deps, teacherA, kb.id, { name: "weathering.pptx", body: deck });
        let status = item.status;
        for (let i = 0; i < 200 && status !== "ready" && status !== "failed"; i++) {
          await Bun.sleep(50);
          status = (await database.db.select().from(knowledgeItems).where(eq(knowledgeItems.id, item.id)))[0]!.status;
        }
        expect(status).toBe("ready");
        expect(await Bun.file(join(dataDir, "blobs", item.blobKey!)).exists()).toBe(true);
      } finally {
        await workers.stop();
      }
    });

    test("with SQS configured, no local loop starts (the Lambdas do the work)", async () => {
      const lines: string[] = [];
      const config = loadConfig({
        DATA_DIR: dataDir,
        QUEUE_DRIVER: "sqs",
        SQS_FILE_PROCESSOR_URL: "https://sqs.us-east-1.amazonaws.com/1/a",
        SQS_URL_PROCESSOR_URL: "https://sqs.us-east-1.amazonaws.com/1/b",
        SQS_EMBEDDING_GENERATOR_URL: "https://sqs.us-east-1.amazonaws.com/1/c",
      });
      const { createLogger } = await import("../src/platform/logger.ts");
      const workers = startLocalWorkers({ config, database, logger: createLogger({ level: "info", write: (l) => lines.push(l) }) });
      await workers.stop();
      expect(lines.map((l) => JSON.parse(l).msg)).toEqual(["workers run as Lambdas (QUEUE_DRIVER=sqs); no local worker loops started"]);
    });
  });
}
