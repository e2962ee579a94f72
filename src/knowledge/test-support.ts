// Shared by the knowledge tests: people in classes and schools, pipeline
// deps over a real database, a local blob folder and the local queue, and a
// deterministic drain that runs the workers until the queues are empty.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { roles, users } from "../auth/schema.ts";
import { LocalBlobStore } from "../platform/blobs/local.ts";
import type { Database } from "../platform/db/client.ts";
import { rowsOf } from "../platform/db/migrate.ts";
import { createLogger } from "../platform/logger.ts";
import { queueNames, type QueueName } from "../platform/queue/config.ts";
import { LocalQueue } from "../platform/queue/local.ts";
import { classes, classMembers, schoolMembers, schools } from "../roster/schema.ts";
import { workers } from "../../workers/registry.ts";
import type { Reader } from "./access.ts";
import { createEmbedder, type Embedder } from "./embed/registry.ts";
import { OFFLINE_MODEL } from "./embed/models.ts";
import type { PipelineDeps } from "./pipeline.ts";
import type { KnowledgeDeps } from "./service.ts";

export const quietLogger = createLogger({ level: "error", write: () => {} });

export type TestDeps = PipelineDeps & KnowledgeDeps & { queue: LocalQueue; blobs: LocalBlobStore; blobDir: string; close(): Promise<void> };

/** Deps over the database, a temporary blob folder and the local queue; close() removes the folder. */
export function testDeps(database: Database, overrides: Partial<PipelineDeps & KnowledgeDeps> = {}): TestDeps {
  const blobDir = mkdtempSync(join(tmpdir(), "atelier-kb-"));
  const queue = new LocalQueue(database, { maxAttempts: 3 });
  return {
    db: database.db,
    blobs: new LocalBlobStore(blobDir),
    blobDir,
    queue,
    embedder: createEmbedder(),
    uploadMaxBytes: 5 * 1024 * 1024,
    maxAttempts: 3,
    logger: quietLogger,
    embeddingModel: OFFLINE_MODEL,
    ...overrides,
    async close() {
      await queue.close();
      rmSync(blobDir, { recursive: true, force: true });
    },
  } as TestDeps;
}

/** Runs every queued message through its worker (failures go back with no delay) until nothing is left. */
export async function drain(deps: TestDeps, maxRounds = 50): Promise<void> {
  for (let round = 0; round < maxRounds; round++) {
    let handled = 0;
    for (const name of queueNames) {
      for (const letter of await deps.queue.sweepDeadLetters(name)) await workers[name].onDeadLetter(letter, deps);
      for (const m of await deps.queue.receive(name, { max: 10, visibilityTimeoutS: 30 })) {
        handled++;
        try {
          await workers[name].handler(m, deps);
          await deps.queue.delete(name, m.receipt);
        } catch (err) {
          const { deadLettered } = await deps.queue.release(name, m.receipt, { delayS: 0, error: (err as Error).message });
          if (deadLettered) await workers[name].onDeadLetter(deadLettered, deps);
        }
      }
    }
    if (handled === 0) return;
  }
  throw new Error("the queues did not drain");
}

/** Messages still in a queue (waiting or in hand), and those dead-lettered. */
export async function queueCounts(deps: TestDeps, queue: QueueName): Promise<{ pending: number; dead: number }> {
  const [row] = rowsOf(
    await deps.db.execute(sql`select (select count(*)::int from queue_messages where queue = ${queue}) as pending,
                                     (select count(*)::int from queue_dead_letters where queue = ${queue}) as dead`),
  );
  return { pending: Number(row!.pending), dead: Number(row!.dead) };
}

let counter = 0;

/** Two schools; classes A and B in the first, C in the second; people in them. */
export async function seedPeople(database: Database) {
  const db = database.db;
  await db
    .insert(roles)
    .values(["administrator", "teacher", "student", "staff"].map((id) => ({ id, name: id, system: true, safetyProfile: id === "student" ? ("student" as const) : ("staff" as const) })))
    .onConflictDoNothing();
  const tag = `${process.pid}-${++counter}`;
  const person = async (name: string, roleId: string): Promise<Reader> => {
    const [u] = await db.insert(users).values({ email: `${name}-${tag}@district.test`, name, roleId }).returning();
    return { userId: u!.id, roleId, isAdmin: roleId === "administrator" };
  };
  const [north, south] = await db.insert(schools).values([{ sourcedId: `north-${tag}`, name: "North High" }, { sourcedId: `south-${tag}`, name: "South High" }]).returning();
  const [classA, classB, classC] = await db
    .insert(classes)
    .values([
      { sourcedId: `a-${tag}`, schoolId: north!.id, title: "Biology A" },
      { sourcedId: `b-${tag}`, schoolId: north!.id, title: "History B" },
      { sourcedId: `c-${tag}`, schoolId: south!.id, title: "Chemistry C" },
    ])
    .returning();
  const teacherA = await person("teacher-a", "teacher");
  const teacherB = await person("teacher-b", "teacher");
  const studentA = await person("student-a", "student");
  const studentB = await person("student-b", "student");
  const studentC = await person("student-c", "student");
  const staffNorth = await person("staff-north", "staff");
  const admin = await person("admin", "administrator");
  const enrol = (cls: { id: string }, who: Reader, role: "teacher" | "student") => ({ classId: cls.id, userId: who.userId, role, sourcedId: `${cls.id}-${who.userId}` });
  await db.insert(classMembers).values([
    enrol(classA!, teacherA, "teacher"),
    enrol(classA!, studentA, "student"),
    enrol(classB!, teacherB, "teacher"),
    enrol(classB!, studentB, "student"),
    enrol(classC!, studentC, "student"),
  ]);
  await db.insert(schoolMembers).values({ schoolId: north!.id, userId: staffNorth.userId });
  return { north: north!, south: south!, classA: classA!, classB: classB!, classC: classC!, teacherA, teacherB, studentA, studentB, studentC, staffNorth, admin };
}

/** An embedder that counts calls and can be made to fail, around the real offline one. */
export function spyEmbedder(inner: Embedder = createEmbedder()) {
  const spy = {
    calls: 0,
    texts: 0,
    failWith: null as Error | null,
    async embed(texts: string[], model: string) {
      spy.calls++;
      spy.texts += texts.length;
      if (spy.failWith) throw spy.failWith;
      return inner.embed(texts, model);
    },
  };
  return spy;
}
