import type { ClassDetail, ClassSummary, SchoolSummary } from "../../src/roster/queries.ts";
import { AdminLayout, type AdminLayoutProps } from "./admin-layout.tsx";

export function ClassesPage({ layout, schools, classes, total, schoolId, q }: { layout: AdminLayoutProps; schools: SchoolSummary[]; classes: ClassSummary[]; total: number; schoolId: string; q: string }) {
  return (
    <AdminLayout title="Schools and classes" layout={layout}>
      <div class="page-header">
        <div>
          <h1>Schools and classes</h1>
          <p>From the district's OneRoster exports. Safety incidents reach teachers through these classes.</p>
        </div>
        <a class="button" href="/admin/roster">
          Import a roster
        </a>
      </div>
      {schools.length === 0 ? (
        <p class="alert">No roster has been imported yet. Import a OneRoster 1.1 export (a .zip of CSV files) to create schools and classes.</p>
      ) : (
        <div class="grid">
          {schools.map((s) => (
            <a class="card stretched" href={`/admin/classes?school=${s.id}`} aria-current={s.id === schoolId ? "true" : undefined}>
              <h2 safe>{s.name}</h2>
              <p class="muted">{`${s.classes} classes · ${s.people} people`}</p>
            </a>
          ))}
        </div>
      )}
      <form class="toolbar" method="get" action="/admin/classes">
        {schoolId ? <input type="hidden" name="school" value={schoolId} /> : ""}
        <div class="field">
          <label for="q">Search classes by title or code</label>
          <input id="q" name="q" type="search" value={q} />
        </div>
        <button type="submit">Search</button>
      </form>
      <p class="muted" role="status">{total === 1 ? "1 class" : `${total} classes`}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Class</th>
            <th scope="col">School</th>
            <th scope="col">Teachers</th>
            <th scope="col">Students</th>
          </tr>
        </thead>
        <tbody>
          {classes.map((c) => (
            <tr>
              <td>
                <a href={`/admin/classes/${c.id}`} safe>
                  {c.title}
                </a>{" "}
                {c.classCode ? (
                  <code class="muted" safe>
                    {c.classCode}
                  </code>
                ) : (
                  ""
                )}
              </td>
              <td safe>{c.schoolName}</td>
              <td>{c.teachers}</td>
              <td>{c.students}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </AdminLayout>
  );
}

export function ClassPage({ layout, detail }: { layout: AdminLayoutProps; detail: ClassDetail }) {
  const people = (title: string, list: ClassDetail["teachers"]) => (
    <section class="card" aria-label={title}>
      <h2 safe>{`${title} (${list.length})`}</h2>
      <ul>
        {list.map((p) => (
          <li>
            <span safe>{p.name || p.email}</span> <span class="muted" safe>{p.email}</span> {p.disabled ? <span class="badge danger">Disabled</span> : ""}
          </li>
        ))}
      </ul>
    </section>
  );
  return (
    <AdminLayout title={detail.class.title} layout={layout}>
      <p>
        <a href="/admin/classes">← All classes</a>
      </p>
      <h1 safe>{detail.class.title}</h1>
      <p class="muted" safe>
        {`${detail.school.name} · ${detail.class.classCode || detail.class.sourcedId}`}
      </p>
      <div class="grid">
        {people("Teachers", detail.teachers)}
        {people("Students", detail.students)}
      </div>
    </AdminLayout>
  );
}
