// Sending, regenerating and editing: each stores what the user did, creates
// the assistant message and its streaming job in one transaction, and starts
// the reply on the server. The reply runs through the model gateway.
import { eq, sql } from "drizzle-orm";
import { costMicros, modelForUser } from "../ai/catalog.ts";
import { ProviderTrouble, streamReply, type Caller, type SafetyGate } from "../ai/gateway.ts";
import { languageModelFor, type ProviderRegistryOptions } from "../ai/providers.ts";
import type { AiModel } from "../ai/schema.ts";
import type { Db } from "../platform/db/client.ts";
import { AppError } from "../platform/errors.ts";
import type { Logger } from "../platform/logger.ts";
import {
  allMessages,
  createConversation,
  getConversation,
  getMessage,
  historyTo,
  messageProblem,
  setActiveLeaf,
  titleFrom,
} from "./conversations.ts";
import { LiveJob } from "./jobs/live-job.ts";
import type { JobRunner } from "./jobs/runner.ts";
import { createJob, finishJob } from "./jobs/store.ts";
import { replaceAttachedKnowledge, type Ground } from "./grounding.ts";
import { conversations, messages, usageDaily, type Message, type MessageStatus, type SourceRef } from "./schema.ts";

/** A chat caller: the gateway's caller, plus what reading knowledge needs. */
export type ChatCaller = Caller & { isAdmin: boolean };

export interface ReplyDeps {
  db: Db;
  /** Grounds answers in the conversation's knowledge bases (absent: no grounding). */
  ground?: Ground;
  runner: JobRunner;
  gate: SafetyGate;
  registry: ProviderRegistryOptions;
  logger: Logger;
  /** The provider's silence after which a reply fails (first chunk and between chunks). */
  providerTimeoutMs: number;
}

export interface Started {
  conversationId: string;
  userMessage: Message | undefined;
  assistantMessage: Message;
  jobId: string;
}

function invalid(problem: string): AppError {
  return new AppError("validation", problem, { content: problem });
}

/** A new message in a new or existing conversation. */
export async function sendMessage(
  deps: ReplyDeps,
  caller: ChatCaller,
  input: { conversationId: string | null; content: string; modelId: string; knowledge?: string[] },
): Promise<Started> {
  const problem = messageProblem(input.content);
  if (problem) throw invalid(problem);
  const model = await modelForUser(deps.db, input.modelId, caller.roleId);
  // Every statement here stands between the question and the model's first
  // word, so they are as few as the data allows (docs/performance.md): ids are
  // made here, both messages go in one insert, and the history the model reads
  // is the one this transaction saw rather than a second read afterwards.
  const { started, history } = await deps.db.transaction(async (tx) => {
    const existing = input.conversationId
      ? await Promise.all([getConversation(tx, caller.userId, input.conversationId), allMessages(tx, input.conversationId)])
      : undefined;
    const conversationId = existing?.[0].id ?? newId();
    const question = { id: newId(), conversationId, parentId: existing?.[0].activeLeafId ?? null, role: "user" as const, content: input.content };
    const answerId = newId();
    if (!existing) await createConversation(tx, caller.userId, model.id, titleFrom(input.content), { id: conversationId, activeLeafId: answerId });
    const rows = await tx.insert(messages).values([question, assistantRow(answerId, conversationId, question.id, model)]).returning();
    const userMessage = rows.find((m) => m.id === question.id);
    const assistantMessage = rows.find((m) => m.id === answerId);
    const jobId = await startJob(tx, deps, caller, assistantMessage!);
    if (existing) await tx.update(conversations).set({ modelId: model.id, activeLeafId: answerId }).where(eq(conversations.id, conversationId));
    // A new conversation has no knowledge attached yet: only a non-empty choice is written.
    if (input.knowledge && (existing || input.knowledge.length)) await replaceAttachedKnowledge(tx, conversationId, input.knowledge);
    return {
      started: { conversationId, userMessage: userMessage!, assistantMessage: assistantMessage!, jobId },
      history: [...(existing ? historyTo(existing[1], question.parentId) : []), userMessage!],
    };
  });
  startReply(deps, caller, model, started, { history, knowledge: input.knowledge });
  return started;
}

/** Another answer to the same question; the earlier one stays as a sibling version. */
export async function regenerate(deps: ReplyDeps, caller: ChatCaller, input: { conversationId: string; messageId: string; modelId?: string }): Promise<Started> {
  const conversation = await getConversation(deps.db, caller.userId, input.conversationId);
  const previous = await getMessage(deps.db, conversation.id, input.messageId);
  if (previous.role !== "assistant" || !previous.parentId) throw new AppError("bad_request", "Only an answer can be regenerated.");
  const model = await modelForUser(deps.db, input.modelId ?? previous.modelId ?? conversation.modelId ?? "", caller.roleId);
  const started = await deps.db.transaction(async (tx) => ({
    conversationId: conversation.id,
    userMessage: undefined,
    ...(await startAssistant(tx, deps, caller, conversation.id, previous.parentId!, model)),
  }));
  startReply(deps, caller, model, started);
  return started;
}

/** An edited question, sent again as a sibling of the original (which stays as a version). */
export async function editAndResend(
  deps: ReplyDeps,
  caller: ChatCaller,
  input: { conversationId: string; messageId: string; content: string; modelId?: string },
): Promise<Started> {
  const problem = messageProblem(input.content);
  if (problem) throw invalid(problem);
  const conversation = await getConversation(deps.db, caller.userId, input.conversationId);
  const original = await getMessage(deps.db, conversation.id, input.messageId);
  if (original.role !== "user") throw new AppError("bad_request", "Only your own messages can be edited.");
  const model = await modelForUser(deps.db, input.modelId ?? conversation.modelId ?? "", caller.roleId);
  const started = await deps.db.transaction(async (tx) => {
    const [userMessage] = await tx
      .insert(messages)
      .values({ conversationId: conversation.id, parentId: original.parentId, role: "user", content: input.content })
      .returning();
    return { conversationId: conversation.id, userMessage: userMessage!, ...(await startAssistant(tx, deps, caller, conversation.id, userMessage!.id, model)) };
  });
  startReply(deps, caller, model, started);
  return started;
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

const newId = () => Bun.randomUUIDv7();

function assistantRow(id: string, conversationId: string, parentId: string, model: AiModel) {
  return { id, conversationId, parentId, role: "assistant" as const, status: "streaming" as const, modelId: model.id };
}

async function startJob(tx: Tx, deps: ReplyDeps, caller: ChatCaller, assistantMessage: Message): Promise<string> {
  const job = await createJob(tx, { messageId: assistantMessage.id, conversationId: assistantMessage.conversationId, userId: caller.userId, instanceId: deps.runner.instanceId });
  return job.id;
}

async function startAssistant(tx: Tx, deps: ReplyDeps, caller: ChatCaller, conversationId: string, parentId: string, model: AiModel) {
  const [assistantMessage] = await tx.insert(messages).values(assistantRow(newId(), conversationId, parentId, model)).returning();
  const jobId = await startJob(tx, deps, caller, assistantMessage!);
  await setActiveLeaf(tx, conversationId, assistantMessage!.id);
  return { assistantMessage: assistantMessage!, jobId };
}

/**
 * An exchange the safety policy refused (a disclosure answered with help, a
 * request refused) never reached a provider, and stays out of what the next
 * question sends: otherwise every later question in that conversation would be
 * refused again and raise the same incident anew.
 */
export function withoutRefused(branch: Message[]): Message[] {
  const refusedQuestions = new Set(branch.filter((m) => m.role === "assistant" && m.status === "blocked").map((m) => m.parentId));
  return branch.filter((m) => !(m.role === "assistant" && m.status === "blocked") && !refusedQuestions.has(m.id));
}

/** Keeps the newest messages that fit the model's context window (the last question always goes). */
export function fitToContext(history: { role: "user" | "assistant"; content: string }[], contextWindow: number) {
  const budgetChars = Math.floor(contextWindow * 0.75) * 4;
  const kept: typeof history = [];
  let used = 0;
  for (let i = history.length - 1; i >= 0; i--) {
    const m = history[i]!;
    if (kept.length && used + m.content.length > budgetChars) break;
    kept.unshift(m);
    used += m.content.length;
  }
  return kept;
}

const estimateTokens = (chars: number) => Math.ceil(chars / 4);

/** What the transaction that started a reply already knows, so the reply need not read it again. */
interface Known {
  /** The branch from the first message to the question. */
  history: Message[];
  /** The knowledge bases now attached (undefined: read them). */
  knowledge?: string[];
}

function startReply(deps: ReplyDeps, caller: ChatCaller, model: AiModel, started: Started, known?: Known): void {
  const job = new LiveJob(started.jobId, started.assistantMessage.id, caller.userId);
  const startedAt = performance.now();
  let ttftMs: number | null = null;
  let tokensIn = 0;
  let tokensOut = 0;
  let finishReason: string | null = null;
  let refusalText: string | null = null;
  let promptChars = 0;
  let sources: SourceRef[] | null = null;

  void deps.runner.run(
    job,
    async (live, signal) => {
      const branch = known?.history ?? historyTo(await allMessages(deps.db, started.conversationId), started.assistantMessage.parentId);
      const history = fitToContext(
        withoutRefused(branch)
          .filter((m) => m.content.trim())
          .map((m) => ({ role: m.role, content: m.content })),
        model.contextWindow,
      );
      try {
        const last = history.at(-1);
        const grounding = last?.role === "user" ? await deps.ground?.(caller, started.conversationId, last.content, known?.knowledge) : undefined;
        if (grounding && last) {
          last.content += grounding.context;
          sources = grounding.sources;
        }
        promptChars = history.reduce((n, m) => n + m.content.length, 0);
        const languageModel = await languageModelFor(model, deps.registry);
        const events = streamReply(deps.gate, {
          caller,
          context: { feature: "chat", conversationId: started.conversationId, messageId: started.assistantMessage.id },
          model,
          languageModel,
          messages: history,
          abortSignal: signal,
          timeoutMs: deps.providerTimeoutMs,
        });
        for await (const event of events) {
          if (event.type === "text") {
            ttftMs ??= Math.round(performance.now() - startedAt);
            live.append(event.text);
          } else if (event.type === "refused") {
            refusalText = event.refusal.message;
            return { status: "blocked", error: null };
          } else {
            finishReason = event.finishReason;
            tokensIn = event.tokensIn;
            tokensOut = event.tokensOut;
          }
        }
      } catch (err) {
        if (signal.aborted) return { status: "stopped", error: null };
        const message = err instanceof AppError || err instanceof ProviderTrouble ? err.message : "Something went wrong while writing this answer.";
        deps.logger.warn("reply failed", { jobId: live.id, model: model.modelId, error: err });
        return { status: "failed", error: message };
      }
      return signal.aborted ? { status: "stopped", error: null } : { status: "completed", error: null };
    },
    async (live, outcome) => {
      // A provider that did not report usage (a stopped stream) is estimated.
      if (!tokensIn) tokensIn = estimateTokens(promptChars);
      if (!tokensOut) tokensOut = estimateTokens(live.text.length);
      const cost = costMicros(model, tokensIn, tokensOut);
      const status: MessageStatus = outcome.status === "completed" ? "complete" : (outcome.status as MessageStatus);
      await deps.db.transaction(async (tx) => {
        await tx
          .update(messages)
          .set({
            content: refusalText ?? live.text,
            status,
            tokensIn,
            tokensOut,
            costMicros: cost,
            finishReason: finishReason ?? (outcome.status === "stopped" ? "stopped" : outcome.status),
            ttftMs,
            durationMs: Math.round(performance.now() - startedAt),
            error: outcome.error,
            sources,
          })
          .where(eq(messages.id, live.messageId));
        await finishJob(tx, live, outcome.status, outcome.error);
        await tx
          .insert(usageDaily)
          .values({ userId: caller.userId, day: sql`current_date`, requests: 1, tokensIn, tokensOut, costMicros: cost })
          .onConflictDoUpdate({
            target: [usageDaily.userId, usageDaily.day],
            set: {
              requests: sql`${usageDaily.requests} + 1`,
              tokensIn: sql`${usageDaily.tokensIn} + ${tokensIn}`,
              tokensOut: sql`${usageDaily.tokensOut} + ${tokensOut}`,
              costMicros: sql`${usageDaily.costMicros} + ${cost}`,
            },
          });
        await tx.update(conversations).set({ updatedAt: new Date() }).where(eq(conversations.id, started.conversationId));
      });
    },
  );
}
