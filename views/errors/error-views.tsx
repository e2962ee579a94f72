// What a person sees when something goes wrong: a whole page in a browser,
// a small alert when htmx asked for a fragment.
import { Layout } from "../layout.tsx";

export interface ErrorViewProps {
  status: number;
  title: string;
  message: string;
  requestId?: string;
  fields?: Record<string, string>;
}

const titles: Record<number, string> = {
  400: "That request could not be read",
  401: "Please sign in",
  403: "You do not have access",
  404: "Page not found",
  413: "That is too large",
  422: "Please check what you entered",
  429: "Too many attempts",
  503: "Atelier is briefly unavailable",
};

export function errorTitle(status: number): string {
  return titles[status] ?? "Something went wrong";
}

function FieldList({ fields }: { fields?: Record<string, string> }) {
  const entries = Object.entries(fields ?? {});
  if (!entries.length) return <></>;
  return (
    <ul>
      {entries.map(([name, msg]) => (
        <li>
          <strong safe>{name}</strong>: <span safe>{msg}</span>
        </li>
      ))}
    </ul>
  );
}

export function ErrorFragment(props: ErrorViewProps) {
  return (
    <div class="alert alert-error" role="alert">
      <strong safe>{props.title}</strong>
      <p safe>{props.message}</p>
      <FieldList fields={props.fields} />
    </div>
  );
}

export function ErrorPage(props: ErrorViewProps) {
  return (
    <Layout title={props.title}>
      <section class="error-page" aria-labelledby="error-title">
        <p class="code">Error {props.status}</p>
        <h1 id="error-title" safe>
          {props.title}
        </h1>
        <p safe>{props.message}</p>
        <FieldList fields={props.fields} />
        <p>
          <a class="button" href="/">
            Go to the home page
          </a>
        </p>
        {props.requestId ? (
          <p class="muted">
            Reference: <code safe>{props.requestId}</code>
          </p>
        ) : (
          ""
        )}
      </section>
    </Layout>
  );
}
