import type { SettingView } from "../../src/platform/settings/service.ts";
import { CsrfField } from "../components/forms.tsx";
import { AdminLayout, type AdminLayoutProps } from "./admin-layout.tsx";

const sourceLabel = { database: "Set here", environment: "From the environment", unset: "Not set" } as const;

export function SettingRow({ view, csrfToken, notice }: { view: SettingView; csrfToken: string | undefined; notice?: string }) {
  const id = `setting-${view.def.key.replace(/[^a-z0-9]/gi, "-")}`;
  return (
    <article class="card setting" id={id}>
      <h2 safe>{view.def.label}</h2>
      <p class="muted" safe>
        {view.def.description}
      </p>
      <p>
        <span class={`badge ${view.source === "unset" ? "" : "ok"}`}>{sourceLabel[view.source]}</span>{" "}
        {view.display ? <code safe>{view.display}</code> : ""}
        {view.def.env ? (
          <span class="muted" safe>
            {` · environment variable ${view.def.env}`}
          </span>
        ) : (
          ""
        )}
      </p>
      <form method="post" action={`/admin/settings/${view.def.key}`} hx-post={`/admin/settings/${view.def.key}`} hx-target={`#${id}`} hx-swap="outerHTML" class="inline-form">
        <CsrfField token={csrfToken} />
        <label for={`${id}-value`} class="visually-hidden" safe>
          {`New value for ${view.def.label}`}
        </label>
        <input
          id={`${id}-value`}
          name="value"
          type={view.def.secret ? "password" : "text"}
          autocomplete="off"
          value={view.def.secret ? "" : view.source === "database" ? view.display : ""}
          placeholder={view.def.secret ? "Paste a new key" : ""}
          required
        />
        <button type="submit" class="small">
          Save
        </button>
      </form>
      {view.source === "database" ? (
        <form method="post" action={`/admin/settings/${view.def.key}/clear`} hx-post={`/admin/settings/${view.def.key}/clear`} hx-target={`#${id}`} hx-swap="outerHTML" class="inline-form">
          <CsrfField token={csrfToken} />
          <button type="submit" class="small ghost">
            Remove the value set here
          </button>
        </form>
      ) : (
        ""
      )}
      {notice ? (
        <p class="row-notice" role="status" safe>
          {notice}
        </p>
      ) : (
        ""
      )}
    </article>
  );
}

export function SettingsPage({ layout, views, csrfToken }: { layout: AdminLayoutProps; views: SettingView[]; csrfToken: string | undefined }) {
  return (
    <AdminLayout title="Settings" layout={layout}>
      <div class="page-header">
        <div>
          <h1>Settings</h1>
          <p>Values set here win over the environment. Keys are stored encrypted and never shown again.</p>
        </div>
      </div>
      <div class="stack-lg">
        {views.map((v) => (
          <SettingRow view={v} csrfToken={csrfToken} />
        ))}
      </div>
    </AdminLayout>
  );
}
