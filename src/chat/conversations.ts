// Conversations and their message trees. Plain functions over plain values;
// every function that takes a conversation id also takes the user id, and a
// conversation of someone else is "not found" (never "forbidden": its
// existence is not revealed).
import { and, asc, desc, eq, ilike, sql } from "drizzle-orm";
import type { Db, Tx } from "../platform/db/client.ts";
import { AppError } from "../platform/errors.ts";
import { conversations, messages, type Conversation, type Message } from "./schema.ts";

export const MAX_MESSAGE_CHARS = 32_000;

export function messageProblem(content: string): string | undefined {
  if (!content.trim()) return "Type a message first.";
  if (content.length > MAX_MESSAGE_CHARS) return `Messages can be at most ${MAX_MESSAGE_CHARS.toLocaleString("en-US")} characters; this one has ${content.length.toLocaleString("en-US")}.`;
  return undefined;
}

/** A title from the first message: its first line, cut at a word near 60 characters. */
export function titleFrom(content: string): string {
  const line = content.trim().split(/\n/)[0]!.replace(/\s+/g, " ");
  if (line.length <= 60) return line || "New conversation";
  const cut = line.slice(0, 60);
  const space = cut.lastIndexOf(" ");
  return (space > 30 ? cut.slice(0, space) : cut).trimEnd() + "…";
}

export async function getConversation(db: Db | Tx, userId: string, id: string): Promise<Conversation> {
  const [c] = await db.select().from(conversations).where(and(eq(conversations.id, id), eq(conversations.userId, userId)));
  if (!c) throw new AppError("not_found", "That conversation does not exist.");
  return c;
}

export async function listConversations(db: Db, userId: string, opts: { q?: string; archived?: boolean; limit?: number } = {}): Promise<Conversation[]> {
  const q = opts.q?.trim();
  return db
    .select()
    .from(conversations)
    .where(
      and(
        eq(conversations.userId, userId),
        eq(conversations.archived, opts.archived ?? false),
        q ? ilike(conversations.title, `%${q.replace(/[\\%_]/g, (c) => "\\" + c)}%`) : undefined,
      ),
    )
    .orderBy(desc(conversations.pinned), desc(conversations.updatedAt))
    .limit(opts.limit ?? 100);
}

/** `start`: the id to use and the answer already being written, when the caller made them (sendMessage). */
export async function createConversation(db: Db | Tx, userId: string, modelId: string, title = "New conversation", start: { id?: string; activeLeafId?: string } = {}): Promise<Conversation> {
  const [c] = await db.insert(conversations).values({ ...start, userId, modelId, title }).returning();
  return c!;
}

export async function updateConversation(
  db: Db,
  userId: string,
  id: string,
  change: Partial<Pick<Conversation, "title" | "pinned" | "archived">>,
): Promise<Conversation> {
  if (change.title !== undefined) {
    const title = change.title.trim();
    if (!title) throw new AppError("validation", "Give the conversation a title.", { title: "Give the conversation a title." });
    if (title.length > 200) throw new AppError("validation", "Titles can be at most 200 characters.", { title: "At most 200 characters." });
    change.title = title;
  }
  await getConversation(db, userId, id);
  // Renaming or pinning is not activity: keep the conversation's place in the list.
  const [c] = await db
    .update(conversations)
    .set({ ...change, updatedAt: sql`${conversations.updatedAt}` })
    .where(and(eq(conversations.id, id), eq(conversations.userId, userId)))
    .returning();
  return c!;
}

export async function deleteConversation(db: Db, userId: string, id: string): Promise<void> {
  await getConversation(db, userId, id);
  await db.delete(conversations).where(and(eq(conversations.id, id), eq(conversations.userId, userId)));
}

export async function allMessages(db: Db | Tx, conversationId: string): Promise<Message[]> {
  return db.select().from(messages).where(eq(messages.conversationId, conversationId)).orderBy(asc(messages.createdAt), asc(messages.id));
}

export interface ThreadEntry {
  message: Message;
  /** Versions of this message (siblings, oldest first) and which one this is. */
  versions: string[];
  version: number;
}

/** The branch shown: from the first message down to the active leaf, with each step's sibling versions. */
export function threadOf(all: Message[], activeLeafId: string | null): ThreadEntry[] {
  const byId = new Map(all.map((m) => [m.id, m]));
  const children = new Map<string | null, Message[]>();
  for (const m of all) {
    const list = children.get(m.parentId) ?? [];
    list.push(m);
    children.set(m.parentId, list);
  }
  const path: Message[] = [];
  for (let m = activeLeafId ? byId.get(activeLeafId) : undefined; m; m = m.parentId ? byId.get(m.parentId) : undefined) path.unshift(m);
  if (!path.length && all.length) {
    // No leaf recorded: follow the newest child at each step.
    for (let level = children.get(null); level?.length; level = children.get(level.at(-1)!.id)) path.push(level.at(-1)!);
  }
  return path.map((message) => {
    const versions = (children.get(message.parentId) ?? []).map((m) => m.id);
    return { message, versions, version: versions.indexOf(message.id) + 1 };
  });
}

/** The newest leaf under a message: switching to a version shows its latest continuation. */
export function latestLeaf(all: Message[], fromId: string): string {
  let current = fromId;
  for (;;) {
    const kids = all.filter((m) => m.parentId === current);
    if (!kids.length) return current;
    current = kids.at(-1)!.id;
  }
}

export async function setActiveLeaf(db: Db | Tx, conversationId: string, leafId: string, touch = true): Promise<void> {
  await db
    .update(conversations)
    .set({ activeLeafId: leafId, ...(touch ? {} : { updatedAt: sql`${conversations.updatedAt}` }) })
    .where(eq(conversations.id, conversationId));
}

/** The messages a reply is based on: the branch from the first message to `parentId`. */
export function historyTo(all: Message[], parentId: string | null): Message[] {
  const byId = new Map(all.map((m) => [m.id, m]));
  const out: Message[] = [];
  for (let m = parentId ? byId.get(parentId) : undefined; m; m = m.parentId ? byId.get(m.parentId) : undefined) out.unshift(m);
  return out;
}

export async function getMessage(db: Db | Tx, conversationId: string, id: string): Promise<Message> {
  const [m] = await db.select().from(messages).where(and(eq(messages.id, id), eq(messages.conversationId, conversationId)));
  if (!m) throw new AppError("not_found", "That message does not exist.");
  return m;
}
