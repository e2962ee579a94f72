// Progress writes: what a reader on another instance (or after a crash) finds
// in the database while an answer streams. Writes send only the new text, so
// they must never lose, repeat or misplace any of it.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { eq } from "drizzle-orm";
import { ensureDefaultModel, listModels } from "../../ai/catalog.ts";
import { ensureSystemRoles } from "../../auth/roles.ts";
import { userForSignIn } from "../../auth/users.ts";
import type { Database } from "../../platform/db/client.ts";
import { openTestDatabase, testDbKinds } from "../../platform/db/test-db.ts";
import { createConversation } from "../conversations.ts";
import { messages } from "../schema.ts";
import { LiveJob, offsetAfter } from "./live-job.ts";
import { createJob, getJob, sweepInterrupted, writeProgress } from "./store.ts";

for (const kind of testDbKinds()) {
  describe(`streaming progress on ${kind}`, () => {
    let database: Database;

    beforeAll(async () => {
      database = await openTestDatabase(kind);
      await ensureSystemRoles(database.db);
      await ensureDefaultModel(database.db);
    });
    afterAll(() => database.close());

    async function newJob(instanceId = "test"): Promise<LiveJob> {
      const db = database.db;
      const user = await userForSignIn(db, { email: `p-${crypto.randomUUID()}@school.org`, roleId: "student" });
      const conversation = await createConversation(db, user.id, (await listModels(db))[0]!.id);
      const [message] = await db.insert(messages).values({ conversationId: conversation.id, role: "assistant", status: "streaming" }).returning();
      const row = await createJob(db, { messageId: message!.id, conversationId: conversation.id, userId: user.id, instanceId });
      return new LiveJob(row.id, message!.id, user.id);
    }

    /** One flush as the runner does it; `report` false plays a write whose answer was lost. */
    async function flush(job: LiveJob, report = true): Promise<void> {
      const write = job.pendingWrite();
      const written = await writeProgress(database.db, [write]);
      if (report) job.written(write, written.has(job.id));
    }

    test("the saved text grows with the answer, and a reader can resume after any event", async () => {
      const job = await newJob();
      job.append("Plants ");
      job.append("need ");
      await flush(job);
      job.append("light.");
      job.append(" And water.");
      await flush(job);
      const row = (await getJob(database.db, job.id))!;
      expect(row.text).toBe("Plants need light. And water.");
      expect(row.seq).toBe(4);
      expect(row.offsets).toEqual(job.offsets);
      expect(row.text.slice(offsetAfter(row.offsets, 2))).toBe("light. And water.");
    });

    test("a write that reached the database but was reported lost is not applied twice", async () => {
      const job = await newJob();
      job.append("Hello");
      await flush(job, false);
      job.append(" world");
      await flush(job);
      expect((await getJob(database.db, job.id))!.text).toBe("Hello");
      job.append("!");
      await flush(job);
      const row = (await getJob(database.db, job.id))!;
      expect(row.text).toBe("Hello world!");
      expect(row.offsets).toEqual([5, 11, 12]);
    });

    test("many jobs are written in one flush, each with its own text", async () => {
      const jobs = await Promise.all([newJob(), newJob(), newJob()]);
      jobs.forEach((j, i) => j.append(`answer ${i} `));
      const writes = jobs.map((j) => j.pendingWrite());
      const written = await writeProgress(database.db, writes);
      expect([...written].sort()).toEqual(jobs.map((j) => j.id).sort());
      for (const [i, j] of jobs.entries()) expect((await getJob(database.db, j.id))!.text).toBe(`answer ${i} `);
    });

    test("a job whose instance stopped writing is interrupted, and its answer keeps the text", async () => {
      const job = await newJob("gone");
      job.append("Half an ");
      job.append("answer");
      await flush(job);
      expect(await sweepInterrupted(database.db, { instanceId: "alive", staleMs: 0 })).toBeGreaterThanOrEqual(1);
      expect((await getJob(database.db, job.id))!.status).toBe("interrupted");
      const [message] = await database.db.select().from(messages).where(eq(messages.id, job.messageId));
      expect(message).toMatchObject({ status: "interrupted", content: "Half an answer" });
      expect(message!.error).toContain("The text so far is kept");
    });

    test("an instance never sweeps the jobs it is running, however long since they were written", async () => {
      const job = await newJob("busy");
      expect(await sweepInterrupted(database.db, { instanceId: "busy", staleMs: 0 })).toBe(0);
      expect(await sweepInterrupted(database.db, { instanceId: "busy" })).toBe(0);
      expect((await getJob(database.db, job.id))!.status).toBe("running");
      const [message] = await database.db.select().from(messages).where(eq(messages.id, job.messageId));
      expect(message!.status).toBe("streaming");
    });

    test("a job written recently is left running", async () => {
      const job = await newJob("other");
      job.append("Still going");
      await flush(job);
      await sweepInterrupted(database.db, { instanceId: "alive", staleMs: 60_000 });
      expect((await getJob(database.db, job.id))!.status).toBe("running");
    });
  });
}
