// From stored messages to what the thread shows: rendered answers, sibling
// versions, and for an answer still being written, the text so far plus the
// event id to resume its stream from (so a reload neither loses nor repeats).
import type { MessageViewProps, ModelLabel } from "../../views/chat/message.tsx";
import { listModels } from "../ai/catalog.ts";
import type { Db } from "../platform/db/client.ts";
import { AppError } from "../platform/errors.ts";
import { allMessages, getConversation, getMessage, latestLeaf, setActiveLeaf, threadOf, type ThreadEntry } from "./conversations.ts";
import type { FollowDeps } from "./jobs/follow.ts";
import { jobForMessage } from "./jobs/store.ts";
import { locationOf } from "../knowledge/passages.ts";
import { renderMarkdown } from "./markdown.ts";
import type { Conversation } from "./schema.ts";

export async function modelLabels(db: Db): Promise<Map<string, ModelLabel>> {
  return new Map((await listModels(db)).map((m) => [m.id, { name: m.displayName, offline: m.provider === "offline" }]));
}

export function messageView(
  conversationId: string,
  entry: ThreadEntry,
  labels: Map<string, ModelLabel>,
  csrfToken: string | undefined,
  stream?: { jobId: string; afterSeq: number; text?: string },
): MessageViewProps {
  const m = entry.message;
  return {
    conversationId,
    id: m.id,
    role: m.role,
    status: m.status,
    text: stream?.text ?? m.content,
    html: m.role === "assistant" && !stream ? renderMarkdown(m.content) : undefined,
    model: m.modelId ? labels.get(m.modelId) : undefined,
    versions: entry.versions,
    version: entry.version,
    stats: { tokensIn: m.tokensIn, tokensOut: m.tokensOut, costMicros: m.costMicros, ttftMs: m.ttftMs, durationMs: m.durationMs },
    error: m.error,
    stream,
    ...(m.sources?.length
      ? { sources: m.sources.map((src) => ({ n: src.n, href: `/knowledge/passages/${src.chunkId}`, label: [src.title, locationOf(src)].filter(Boolean).join(", ") })) }
      : {}),
    csrfToken,
  };
}

export async function loadThreadView(deps: { replies: { db: Db }; follow: FollowDeps }, conversation: Conversation, csrfToken: string | undefined): Promise<MessageViewProps[]> {
  const db = deps.replies.db;
  const [all, labels] = await Promise.all([allMessages(db, conversation.id), modelLabels(db)]);
  const views: MessageViewProps[] = [];
  for (let entry of threadOf(all, conversation.activeLeafId)) {
    let stream: { jobId: string; afterSeq: number; text: string } | undefined;
    if (entry.message.status === "streaming") {
      const job = await jobForMessage(db, entry.message.id);
      if (job && job.status === "running") {
        const live = deps.follow.runner.get(job.id);
        stream = live ? { jobId: job.id, afterSeq: live.seq, text: live.text } : { jobId: job.id, afterSeq: job.seq, text: job.text };
      } else {
        // The answer finished between reading the messages and reading its job: show it finished.
        entry = { ...entry, message: await getMessage(db, conversation.id, entry.message.id) };
      }
    }
    views.push(messageView(conversation.id, entry, labels, csrfToken, stream));
  }
  return views;
}

/** Shows another version of a message, and the latest continuation below it. */
export async function switchVersion(db: Db, userId: string, conversationId: string, messageId: string): Promise<void> {
  const conversation = await getConversation(db, userId, conversationId);
  const all = await allMessages(db, conversation.id);
  if (!all.some((m) => m.id === messageId)) throw new AppError("not_found", "That message does not exist.");
  await setActiveLeaf(db, conversation.id, latestLeaf(all, messageId), false);
}
