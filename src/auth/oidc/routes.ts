// The two HTTP ends of an OIDC sign-in. /auth/oidc/start keeps the sealed
// transaction in a cookie and sends the browser to the provider; the provider
// sends it back to /auth/oidc/callback, which verifies everything, spends the
// transaction and hands the verified person to onSignedIn (the session core:
// find or create the user, start the session, answer with a redirect).
import { Elysia } from "elysia";
import { isHtmx } from "../../platform/htmx.ts";
import type { authPlugin } from "../plugin.ts";
import { roleForClaims, type RoleId, type RoleRules } from "../role-rules.ts";
import { OIDC_CALLBACK_PATH, type OidcConfig } from "./config.ts";
import type { OidcSignIn, VerifiedClaims } from "./client.ts";
import { clearTransactionCookie, readCookie, setTransactionCookie, transactionCookieName } from "./cookie.ts";

export interface OidcSignedIn {
  claims: VerifiedClaims;
  /** The role the rules give this person; apply it when the user is created. */
  roleId: RoleId;
  /** A same-origin path (already checked) to send the person to. */
  returnTo: string;
}

export interface OidcRoutesOptions {
  oidc: OidcSignIn;
  /** config.auth.oidc: the registered callback URL decides the cookie's Secure flag and the URL given back to the provider. */
  settings: Pick<OidcConfig, "redirectUri">;
  roleRules: RoleRules;
  onSignedIn(signedIn: OidcSignedIn, request: Request): Response | Promise<Response>;
  /** The auth plugin, for the routes' access rule (both are public: they are how one signs in). */
  auth: ReturnType<typeof authPlugin>;
}

const NO_STORE = { "Cache-Control": "no-store" };

export function oidcRoutes(opts: OidcRoutesOptions) {
  const secure = opts.settings.redirectUri.startsWith("https:");
  const cookieName = transactionCookieName(secure);

  return new Elysia({ name: "auth/oidc" })
    .use(opts.auth)
    .get("/auth/oidc/start", async ({ request, query }) => {
      const returnTo = typeof query.returnTo === "string" ? query.returnTo : undefined;
      const { authorizationUrl, sealedTransaction } = await opts.oidc.beginSignIn({ returnTo });
      const headers = { ...NO_STORE, "Set-Cookie": setTransactionCookie(sealedTransaction, secure) };
      // htmx would follow a 302 with XHR and hit the provider's CORS wall: ask for a full page load.
      if (isHtmx(request.headers)) return new Response(null, { status: 200, headers: { ...headers, "HX-Redirect": authorizationUrl.href } });
      return new Response(null, { status: 302, headers: { ...headers, Location: authorizationUrl.href } });
    }, { public: true })
    .get(OIDC_CALLBACK_PATH, async ({ request, set }) => {
      // Whatever happens next, this transaction is spent. Elysia appends these
      // headers to onSignedIn's Response and to the error page alike, keeping the
      // session cookie onSignedIn sets.
      set.headers["set-cookie"] = clearTransactionCookie(secure);
      set.headers["cache-control"] = NO_STORE["Cache-Control"];
      const { claims, returnTo } = await opts.oidc.completeSignIn(
        callbackUrl(opts.settings.redirectUri, request),
        readCookie(request.headers, cookieName),
      );
      const roleId = roleForClaims(claims, opts.roleRules);
      return opts.onSignedIn({ claims, roleId, returnTo }, request);
    }, { public: true });
}

/**
 * The callback as the provider addressed it: the registered redirect URI plus
 * the query it added. Behind the ALB, request.url names the container, not the
 * public address, and openid-client sends this URL back as redirect_uri.
 */
export function callbackUrl(redirectUri: string, request: Request): URL {
  const url = new URL(redirectUri);
  url.search = new URL(request.url).search;
  return url;
}
