import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { knowledgeChunks, knowledgeItems } from "../src/knowledge/schema.ts";
import { createKnowledgeBase } from "../src/knowledge/service.ts";
import { seedPeople } from "../src/knowledge/test-support.ts";
import { LocalBlobStore } from "../src/platform/blobs/local.ts";
import { openPostgres } from "../src/platform/db/client.ts";
import { createPostgresTestDatabase, testDbKinds } from "../src/platform/db/test-db.ts";
import { startSqsTestServer } from "../src/platform/queue/sqs-test-server.ts";
import { startRuntimeApiServer } from "./runtime-api-server.ts";

const entry = join(import.meta.dir, "lambda.ts");

function startLambda(worker: string, env: Record<string, string>) {
  return Bun.spawn(["bun", "run", entry, worker], { env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env }, stdout: "pipe", stderr: "pipe" });
}

describe("the container Lambda entry", () => {
  test("an unknown worker name is reported to the Runtime API as an init error", async () => {
    const api = startRuntimeApiServer();
    try {
      const proc = startLambda("pdf-shredder", { AWS_LAMBDA_RUNTIME_API: api.api });
      expect(await proc.exited).toBe(0);
      expect(api.initErrors).toHaveLength(1);
      expect(api.initErrors[0]!.errorType).toBe("Runtime.InitError");
      expect(api.initErrors[0]!.body.errorMessage).toContain('Unknown worker "pdf-shredder"');
    } finally {
      api.stop();
    }
  });

  test("without a Runtime API address it refuses to start", async () => {
    const proc = startLambda("file-processor", {});
    expect(await proc.exited).toBe(1);
    expect(await new Response(proc.stderr).text()).toContain("AWS_LAMBDA_RUNTIME_API is not set");
  });
});

// A real process needs a database another process can open: PostgreSQL only.
if (testDbKinds().includes("postgres")) {
  describe("the file-processor Lambda end to end (PostgreSQL, local SQS endpoint)", () => {
    let created: Awaited<ReturnType<typeof createPostgresTestDatabase>>;
    let dataDir: string;

    beforeAll(async () => {
      created = await createPostgresTestDatabase();
      dataDir = await mkdtemp(join(tmpdir(), "atelier-lambda-"));
    });
    afterAll(async () => {
      await created.drop();
      await rm(dataDir, { recursive: true, force: true });
    });

    test("an SQS batch is processed: chunks stored, embedding work sent to SQS, bad records reported alone", async () => {
      const database = await openPostgres(created.url, { poolMax: 2 });
      const api = startRuntimeApiServer();
      const sqs = startSqsTestServer({ maxReceiveCount: 3 });
      let proc: ReturnType<typeof startLambda> | undefined;
      try {
        const { teacherA } = await seedPeople(database);
        const kb = await createKnowledgeBase({ db: database.db, embeddingModel: "offline:hash-384" }, teacherA, { name: "Lambda" });
        const [item] = await database.db
          .insert(knowledgeItems)
          .values({ kbId: kb.id, kind: "file", title: "tides.md", sourceName: "tides.md", blobKey: `knowledge/${kb.id}/tides` })
          .returning();
        await new LocalBlobStore(join(dataDir, "blobs")).put(item!.blobKey!, new TextEncoder().encode("# Tides\n\nThe Moon's gravity pulls the oceans into tides."));

        proc = startLambda("file-processor", {
          AWS_LAMBDA_RUNTIME_API: api.api,
          DATABASE_URL: created.url,
          DATA_DIR: dataDir,
          QUEUE_DRIVER: "sqs",
          SQS_FILE_PROCESSOR_URL: sqs.queueUrl("file"),
          SQS_URL_PROCESSOR_URL: sqs.queueUrl("url"),
          SQS_EMBEDDING_GENERATOR_URL: sqs.queueUrl("embed"),
          AWS_ENDPOINT_URL_SQS: sqs.url,
          AWS_REGION: "us-east-1",
          AWS_ACCESS_KEY_ID: "test",
          AWS_SECRET_ACCESS_KEY: "test",
          LOG_LEVEL: "error",
        });
        const result = await api.invoke({
          Records: [
            { messageId: "good", body: JSON.stringify({ itemId: item!.id }), attributes: { ApproximateReceiveCount: "1" } },
            { messageId: "garbage", body: "not json", attributes: { ApproximateReceiveCount: "1" } },
          ],
        });
        expect(result).toEqual({ path: "response", body: { batchItemFailures: [{ itemIdentifier: "garbage" }] }, errorType: null });
        const chunks = await database.db.select().from(knowledgeChunks).where(eq(knowledgeChunks.itemId, item!.id));
        expect(chunks.map((c) => [c.section, c.text])).toEqual([["Tides", "The Moon's gravity pulls the oceans into tides."]]);
        expect(sqs.messages(sqs.queueUrl("embed")).map((m) => JSON.parse(m.body))).toEqual([{ itemId: item!.id, model: "offline:hash-384" }]);
      } finally {
        proc?.kill();
        await proc?.exited;
        sqs.stop();
        api.stop();
        await database.close();
      }
    });
  });
}
