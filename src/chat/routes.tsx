// Chat over HTTP: pages, the fragments htmx swaps, and the SSE stream of a
// reply. Handlers validate, call the services with plain values, and render.
import { Elysia, t } from "elysia";
import { ChatPage, Composer, Thread } from "../../views/chat/chat-page.tsx";
import { EditMessageForm, MessageView } from "../../views/chat/message.tsx";
import { ConversationList } from "../../views/chat/sidebar.tsx";
import { modelsForRole } from "../ai/catalog.ts";
import type { authPlugin } from "../auth/plugin.ts";
import type { Authenticated } from "../auth/sessions.ts";
import { AppError } from "../platform/errors.ts";
import { isHtmx, redirect } from "../platform/htmx.ts";
import { sseResponse } from "../platform/sse.ts";
import { deleteConversation, getConversation, getMessage, listConversations, updateConversation } from "./conversations.ts";
import { followJob, type FollowDeps } from "./jobs/follow.ts";
import { getJob } from "./jobs/store.ts";
import { editAndResend, regenerate, sendMessage, type ReplyDeps, type Started } from "./replies.ts";
import { listKnowledgeBases } from "../knowledge/service.ts";
import { readableAttached, readableKnowledge } from "./grounding.ts";
import { escapeHtml } from "./markdown.ts";
import { loadThreadView, messageView, modelLabels, switchVersion } from "./thread-view.ts";

export interface ChatRoutesOptions {
  auth: ReturnType<typeof authPlugin>;
  replies: ReplyDeps;
  follow: FollowDeps;
}

const uuid = t.String({ format: "uuid" });
const csrfField = { _csrf: t.Optional(t.String()) };

const callerOf = (me: Authenticated) => ({ userId: me.user.id, roleId: me.role.id, safetyProfile: me.role.safetyProfile, isAdmin: me.capabilities.has("admin") });
const readerOf = (me: Authenticated) => ({ userId: me.user.id, roleId: me.role.id, isAdmin: me.capabilities.has("admin") });
const asList = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export function chatRoutes(opts: ChatRoutesOptions) {
  const { db } = opts.replies;

  /** The knowledge bases a person may ground answers in, and those this conversation uses. */
  async function knowledgeChoices(me: Authenticated, conversationId: string | undefined) {
    if (!me.capabilities.has("knowledge")) return undefined;
    const bases = (await listKnowledgeBases(db, readerOf(me))).map((b) => ({ id: b.id, name: b.name }));
    const attached = conversationId ? await readableAttached(db, readerOf(me), conversationId) : [];
    return bases.length ? { bases, attached } : undefined;
  }

  async function page(me: Authenticated, layout: Parameters<typeof ChatPage>[0]["layout"], conversationId: string | undefined, q: string, archived: boolean) {
    const models = await modelsForRole(db, me.role.id);
    const conversation = conversationId ? await getConversation(db, me.user.id, conversationId) : undefined;
    const knowledge = await knowledgeChoices(me, conversation?.id);
    const items = await listConversations(db, me.user.id, { q, archived });
    const thread = conversation ? await loadThreadView(opts, conversation, layout.csrfToken) : [];
    const selected = conversation?.modelId && models.some((m) => m.id === conversation.modelId) ? conversation.modelId : models[0]?.id;
    return (
      <ChatPage
        layout={layout}
        title={conversation?.title ?? "New conversation"}
        conversationId={conversation?.id}
        sidebar={{ items, activeId: conversation?.id, q, archived, csrfToken: layout.csrfToken }}
        thread={thread}
        composer={{ conversationId: conversation?.id, models: models.map((m) => ({ id: m.id, name: m.displayName, offline: m.provider === "offline" })), selectedModelId: selected, csrfToken: layout.csrfToken, knowledge }}
        errors={models.length ? {} : { models: "No model is available to your role yet. Ask your administrator." }}
      />
    );
  }

  /** After a send: the new messages appended to the thread, and a fresh composer. */
  async function appended(me: Authenticated, started: Started, csrfToken: string | undefined) {
    const labels = await modelLabels(db);
    const models = await modelsForRole(db, me.role.id);
    const views = [
      ...(started.userMessage ? [messageView(started.conversationId, { message: started.userMessage, versions: [started.userMessage.id], version: 1 }, labels, csrfToken)] : []),
      messageView(started.conversationId, { message: started.assistantMessage, versions: [started.assistantMessage.id], version: 1 }, labels, csrfToken, { jobId: started.jobId, afterSeq: 0 }),
    ];
    return (
      <>
        <Thread thread={views} />
        <hx-partial hx-target="#composer" hx-swap="outerHTML">
          <Composer
            conversationId={started.conversationId}
            models={models.map((m) => ({ id: m.id, name: m.displayName, offline: m.provider === "offline" }))}
            selectedModelId={started.assistantMessage.modelId ?? undefined}
            csrfToken={csrfToken}
            knowledge={await knowledgeChoices(me, started.conversationId)}
          />
        </hx-partial>
      </>
    );
  }

  /** A composer error goes back into the composer (422), keeping what was typed. */
  async function composerError(me: Authenticated, err: unknown, conversationId: string | undefined, body: { content: string; modelId: string; kbIds?: string | string[] }, csrfToken: string | undefined) {
    if (!(err instanceof AppError) || err.code !== "validation") throw err;
    const models = await modelsForRole(db, me.role.id);
    const knowledge = await knowledgeChoices(me, conversationId);
    return new Response(
      (
        <Composer
          conversationId={conversationId}
          models={models.map((m) => ({ id: m.id, name: m.displayName, offline: m.provider === "offline" }))}
          selectedModelId={body.modelId}
          csrfToken={csrfToken}
          error={err.fields.content ?? err.message}
          content={body.content}
          knowledge={knowledge && { ...knowledge, attached: asList(body.kbIds) }}
        />
      ) as string,
      { status: 422, headers: { "Content-Type": "text/html; charset=utf-8", "HX-Retarget": "#composer", "HX-Reswap": "outerHTML" } },
    );
  }

  async function threadFragment(me: Authenticated, conversationId: string, csrfToken: string | undefined) {
    const conversation = await getConversation(db, me.user.id, conversationId);
    return <Thread thread={await loadThreadView(opts, conversation, csrfToken)} />;
  }

  async function listFragment(me: Authenticated, csrfToken: string | undefined, activeId?: string) {
    const items = await listConversations(db, me.user.id, {});
    return <ConversationList items={items} activeId={activeId} q="" archived={false} csrfToken={csrfToken} />;
  }

  const sendBody = t.Object({ content: t.String(), modelId: uuid, kbIds: t.Optional(t.Union([uuid, t.Array(uuid)])), ...csrfField });

  /** Sends with the knowledge bases ticked in the composer (each checked for access). */
  async function send(me: Authenticated, conversationId: string | null, body: typeof sendBody.static) {
    const knowledge = me.capabilities.has("knowledge") ? await readableKnowledge(db, readerOf(me), asList(body.kbIds)) : [];
    return sendMessage(opts.replies, callerOf(me), { conversationId, content: body.content, modelId: body.modelId, knowledge });
  }
  const conversationParams = t.Object({ id: uuid });
  const messageParams = t.Object({ id: uuid, mid: uuid });

  return new Elysia({ name: "chat", prefix: "/chat" })
    .use(opts.auth)
    .get("/", async ({ me, page: layout, query }) => page(me, await layout(), undefined, query.q ?? "", query.archived === "1"), {
      can: "chat",
      query: t.Object({ q: t.Optional(t.String({ maxLength: 200 })), archived: t.Optional(t.String()) }),
    })
    .get("/c/:id", async ({ me, page: layout, params }) => page(me, await layout(), params.id, "", false), { can: "chat", params: conversationParams })
    .get(
      "/list",
      async ({ me, query, csrf }) => {
        const q = query.q ?? "";
        const archived = query.archived === "1";
        return <ConversationList items={await listConversations(db, me.user.id, { q, archived })} q={q} archived={archived} csrfToken={csrf()} />;
      },
      { can: "chat", query: t.Object({ q: t.Optional(t.String({ maxLength: 200 })), archived: t.Optional(t.String()) }) },
    )
    .post(
      "/messages",
      async ({ me, body, request, csrf }) => {
        try {
          const started = await send(me, null, body);
          return redirect(request.headers, `/chat/c/${started.conversationId}`);
        } catch (err) {
          return composerError(me, err, undefined, body, csrf());
        }
      },
      { can: "chat", body: sendBody },
    )
    .post(
      "/c/:id/messages",
      async ({ me, params, body, request, csrf }) => {
        try {
          const started = await send(me, params.id, body);
          if (!isHtmx(request.headers)) return redirect(request.headers, `/chat/c/${params.id}`);
          return appended(me, started, csrf());
        } catch (err) {
          return composerError(me, err, params.id, body, csrf());
        }
      },
      { can: "chat", params: conversationParams, body: sendBody },
    )
    .post(
      "/c/:id/messages/:mid/regenerate",
      async ({ me, params, request, csrf }) => {
        await regenerate(opts.replies, callerOf(me), { conversationId: params.id, messageId: params.mid });
        if (!isHtmx(request.headers)) return redirect(request.headers, `/chat/c/${params.id}`);
        return threadFragment(me, params.id, csrf());
      },
      { can: "chat", params: messageParams, body: t.Optional(t.Object(csrfField)) },
    )
    .get(
      "/c/:id/messages/:mid/edit",
      async ({ me, params, csrf }) => {
        await getConversation(db, me.user.id, params.id);
        const message = await getMessage(db, params.id, params.mid);
        if (message.role !== "user") throw new AppError("bad_request", "Only your own messages can be edited.");
        return <EditMessageForm conversationId={params.id} id={message.id} text={message.content} csrfToken={csrf()} />;
      },
      { can: "chat", params: messageParams },
    )
    .post(
      "/c/:id/messages/:mid/edit",
      async ({ me, params, body, request, csrf }) => {
        try {
          await editAndResend(opts.replies, callerOf(me), { conversationId: params.id, messageId: params.mid, content: body.content });
        } catch (err) {
          if (!(err instanceof AppError) || err.code !== "validation") throw err;
          return new Response((<EditMessageForm conversationId={params.id} id={params.mid} text={body.content} csrfToken={csrf()} error={err.message} />) as string, {
            status: 422,
            headers: { "Content-Type": "text/html; charset=utf-8", "HX-Retarget": `#msg-${params.mid}`, "HX-Reswap": "outerHTML" },
          });
        }
        if (!isHtmx(request.headers)) return redirect(request.headers, `/chat/c/${params.id}`);
        return threadFragment(me, params.id, csrf());
      },
      { can: "chat", params: messageParams, body: t.Object({ content: t.String(), ...csrfField }) },
    )
    .post(
      "/c/:id/switch",
      async ({ me, params, body, request, csrf }) => {
        await switchVersion(db, me.user.id, params.id, body.messageId);
        if (!isHtmx(request.headers)) return redirect(request.headers, `/chat/c/${params.id}`);
        return threadFragment(me, params.id, csrf());
      },
      { can: "chat", params: conversationParams, body: t.Object({ messageId: uuid, ...csrfField }) },
    )
    .post(
      "/c/:id/:action",
      async ({ me, params, body, request, csrf }) => {
        const change = {
          rename: { title: body?.title ?? "" },
          pin: { pinned: true },
          unpin: { pinned: false },
          archive: { archived: true },
          unarchive: { archived: false },
        }[params.action as "rename" | "pin" | "unpin" | "archive" | "unarchive"];
        if (params.action === "delete") await deleteConversation(db, me.user.id, params.id);
        else await updateConversation(db, me.user.id, params.id, change!);
        const gone = params.action === "delete" || params.action === "archive";
        if (!isHtmx(request.headers)) return redirect(request.headers, gone ? "/chat" : `/chat/c/${params.id}`);
        const current = new URL(request.headers.get("hx-current-url") ?? "http://x/").pathname;
        if (gone && current === `/chat/c/${params.id}`) return redirect(request.headers, "/chat");
        return listFragment(me, csrf(), current.startsWith("/chat/c/") ? current.slice(8) : undefined);
      },
      {
        can: "chat",
        params: t.Object({ id: uuid, action: t.Union(["rename", "pin", "unpin", "archive", "unarchive", "delete"].map((a) => t.Literal(a))) }),
        body: t.Optional(t.Object({ title: t.Optional(t.String()), ...csrfField })),
      },
    )
    .get(
      "/stream/:jobId",
      async ({ me, params, query, request, server, csrf }) => {
        const job = await getJob(db, params.jobId);
        if (!job || job.userId !== me.user.id) throw new AppError("not_found", "That answer does not exist.");
        // Long-lived: no idle timeout for this request; heartbeats keep proxies awake.
        server?.timeout(request, 0);
        const lastEventId = Number(request.headers.get("last-event-id") ?? query.after ?? 0);
        const after = Number.isFinite(lastEventId) && lastEventId > 0 ? Math.floor(lastEventId) : 0;
        const csrfToken = csrf();
        return sseResponse(async function* (signal) {
          for await (const event of followJob(opts.follow, job.id, after, signal)) {
            if (event.type === "delta") {
              yield { id: event.seq, data: escapeHtml(event.text) };
            } else {
              const final = await finishedMessage(opts, me.user.id, job.conversationId, job.messageId, csrfToken);
              yield { id: event.seq, data: `<hx-partial hx-target="#msg-${job.messageId}" hx-swap="outerHTML">${final}</hx-partial>` };
              return;
            }
          }
        });
      },
      { can: "chat", params: t.Object({ jobId: uuid }), query: t.Object({ after: t.Optional(t.String()) }) },
    )
    .post(
      "/jobs/:jobId/stop",
      async ({ me, params, request }) => {
        const job = await getJob(db, params.jobId);
        if (!job || job.userId !== me.user.id) throw new AppError("not_found", "That answer does not exist.");
        await opts.follow.runner.cancel(job.id);
        if (!isHtmx(request.headers)) return redirect(request.headers, `/chat/c/${job.conversationId}`);
        return new Response(null, { status: 204 });
      },
      { can: "chat", params: t.Object({ jobId: uuid }), body: t.Optional(t.Object(csrfField)) },
    );
}

async function finishedMessage(opts: ChatRoutesOptions, userId: string, conversationId: string, messageId: string, csrfToken: string | undefined): Promise<string> {
  const conversation = await getConversation(opts.replies.db, userId, conversationId);
  const thread = await loadThreadView(opts, conversation, csrfToken);
  const entry = thread.find((m) => m.id === messageId);
  if (entry) return (<MessageView {...entry} />) as string;
  // The answer is no longer on the branch shown (another version was picked): render it alone.
  const message = await getMessage(opts.replies.db, conversationId, messageId);
  return (<MessageView {...messageView(conversationId, { message, versions: [message.id], version: 1 }, await modelLabels(opts.replies.db), csrfToken)} />) as string;
}
