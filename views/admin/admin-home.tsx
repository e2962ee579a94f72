import { AdminLayout, type AdminLayoutProps } from "./admin-layout.tsx";

export function AdminHome({ layout, counts }: { layout: AdminLayoutProps; counts: { users: number; roles: number; schools: number; classes: number } }) {
  const cards = [
    { href: "/admin/users", title: "Users", n: counts.users, text: "People, their roles, and who is disabled." },
    { href: "/admin/roles", title: "Roles", n: counts.roles, text: "Capabilities and safety profiles per role." },
    { href: "/admin/classes", title: "Schools and classes", n: counts.classes, text: `${counts.schools} schools; import OneRoster rosters.` },
    { href: "/admin/audit", title: "Audit log", n: undefined, text: "Who changed what, and refused access." },
  ];
  return (
    <AdminLayout title="Overview" layout={layout}>
      <h1>Administration</h1>
      <div class="grid">
        {cards.map((c) => (
          <a class="card stretched" href={c.href}>
            <h2 safe>{c.title}</h2>
            {c.n !== undefined ? <p class="stat">{c.n}</p> : ""}
            <p class="muted" safe>
              {c.text}
            </p>
          </a>
        ))}
      </div>
    </AdminLayout>
  );
}
