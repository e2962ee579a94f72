// Sign-in pages, dev sign-in, sign-out (here and everywhere) and the account page.
import { Elysia, t } from "elysia";
import { AccountPage } from "../../views/auth/account-page.tsx";
import { SignInForm, SignInPage } from "../../views/auth/sign-in-page.tsx";
import type { Db } from "../platform/db/client.ts";
import { AppError } from "../platform/errors.ts";
import { isHtmx, redirect } from "../platform/htmx.ts";
import type { Logger } from "../platform/logger.ts";
import { clientAddress, type RequestInfoOptions } from "../platform/request-info.ts";
import type { OidcSignIn } from "./oidc/client.ts";
import type { authPlugin } from "./plugin.ts";
import { hit } from "./rate-limit.ts";
import { listRoles } from "./roles.ts";
import { createSession, invalidateSession, invalidateUserSessions, listUserSessions } from "./sessions.ts";
import { emailProblem, normalizeEmail, userForSignIn } from "./users.ts";

export interface AuthRoutesOptions extends RequestInfoOptions {
  db: Db;
  logger: Logger;
  mode: "dev" | "oidc";
  auth: ReturnType<typeof authPlugin>;
  /** In oidc mode, signing out also ends the provider's session (Cognito's /logout). */
  oidc?: OidcSignIn;
}

/** Only a path on this site: never "//evil.example" or "https://…". */
export function safeNext(next: unknown): string {
  return typeof next === "string" && /^\/(?![/\\])[^\s]*$/.test(next) ? next : "/";
}

export function authRoutes(opts: AuthRoutesOptions) {
  const { db } = opts;
  return new Elysia({ name: "auth/routes" })
    .use(opts.auth)
    .get(
      "/auth/sign-in",
      async ({ page, query, authenticate }) => {
        const next = safeNext(query.next);
        if (await authenticate()) return redirect(new Headers(), next);
        const roles = opts.mode === "dev" ? (await listRoles(db)).map((r) => ({ id: r.id, name: r.name })) : [];
        return <SignInPage layout={await page()} mode={opts.mode} next={next} roles={roles} />;
      },
      { public: true, query: t.Object({ next: t.Optional(t.String()) }) },
    )
    .post(
      "/auth/dev",
      async ({ body, request, server, page, startSession, set }) => {
        if (opts.mode !== "dev") throw new AppError("not_found", "Development sign-in is switched off here.");
        const email = normalizeEmail(body.email);
        await hit(db, [
          { key: `sign-in:ip:${clientAddress(request, opts, server?.requestIP(request)?.address)}`, max: 20, windowMs: 60_000 },
          { key: `sign-in:email:${email}`, max: 5, windowMs: 60_000 },
        ]);
        const roles = (await listRoles(db)).map((r) => ({ id: r.id, name: r.name }));
        const errors: Record<string, string> = {};
        const emailError = emailProblem(email);
        if (emailError) errors.email = emailError;
        if (!roles.some((r) => r.id === body.role)) errors.role = "Choose one of the listed roles.";
        if (Object.keys(errors).length) {
          set.status = 422;
          return <SignInForm layout={await page()} next={safeNext(body.next)} roles={roles} values={{ email: body.email, role: body.role }} errors={errors} />;
        }
        const user = await userForSignIn(db, { email, roleId: body.role });
        const { token } = await createSession(db, user.id);
        startSession(token);
        opts.logger.info("signed in", { userId: user.id, method: "dev" });
        return redirect(request.headers, safeNext(body.next));
      },
      {
        public: true,
        body: t.Object({ email: t.String({ maxLength: 320 }), role: t.String({ maxLength: 40 }), next: t.Optional(t.String()), _csrf: t.Optional(t.String()) }),
      },
    )
    .post(
      "/auth/sign-out",
      async ({ authenticate, endSession, request }) => {
        const auth = await authenticate();
        if (auth) await invalidateSession(db, auth.session.id);
        endSession();
        const providerLogout = await opts.oidc?.signOutUrl();
        if (!providerLogout) return redirect(request.headers, "/");
        // The provider is another origin: htmx must do a full navigation.
        if (isHtmx(request.headers)) return new Response(null, { headers: { "HX-Redirect": providerLogout.href } });
        return new Response(null, { status: 303, headers: { Location: providerLogout.href } });
      },
      { public: true },
    )
    .post(
      "/auth/sign-out-everywhere",
      async ({ me, endSession, request }) => {
        const ended = await invalidateUserSessions(db, me.user.id);
        opts.logger.info("signed out everywhere", { userId: me.user.id, sessions: ended });
        endSession();
        return redirect(request.headers, "/");
      },
      { auth: true },
    )
    .get(
      "/account",
      async ({ me, page }) => {
        const sessions = await listUserSessions(db, me.user.id);
        return (
          <AccountPage
            layout={await page()}
            email={me.user.email}
            roleName={me.role.name}
            sessions={sessions
              .map((s) => ({ current: s.id === me.session.id, createdAt: s.createdAt, lastVerifiedAt: s.lastVerifiedAt }))
              .sort((a, b) => b.lastVerifiedAt.getTime() - a.lastVerifiedAt.getTime())}
          />
        );
      },
      { auth: true },
    );
}
