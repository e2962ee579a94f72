import type { IncidentRow } from "../../src/safety/incidents/service.ts";
import { Layout, type LayoutProps } from "../layout.tsx";

const severityClass = { critical: "danger", high: "danger", medium: "warn", low: "" } as const;
export const categoryLabels: Record<string, string> = {
  self_harm: "Self-harm",
  violence: "Violence",
  weapons: "Weapons",
  sexual: "Sexual content",
  drugs: "Drugs",
  hate: "Hate",
  harassment: "Harassment",
  profanity: "Profanity",
  abuse_disclosure: "Abuse disclosure",
  threat: "Threat",
  prompt_injection: "Prompt injection",
  filter_evasion: "Filter evasion",
};

export function SeverityBadge({ severity }: { severity: IncidentRow["severity"] }) {
  return <span class={`badge ${severityClass[severity]}`}>{severity}</span>;
}

export function when(d: Date): string {
  return d.toISOString().slice(0, 16).replace("T", " ") + " UTC";
}

export interface IncidentsPageProps {
  layout: Omit<LayoutProps, "title" | "children">;
  rows: IncidentRow[];
  admin: boolean;
  schools: { id: string; name: string }[];
  filter: { schoolId: string; category: string; severity: string; status: string; from: string; to: string };
}

export function IncidentsPage({ layout, rows, admin, schools, filter }: IncidentsPageProps) {
  const select = (name: string, label: string, value: string, options: [string, string][]) => (
    <div class="field">
      <label for={`f-${name}`} safe>
        {label}
      </label>
      <select id={`f-${name}`} name={name}>
        <option value="">All</option>
        {options.map(([v, l]) => (
          <option value={v} selected={v === value} safe>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <Layout title="Safety" {...layout}>
      <div class="page-header">
        <div>
          <h1>Safety incidents</h1>
          <p>{admin ? "Every incident in the district, most severe and newest first." : "Incidents that concern the students in your classes, most severe and newest first."}</p>
        </div>
        {admin ? (
          <a class="button ghost" href="/admin/safety">
            Tune safety profiles
          </a>
        ) : (
          ""
        )}
      </div>
      <form class="toolbar" method="get" action="/safety">
        {admin ? select("school", "School", filter.schoolId, schools.map((s) => [s.id, s.name])) : ""}
        {select("category", "Category", filter.category, Object.entries(categoryLabels))}
        {select("severity", "Severity", filter.severity, [["critical", "Critical"], ["high", "High"], ["medium", "Medium"], ["low", "Low"]])}
        {select("status", "Status", filter.status, [["new", "New"], ["acknowledged", "Acknowledged"], ["escalated", "Escalated"], ["resolved", "Resolved"]])}
        {admin ? (
          <>
            <div class="field">
              <label for="f-from">From</label>
              <input id="f-from" name="from" type="date" value={filter.from} />
            </div>
            <div class="field">
              <label for="f-to">To</label>
              <input id="f-to" name="to" type="date" value={filter.to} />
            </div>
          </>
        ) : (
          ""
        )}
        <button type="submit">Filter</button>
      </form>
      {rows.length === 0 ? (
        <p class="alert alert-ok">No incident matches. When the safety policy notices something that concerns your students, it appears here.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Severity</th>
              <th scope="col">When</th>
              <th scope="col">Student</th>
              <th scope="col">What</th>
              <th scope="col">Excerpt</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <td>
                  <SeverityBadge severity={r.severity} />
                </td>
                <td>
                  <a href={`/safety/incidents/${r.id}`}>{when(r.createdAt)}</a>
                </td>
                <td safe>{r.studentName || r.studentEmail}</td>
                <td safe>{`${r.categories.map((c) => categoryLabels[c] ?? c).join(", ")} · ${r.decision}`}</td>
                <td class="excerpt" safe>
                  {r.evidence.length > 140 ? r.evidence.slice(0, 137) + "…" : r.evidence}
                </td>
                <td safe>{r.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
