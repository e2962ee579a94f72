// The local queue: a Postgres table read with FOR UPDATE SKIP LOCKED, so any
// number of worker loops (in one process or many) share it without taking the
// same message twice. Sends NOTIFY so idle loops wake at once.
import { sql } from "drizzle-orm";
import type { Database, Unlisten } from "../db/client.ts";
import { rowsOf } from "../db/migrate.ts";
import type { QueueName } from "./config.ts";
import type { DeadLettered, Queue, ReceivedMessage, ReceiveOptions, SendOptions } from "./types.ts";

const CHANNEL = "atelier_queue";
const TIMEOUT_ERROR = "The worker did not finish within the visibility timeout.";

function parseReceipt(receipt: string): { id: string; token: string } {
  const [id, token] = receipt.split("/");
  if (!id || !token) throw new Error(`Not a local queue receipt: "${receipt}"`);
  return { id, token };
}

export class LocalQueue implements Queue {
  readonly kind = "local" as const;
  private readonly waiters = new Map<QueueName, Set<() => void>>();
  private unlisten: Promise<Unlisten> | undefined;

  constructor(
    private readonly database: Database,
    private readonly options: { maxAttempts: number },
  ) {}

  async send(queue: QueueName, body: unknown, options: SendOptions = {}): Promise<void> {
    await this.database.db.execute(sql`
      insert into queue_messages (id, queue, body, dedup_id, visible_at, max_attempts)
      values (${Bun.randomUUIDv7()}, ${queue}, ${JSON.stringify(body)}::jsonb, ${options.dedupId ?? null},
              now() + make_interval(secs => ${options.delayS ?? 0}), ${this.options.maxAttempts})
      on conflict (queue, dedup_id) do nothing`);
    await this.database.notify(CHANNEL, queue);
  }

  async receive(queue: QueueName, options: ReceiveOptions): Promise<ReceivedMessage[]> {
    const rows = rowsOf(
      await this.database.db.execute(sql`
        update queue_messages m
           set receive_count = m.receive_count + 1,
               visible_at = now() + make_interval(secs => ${options.visibilityTimeoutS}),
               receipt = gen_random_uuid()
         where m.id in (select id from queue_messages
                         where queue = ${queue} and visible_at <= now() and receive_count < max_attempts
                         order by visible_at, id
                         limit ${options.max}
                         for update skip locked)
        returning m.id, m.body, m.receive_count, m.receipt`),
    );
    return rows.map((r) => ({
      id: String(r.id),
      queue,
      body: typeof r.body === "string" ? JSON.parse(r.body) : r.body,
      receiveCount: Number(r.receive_count),
      receipt: `${r.id}/${r.receipt}`,
    }));
  }

  async delete(_queue: QueueName, receipt: string): Promise<void> {
    const { id, token } = parseReceipt(receipt);
    await this.database.db.execute(sql`delete from queue_messages where id = ${id} and receipt = ${token}`);
  }

  async release(_queue: QueueName, receipt: string, options: { delayS: number; error: string }) {
    const { id, token } = parseReceipt(receipt);
    const moved = rowsOf(
      await this.database.db.execute(sql`
        with dead as (
          delete from queue_messages where id = ${id} and receipt = ${token} and receive_count >= max_attempts returning *
        )
        insert into queue_dead_letters (id, queue, body, receive_count, last_error, sent_at)
        select id, queue, body, receive_count, ${options.error}, created_at from dead
        returning id, body, last_error`),
    );
    if (moved[0]) return { deadLettered: toDeadLettered(moved[0]) };
    await this.database.db.execute(sql`
      update queue_messages
         set visible_at = now() + make_interval(secs => ${options.delayS}), last_error = ${options.error}, receipt = null
       where id = ${id} and receipt = ${token}`);
    return { deadLettered: null };
  }

  async sweepDeadLetters(queue: QueueName): Promise<DeadLettered[]> {
    const moved = rowsOf(
      await this.database.db.execute(sql`
        with dead as (
          delete from queue_messages
           where id in (select id from queue_messages
                         where queue = ${queue} and visible_at <= now() and receive_count >= max_attempts
                         limit 100
                         for update skip locked)
          returning *
        )
        insert into queue_dead_letters (id, queue, body, receive_count, last_error, sent_at)
        select id, queue, body, receive_count, coalesce(last_error || ' (then: ' || ${TIMEOUT_ERROR} || ')', ${TIMEOUT_ERROR}), created_at from dead
        returning id, body, last_error`),
    );
    return moved.map(toDeadLettered);
  }

  /** The dead letters of a queue, newest first (for administrators and tests). */
  async deadLetters(queue: QueueName): Promise<(DeadLettered & { receiveCount: number })[]> {
    const rows = rowsOf(
      await this.database.db.execute(
        sql`select id, body, last_error, receive_count from queue_dead_letters where queue = ${queue} order by dead_at desc, id`,
      ),
    );
    return rows.map((r) => ({ ...toDeadLettered(r), receiveCount: Number(r.receive_count) }));
  }

  async waitForMessages(queue: QueueName, ms: number, signal?: AbortSignal): Promise<void> {
    this.unlisten ??= this.database.listen(
      CHANNEL,
      (name) => {
        for (const wake of this.waiters.get(name as QueueName) ?? []) wake();
      },
      () => {
        for (const set of this.waiters.values()) for (const wake of [...set]) wake();
      },
    ).catch((err) => {
      // The database is away: let the next wait try to subscribe again.
      this.unlisten = undefined;
      throw err;
    });
    await this.unlisten;
    await new Promise<void>((resolve) => {
      const set = this.waiters.get(queue) ?? new Set();
      this.waiters.set(queue, set);
      const done = () => {
        clearTimeout(timer);
        set.delete(done);
        signal?.removeEventListener("abort", done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      set.add(done);
      signal?.addEventListener("abort", done, { once: true });
    });
  }

  async close(): Promise<void> {
    const unlisten = this.unlisten;
    this.unlisten = undefined;
    const stop = await unlisten?.catch(() => undefined);
    await stop?.();
  }
}

function toDeadLettered(r: Record<string, unknown>): DeadLettered {
  return {
    id: String(r.id),
    body: typeof r.body === "string" ? JSON.parse(r.body) : r.body,
    lastError: (r.last_error as string | null) ?? null,
  };
}
