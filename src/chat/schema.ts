// Conversations are trees of messages: regenerating an answer or editing a
// question adds a sibling, and the conversation remembers which leaf is shown.
// A streaming job produces one assistant message, on the server, whether or
// not a browser is watching.
import { sql } from "drizzle-orm";
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { users } from "../auth/schema.ts";
import { aiModels } from "../ai/schema.ts";
import { knowledgeBases } from "../knowledge/schema.ts";
import { createdAt, id, updatedAt } from "../platform/db/columns.ts";

export const conversations = pgTable(
  "conversations",
  {
    id: id(),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    title: text("title").notNull().default("New conversation"),
    modelId: uuid("model_id").references(() => aiModels.id, { onDelete: "set null" }),
    pinned: boolean("pinned").notNull().default(false),
    archived: boolean("archived").notNull().default(false),
    /** The last message of the branch being shown. */
    activeLeafId: uuid("active_leaf_id"),
    createdAt: createdAt(),
    /** Last activity, for "newest first". */
    updatedAt: updatedAt(),
  },
  (t) => [index("conversations_user_idx").on(t.userId, t.archived, t.pinned, t.updatedAt)],
);

export interface SourceRef {
  n: number;
  chunkId: string;
  title: string;
  kbName: string;
  page: number | null;
  section: string;
}

/** Knowledge bases attached to a conversation: its answers are grounded in them. */
export const conversationKnowledge = pgTable(
  "conversation_knowledge",
  {
    conversationId: uuid("conversation_id").notNull().references(() => conversations.id, { onDelete: "cascade" }),
    kbId: uuid("kb_id").notNull().references(() => knowledgeBases.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.conversationId, t.kbId] })],
);

export type MessageStatus = "complete" | "streaming" | "stopped" | "failed" | "interrupted" | "blocked";

export const messages = pgTable(
  "messages",
  {
    id: id(),
    conversationId: uuid("conversation_id").notNull().references(() => conversations.id, { onDelete: "cascade" }),
    parentId: uuid("parent_id").references((): AnyPgColumn => messages.id, { onDelete: "cascade" }),
    role: text("role").$type<"user" | "assistant">().notNull(),
    content: text("content").notNull().default(""),
    status: text("status").$type<MessageStatus>().notNull().default("complete"),
    modelId: uuid("model_id").references(() => aiModels.id, { onDelete: "set null" }),
    tokensIn: integer("tokens_in"),
    tokensOut: integer("tokens_out"),
    costMicros: integer("cost_micros"),
    finishReason: text("finish_reason"),
    ttftMs: integer("ttft_ms"),
    durationMs: integer("duration_ms"),
    /** A readable account of what went wrong, shown with the partial answer. */
    error: text("error"),
    /** The knowledge passages the answer was grounded in, numbered as the answer cites them. */
    sources: jsonb("sources").$type<SourceRef[]>(),
    createdAt: createdAt(),
  },
  (t) => [index("messages_conversation_idx").on(t.conversationId, t.createdAt), index("messages_parent_idx").on(t.parentId)],
);

export type JobStatus = "running" | "completed" | "stopped" | "failed" | "interrupted" | "blocked";

export const aiStreamingJobs = pgTable(
  "ai_streaming_jobs",
  {
    id: id(),
    messageId: uuid("message_id").notNull().references(() => messages.id, { onDelete: "cascade" }),
    conversationId: uuid("conversation_id").notNull().references(() => conversations.id, { onDelete: "cascade" }),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    status: text("status").$type<JobStatus>().notNull().default("running"),
    /** The app instance running the job (one process); others follow it through the database. */
    instanceId: text("instance_id").notNull(),
    /** Text released to readers so far, and the sequence number of its last event. */
    text: text("text").notNull().default(""),
    seq: integer("seq").notNull().default(0),
    /** offsets[i] is the length of `text` after event i+1, so a reader can resume after any event id. */
    offsets: integer("offsets").array().notNull().default(sql`'{}'::integer[]`),
    cancelRequested: boolean("cancel_requested").notNull().default(false),
    error: text("error"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [index("ai_streaming_jobs_message_idx").on(t.messageId), index("ai_streaming_jobs_status_idx").on(t.status, t.updatedAt)],
);

/** Tokens and cost per user per day (budgets are enforced on it later). */
export const usageDaily = pgTable(
  "usage_daily",
  {
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    day: date("day").notNull(),
    requests: integer("requests").notNull().default(0),
    tokensIn: integer("tokens_in").notNull().default(0),
    tokensOut: integer("tokens_out").notNull().default(0),
    costMicros: integer("cost_micros").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.userId, t.day] })],
);

export type Conversation = typeof conversations.$inferSelect;
export type Message = typeof messages.$inferSelect;
export type StreamingJob = typeof aiStreamingJobs.$inferSelect;
