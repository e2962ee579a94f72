// Who is asking, and may they? Every route declares its rule with one macro:
//   { public: true }        anyone, signed in or not
//   { auth: true }          any signed-in user
//   { can: "admin" }        a signed-in user whose role holds the capability
// The check runs in the transform phase, before the body is validated, so a
// refused request learns nothing about the route. Each rule is tagged on its
// hook, so tests can list every route's rule (see authorization-matrix.test).
import { Elysia } from "elysia";
import type { LayoutProps, Viewer } from "../../views/layout.tsx";
import type { Db } from "../platform/db/client.ts";
import { recordAudit } from "../platform/audit/service.ts";
import { AppError } from "../platform/errors.ts";
import type { Logger } from "../platform/logger.ts";
import { capabilities as capabilityNames, type Capability } from "./capabilities.ts";
import { CSRF_COOKIE, SESSION_COOKIE, cookieAttributes } from "./cookies.ts";
import { CSRF_FIELD, CSRF_HEADER, UNSAFE_METHODS, crossSite, csrfTokenFor, csrfTokenValid, newCsrfSecret } from "./csrf.ts";
import { navFor } from "./nav.ts";
import { validateSessionToken, type Authenticated, type SessionPolicy } from "./sessions.ts";

export interface AuthPluginOptions {
  db: Db;
  logger: Logger;
  policy: SessionPolicy;
  csrfKey: Buffer;
  /** Our own origins (from PUBLIC_URL), for the Origin check. */
  ownOrigins: string[];
  isSecure: (request: Request) => boolean;
}

export type AccessRule = "public" | "auth" | `can:${string}`;

function tagged<F extends (...args: never[]) => unknown>(rule: AccessRule, fn: F): F {
  return Object.assign(fn, { accessRule: rule });
}

/** The access rule a route declared, read back from its hooks (for tests and docs). */
export function accessRuleOf(route: { hooks?: unknown }): AccessRule | undefined {
  const transforms = (route.hooks as { transform?: unknown[] } | undefined)?.transform ?? [];
  for (const h of transforms) {
    const fn = (h as { fn?: unknown }).fn ?? h;
    const rule = (fn as { accessRule?: AccessRule }).accessRule;
    if (rule) return rule;
  }
  return undefined;
}

export type PageContext = Pick<LayoutProps, "path" | "nav" | "viewer" | "csrfToken">;

export function authPlugin(opts: AuthPluginOptions) {
  const sessionMaxAgeS = Math.floor(opts.policy.idleMs / 1000);

  return new Elysia({ name: "auth" })
    .derive({ as: "global" }, ({ request, cookie, path, set }) => {
      // Set by the HTTP platform's onRequest; audit entries carry it.
      const requestId = String(set.headers["X-Request-Id"] ?? "");
      const secure = opts.isSecure(request);
      let memo: Promise<Authenticated | null> | undefined;
      const authenticate = () =>
        (memo ??= (async () => {
          const token = cookie[SESSION_COOKIE]?.value;
          if (typeof token !== "string" || !token) return null;
          const auth = await validateSessionToken(opts.db, token, opts.policy);
          if (!auth) {
            // A forged or expired cookie simply means signed out.
            cookie[SESSION_COOKIE]!.set({ value: "", ...cookieAttributes(secure, 0) });
            return null;
          }
          if (auth.refreshed) cookie[SESSION_COOKIE]!.set({ value: token, ...cookieAttributes(secure, sessionMaxAgeS) });
          return auth;
        })());

      // The CSRF cookie is made only when a page needs a token, so static files,
      // health checks and redirects never touch cookies.
      let csrfToken: string | undefined;
      const csrf = (): string => {
        if (csrfToken) return csrfToken;
        const fromCookie = cookie[CSRF_COOKIE]?.value;
        let secret = typeof fromCookie === "string" && fromCookie ? fromCookie : undefined;
        if (!secret) {
          secret = newCsrfSecret();
          cookie[CSRF_COOKIE]!.set({ value: secret, ...cookieAttributes(secure, 60 * 60 * 24 * 30) });
        }
        csrfToken = csrfTokenFor(opts.csrfKey, secret);
        return csrfToken;
      };

      /** The layout's view of who is signed in, for any page. */
      const page = async (): Promise<PageContext> => {
        const auth = await authenticate();
        const viewer: Viewer | undefined = auth ? { name: auth.user.name, email: auth.user.email, roleName: auth.role.name } : undefined;
        return { path, csrfToken: csrf(), viewer, nav: auth ? navFor(auth.capabilities) : [] };
      };

      const startSession = (token: string) => cookie[SESSION_COOKIE]!.set({ value: token, ...cookieAttributes(secure, sessionMaxAgeS) });
      const endSession = () => cookie[SESSION_COOKIE]!.set({ value: "", ...cookieAttributes(secure, 0) });

      return { authenticate, page, csrf, startSession, endSession, requestId };
    })
    .onTransform({ as: "global" }, ({ request, cookie, body, path }) => {
      if (!UNSAFE_METHODS.has(request.method)) return;
      if (crossSite(request.headers, opts.ownOrigins)) {
        opts.logger.warn("cross-site request refused", { path, origin: request.headers.get("origin") });
        throw new AppError("forbidden", "This request came from another site and was refused.");
      }
      const fromBody = body && typeof body === "object" ? (body as Record<string, unknown>)[CSRF_FIELD] : undefined;
      const token = request.headers.get(CSRF_HEADER) || (typeof fromBody === "string" ? fromBody : undefined);
      const secret = cookie[CSRF_COOKIE]?.value;
      if (!csrfTokenValid(opts.csrfKey, typeof secret === "string" ? secret : undefined, token)) {
        throw new AppError("forbidden", "This form has expired or did not come from Atelier. Reload the page and try again.");
      }
    })
    .macro({
      public: {
        transform: tagged("public", () => {}),
      },
      auth: {
        transform: tagged("auth", async ({ authenticate }: { authenticate: () => Promise<Authenticated | null> }) => {
          if (!(await authenticate())) throw new AppError("unauthorized", "Please sign in to continue.");
        }),
        resolve: async ({ authenticate }) => ({ me: (await authenticate())! }),
      },
      /** One capability, or several of which any one is enough. */
      can: (needed: Capability | Capability[]) => {
        const anyOf = Array.isArray(needed) ? needed : [needed];
        const capability = anyOf.join("|");
        return {
        transform: tagged(`can:${capability}`, async ({ authenticate, path, request }: { authenticate: () => Promise<Authenticated | null>; path: string; request: Request }) => {
          const auth = await authenticate();
          if (!auth) throw new AppError("unauthorized", "Please sign in to continue.");
          if (!anyOf.some((c) => auth.capabilities.has(c))) {
            opts.logger.warn("access denied", { userId: auth.user.id, role: auth.role.id, capability, method: request.method, path });
            await recordAudit(opts.db, {
              actorId: auth.user.id,
              action: "access.denied",
              subjectType: "route",
              subjectId: `${request.method} ${path}`,
              after: { capability, role: auth.role.id },
            });
            throw new AppError("forbidden", `Your role does not allow this (${capabilityNames[anyOf[0]!].toLowerCase()}).`);
          }
        }),
        resolve: async ({ authenticate }: { authenticate: () => Promise<Authenticated | null> }) => ({ me: (await authenticate())! }),
        };
      },
    });
}
