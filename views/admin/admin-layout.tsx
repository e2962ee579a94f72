// The admin area: a section navigation beside every admin page.
import type { Children } from "@kitajs/html";
import { Layout, type LayoutProps } from "../layout.tsx";

const sections = [
  { href: "/admin/users", label: "Users" },
  { href: "/admin/roles", label: "Roles" },
  { href: "/admin/classes", label: "Schools and classes" },
  { href: "/admin/roster", label: "Import a roster" },
  { href: "/admin/models", label: "Models" },
  { href: "/admin/safety", label: "Safety profiles" },
  { href: "/admin/settings", label: "Settings" },
  { href: "/admin/audit", label: "Audit log" },
];

export type AdminLayoutProps = Omit<LayoutProps, "title" | "children">;

export function AdminLayout({ title, layout, children }: { title: string; layout: AdminLayoutProps; children: Children }) {
  const path = layout.path ?? "";
  return (
    <Layout title={`${title} · Admin`} {...layout}>
      <div class="admin">
        <nav class="admin-nav" aria-label="Administration">
          <ul>
            {sections.map((s) => (
              <li>
                <a href={s.href} aria-current={path === s.href || path.startsWith(s.href + "/") ? "page" : undefined} safe>
                  {s.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div class="admin-main">{children}</div>
      </div>
    </Layout>
  );
}
