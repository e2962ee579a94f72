import type { Notification } from "../../src/safety/incidents/schema.ts";
import { CsrfField } from "../components/forms.tsx";
import { Layout, type LayoutProps } from "../layout.tsx";

export function NoticesPage({ layout, notices }: { layout: Omit<LayoutProps, "title" | "children">; notices: Notification[] }) {
  return (
    <Layout title="Notices" {...layout}>
      <h1>Notices</h1>
      {notices.length === 0 ? (
        <p class="muted">Nothing to report.</p>
      ) : (
        <ul class="notices stack-lg">
          {notices.map((n) => (
            <li class={`card ${n.readAt ? "" : "unread"}`}>
              <p>
                {n.readAt ? "" : <span class="badge danger">New</span>} <span safe>{n.text}</span>
              </p>
              <p class="muted">{n.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC</p>
              <div class="actions">
                {n.incidentId ? <a href={`/safety/incidents/${n.incidentId}`}>Open the incident</a> : ""}
                {n.readAt ? (
                  ""
                ) : (
                  <form method="post" action={`/notices/${n.id}/read`} class="inline">
                    <CsrfField token={layout.csrfToken} />
                    <button type="submit" class="small ghost">
                      Mark as read
                    </button>
                  </form>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
