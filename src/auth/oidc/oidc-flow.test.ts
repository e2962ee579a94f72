// The whole OIDC sign-in against a real provider (oidc-provider on 127.0.0.1):
// the app's /auth/oidc/start, the provider's authorization endpoint and login,
// the redirect back to the app's callback, the code exchange and ID token checks.
import { deriveCsrfKey } from "../csrf.ts";
import { authPlugin } from "../plugin.ts";
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { createHash } from "node:crypto";
import { Elysia } from "elysia";
import type * as client from "openid-client";
import { loadConfig } from "../../config.ts";
import type { Database } from "../../platform/db/client.ts";
import { openTestDatabase, testDbKinds } from "../../platform/db/test-db.ts";
import { httpPlatform } from "../../platform/http.tsx";
import { createLogger } from "../../platform/logger.ts";
import { createOidcSignIn, type OidcSignInOptions } from "./client.ts";
import { oidcRoutes, type OidcSignedIn } from "./routes.ts";
import { followToCallback, startTestProvider, type TestProvider } from "./test-provider.ts";
import { openTransaction, transactionKey } from "./transaction.ts";
import { usedStatesInDatabase } from "./used-states.ts";

const APP = "http://localhost:3000";
const CALLBACK = `${APP}/auth/oidc/callback`;
const SECRETS_KEY = new Uint8Array(32).fill(9);
const ID_TOKEN_TTL_S = 60;

let provider: TestProvider;

beforeAll(async () => {
  provider = await startTestProvider({
    idTokenTtlSeconds: ID_TOKEN_TTL_S,
    clients: [
      { client_id: "atelier", client_secret: "atelier-secret", redirect_uris: [CALLBACK], post_logout_redirect_uris: [`${APP}/`] },
      { client_id: "atelier-public", token_endpoint_auth_method: "none", redirect_uris: [CALLBACK] },
      { client_id: "other-app", client_secret: "other-secret", redirect_uris: [CALLBACK] },
    ],
    accounts: {
      "ana-sub": { email: "ana@students.district.org", email_verified: true, name: "Ana Ruiz", "cognito:groups": ["teachers", "students"] },
      "bo-sub": { email: "bo@staff.district.org", email_verified: "true", name: "Bo Chen" },
      "eve-sub": { email: "eve@staff.district.org", email_verified: false, name: "Eve" },
    },
  });
});

afterAll(async () => {
  await provider.close();
});

interface Harness {
  app: { handle(request: Request): Promise<Response> };
  signedIn: OidcSignedIn[];
  logs: string[];
  signIn: ReturnType<typeof createOidcSignIn>;
}

function harness(database: Database, env: Record<string, string> = {}, extra: Partial<OidcSignInOptions> = {}): Harness {
  const config = loadConfig({
    NODE_ENV: "test",
    PUBLIC_URL: APP,
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: "atelier",
    OIDC_CLIENT_SECRET: "atelier-secret",
    ROLE_GROUPS: "administrators=administrator,teachers=teacher,staff=staff,students=student",
    ROLE_EMAIL_DOMAINS: "staff.district.org=staff",
    ...env,
  });
  const logs: string[] = [];
  const logger = createLogger({ level: "debug", write: (line) => logs.push(line) });
  const oidc = config.auth.oidc!;
  const signIn = createOidcSignIn({ oidc, secretsKey: SECRETS_KEY, usedStates: usedStatesInDatabase(database.db), logger, ...extra });
  const signedIn: OidcSignedIn[] = [];
  const app = new Elysia()
    .use(httpPlatform({ logger, maxBodyBytes: 1 << 20, trustProxy: false, publicUrl: APP }))
    .use(
      oidcRoutes({
        oidc: signIn,
        settings: oidc,
        roleRules: config.auth.roleRules,
        auth: authPlugin({
          db: database.db,
          logger,
          policy: { idleMs: 86_400_000, maxAgeMs: 86_400_000 * 30, activityIntervalMs: 3_600_000 },
          csrfKey: deriveCsrfKey(SECRETS_KEY),
          ownOrigins: [new URL(APP).origin],
          isSecure: () => APP.startsWith("https:"),
        }),
        onSignedIn(result) {
          signedIn.push(result);
          return new Response(null, { status: 303, headers: { Location: result.returnTo, "Set-Cookie": "atelier_session=s1; Path=/; HttpOnly" } });
        },
      }),
    );
  return { app, signedIn, logs, signIn };
}

/** /auth/oidc/start as a browser calls it: the provider's URL and the transaction cookie. */
async function start(h: Harness, returnTo = "/chat?tab=2") {
  const res = await h.app.handle(new Request(`${APP}/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`));
  expect(res.status).toBe(302);
  const setCookie = res.headers.get("set-cookie") ?? "";
  return { authorizationUrl: new URL(res.headers.get("location")!), setCookie, cookie: setCookie.split(";")[0]! };
}

/** Start, sign in at the provider, and come back: the callback URL the provider sent the browser to. */
async function signInAtProvider(h: Harness, account = "ana-sub", tamper: (authorizationUrl: URL) => void = () => {}) {
  const started = await start(h);
  provider.signInAs(account);
  tamper(started.authorizationUrl);
  const callbackUrl = await followToCallback(started.authorizationUrl, CALLBACK);
  return { ...started, callbackUrl };
}

function callback(h: Harness, url: URL, cookie: string | undefined) {
  return h.app.handle(new Request(url.href, { headers: cookie ? { cookie } : {} }));
}

async function refusal(res: Response): Promise<string> {
  expect(res.status).toBe(400);
  expect(res.headers.get("content-type")).toContain("text/html");
  return (await res.text()).replaceAll("&#x27;", "'");
}

/** Runs a flow for another client and keeps the ID token the provider issued to it. */
async function idTokenIssuedTo(database: Database, clientId: string, secret: string): Promise<string> {
  let idToken = "";
  const other = harness(database, { OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: secret }, {
    customFetch: async (url, init) => {
      const res = await fetch(url, init as RequestInit);
      if (!url.endsWith("/token")) return res;
      const body = (await res.json()) as { id_token: string };
      idToken = body.id_token;
      return Response.json(body, { status: res.status });
    },
  });
  const { callbackUrl, cookie } = await signInAtProvider(other);
  expect((await callback(other, callbackUrl, cookie)).status).toBe(303);
  return idToken;
}

/** A fetch that hands openid-client another ID token than the provider's, as an attacker in the middle would. */
function substituteIdToken(replace: (original: string) => string): client.CustomFetch {
  return async (url, init) => {
    const res = await fetch(url, init as RequestInit);
    if (!url.endsWith("/token")) return res;
    const body = (await res.json()) as { id_token: string };
    return Response.json({ ...body, id_token: replace(body.id_token) }, { status: res.status });
  };
}

for (const kind of testDbKinds()) {
  describe(`OIDC sign-in against oidc-provider (${kind})`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await openTestDatabase(kind);
    });
    afterAll(async () => {
      await database.close();
    });

    test("start asks for the code flow with PKCE (S256), state and nonce, and seals what it must remember", async () => {
      const h = harness(database);
      const { authorizationUrl, setCookie, cookie } = await start(h);
      const q = authorizationUrl.searchParams;
      expect(authorizationUrl.origin).toBe(provider.issuer);
      expect(q.get("response_type")).toBe("code");
      expect(q.get("client_id")).toBe("atelier");
      expect(q.get("redirect_uri")).toBe(CALLBACK);
      expect(q.get("scope")).toBe("openid email profile");
      expect(q.get("code_challenge_method")).toBe("S256");
      expect(q.get("state")).toHaveLength(43);
      expect(q.get("nonce")).toHaveLength(43);

      expect(setCookie).toMatch(/^atelier_oidc=v1\.[\w-]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=600$/);
      const sealed = cookie.slice("atelier_oidc=".length);
      // The browser cannot read the verifier, state or nonce out of the cookie...
      expect(Buffer.from(sealed.slice(3), "base64url").toString("latin1")).not.toContain(q.get("state")!);
      // ...but the server can, and the challenge the provider got is the verifier's S256.
      const opened = openTransaction(transactionKey(SECRETS_KEY), sealed);
      if (!opened.ok) throw new Error(`transaction did not open: ${opened.reason}`);
      expect(opened.transaction).toMatchObject({ state: q.get("state"), nonce: q.get("nonce"), returnTo: "/chat?tab=2" });
      expect(q.get("code_challenge")).toBe(createHash("sha256").update(opened.transaction.codeVerifier).digest("base64url"));
    });

    test("an htmx request to start gets a full-page redirect (HX-Redirect), since XHR cannot follow it to the provider", async () => {
      const h = harness(database);
      const res = await h.app.handle(new Request(`${APP}/auth/oidc/start`, { headers: { "HX-Request": "true" } }));
      expect(res.status).toBe(200);
      expect(new URL(res.headers.get("hx-redirect")!).origin).toBe(provider.issuer);
      expect(res.headers.get("set-cookie")).toStartWith("atelier_oidc=v1.");
    });

    test("the whole flow: the callback hands over the verified person, their role and where they were going", async () => {
      const h = harness(database);
      const { callbackUrl, cookie } = await signInAtProvider(h, "ana-sub");
      expect(callbackUrl.searchParams.get("code")).toBeTruthy();

      const res = await callback(h, callbackUrl, cookie);
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toBe("/chat?tab=2");
      expect(h.signedIn).toEqual([
        {
          claims: { subject: "ana-sub", email: "ana@students.district.org", emailVerified: true, name: "Ana Ruiz", groups: ["teachers", "students"] },
          roleId: "teacher",
          returnTo: "/chat?tab=2",
        },
      ]);
      // The session cookie onSignedIn set survives; the transaction cookie is cleared.
      expect(res.headers.getSetCookie()).toEqual(["atelier_session=s1; Path=/; HttpOnly", "atelier_oidc=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0"]);
      expect(res.headers.get("cache-control")).toBe("no-store");
    });

    test("without a matching group the verified email domain decides; an unverified address gets the default", async () => {
      const h = harness(database);
      const bo = await signInAtProvider(h, "bo-sub");
      expect((await callback(h, bo.callbackUrl, bo.cookie)).status).toBe(303);
      const eve = await signInAtProvider(h, "eve-sub");
      expect((await callback(h, eve.callbackUrl, eve.cookie)).status).toBe(303);
      expect(h.signedIn.map((s) => [s.claims.email, s.claims.emailVerified, s.claims.groups, s.roleId])).toEqual([
        ["bo@staff.district.org", true, [], "staff"],
        ["eve@staff.district.org", false, [], "student"],
      ]);
    });

    test("a public client (no secret, PKCE only) signs in too", async () => {
      const h = harness(database, { OIDC_CLIENT_ID: "atelier-public", OIDC_CLIENT_SECRET: "" });
      const { callbackUrl, cookie } = await signInAtProvider(h, "bo-sub");
      expect((await callback(h, callbackUrl, cookie)).status).toBe(303);
      expect(h.signedIn[0]?.claims.subject).toBe("bo-sub");
    });

    test("a replayed state (the same callback twice) is refused the second time", async () => {
      const h = harness(database);
      const { callbackUrl, cookie } = await signInAtProvider(h);
      expect((await callback(h, callbackUrl, cookie)).status).toBe(303);
      const again = await callback(h, callbackUrl, cookie);
      expect(await refusal(again)).toContain("The sign-in could not be completed: this sign-in response was already used once (state). Please sign in again.");
      expect(h.signedIn).toHaveLength(1);
    });

    test("two callbacks racing with the same state: exactly one signs in", async () => {
      const h = harness(database);
      const { callbackUrl, cookie } = await signInAtProvider(h);
      const statuses = (await Promise.all([callback(h, callbackUrl, cookie), callback(h, callbackUrl, cookie)])).map((r) => r.status);
      expect(statuses.sort()).toEqual([303, 400]);
      expect(h.signedIn).toHaveLength(1);
    });

    test("a replay by another app instance is refused too (the used state lives in the database)", async () => {
      const first = harness(database);
      const second = harness(database);
      const { callbackUrl, cookie } = await signInAtProvider(first);
      expect((await callback(first, callbackUrl, cookie)).status).toBe(303);
      expect(await refusal(await callback(second, callbackUrl, cookie))).toContain("already used once (state)");
      expect(second.signedIn).toHaveLength(0);
    });

    test("a tampered state is refused with a readable message", async () => {
      const h = harness(database);
      const { callbackUrl, cookie } = await signInAtProvider(h);
      callbackUrl.searchParams.set("state", "forged-state");
      const page = await refusal(await callback(h, callbackUrl, cookie));
      expect(page).toContain("The sign-in could not be completed: the response did not match the request you started (state). Please sign in again.");
      expect(page).not.toMatch(/\bat .*\.(ts|js):\d+/);
      expect(h.signedIn).toHaveLength(0);
    });

    test("a tampered nonce (the request altered on its way to the provider) is refused", async () => {
      const h = harness(database);
      const { callbackUrl, cookie } = await signInAtProvider(h, "ana-sub", (url) => url.searchParams.set("nonce", "attacker-chosen-nonce"));
      expect(await refusal(await callback(h, callbackUrl, cookie))).toContain(
        "the identity token does not belong to the sign-in you started (nonce)",
      );
      expect(h.signedIn).toHaveLength(0);
    });

    test("a tampered or missing code is refused", async () => {
      const h = harness(database);
      const tampered = await signInAtProvider(h);
      tampered.callbackUrl.searchParams.set("code", `${tampered.callbackUrl.searchParams.get("code")}x`);
      expect(await refusal(await callback(h, tampered.callbackUrl, tampered.cookie))).toContain(
        "the identity provider did not accept the sign-in code: it was altered, expired or already used (code)",
      );
      const missing = await signInAtProvider(h);
      missing.callbackUrl.searchParams.delete("code");
      expect(await refusal(await callback(h, missing.callbackUrl, missing.cookie))).toContain("carried no sign-in code (code)");
      expect(h.signedIn).toHaveLength(0);
    });

    test("an ID token issued to another application (wrong audience) is refused", async () => {
      const otherAppsToken = await idTokenIssuedTo(database, "other-app", "other-secret");
      const h = harness(database, {}, { customFetch: substituteIdToken(() => otherAppsToken) });
      const { callbackUrl, cookie } = await signInAtProvider(h);
      expect(await refusal(await callback(h, callbackUrl, cookie))).toContain("the identity token was issued for another application (audience)");
      expect(h.signedIn).toHaveLength(0);
    });

    test("an expired ID token is refused (this server's clock moved past its expiry, no tolerance)", async () => {
      const inTime = harness(database, {}, { clock: { skewSeconds: ID_TOKEN_TTL_S / 2, toleranceSeconds: 0 } });
      const fresh = await signInAtProvider(inTime);
      expect((await callback(inTime, fresh.callbackUrl, fresh.cookie)).status).toBe(303);

      const late = harness(database, {}, { clock: { skewSeconds: ID_TOKEN_TTL_S + 30, toleranceSeconds: 0 } });
      const stale = await signInAtProvider(late);
      expect(await refusal(await callback(late, stale.callbackUrl, stale.cookie))).toContain("the identity token has expired (expiry)");
      expect(late.signedIn).toHaveLength(0);
    });

    test("an ID token altered in transit (an administrators group added) fails its signature check against the JWKS", async () => {
      const promote = (token: string) => {
        const [header, payload, signature] = token.split(".");
        const claims = JSON.parse(Buffer.from(payload!, "base64url").toString());
        claims["cognito:groups"] = ["administrators"];
        return [header, Buffer.from(JSON.stringify(claims)).toString("base64url"), signature].join(".");
      };
      const h = harness(database, {}, { customFetch: substituteIdToken(promote) });
      const { callbackUrl, cookie } = await signInAtProvider(h);
      expect(await refusal(await callback(h, callbackUrl, cookie))).toContain("signature does not match the identity provider's keys (signature)");
      expect(h.signedIn).toHaveLength(0);
    });

    test("a missing or altered transaction cookie is refused before anything reaches the provider", async () => {
      const h = harness(database);
      const { callbackUrl, cookie } = await signInAtProvider(h);
      expect(await refusal(await callback(h, callbackUrl, undefined))).toContain("this browser has no sign-in in progress");
      const flipped = cookie.slice(0, -2) + (cookie.at(-2) === "A" ? "B" : "A") + cookie.at(-1);
      expect(await refusal(await callback(h, callbackUrl, flipped))).toContain("was altered or is not from this site");
      // Neither attempt spent the real transaction.
      expect((await callback(h, callbackUrl, cookie)).status).toBe(303);
    });

    test("a person who refuses at the provider gets a readable access-denied page", async () => {
      const h = harness(database);
      const { callbackUrl, cookie } = await signInAtProvider(h, "deny");
      expect(callbackUrl.searchParams.get("error")).toBe("access_denied");
      expect(await refusal(await callback(h, callbackUrl, cookie))).toContain("the identity provider did not allow it (access denied)");
    });

    test("nothing secret reaches the log: no code, no ID token, no email, no transaction", async () => {
      const idTokens: string[] = [];
      const recordAndBreak = (token: string) => {
        idTokens.push(token);
        return idTokens.length === 1 ? token : `${token.slice(0, -4)}AAAA`;
      };
      const h = harness(database, {}, { customFetch: substituteIdToken(recordAndBreak) });
      const ok = await signInAtProvider(h);
      expect((await callback(h, ok.callbackUrl, ok.cookie)).status).toBe(303);
      const refused = await signInAtProvider(h);
      expect((await callback(h, refused.callbackUrl, refused.cookie)).status).toBe(400);

      // The access log line is written after the response: wait for both before reading.
      const accessLines = () => h.logs.filter((l) => l.includes('"path":"/auth/oidc/callback"'));
      for (let i = 0; i < 100 && accessLines().length < 2; i++) await Bun.sleep(5);
      expect(accessLines()).toHaveLength(2);
      expect(h.logs.some((l) => l.includes('"reason":"signature"'))).toBe(true);
      const log = h.logs.join("\n");
      for (const secret of [
        ...idTokens,
        ...idTokens.map((t) => t.split(".")[1]!),
        ok.callbackUrl.searchParams.get("code")!,
        refused.callbackUrl.searchParams.get("code")!,
        ok.cookie.split("=")[1]!,
        "ana@",
      ]) {
        expect(log).not.toContain(secret);
      }
    });

    test("sign-out sends the browser to the provider's end-session endpoint, which accepts it", async () => {
      const h = harness(database);
      const url = await h.signIn.signOutUrl();
      expect(url?.origin).toBe(provider.issuer);
      expect(url?.searchParams.get("client_id")).toBe("atelier");
      expect(url?.searchParams.get("post_logout_redirect_uri")).toBe(`${APP}/`);
      const res = await fetch(url!, { redirect: "manual" });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain("logout");
    });
  });
}

describe("OIDC sign-in when the provider is down", () => {
  test("start answers 503 with a plain message instead of a stack trace", async () => {
    const database = await openTestDatabase();
    try {
      const h = harness(database, { OIDC_ISSUER: "http://127.0.0.1:9" });
      const res = await h.app.handle(new Request(`${APP}/auth/oidc/start`, { headers: { accept: "application/json" } }));
      expect(res.status).toBe(503);
      expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
        "The sign-in service cannot be reached right now. Please try again in a minute.",
      );
      expect(h.logs.join("\n")).toContain("oidc discovery failed");
    } finally {
      await database.close();
    }
  });
});
