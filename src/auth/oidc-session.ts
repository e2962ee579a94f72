// What happens once the identity provider vouched for someone: find or create
// the user (the role rules decide a new user's role), start a session, and
// send them where they were going.
import type { Db } from "../platform/db/client.ts";
import type { Logger } from "../platform/logger.ts";
import { SESSION_COOKIE, setCookieHeader } from "./cookies.ts";
import type { OidcSignedIn } from "./oidc/routes.ts";
import { createSession } from "./sessions.ts";
import { userForSignIn } from "./users.ts";

export function completeOidcSignIn(opts: { db: Db; logger: Logger; sessionMaxAgeS: number; isSecure: (request: Request) => boolean }) {
  return async ({ claims, roleId, returnTo }: OidcSignedIn, request: Request): Promise<Response> => {
    const user = await userForSignIn(opts.db, {
      email: claims.email,
      name: claims.name,
      roleId,
      oidcSubject: claims.subject,
      emailVerified: claims.emailVerified,
    });
    const { token } = await createSession(opts.db, user.id);
    opts.logger.info("signed in", { userId: user.id, method: "oidc" });
    return new Response(null, {
      status: 303,
      headers: { Location: returnTo, "Set-Cookie": setCookieHeader(SESSION_COOKIE, token, opts.isSecure(request), opts.sessionMaxAgeS) },
    });
  };
}
