import { describeRejection, ENTITIES, type ImportReport } from "../../src/roster/report.ts";
import { CsrfField } from "../components/forms.tsx";
import { AdminLayout, type AdminLayoutProps } from "./admin-layout.tsx";

const entityLabels = { schools: "Schools", users: "People", classes: "Classes", schoolMemberships: "School memberships", classMemberships: "Class memberships" } as const;
const headlines = {
  applied: "The roster was imported.",
  partial: "The valid rows were imported; the rejected ones were left out.",
  rejected: "Nothing was imported. Fix the rows below and try again.",
  checked: "Checked only: nothing was written.",
} as const;

export function ImportReportView({ report }: { report: ImportReport }) {
  const ok = report.status === "applied" || report.status === "checked";
  return (
    <section id="import-report" class="card" aria-labelledby="report-title">
      <h2 id="report-title">Result</h2>
      <p class={`alert ${ok ? "alert-ok" : report.status === "partial" ? "alert-warn" : "alert-error"}`} role="status">
        {headlines[report.status]}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Created</th>
            <th scope="col">Updated</th>
            <th scope="col">Unchanged</th>
            <th scope="col">Removed</th>
          </tr>
        </thead>
        <tbody>
          {ENTITIES.map((e) => (
            <tr>
              <th scope="row">{entityLabels[e]}</th>
              <td>{report.counts[e].created}</td>
              <td>{report.counts[e].updated}</td>
              <td>{report.counts[e].unchanged}</td>
              <td>{report.counts[e].removed}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.rejections.length ? (
        <>
          <h3>{`Rejected (${report.rejections.length})`}</h3>
          <ul class="rejections">
            {report.rejections.map((r) => (
              <li safe>{describeRejection(r)}</li>
            ))}
          </ul>
        </>
      ) : (
        ""
      )}
      {report.skipped.length ? (
        <details>
          <summary>{`Skipped by design (${report.skipped.length})`}</summary>
          <ul>
            {report.skipped.map((r) => (
              <li safe>{describeRejection(r)}</li>
            ))}
          </ul>
        </details>
      ) : (
        ""
      )}
    </section>
  );
}

export function RosterPage({ layout, csrfToken, report, error }: { layout: AdminLayoutProps; csrfToken: string | undefined; report?: ImportReport; error?: string }) {
  return (
    <AdminLayout title="Import a roster" layout={layout}>
      <div class="page-header">
        <div>
          <h1>Import a roster</h1>
          <p>
            A OneRoster 1.1 CSV export, zipped: orgs.csv, users.csv, classes.csv and enrollments.csv. Importing again updates; it never duplicates. The
            same import runs from the command line: <code>bun run roster:import PATH</code>.
          </p>
        </div>
      </div>
      <form class="card stack" method="post" action="/admin/roster" enctype="multipart/form-data" hx-post="/admin/roster" hx-encoding="multipart/form-data" hx-target="#import-result" hx-swap="innerHTML" hx-disable="find button">
        <CsrfField token={csrfToken} />
        <div class="field">
          <label for="bundle">OneRoster export (.zip)</label>
          <input id="bundle" name="bundle" type="file" accept=".zip,application/zip" required aria-describedby="bundle-hint" />
          <p class="hint" id="bundle-hint">
            Rows with problems are listed with their reason. By default nothing is written when any row is rejected.
          </p>
        </div>
        <label class="check">
          <input type="checkbox" name="allowPartial" value="on" />
          <span>Import the valid rows even if some are rejected</span>
        </label>
        <label class="check">
          <input type="checkbox" name="dryRun" value="on" />
          <span>Only check the export; write nothing</span>
        </label>
        <div>
          <button type="submit">Import</button> <span class="htmx-indicator muted">Importing…</span>
        </div>
        {error ? (
          <p class="field-error" role="alert" safe>
            {error}
          </p>
        ) : (
          ""
        )}
      </form>
      <div id="import-result">{report ? <ImportReportView report={report} /> : ""}</div>
    </AdminLayout>
  );
}
