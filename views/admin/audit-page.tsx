import type { AuditEntry } from "../../src/platform/audit/schema.ts";
import { AdminLayout, type AdminLayoutProps } from "./admin-layout.tsx";

const show = (v: unknown) => (v === null || v === undefined ? "" : JSON.stringify(v));

export function AuditPage({ layout, entries, action }: { layout: AdminLayoutProps; entries: (AuditEntry & { actorEmail: string | null })[]; action: string }) {
  return (
    <AdminLayout title="Audit log" layout={layout}>
      <div class="page-header">
        <div>
          <h1>Audit log</h1>
          <p>Every administrative change and every refused access, newest first.</p>
        </div>
      </div>
      <form class="toolbar" method="get" action="/admin/audit">
        <div class="field">
          <label for="action">Action</label>
          <input id="action" name="action" value={action} placeholder="e.g. user.role_changed" />
        </div>
        <button type="submit">Filter</button>
      </form>
      <table>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Subject</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr>
              <td>{e.createdAt.toISOString().slice(0, 19).replace("T", " ")}</td>
              <td safe>{e.actorEmail ?? "system"}</td>
              <td>
                <code safe>{e.action}</code>
              </td>
              <td safe>{`${e.subjectType} ${e.subjectId ?? ""}`}</td>
              <td>
                <code class="wrap" safe>
                  {show(e.before)}
                </code>
              </td>
              <td>
                <code class="wrap" safe>
                  {show(e.after)}
                </code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </AdminLayout>
  );
}
