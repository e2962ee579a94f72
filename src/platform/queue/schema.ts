// The local queue: SQS's semantics in two tables, for a laptop. A received
// message stays in queue_messages, hidden until visible_at; after too many
// deliveries it moves to queue_dead_letters with the last error.
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "../db/columns.ts";

export const queueMessages = pgTable(
  "queue_messages",
  {
    id: id(),
    queue: text("queue").notNull(),
    body: jsonb("body").notNull(),
    /** While a message with this id waits in the queue, sending another is a no-op. */
    dedupId: text("dedup_id"),
    visibleAt: timestamp("visible_at", { withTimezone: true }).notNull().defaultNow(),
    receiveCount: integer("receive_count").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull(),
    /** Changes on every receive, so a worker whose visibility timeout ran out cannot delete a redelivered message. */
    receipt: uuid("receipt"),
    lastError: text("last_error"),
    createdAt: createdAt(),
  },
  (t) => [index("queue_messages_ready_idx").on(t.queue, t.visibleAt), uniqueIndex("queue_messages_dedup_key").on(t.queue, t.dedupId)],
);

export const queueDeadLetters = pgTable(
  "queue_dead_letters",
  {
    id: uuid("id").primaryKey(),
    queue: text("queue").notNull(),
    body: jsonb("body").notNull(),
    receiveCount: integer("receive_count").notNull(),
    lastError: text("last_error"),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull(),
    deadAt: timestamp("dead_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("queue_dead_letters_queue_idx").on(t.queue, t.deadAt)],
);

export type QueueMessageRow = typeof queueMessages.$inferSelect;
export type DeadLetter = typeof queueDeadLetters.$inferSelect;
