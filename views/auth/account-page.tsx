import { CsrfField } from "../components/forms.tsx";
import { Layout, type LayoutProps } from "../layout.tsx";

export interface AccountPageProps {
  layout: Omit<LayoutProps, "title" | "children">;
  email: string;
  roleName: string;
  sessions: { current: boolean; createdAt: Date; lastVerifiedAt: Date }[];
  notice?: string;
}

const when = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ") + " UTC";

export function AccountPage({ layout, email, roleName, sessions, notice }: AccountPageProps) {
  return (
    <Layout title="Your account" {...layout}>
      <div class="page-header">
        <div>
          <h1>Your account</h1>
          <p>
            <span safe>{email}</span> · <span safe>{roleName}</span>
          </p>
        </div>
      </div>
      {notice ? (
        <p class="alert alert-ok" role="status" safe>
          {notice}
        </p>
      ) : (
        ""
      )}
      <section class="card" aria-labelledby="sessions-title">
        <h2 id="sessions-title">Where you are signed in</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Signed in</th>
              <th scope="col">Last active</th>
              <th scope="col">
                <span class="visually-hidden">This device</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr>
                <td>{when(s.createdAt)}</td>
                <td>{when(s.lastVerifiedAt)}</td>
                <td>{s.current ? <span class="badge ok">This device</span> : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="post" action="/auth/sign-out-everywhere" class="actions">
          <CsrfField token={layout.csrfToken} />
          <button type="submit" class="danger" data-confirm="Sign out on every device, including this one?">
            Sign out everywhere
          </button>
        </form>
      </section>
    </Layout>
  );
}
