// A real OpenID provider for the sign-in tests: oidc-provider on 127.0.0.1 at
// a random port, configured like Cognito where it matters (the claims sit in
// the ID token, `cognito:groups` included; PKCE required), and a browser stand-in
// that follows redirects with a cookie jar and answers the provider's login and
// consent interactions over HTTP. Nothing here leaves localhost.
import { generateKeyPairSync } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Provider } from "oidc-provider";

export interface TestAccount {
  email: string;
  email_verified?: boolean | string;
  name?: string;
  "cognito:groups"?: string[];
}

export interface TestClient {
  client_id: string;
  client_secret?: string;
  redirect_uris: string[];
  post_logout_redirect_uris?: string[];
  token_endpoint_auth_method?: "client_secret_basic" | "none";
}

export interface TestProvider {
  issuer: string;
  /** Who signs in at the next login prompt; "deny" makes the person refuse. */
  signInAs(accountId: string | "deny"): void;
  close(): Promise<void>;
}

export async function startTestProvider(opts: {
  clients: TestClient[];
  accounts: Record<string, TestAccount>;
  idTokenTtlSeconds?: number;
}): Promise<TestProvider> {
  let nextAccount: string | "deny" = Object.keys(opts.accounts)[0] ?? "deny";
  let provider: Provider | undefined;
  const server = createServer((req, res) => {
    if (!provider) return void res.writeHead(503).end();
    if (req.url?.startsWith("/interaction/")) {
      interact(provider, nextAccount, req, res).catch((err: Error) => res.writeHead(500).end(err.message));
      return;
    }
    provider.callback()(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  provider = await withoutProviderWarnings(async () => {
    const { Provider } = await import("oidc-provider");
    return new Provider(issuer, configuration(opts));
  });
  return {
    issuer,
    signInAs: (id) => void (nextAccount = id),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function configuration(opts: { clients: TestClient[]; accounts: Record<string, TestAccount>; idTokenTtlSeconds?: number }) {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return {
    clients: opts.clients.map((c) => ({ grant_types: ["authorization_code"], response_types: ["code"], ...c })),
    jwks: { keys: [{ ...privateKey.export({ format: "jwk" }), kid: "test-key", use: "sig", alg: "RS256" }] },
    cookies: { keys: ["test-provider-cookie-key"] },
    pkce: { required: () => true },
    // Cognito puts the profile claims in the ID token itself; so does this provider.
    conformIdTokenClaims: false,
    claims: {
      openid: ["sub", "cognito:groups"],
      email: ["email", "email_verified"],
      profile: ["name"],
    },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    ttl: { IdToken: opts.idTokenTtlSeconds ?? 3600, AccessToken: 600, AuthorizationCode: 60, Grant: 600, Interaction: 600, Session: 600 },
    async findAccount(_ctx: unknown, sub: string) {
      const account = opts.accounts[sub];
      if (!account) return undefined;
      return { accountId: sub, claims: () => ({ sub, ...account }) };
    },
  };
}

/**
 * oidc-provider warns, rightly, that Bun is not its supported runtime and that
 * its in-memory storage is for development: both are the point of a test
 * provider, and the warnings would only bury the test output.
 */
async function withoutProviderWarnings<T>(build: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!String(args[0]).startsWith("oidc-provider WARNING:")) warn(...args);
  };
  try {
    return await build();
  } finally {
    console.warn = warn;
  }
}

/** The provider's login and consent pages, answered at once as the chosen account. */
async function interact(provider: Provider, account: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  if (account === "deny") {
    await provider.interactionFinished(req, res, { error: "access_denied", error_description: "End-User refused" }, { mergeWithLastSubmission: false });
    return;
  }
  if (details.prompt.name === "login") {
    await provider.interactionFinished(req, res, { login: { accountId: account } }, { mergeWithLastSubmission: false });
    return;
  }
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({ accountId: details.session?.accountId ?? account, clientId: details.params.client_id ?? "" });
  if (!grant) throw new Error("grant not found");
  if (details.prompt.details.missingOIDCScope) grant.addOIDCScope(details.prompt.details.missingOIDCScope.join(" "));
  if (details.prompt.details.missingOIDCClaims) grant.addOIDCClaims(details.prompt.details.missingOIDCClaims);
  await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
}

/**
 * Follows redirects the way a browser would, keeping the provider's cookies,
 * until the provider sends the browser back to `stopAt` (the app's callback).
 */
export async function followToCallback(authorizationUrl: URL, stopAt: string): Promise<URL> {
  const jar = new Map<string, string>();
  let next = authorizationUrl;
  for (let hop = 0; hop < 20; hop++) {
    if (next.href.startsWith(stopAt)) return next;
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
    const res = await fetch(next, { redirect: "manual", headers: cookie ? { cookie } : {} });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === "") jar.delete(name);
      else jar.set(name, value);
    }
    const location = res.headers.get("location");
    await res.body?.cancel();
    if (!location) throw new Error(`the provider stopped at ${next.pathname} with status ${res.status}`);
    next = new URL(location, next);
  }
  throw new Error("too many redirects");
}
