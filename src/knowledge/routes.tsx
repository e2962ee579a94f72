// Knowledge over HTTP: bases, their documents (uploads and web pages, with a
// status that refreshes itself while the workers run), sharing, search, and
// the passage page citations link to.
import { Elysia, t } from "elysia";
import { CreateKnowledgeForm, ItemsTable, KnowledgeBasePage, KnowledgeListPage, PassagePage, SearchPage, type ShareTargets } from "../../views/knowledge/knowledge-pages.tsx";
import type { authPlugin } from "../auth/plugin.ts";
import { listRoles } from "../auth/roles.ts";
import type { Authenticated } from "../auth/sessions.ts";
import type { Db } from "../platform/db/client.ts";
import { AppError } from "../platform/errors.ts";
import { isHtmx, redirect } from "../platform/htmx.ts";
import { classesOfTeacher, listClasses, listSchools } from "../roster/queries.ts";
import type { Reader } from "./access.ts";
import { OFFLINE_MODEL } from "./embed/models.ts";
import type { Embedder } from "./embed/registry.ts";
import { formatBytes } from "./errors.ts";
import { supportedExtensions } from "./extract/sniff.ts";
import { getPassage } from "./passages.ts";
import { searchKnowledge } from "./search.ts";
import {
  addFileItem,
  addUrlItem,
  createKnowledgeBase,
  deleteItem,
  deleteKnowledgeBase,
  getKnowledgeBase,
  listItems,
  listKnowledgeBases,
  reembedKnowledgeBase,
  retryItem,
  updateKnowledgeBase,
  type KnowledgeDeps,
} from "./service.ts";

export interface KnowledgeRoutesOptions {
  auth: ReturnType<typeof authPlugin>;
  knowledge: KnowledgeDeps;
  embedder: Embedder;
}

const uuid = t.String({ format: "uuid" });
const csrfField = { _csrf: t.Optional(t.String()) };
const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export function readerOf(me: Authenticated, requestId?: string): Reader {
  return { userId: me.user.id, roleId: me.role.id, isAdmin: me.capabilities.has("admin"), ...(requestId ? { requestId } : {}) };
}

/** What a person may share with: their own classes (all, for administrators), the schools, the roles. */
async function shareTargets(db: Db, me: Authenticated): Promise<ShareTargets> {
  const admin = me.capabilities.has("admin");
  const classes = admin ? (await listClasses(db, { limit: 500 })).rows : await classesOfTeacher(db, me.user.id);
  return {
    classes: classes.map((c) => ({ id: c.id, name: `${c.title} (${c.schoolName})` })),
    schools: (await listSchools(db)).map((s) => ({ id: s.id, name: s.name })),
    roles: (await listRoles(db)).map((r) => ({ id: r.id, name: r.name })),
  };
}

const sharingBody = {
  sharing: t.Optional(t.String({ maxLength: 20 })),
  "share.class": t.Optional(t.Union([t.String(), t.Array(t.String())])),
  "share.school": t.Optional(t.Union([t.String(), t.Array(t.String())])),
  "share.roles": t.Optional(t.Union([t.String(), t.Array(t.String())])),
};

function sharingOf(body: { sharing?: string; "share.class"?: string | string[]; "share.school"?: string | string[]; "share.roles"?: string | string[] }) {
  const sharing = body.sharing ?? "private";
  const targets = sharing === "class" ? body["share.class"] : sharing === "school" ? body["share.school"] : sharing === "roles" ? body["share.roles"] : [];
  return { sharing, sharedWith: list(targets) };
}

export function knowledgeRoutes(opts: KnowledgeRoutesOptions) {
  const deps = opts.knowledge;
  const { db } = deps;

  async function itemsFragment(me: Authenticated, kbId: string, csrfToken: string) {
    const reader = readerOf(me);
    const kb = await getKnowledgeBase(db, reader, kbId);
    const canManage = reader.isAdmin || kb.ownerId === me.user.id;
    return <ItemsTable kb={kb} items={await listItems(db, reader, kb.id)} canManage={canManage} csrfToken={csrfToken} />;
  }

  return new Elysia({ name: "knowledge" })
    .use(opts.auth)
    .get(
      "/knowledge",
      async ({ me, page }) => {
        const canCreate = me.capabilities.has("knowledge.manage");
        return <KnowledgeListPage layout={await page()} bases={await listKnowledgeBases(db, readerOf(me))} canCreate={canCreate} targets={canCreate ? await shareTargets(db, me) : { classes: [], schools: [], roles: [] }} />;
      },
      { can: "knowledge" },
    )
    .post(
      "/knowledge",
      async ({ me, body, request, requestId, csrf, set }) => {
        try {
          const kb = await createKnowledgeBase(deps, readerOf(me, requestId), { name: body.name, description: body.description ?? "", ...sharingOf(body) });
          return redirect(request.headers, `/knowledge/${kb.id}`);
        } catch (err) {
          if (!(err instanceof AppError) || err.code !== "validation" || !isHtmx(request.headers)) throw err;
          set.status = 422;
          return <CreateKnowledgeForm targets={await shareTargets(db, me)} csrfToken={csrf()} errors={err.fields} values={{ name: body.name, description: body.description }} />;
        }
      },
      { can: "knowledge.manage", body: t.Object({ name: t.String({ maxLength: 500 }), description: t.Optional(t.String({ maxLength: 5000 })), ...sharingBody, ...csrfField }) },
    )
    .get(
      "/knowledge/search",
      async ({ me, page, query }) => {
        const q = (query.q ?? "").trim().slice(0, 500);
        const kbId = query.kb ?? "";
        const reader = readerOf(me);
        const [bases, hits] = await Promise.all([
          listKnowledgeBases(db, reader),
          q ? searchKnowledge({ db, embedder: opts.embedder }, reader, q, { limit: 20, ...(kbId ? { kbIds: [kbId] } : {}) }) : Promise.resolve([]),
        ]);
        return <SearchPage layout={await page()} q={q} kbId={kbId} hits={hits} bases={bases.map((b) => ({ id: b.id, name: b.name }))} />;
      },
      { can: "knowledge", query: t.Object({ q: t.Optional(t.String({ maxLength: 1000 })), kb: t.Optional(t.String({ maxLength: 40 })) }) },
    )
    .get("/knowledge/passages/:id", async ({ me, page, params }) => <PassagePage layout={await page()} passage={await getPassage(db, readerOf(me), params.id)} />, {
      can: "knowledge",
      params: t.Object({ id: uuid }),
    })
    .get(
      "/knowledge/:id",
      async ({ me, page, params }) => {
        const reader = readerOf(me);
        const kb = await getKnowledgeBase(db, reader, params.id);
        const canManage = reader.isAdmin || kb.ownerId === me.user.id;
        return (
          <KnowledgeBasePage
            layout={await page()}
            kb={kb}
            items={await listItems(db, reader, kb.id)}
            canManage={canManage}
            isAdmin={reader.isAdmin}
            targets={canManage ? await shareTargets(db, me) : { classes: [], schools: [], roles: [] }}
            uploadLimit={formatBytes(deps.uploadMaxBytes)}
            accepted={supportedExtensions.map((e) => `.${e}`).join(",")}
            embeddingModels={[...new Set([kb.embeddingModel, OFFLINE_MODEL, "openai:text-embedding-3-small", "bedrock:amazon.titan-embed-text-v2:0"])]}
          />
        );
      },
      { can: "knowledge", params: t.Object({ id: uuid }) },
    )
    .get("/knowledge/:id/items", async ({ me, params, csrf }) => itemsFragment(me, params.id, csrf()), { can: "knowledge", params: t.Object({ id: uuid }) })
    .post(
      "/knowledge/:id/files",
      async ({ me, params, body, request, requestId, csrf }) => {
        const file = body.file;
        if (!(file instanceof File)) throw new AppError("validation", "Choose a file to upload.", { file: "Choose a file to upload." });
        await addFileItem(deps, readerOf(me, requestId), params.id, { name: file.name, type: file.type, size: file.size, body: file });
        if (!isHtmx(request.headers)) return redirect(request.headers, `/knowledge/${params.id}`);
        return itemsFragment(me, params.id, csrf());
      },
      { can: "knowledge.manage", params: t.Object({ id: uuid }), body: t.Object({ file: t.Optional(t.Any()), ...csrfField }) },
    )
    .post(
      "/knowledge/:id/urls",
      async ({ me, params, body, request, requestId, csrf }) => {
        await addUrlItem(deps, readerOf(me, requestId), params.id, body.url);
        if (!isHtmx(request.headers)) return redirect(request.headers, `/knowledge/${params.id}`);
        return itemsFragment(me, params.id, csrf());
      },
      { can: "knowledge.manage", params: t.Object({ id: uuid }), body: t.Object({ url: t.String({ maxLength: 2000 }), ...csrfField }) },
    )
    .post(
      "/knowledge/:id/sharing",
      async ({ me, params, body, request, requestId }) => {
        await updateKnowledgeBase(deps, readerOf(me, requestId), params.id, sharingOf(body));
        return redirect(request.headers, `/knowledge/${params.id}`);
      },
      { can: "knowledge.manage", params: t.Object({ id: uuid }), body: t.Object({ ...sharingBody, ...csrfField }) },
    )
    .post(
      "/knowledge/:id/reembed",
      async ({ me, params, body, request, requestId }) => {
        await reembedKnowledgeBase(deps, readerOf(me, requestId), params.id, body.model);
        return redirect(request.headers, `/knowledge/${params.id}`);
      },
      { can: "admin", params: t.Object({ id: uuid }), body: t.Object({ model: t.String({ maxLength: 200 }), ...csrfField }) },
    )
    .post(
      "/knowledge/:id/delete",
      async ({ me, params, request, requestId }) => {
        await deleteKnowledgeBase(deps, readerOf(me, requestId), params.id);
        return redirect(request.headers, "/knowledge");
      },
      { can: "knowledge.manage", params: t.Object({ id: uuid }), body: t.Optional(t.Object(csrfField)) },
    )
    .post(
      "/knowledge/:id/items/:itemId/retry",
      async ({ me, params, request, requestId, csrf }) => {
        await retryItem(deps, readerOf(me, requestId), params.itemId);
        if (!isHtmx(request.headers)) return redirect(request.headers, `/knowledge/${params.id}`);
        return itemsFragment(me, params.id, csrf());
      },
      { can: "knowledge.manage", params: t.Object({ id: uuid, itemId: uuid }), body: t.Optional(t.Object(csrfField)) },
    )
    .post(
      "/knowledge/:id/items/:itemId/delete",
      async ({ me, params, request, requestId, csrf }) => {
        await deleteItem(deps, readerOf(me, requestId), params.itemId);
        if (!isHtmx(request.headers)) return redirect(request.headers, `/knowledge/${params.id}`);
        return itemsFragment(me, params.id, csrf());
      },
      { can: "knowledge.manage", params: t.Object({ id: uuid, itemId: uuid }), body: t.Optional(t.Object(csrfField)) },
    );
}
