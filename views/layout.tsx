// The page shell: landmarks, skip link, navigation, a live region for
// notices, and the scripts (htmx and its SSE extension, served by the app).
import type { Children } from "@kitajs/html";
import { asset } from "./assets.ts";

export interface NavItem {
  href: string;
  label: string;
  /** An SSE endpoint whose messages replace a small badge beside the label (e.g. open incidents). */
  live?: string;
}

export interface Viewer {
  name: string;
  email: string;
  roleName: string;
}

export interface LayoutProps {
  title: string;
  /** The current path, to mark the active navigation item. */
  path?: string;
  nav?: NavItem[];
  viewer?: Viewer;
  /** Sent by htmx on every state-changing request (see views/assets/app.js). */
  csrfToken?: string;
  children?: Children;
}

// htmx configuration: error responses are swapped (htmx 4 default); the
// server retargets generic errors to #flash. Indicator CSS lives in app.css
// because the CSP forbids injected inline styles.
const htmxConfig = JSON.stringify({ includeIndicatorCSS: false, defaultTimeout: 60000 });

export function Layout({ title, path = "/", nav = [], viewer, csrfToken, children }: LayoutProps) {
  return (
    <>
      {"<!doctype html>"}
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title safe>{`${title} · Atelier`}</title>
          <meta name="htmx-config" content={htmxConfig} />
          {csrfToken ? <meta name="csrf-token" content={csrfToken} /> : ""}
          <link rel="icon" href={asset("favicon.svg")} type="image/svg+xml" />
          <link rel="stylesheet" href={asset("app.css")} />
          <script src={asset("htmx.js")} defer></script>
          <script src={asset("hx-sse.js")} defer></script>
          <script src={asset("app.js")} defer></script>
        </head>
        <body>
          <a class="skip-link" href="#main">
            Skip to main content
          </a>
          <header class="site-header">
            <a class="brand" href="/" aria-label="Atelier home">
              <img src={asset("favicon.svg")} alt="" width="28" height="28" />
              <span>Atelier</span>
            </a>
            {nav.length > 0 ? (
              <nav aria-label="Main">
                <ul>
                  {nav.map((item) => (
                    <li>
                      <a href={item.href} aria-current={isCurrent(path, item.href) ? "page" : undefined}>
                        <span safe>{item.label}</span>
                        {item.live ? <span class="nav-badge" {...{ "hx-sse:connect": item.live, "hx-swap": "innerHTML" }}></span> : ""}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            ) : (
              ""
            )}
            <div class="account">
              {viewer ? (
                <>
                  <span class="who">
                    <a class="who-name" href="/account" title="Your account and sessions" safe>
                      {viewer.name || viewer.email}
                    </a>
                    <span class="badge" safe>
                      {viewer.roleName}
                    </span>
                  </span>
                  <form method="post" action="/auth/sign-out">
                    {csrfToken ? <input type="hidden" name="_csrf" value={csrfToken} /> : ""}
                    <button type="submit" class="button ghost">
                      Sign out
                    </button>
                  </form>
                </>
              ) : (
                <a class="button" href="/auth/sign-in">
                  Sign in
                </a>
              )}
            </div>
          </header>
          <div id="flash" class="flash" role="status" aria-live="polite"></div>
          <main id="main" tabindex="-1">
            {children}
          </main>
          <footer class="site-footer">
            <p>Atelier: an AI studio for schools. Every model call follows the district's safety policy.</p>
          </footer>
        </body>
      </html>
    </>
  );
}

function isCurrent(path: string, href: string): boolean {
  return href === "/" ? path === "/" : path === href || path.startsWith(href + "/");
}
