// Sign-in through an OpenID Connect provider (Cognito's hosted UI, which
// federates Google) with openid-client: authorization code + PKCE (S256),
// state and nonce. The callback checks, in this order: the sealed transaction
// cookie (ours, unaltered, under 10 minutes), the state, that this state was
// never used before (database, so across every app instance), then openid-client
// exchanges the code and verifies the ID token: issuer, audience, expiry,
// nonce, and its signature against the provider's JWKS.
import * as client from "openid-client";
import type { Logger } from "../../platform/logger.ts";
import { isLoopbackUrl, type OidcConfig } from "./config.ts";
import { SignInRefused, signInUnavailable, toSignInError } from "./errors.ts";
import {
  openTransaction,
  safeReturnTo,
  sealTransaction,
  TRANSACTION_TTL_MS,
  transactionKey,
  type SignInTransaction,
} from "./transaction.ts";
import type { UsedStates } from "./used-states.ts";

/** What the ID token says about the person, once every check has passed. */
export interface VerifiedClaims {
  /** The provider's stable id for the person (`sub`): the key to find them again. */
  subject: string;
  email: string;
  emailVerified: boolean;
  name: string;
  groups: string[];
}

export interface OidcSignInOptions {
  oidc: OidcConfig;
  /** SECRETS_KEY (resolveSecretsKey(config)); the transaction key is derived from it. */
  secretsKey: Uint8Array;
  usedStates: UsedStates;
  logger?: Logger;
  /** Seconds added to this server's clock and allowed drift, for ID token time checks. */
  clock?: { skewSeconds?: number; toleranceSeconds?: number };
  /** Replaces fetch for every request to the provider (an egress proxy; tests). */
  customFetch?: client.CustomFetch;
  now?: () => number;
}

export interface BeganSignIn {
  authorizationUrl: URL;
  /** The value of the transaction cookie. */
  sealedTransaction: string;
}

export interface CompletedSignIn {
  claims: VerifiedClaims;
  returnTo: string;
}

export interface OidcSignIn {
  beginSignIn(opts?: { returnTo?: string | null }): Promise<BeganSignIn>;
  completeSignIn(callbackUrl: URL, sealedTransaction: string | undefined): Promise<CompletedSignIn>;
  /** Where to send the browser to end the provider's session too; undefined if it offers no way. */
  signOutUrl(): Promise<URL | undefined>;
}

export function createOidcSignIn(opts: OidcSignInOptions): OidcSignIn {
  const { oidc, usedStates, logger } = opts;
  const now = opts.now ?? Date.now;
  const key = transactionKey(opts.secretsKey);
  let discovered: Promise<client.Configuration> | undefined;

  // Discovery happens once, on first use, and is retried if it failed: the app
  // starts even while the provider is unreachable.
  const configuration = () => {
    discovered ??= discover(opts).catch((err: unknown) => {
      discovered = undefined;
      logger?.error("oidc discovery failed", { issuer: oidc.issuer, error: describe(err) });
      throw signInUnavailable();
    });
    return discovered;
  };

  return {
    async beginSignIn({ returnTo } = {}) {
      const config = await configuration();
      const tx: SignInTransaction = {
        codeVerifier: client.randomPKCECodeVerifier(),
        state: client.randomState(),
        nonce: client.randomNonce(),
        returnTo: safeReturnTo(returnTo),
        createdAt: now(),
      };
      const authorizationUrl = client.buildAuthorizationUrl(config, {
        redirect_uri: oidc.redirectUri,
        scope: oidc.scopes,
        code_challenge: await client.calculatePKCECodeChallenge(tx.codeVerifier),
        code_challenge_method: "S256",
        state: tx.state,
        nonce: tx.nonce,
      });
      return { authorizationUrl, sealedTransaction: sealTransaction(key, tx) };
    },

    async completeSignIn(callbackUrl, sealedTransaction) {
      try {
        const opened = openTransaction(key, sealedTransaction, now());
        if (!opened.ok) {
          throw new SignInRefused(
            opened.reason === "missing" ? "no_transaction" : opened.reason === "expired" ? "transaction_expired" : "transaction_invalid",
          );
        }
        const tx = opened.transaction;
        // Compared before the state is marked used, so a stray callback with a
        // wrong state cannot spend the sign-in that is really in progress.
        const params = callbackUrl.searchParams;
        if (params.get("state") !== tx.state) throw new SignInRefused("state_mismatch");
        if (!params.get("code") && !params.get("error")) throw new SignInRefused("code_missing");
        if (!(await usedStates.claim(tx.state, new Date(tx.createdAt + TRANSACTION_TTL_MS)))) {
          throw new SignInRefused("state_replayed");
        }
        const config = await configuration();
        const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
          pkceCodeVerifier: tx.codeVerifier,
          expectedState: tx.state,
          expectedNonce: tx.nonce,
          idTokenExpected: true,
        });
        const claims = tokens.claims();
        if (!claims) throw new SignInRefused("token_invalid");
        return { claims: readClaims(claims, oidc.groupsClaim), returnTo: tx.returnTo };
      } catch (err) {
        const appError = toSignInError(err);
        const reason = appError instanceof SignInRefused ? appError.reason : appError.code;
        // The reason only: the library error's cause can hold the token or the provider's reply.
        logger?.warn("oidc sign-in refused", { reason, ...(appError.status >= 500 ? { error: describe(err) } : {}) });
        throw appError;
      }
    },

    async signOutUrl() {
      const config = await configuration();
      return signOutUrlFor(config.serverMetadata(), oidc);
    },
  };
}

async function discover(opts: OidcSignInOptions): Promise<client.Configuration> {
  const { oidc, clock } = opts;
  const issuer = new URL(oidc.issuer);
  const metadata: Partial<client.ClientMetadata> = {
    [client.clockSkew]: clock?.skewSeconds ?? 0,
    [client.clockTolerance]: clock?.toleranceSeconds ?? 30,
  };
  const auth = oidc.clientSecret ? client.ClientSecretBasic(oidc.clientSecret) : client.None();
  const execute: ((c: client.Configuration) => void)[] = [client.enableNonRepudiationChecks];
  if (issuer.protocol === "http:" && isLoopbackUrl(issuer)) execute.push(client.allowInsecureRequests);
  return client.discovery(issuer, oidc.clientId, metadata, auth, {
    execute,
    timeout: 10,
    ...(opts.customFetch ? { [client.customFetch]: opts.customFetch } : {}),
  });
}

function readClaims(claims: client.IDToken, groupsClaim: string): VerifiedClaims {
  const email = typeof claims.email === "string" ? claims.email.trim() : "";
  if (!email.includes("@")) throw new SignInRefused("email_missing");
  const rawGroups = claims[groupsClaim];
  const groups = Array.isArray(rawGroups)
    ? rawGroups.filter((g): g is string => typeof g === "string")
    : typeof rawGroups === "string" && rawGroups
      ? [rawGroups]
      : [];
  const given = [claims.given_name, claims.family_name].filter((p): p is string => typeof p === "string" && p.length > 0);
  return {
    subject: claims.sub,
    email,
    // Cognito sends federated users' email_verified as the string "true".
    emailVerified: claims.email_verified === true || claims.email_verified === "true",
    name: typeof claims.name === "string" && claims.name.trim() ? claims.name.trim() : given.join(" "),
    groups,
  };
}

/**
 * Where to end the provider's session. Cognito first: since 2024 its discovery
 * document lists an end_session_endpoint, but that endpoint is its /logout,
 * which wants client_id and logout_uri rather than the standard
 * post_logout_redirect_uri. Other providers get RP-initiated logout.
 */
export function signOutUrlFor(server: client.ServerMetadata, oidc: Pick<OidcConfig, "clientId" | "postLogoutRedirectUri">): URL | undefined {
  const cognitoHostedUi = server.end_session_endpoint ?? server.authorization_endpoint;
  if (/^cognito-idp\.[a-z0-9-]+\.amazonaws\.com$/.test(new URL(server.issuer).hostname) && cognitoHostedUi) {
    const url = new URL("/logout", cognitoHostedUi);
    url.searchParams.set("client_id", oidc.clientId);
    url.searchParams.set("logout_uri", oidc.postLogoutRedirectUri);
    return url;
  }
  if (server.end_session_endpoint) {
    const url = new URL(server.end_session_endpoint);
    url.searchParams.set("client_id", oidc.clientId);
    url.searchParams.set("post_logout_redirect_uri", oidc.postLogoutRedirectUri);
    return url;
  }
  return undefined;
}

/** Name, code and message of an unexpected error, for the log: never its cause (tokens live there). */
function describe(err: unknown): string {
  if (err instanceof Error) return [err.name, (err as { code?: string }).code, err.message].filter(Boolean).join(": ");
  return String(err);
}
