import { actions, categories, levels } from "../../src/safety/engine/index.ts";
import type { ProfileForm } from "../../src/safety/profile-form.ts";
import { categoryLabels } from "../safety/incidents-page.tsx";
import { CsrfField, FormErrors } from "../components/forms.tsx";
import { AdminLayout, type AdminLayoutProps } from "./admin-layout.tsx";

const levelLabels = { mild: "Mild", harmful: "Harmful", critical: "Critical" } as const;

export function ProfileEditor({ id, title, form, csrfToken, problems, notice }: { id: "student" | "staff"; title: string; form: ProfileForm; csrfToken: string | undefined; problems?: string[]; notice?: string }) {
  const formId = `profile-${id}`;
  return (
    <form id={formId} class="card stack" method="post" action={`/admin/safety/${id}`} hx-post={`/admin/safety/${id}`} hx-target={`#${formId}`} hx-swap="outerHTML">
      <h2 safe>{title}</h2>
      <FormErrors errors={Object.fromEntries((problems ?? []).map((p, i) => [String(i), p]))} />
      {notice ? (
        <p class="alert alert-ok" role="status" safe>
          {notice}
        </p>
      ) : (
        ""
      )}
      <CsrfField token={csrfToken} />
      <table>
        <caption class="visually-hidden">{`What happens to a finding, by category and level, for the ${id} profile`}</caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            {levels.map((l) => (
              <th scope="col">{levelLabels[l]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {categories.map((c) => (
            <tr>
              <th scope="row">{categoryLabels[c] ?? c}</th>
              {levels.map((l) => (
                <td>
                  <label class="visually-hidden" for={`${formId}-${c}-${l}`}>{`${categoryLabels[c] ?? c}, ${levelLabels[l]}`}</label>
                  <select id={`${formId}-${c}-${l}`} name={`action.${c}.${l}`}>
                    {actions.map((a) => (
                      <option value={a} selected={form.actions[`${c}.${l}`] === a}>
                        {a}
                      </option>
                    ))}
                  </select>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div class="field">
        <label for={`${formId}-terms`}>Custom terms</label>
        <textarea id={`${formId}-terms`} name="customTerms" rows="4" aria-describedby={`${formId}-terms-hint`} safe>
          {form.customTerms}
        </textarea>
        <p class="hint" id={`${formId}-terms-hint`}>
          One per line: <code>term | category | level</code>, e.g. <code>vape pen | drugs | harmful</code>.
        </p>
      </div>
      <div class="field">
        <label for={`${formId}-topics`}>Blocked topics</label>
        <textarea id={`${formId}-topics`} name="blockedTopics" rows="6" aria-describedby={`${formId}-topics-hint`} safe>
          {form.blockedTopics}
        </textarea>
        <p class="hint" id={`${formId}-topics-hint`}>
          A first line <code>Label | category | level</code>, then one example request per line; a blank line before the next topic.
        </p>
      </div>
      <label class="check">
        <input type="checkbox" name="failClosed" value="on" checked={form.failClosed} disabled={id === "student"} />
        <span>{id === "student" ? "Refuse messages when a check fails (always on for students)" : "Refuse messages when a check fails (otherwise they pass, flagged)"}</span>
      </label>
      <div class="actions">
        <button type="submit">Save profile</button>
      </div>
    </form>
  );
}

export function SafetyProfilesPage({ layout, forms, csrfToken }: { layout: AdminLayoutProps; forms: { student: ProfileForm; staff: ProfileForm }; csrfToken: string | undefined }) {
  return (
    <AdminLayout title="Safety profiles" layout={layout}>
      <div class="page-header">
        <div>
          <h1>Safety profiles</h1>
          <p>What the policy does with each kind of finding. Students are held to the strict profile; staff may discuss professional topics. Changes apply at once, on every server.</p>
        </div>
      </div>
      <div class="stack-lg">
        <ProfileEditor id="student" title="Students" form={forms.student} csrfToken={csrfToken} />
        <ProfileEditor id="staff" title="Staff (teachers, staff, administrators)" form={forms.staff} csrfToken={csrfToken} />
      </div>
    </AdminLayout>
  );
}
