import type { IncidentNote } from "../../src/safety/incidents/schema.ts";
import type { IncidentRow } from "../../src/safety/incidents/service.ts";
import { CsrfField } from "../components/forms.tsx";
import { Layout, type LayoutProps } from "../layout.tsx";
import { categoryLabels, SeverityBadge, when } from "./incidents-page.tsx";

export interface IncidentPageProps {
  layout: Omit<LayoutProps, "title" | "children">;
  incident: IncidentRow;
  notes: (IncidentNote & { authorEmail: string | null })[];
  error?: string;
}

function StatusButton({ id, status, label, csrfToken, escalatedTo }: { id: string; status: string; label: string; csrfToken: string | undefined; escalatedTo?: string }) {
  return (
    <form method="post" action={`/safety/incidents/${id}/status`} class="inline">
      <CsrfField token={csrfToken} />
      <input type="hidden" name="status" value={status} />
      {escalatedTo ? <input type="hidden" name="escalatedTo" value={escalatedTo} /> : ""}
      <button type="submit" class="small ghost" safe>
        {label}
      </button>
    </form>
  );
}

export function IncidentPage({ layout, incident, notes, error }: IncidentPageProps) {
  const csrf = layout.csrfToken;
  return (
    <Layout title="Safety incident" {...layout}>
      <p>
        <a href="/safety">← All incidents</a>
      </p>
      <div class="page-header">
        <div>
          <h1>
            <SeverityBadge severity={incident.severity} /> <span safe>{incident.categories.map((c) => categoryLabels[c] ?? c).join(", ")}</span>
          </h1>
          <p safe>{`${incident.studentName || incident.studentEmail} · ${when(incident.createdAt)} · ${incident.direction === "input" ? "what they wrote" : "an answer they were about to see"} · ${incident.decision}`}</p>
        </div>
      </div>
      <section class="card" aria-labelledby="evidence-title">
        <h2 id="evidence-title">Excerpt</h2>
        <blockquote class="evidence" safe>
          {incident.evidence}
        </blockquote>
        <p class="hint">Personal details (names, emails, phone numbers, addresses) are replaced by placeholders.</p>
      </section>
      <section class="card" aria-labelledby="status-title">
        <h2 id="status-title">
          Status: <span safe>{incident.status}</span>
          {incident.escalatedTo ? <span class="muted" safe>{` (escalated to ${incident.escalatedTo === "counselor" ? "a counselor" : "an administrator"})`}</span> : ""}
        </h2>
        {error ? (
          <p class="field-error" role="alert" safe>
            {error}
          </p>
        ) : (
          ""
        )}
        <div class="actions">
          {incident.status === "new" ? <StatusButton id={incident.id} status="acknowledged" label="Acknowledge" csrfToken={csrf} /> : ""}
          {incident.status !== "resolved" ? (
            <>
              <StatusButton id={incident.id} status="escalated" escalatedTo="counselor" label="Escalate to a counselor" csrfToken={csrf} />
              <StatusButton id={incident.id} status="escalated" escalatedTo="administrator" label="Escalate to an administrator" csrfToken={csrf} />
              <StatusButton id={incident.id} status="resolved" label="Mark resolved" csrfToken={csrf} />
            </>
          ) : (
            <StatusButton id={incident.id} status="acknowledged" label="Reopen" csrfToken={csrf} />
          )}
        </div>
      </section>
      <section class="card" aria-labelledby="notes-title">
        <h2 id="notes-title">Notes</h2>
        {notes.length ? (
          <ul class="notes">
            {notes.map((n) => (
              <li>
                <p class="muted" safe>{`${n.authorEmail ?? "someone"} · ${when(n.createdAt)}`}</p>
                <p safe>{n.body}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">No notes yet.</p>
        )}
        <form method="post" action={`/safety/incidents/${incident.id}/notes`} class="stack">
          <CsrfField token={csrf} />
          <label for="note-body">Add a note</label>
          <textarea id="note-body" name="body" rows="3" maxlength="4000" required></textarea>
          <div>
            <button type="submit">Add note</button>
          </div>
        </form>
      </section>
    </Layout>
  );
}
