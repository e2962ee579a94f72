import { CsrfField } from "../components/forms.tsx";
import { AdminLayout, type AdminLayoutProps } from "./admin-layout.tsx";

export interface UserRowView {
  id: string;
  email: string;
  name: string;
  roleId: string;
  roleName: string;
  disabled: boolean;
  lastSignInAt: Date | null;
}

export interface UsersPageProps {
  layout: AdminLayoutProps;
  q: string;
  roleId: string;
  rows: UserRowView[];
  total: number;
  roles: { id: string; name: string }[];
  csrfToken: string | undefined;
}

export function UserRow({ user, roles, csrfToken, notice }: { user: UserRowView; roles: { id: string; name: string }[]; csrfToken: string | undefined; notice?: string }) {
  const rowId = `user-${user.id}`;
  return (
    <tr id={rowId}>
      <td>
        <strong safe>{user.name || user.email}</strong>
        {user.name ? (
          <>
            <br />
            <span class="muted" safe>
              {user.email}
            </span>
          </>
        ) : (
          ""
        )}
      </td>
      <td>
        <form method="post" action={`/admin/users/${user.id}/role`} hx-post={`/admin/users/${user.id}/role`} hx-target={`#${rowId}`} hx-swap="outerHTML" class="inline">
          <CsrfField token={csrfToken} />
          <label class="visually-hidden" for={`role-${user.id}`} safe>
            {`Role of ${user.email}`}
          </label>
          <select id={`role-${user.id}`} name="role">
            {roles.map((r) => (
              <option value={r.id} selected={r.id === user.roleId} safe>
                {r.name}
              </option>
            ))}
          </select>
          <button type="submit" class="small ghost">
            Save role
          </button>
        </form>
      </td>
      <td>{user.disabled ? <span class="badge danger">Disabled</span> : <span class="badge ok">Active</span>}</td>
      <td>{user.lastSignInAt ? user.lastSignInAt.toISOString().slice(0, 10) : <span class="muted">never</span>}</td>
      <td>
        <form method="post" action={`/admin/users/${user.id}/disabled`} hx-post={`/admin/users/${user.id}/disabled`} hx-target={`#${rowId}`} hx-swap="outerHTML" class="inline">
          <CsrfField token={csrfToken} />
          <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
          <button type="submit" class={user.disabled ? "small ghost" : "small danger"}>
            {user.disabled ? "Enable" : "Disable"}
          </button>
        </form>
        {notice ? (
          <span class="row-notice" role="status" safe>
            {notice}
          </span>
        ) : (
          ""
        )}
      </td>
    </tr>
  );
}

export function UsersTable({ rows, total, roles, csrfToken }: Pick<UsersPageProps, "rows" | "total" | "roles" | "csrfToken">) {
  return (
    <div id="users-results">
      <p class="muted" role="status">
        {total === 1 ? "1 person" : `${total} people`}
        {total > rows.length ? `, showing the first ${rows.length}` : ""}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Last sign-in</th>
            <th scope="col">Access</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((u) => (
            <UserRow user={u} roles={roles} csrfToken={csrfToken} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function UsersPage(props: UsersPageProps) {
  return (
    <AdminLayout title="Users" layout={props.layout}>
      <div class="page-header">
        <div>
          <h1>Users</h1>
          <p>Search people, change their role, or disable an account (which signs it out everywhere).</p>
        </div>
      </div>
      <form class="toolbar" method="get" action="/admin/users" hx-get="/admin/users" hx-target="#users-results" hx-swap="outerHTML" hx-trigger="submit, input changed delay:300ms from:#q, change from:#role-filter" hx-push-url="true">
        <div class="field">
          <label for="q">Search by name or email</label>
          <input id="q" name="q" type="search" value={props.q} autocomplete="off" />
        </div>
        <div class="field">
          <label for="role-filter">Role</label>
          <select id="role-filter" name="role">
            <option value="">All roles</option>
            {props.roles.map((r) => (
              <option value={r.id} selected={r.id === props.roleId} safe>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Search</button>
      </form>
      <UsersTable {...props} />
    </AdminLayout>
  );
}
