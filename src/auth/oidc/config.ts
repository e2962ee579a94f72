// The sign-in part of Config: which mode, the OpenID Connect client, and the
// role rules. config.ts reads the variables; this turns them into typed values
// and names every problem, so a wrong setting stops the app at boot.
import { parseRoleRules, type RoleId, type RoleRules } from "../role-rules.ts";

export type AuthMode = "dev" | "oidc";

export interface OidcConfig {
  /** The issuer identifier, e.g. https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123. */
  issuer: string;
  clientId: string;
  /** Undefined for a public client (PKCE only). */
  clientSecret: string | undefined;
  scopes: string;
  /** The ID token claim holding the user's groups (`cognito:groups` on Cognito). */
  groupsClaim: string;
  /** `${PUBLIC_URL}/auth/oidc/callback`, registered at the provider as the callback URL. */
  redirectUri: string;
  /** Where the provider sends people after signing out (`${PUBLIC_URL}/`), registered as the sign-out URL. */
  postLogoutRedirectUri: string;
}

export interface AuthConfig {
  mode: AuthMode;
  /** Present exactly when mode is "oidc". */
  oidc: OidcConfig | undefined;
  roleRules: RoleRules;
}

export interface AuthEnv {
  AUTH_MODE: AuthMode | undefined;
  OIDC_ISSUER: string | undefined;
  OIDC_CLIENT_ID: string | undefined;
  OIDC_CLIENT_SECRET: string | undefined;
  OIDC_SCOPES: string;
  OIDC_GROUPS_CLAIM: string;
  ROLE_DEFAULT: RoleId;
  /** Comma-separated `domain=role` pairs. */
  ROLE_EMAIL_DOMAINS: string | undefined;
  /** Comma-separated `group=role` pairs. */
  ROLE_GROUPS: string | undefined;
}

export const OIDC_CALLBACK_PATH = "/auth/oidc/callback";

/** A provider on this machine (tests, a local IdP) may speak plain http; nothing else may. */
export function isLoopbackUrl(url: URL): boolean {
  return ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
}

export function buildAuthConfig(e: AuthEnv, ctx: { publicUrl: string; production: boolean }): { auth: AuthConfig; problems: string[] } {
  const problems: string[] = [];
  const mode: AuthMode = e.AUTH_MODE ?? (e.OIDC_ISSUER ? "oidc" : "dev");
  if (mode === "dev" && ctx.production) {
    problems.push("AUTH_MODE=dev (the development sign-in) is refused when NODE_ENV=production: set OIDC_ISSUER and OIDC_CLIENT_ID to sign in through Cognito");
  }

  let oidc: OidcConfig | undefined;
  if (mode === "oidc") {
    if (!e.OIDC_ISSUER) problems.push("OIDC_ISSUER is required when AUTH_MODE=oidc");
    if (!e.OIDC_CLIENT_ID) problems.push("OIDC_CLIENT_ID is required when AUTH_MODE=oidc");
    if (e.OIDC_ISSUER && new URL(e.OIDC_ISSUER).protocol !== "https:" && !isLoopbackUrl(new URL(e.OIDC_ISSUER))) {
      problems.push("OIDC_ISSUER must be an https:// URL (plain http is accepted only for a provider on this machine)");
    }
    if (!e.OIDC_SCOPES.split(/\s+/).includes("openid")) problems.push(`OIDC_SCOPES must include "openid", got "${e.OIDC_SCOPES}"`);
    if (e.OIDC_ISSUER && e.OIDC_CLIENT_ID) {
      oidc = {
        issuer: e.OIDC_ISSUER,
        clientId: e.OIDC_CLIENT_ID,
        clientSecret: e.OIDC_CLIENT_SECRET,
        scopes: e.OIDC_SCOPES.split(/\s+/).filter(Boolean).join(" "),
        groupsClaim: e.OIDC_GROUPS_CLAIM,
        redirectUri: `${ctx.publicUrl}${OIDC_CALLBACK_PATH}`,
        postLogoutRedirectUri: `${ctx.publicUrl}/`,
      };
    }
  }

  const entries = (raw: string | undefined) => (raw ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const roles = parseRoleRules({ defaultRole: e.ROLE_DEFAULT, emailDomains: entries(e.ROLE_EMAIL_DOMAINS), groups: entries(e.ROLE_GROUPS) });
  problems.push(...roles.problems);
  return { auth: { mode, oidc, roleRules: roles.rules }, problems };
}
