import type { Capability } from "../../src/auth/capabilities.ts";
import { CsrfField, Field, FormErrors, describedBy } from "../components/forms.tsx";
import { AdminLayout, type AdminLayoutProps } from "./admin-layout.tsx";

export interface RoleView {
  id: string;
  name: string;
  description: string;
  system: boolean;
  safetyProfile: "student" | "staff";
  capabilities: Capability[];
  members: number;
}

export interface RolesPageProps {
  layout: AdminLayoutProps;
  roles: RoleView[];
  catalog: { id: Capability; label: string }[];
  csrfToken: string | undefined;
  createErrors?: Record<string, string>;
  createValues?: Record<string, string>;
  notice?: string;
}

function ProfileSelect({ id, value }: { id: string; value: string }) {
  return (
    <select id={id} name="safetyProfile">
      <option value="student" selected={value === "student"}>
        Student (strict)
      </option>
      <option value="staff" selected={value === "staff"}>
        Staff (professional topics allowed)
      </option>
    </select>
  );
}

export function RoleCard({ role, catalog, csrfToken, notice }: { role: RoleView; catalog: RolesPageProps["catalog"]; csrfToken: string | undefined; notice?: string }) {
  const cardId = `role-${role.id}`;
  return (
    <article class="card role-card" id={cardId} aria-labelledby={`${cardId}-title`}>
      <h2 id={`${cardId}-title`}>
        <span safe>{role.name}</span> {role.system ? <span class="badge">System role</span> : <span class="badge warn">Custom role</span>}
      </h2>
      <p class="muted">
        <code safe>{role.id}</code> · {role.members === 1 ? "1 member" : `${role.members} members`}
        {role.description ? (
          <>
            {" · "}
            <span safe>{role.description}</span>
          </>
        ) : (
          ""
        )}
      </p>
      <form method="post" action={`/admin/roles/${role.id}`} hx-post={`/admin/roles/${role.id}`} hx-target={`#${cardId}`} hx-swap="outerHTML" class="stack">
        <CsrfField token={csrfToken} />
        <fieldset>
          <legend>Capabilities</legend>
          <div class="checks">
            {catalog.map((c) => (
              <label class="check">
                <input type="checkbox" name="capabilities" value={c.id} checked={role.capabilities.includes(c.id)} />
                <span safe>{c.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div class="field">
          <label for={`${cardId}-profile`}>Safety profile</label>
          <ProfileSelect id={`${cardId}-profile`} value={role.safetyProfile} />
        </div>
        <div class="actions">
          <button type="submit">Save {role.system ? "" : "role"}</button>
          {notice ? (
            <span class="row-notice" role="status" safe>
              {notice}
            </span>
          ) : (
            ""
          )}
        </div>
      </form>
    </article>
  );
}

export function CreateRoleForm({ catalog, csrfToken, errors = {}, values = {} }: { catalog: RolesPageProps["catalog"]; csrfToken: string | undefined; errors?: Record<string, string>; values?: Record<string, string> }) {
  return (
    <form id="create-role" method="post" action="/admin/roles" hx-post="/admin/roles" hx-target="#create-role" hx-swap="outerHTML" class="stack card">
      <h2>Add a custom role</h2>
      <FormErrors errors={errors} />
      <CsrfField token={csrfToken} />
      <Field name="new-role-id" label="Key" hint="Lowercase, e.g. counselor. It cannot change later." error={errors.id}>
        <input id="new-role-id" name="id" required value={values.id ?? ""} aria-invalid={errors.id ? "true" : undefined} aria-describedby={describedBy("new-role-id", { error: errors.id, hint: "Lowercase, e.g. counselor. It cannot change later." })} />
      </Field>
      <Field name="new-role-name" label="Name" error={errors.name}>
        <input id="new-role-name" name="name" required value={values.name ?? ""} aria-invalid={errors.name ? "true" : undefined} aria-describedby={describedBy("new-role-name", { error: errors.name })} />
      </Field>
      <Field name="new-role-description" label="Description">
        <input id="new-role-description" name="description" value={values.description ?? ""} />
      </Field>
      <div class="field">
        <label for="new-role-profile">Safety profile</label>
        <ProfileSelect id="new-role-profile" value={values.safetyProfile ?? "student"} />
      </div>
      <fieldset>
        <legend>Capabilities</legend>
        <div class="checks">
          {catalog.map((c) => (
            <label class="check">
              <input type="checkbox" name="capabilities" value={c.id} checked={c.id === "chat"} />
              <span safe>{c.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <button type="submit">Add role</button>
      </div>
    </form>
  );
}

export function RolesPage(props: RolesPageProps) {
  return (
    <AdminLayout title="Roles" layout={props.layout}>
      <div class="page-header">
        <div>
          <h1>Roles and capabilities</h1>
          <p>What each role may use, and which safety profile applies to its members. Changes apply at once.</p>
        </div>
      </div>
      <div class="stack-lg">
        {props.roles.map((role) => (
          <RoleCard role={role} catalog={props.catalog} csrfToken={props.csrfToken} />
        ))}
        <CreateRoleForm catalog={props.catalog} csrfToken={props.csrfToken} errors={props.createErrors} values={props.createValues} />
      </div>
    </AdminLayout>
  );
}
