import type { Passage } from "../../src/knowledge/passages.ts";
import { locationOf } from "../../src/knowledge/passages.ts";
import type { SearchHit } from "../../src/knowledge/search.ts";
import type { KnowledgeBase, KnowledgeItem } from "../../src/knowledge/schema.ts";
import type { KnowledgeBaseSummary } from "../../src/knowledge/service.ts";
import { CsrfField, Field, FormErrors, describedBy } from "../components/forms.tsx";
import { Layout, type LayoutProps } from "../layout.tsx";

type PageLayout = Omit<LayoutProps, "title" | "children">;

export interface ShareTargets {
  classes: { id: string; name: string }[];
  schools: { id: string; name: string }[];
  roles: { id: string; name: string }[];
}

const sharingLabel = { private: "Only you", class: "Classes", school: "Schools", roles: "Roles" } as const;

function SharingFields({ prefix, targets, sharing, sharedWith }: { prefix: string; targets: ShareTargets; sharing: string; sharedWith: string[] }) {
  const group = (kind: "class" | "school" | "roles", label: string, list: { id: string; name: string }[]) =>
    list.length ? (
      <fieldset>
        <legend safe>{label}</legend>
        <div class="checks">
          {list.map((t) => (
            <label class="check">
              <input type="checkbox" name={`share.${kind}`} value={t.id} checked={sharing === kind && sharedWith.includes(t.id)} />
              <span safe>{t.name}</span>
            </label>
          ))}
        </div>
      </fieldset>
    ) : (
      ""
    );
  return (
    <>
      <div class="field">
        <label for={`${prefix}-sharing`}>Who can use it</label>
        <select id={`${prefix}-sharing`} name="sharing">
          {(["private", "class", "school", "roles"] as const).map((s) => (
            <option value={s} selected={s === sharing}>
              {sharingLabel[s]}
            </option>
          ))}
        </select>
        <p class="hint">Pick the classes, schools or roles below to match.</p>
      </div>
      {group("class", "Classes", targets.classes)}
      {group("school", "Schools", targets.schools)}
      {group("roles", "Roles", targets.roles)}
    </>
  );
}

export function CreateKnowledgeForm({ targets, csrfToken, errors = {}, values = {} }: { targets: ShareTargets; csrfToken: string | undefined; errors?: Record<string, string>; values?: { name?: string; description?: string } }) {
  return (
    <form id="create-kb" class="card stack" method="post" action="/knowledge" hx-post="/knowledge" hx-target="#create-kb" hx-swap="outerHTML">
      <h2>New knowledge base</h2>
      <FormErrors errors={errors} />
      <CsrfField token={csrfToken} />
      <Field name="kb-name" label="Name" error={errors.name}>
        <input id="kb-name" name="name" required maxlength="120" value={values.name ?? ""} aria-invalid={errors.name ? "true" : undefined} aria-describedby={describedBy("kb-name", { error: errors.name })} />
      </Field>
      <Field name="kb-description" label="Description">
        <textarea id="kb-description" name="description" rows="2" maxlength="2000" safe>
          {values.description ?? ""}
        </textarea>
      </Field>
      <SharingFields prefix="kb-new" targets={targets} sharing="private" sharedWith={[]} />
      <div>
        <button type="submit">Create</button>
      </div>
    </form>
  );
}

export function KnowledgeListPage({ layout, bases, canCreate, targets }: { layout: PageLayout; bases: KnowledgeBaseSummary[]; canCreate: boolean; targets: ShareTargets }) {
  return (
    <Layout title="Knowledge" {...layout}>
      <div class="page-header">
        <div>
          <h1>Knowledge</h1>
          <p>Curriculum documents and links, searchable, and ready to ground answers in chat with citations.</p>
        </div>
        <form method="get" action="/knowledge/search" role="search" class="inline-form">
          <label for="kq" class="visually-hidden">
            Search your knowledge
          </label>
          <input id="kq" name="q" type="search" placeholder="Search documents" />
          <button type="submit">Search</button>
        </form>
      </div>
      {bases.length === 0 ? <p class="muted">No knowledge base is shared with you yet.</p> : ""}
      <div class="grid">
        {bases.map((kb) => (
          <a class="card stretched" href={`/knowledge/${kb.id}`}>
            <h2 safe>{kb.name}</h2>
            <p class="muted" safe>
              {kb.description}
            </p>
            <p>
              <span class="badge">{sharingLabel[kb.sharing]}</span> <span class="muted">{`${kb.ready} of ${kb.items} ready`}</span>
            </p>
          </a>
        ))}
      </div>
      {canCreate ? <CreateKnowledgeForm targets={targets} csrfToken={layout.csrfToken} /> : ""}
    </Layout>
  );
}

const statusClass = { queued: "", processing: "warn", ready: "ok", failed: "danger" } as const;

export function ItemsTable({ kb, items, canManage, csrfToken }: { kb: KnowledgeBase; items: KnowledgeItem[]; canManage: boolean; csrfToken: string | undefined }) {
  const busy = items.some((i) => i.status === "queued" || i.status === "processing");
  // While anything is being processed the table refreshes itself, so the status tells the truth without a reload.
  const poll = busy ? { "hx-get": `/knowledge/${kb.id}/items`, "hx-trigger": "every 2s", "hx-swap": "outerHTML" } : {};
  return (
    <div id="kb-items" {...poll}>
      {items.length === 0 ? <p class="muted">No documents yet.</p> : ""}
      <table>
        <thead>
          <tr>
            <th scope="col">Document</th>
            <th scope="col">Status</th>
            <th scope="col">Passages</th>
            {canManage ? (
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            ) : (
              ""
            )}
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr>
              <td>
                <strong safe>{i.title}</strong>
                {i.sourceUrl ? (
                  <>
                    <br />
                    <span class="muted" safe>
                      {i.sourceUrl}
                    </span>
                  </>
                ) : (
                  ""
                )}
              </td>
              <td>
                <span class={`badge ${statusClass[i.status]}`}>{i.status}</span>
                {i.failureReason ? (
                  <p class="field-error" safe>
                    {i.failureReason}
                  </p>
                ) : (
                  ""
                )}
              </td>
              <td>{i.chunkCount}</td>
              {canManage ? (
                <td class="actions">
                  {i.status === "failed" ? (
                    <form method="post" action={`/knowledge/${kb.id}/items/${i.id}/retry`} hx-post={`/knowledge/${kb.id}/items/${i.id}/retry`} hx-target="#kb-items" hx-swap="outerHTML" class="inline">
                      <CsrfField token={csrfToken} />
                      <button type="submit" class="small ghost">
                        Try again
                      </button>
                    </form>
                  ) : (
                    ""
                  )}
                  <form method="post" action={`/knowledge/${kb.id}/items/${i.id}/delete`} hx-post={`/knowledge/${kb.id}/items/${i.id}/delete`} hx-target="#kb-items" hx-swap="outerHTML" hx-confirm="Remove this document?" class="inline">
                    <CsrfField token={csrfToken} />
                    <button type="submit" class="small danger">
                      Remove
                    </button>
                  </form>
                </td>
              ) : (
                ""
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export interface KnowledgeBasePageProps {
  layout: PageLayout;
  kb: KnowledgeBase;
  items: KnowledgeItem[];
  canManage: boolean;
  isAdmin: boolean;
  targets: ShareTargets;
  uploadLimit: string;
  accepted: string;
  embeddingModels: string[];
}

export function KnowledgeBasePage(p: KnowledgeBasePageProps) {
  const csrf = p.layout.csrfToken;
  return (
    <Layout title={p.kb.name} {...p.layout}>
      <p>
        <a href="/knowledge">← All knowledge</a>
      </p>
      <div class="page-header">
        <div>
          <h1 safe>{p.kb.name}</h1>
          <p safe>{p.kb.description}</p>
        </div>
        <form method="get" action="/knowledge/search" role="search" class="inline-form">
          <input type="hidden" name="kb" value={p.kb.id} />
          <label for="kbq" class="visually-hidden">
            Search this knowledge base
          </label>
          <input id="kbq" name="q" type="search" placeholder="Search this knowledge base" />
          <button type="submit">Search</button>
        </form>
      </div>
      <ItemsTable kb={p.kb} items={p.items} canManage={p.canManage} csrfToken={csrf} />
      {p.canManage ? (
        <div class="grid">
          <form class="card stack" method="post" action={`/knowledge/${p.kb.id}/files`} enctype="multipart/form-data" hx-post={`/knowledge/${p.kb.id}/files`} hx-encoding="multipart/form-data" hx-target="#kb-items" hx-swap="outerHTML" hx-disable="find button">
            <h2>Upload a document</h2>
            <CsrfField token={csrf} />
            <div class="field">
              <label for="kb-file">File</label>
              <input id="kb-file" name="file" type="file" required accept={p.accepted} aria-describedby="kb-file-hint" />
              <p class="hint" id="kb-file-hint" safe>{`PDF, Word, PowerPoint, text, Markdown, HTML or CSV; up to ${p.uploadLimit}.`}</p>
            </div>
            <div>
              <button type="submit">Upload</button> <span class="htmx-indicator muted">Uploading…</span>
            </div>
          </form>
          <form class="card stack" method="post" action={`/knowledge/${p.kb.id}/urls`} hx-post={`/knowledge/${p.kb.id}/urls`} hx-target="#kb-items" hx-swap="outerHTML">
            <h2>Add a web page</h2>
            <CsrfField token={csrf} />
            <div class="field">
              <label for="kb-url">Address</label>
              <input id="kb-url" name="url" type="url" required placeholder="https://" />
            </div>
            <div>
              <button type="submit">Add</button>
            </div>
          </form>
        </div>
      ) : (
        ""
      )}
      {p.canManage ? (
        <form class="card stack" method="post" action={`/knowledge/${p.kb.id}/sharing`}>
          <h2>Sharing</h2>
          <CsrfField token={csrf} />
          <SharingFields prefix="kb-edit" targets={p.targets} sharing={p.kb.sharing} sharedWith={p.kb.sharedWith} />
          <div class="actions">
            <button type="submit">Save sharing</button>
          </div>
        </form>
      ) : (
        ""
      )}
      {p.isAdmin ? (
        <form class="card stack" method="post" action={`/knowledge/${p.kb.id}/reembed`}>
          <h2>Embedding model</h2>
          <CsrfField token={csrf} />
          <div class="field">
            <label for="kb-model">Re-embed every passage with</label>
            <select id="kb-model" name="model">
              {p.embeddingModels.map((m) => (
                <option value={m} selected={m === p.kb.embeddingModel} safe>
                  {m}
                </option>
              ))}
            </select>
          </div>
          <div>
            <button type="submit">Re-embed</button>
          </div>
        </form>
      ) : (
        ""
      )}
      {p.canManage ? (
        <form method="post" action={`/knowledge/${p.kb.id}/delete`} class="card">
          <CsrfField token={csrf} />
          <button type="submit" class="danger" data-confirm="Delete this knowledge base and all its documents?">
            Delete this knowledge base
          </button>
        </form>
      ) : (
        ""
      )}
    </Layout>
  );
}

export function SearchPage({ layout, q, kbId, hits, bases }: { layout: PageLayout; q: string; kbId: string; hits: SearchHit[]; bases: { id: string; name: string }[] }) {
  return (
    <Layout title="Search knowledge" {...layout}>
      <h1>Search knowledge</h1>
      <form class="toolbar" method="get" action="/knowledge/search" role="search">
        <div class="field">
          <label for="sq">Search for</label>
          <input id="sq" name="q" type="search" value={q} required />
        </div>
        <div class="field">
          <label for="skb">In</label>
          <select id="skb" name="kb">
            <option value="">Everything shared with me</option>
            {bases.map((b) => (
              <option value={b.id} selected={b.id === kbId} safe>
                {b.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Search</button>
      </form>
      {q && hits.length === 0 ? <p class="muted">Nothing found. Try other words.</p> : ""}
      <ol class="hits">
        {hits.map((h) => (
          <li class="card">
            <h2>
              <a href={`/knowledge/passages/${h.chunkId}`} safe>
                {h.itemTitle}
              </a>
            </h2>
            <p class="muted" safe>{[h.kbName, locationOf(h)].filter(Boolean).join(" · ")}</p>
            <p safe>{h.text.length > 400 ? h.text.slice(0, 397) + "…" : h.text}</p>
          </li>
        ))}
      </ol>
    </Layout>
  );
}

export function PassagePage({ layout, passage }: { layout: PageLayout; passage: Passage }) {
  return (
    <Layout title={passage.itemTitle} {...layout}>
      <p>
        <a href={`/knowledge/${passage.kbId}`} safe>{`← ${passage.kbName}`}</a>
      </p>
      <h1 safe>{passage.itemTitle}</h1>
      <p class="muted" safe>
        {locationOf(passage) || "Passage"}
      </p>
      {passage.sourceUrl ? (
        <p>
          From <a href={passage.sourceUrl} rel="noopener noreferrer nofollow" safe>{passage.sourceUrl}</a>
        </p>
      ) : (
        ""
      )}
      <blockquote class="passage" id="passage" safe>
        {passage.text}
      </blockquote>
    </Layout>
  );
}
