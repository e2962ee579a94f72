import { CsrfField, Field, FormErrors, describedBy } from "../components/forms.tsx";
import { Layout, type LayoutProps } from "../layout.tsx";

export interface SignInPageProps {
  layout: Omit<LayoutProps, "title" | "children">;
  mode: "dev" | "oidc";
  next: string;
  roles: { id: string; name: string }[];
  values?: { email?: string; role?: string };
  errors?: Record<string, string>;
}

const emailHint = "Any address works in development; the account is created on first sign-in.";

export function SignInForm({ layout, next, roles, values = {}, errors = {} }: Omit<SignInPageProps, "mode">) {
  return (
    <form id="dev-sign-in" class="stack" method="post" action="/auth/dev" hx-post="/auth/dev" hx-target="this" hx-swap="outerHTML">
      <FormErrors errors={errors} />
      <CsrfField token={layout.csrfToken} />
      <input type="hidden" name="next" value={next} />
      <Field name="email" label="Email" error={errors.email} hint={emailHint}>
        <input
          id="email"
          name="email"
          type="email"
          autocomplete="email"
          required
          value={values.email ?? ""}
          aria-invalid={errors.email ? "true" : undefined}
          aria-describedby={describedBy("email", { error: errors.email, hint: emailHint })}
        />
      </Field>
      <Field name="role" label="Role" error={errors.role}>
        <select id="role" name="role" aria-invalid={errors.role ? "true" : undefined} aria-describedby={describedBy("role", { error: errors.role })}>
          {roles.map((r) => (
            <option value={r.id} selected={r.id === (values.role ?? "student")} safe>
              {r.name}
            </option>
          ))}
        </select>
      </Field>
      <div>
        <button type="submit">Sign in</button>
      </div>
    </form>
  );
}

export function SignInPage(props: SignInPageProps) {
  return (
    <Layout title="Sign in" {...props.layout}>
      <section class="card sign-in" aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Sign in to Atelier</h1>
        {props.mode === "oidc" ? (
          <>
            <p>Use your district account (Google or your school email).</p>
            <p>
              <a class="button" href={`/auth/oidc/start?returnTo=${encodeURIComponent(props.next)}`}>
                Sign in with your district account
              </a>
            </p>
          </>
        ) : (
          <>
            <p class="alert alert-warn">
              <strong>Development sign-in.</strong> No password is asked: pick an email and a role to try Atelier as that person.
              Production uses the district's single sign-on.
            </p>
            <SignInForm {...props} />
          </>
        )}
      </section>
    </Layout>
  );
}
