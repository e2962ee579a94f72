import { describe, expect, test } from "bun:test";
import { encryptSecret } from "../../platform/settings/crypto.ts";
import { clearTransactionCookie, readCookie, setTransactionCookie } from "./cookie.ts";
import { openTransaction, safeReturnTo, sealTransaction, TRANSACTION_TTL_MS, transactionKey, type SignInTransaction } from "./transaction.ts";

const secretsKey = new Uint8Array(32).fill(3);
const key = transactionKey(secretsKey);
const t0 = Date.UTC(2025, 8, 1, 8, 0, 0);
const tx: SignInTransaction = { codeVerifier: "v".repeat(43), state: "s".repeat(43), nonce: "n".repeat(43), returnTo: "/chat", createdAt: t0 };

describe("the sealed sign-in transaction", () => {
  test("opens to what was sealed, and shows nothing of it in the clear", () => {
    const sealed = sealTransaction(key, tx);
    expect(sealed).toMatch(/^v1\.[\w-]+$/);
    expect(Buffer.from(sealed.slice(3), "base64url").toString("latin1")).not.toContain("sss");
    expect(openTransaction(key, sealed, t0 + 1000)).toEqual({ ok: true, transaction: tx });
  });

  test("two seals of the same transaction differ (fresh IV), so a cookie reveals no repetition", () => {
    expect(sealTransaction(key, tx)).not.toBe(sealTransaction(key, tx));
  });

  test("is refused after 10 minutes, or when dated in the future", () => {
    const sealed = sealTransaction(key, tx);
    expect(openTransaction(key, sealed, t0 + TRANSACTION_TTL_MS)).toMatchObject({ ok: true });
    expect(openTransaction(key, sealed, t0 + TRANSACTION_TTL_MS + 1)).toEqual({ ok: false, reason: "expired" });
    expect(openTransaction(key, sealed, t0 - 60_000)).toEqual({ ok: false, reason: "expired" });
  });

  test("any altered byte, another SECRETS_KEY or a foreign ciphertext is refused, never thrown", () => {
    const sealed = sealTransaction(key, tx);
    const raw = Buffer.from(sealed.slice(3), "base64url");
    for (const at of [0, 12, 30, raw.length - 1]) {
      const altered = Buffer.from(raw);
      altered[at]! ^= 1;
      expect(openTransaction(key, `v1.${altered.toString("base64url")}`, t0)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(openTransaction(transactionKey(new Uint8Array(32).fill(4)), sealed, t0)).toEqual({ ok: false, reason: "invalid" });
    // A secret setting encrypted under SECRETS_KEY itself does not pass for a transaction.
    const setting = encryptSecret(secretsKey, "openai.apiKey", JSON.stringify(tx)).replace(/^v1:/, "v1.").replaceAll("+", "-").replaceAll("/", "_");
    expect(openTransaction(key, setting, t0)).toEqual({ ok: false, reason: "invalid" });
    expect(openTransaction(key, "v2.abc", t0)).toEqual({ ok: false, reason: "invalid" });
    expect(openTransaction(key, "garbage", t0)).toEqual({ ok: false, reason: "invalid" });
    expect(openTransaction(key, undefined, t0)).toEqual({ ok: false, reason: "missing" });
  });
});

describe("safeReturnTo", () => {
  test("keeps a path on this site, with its query and fragment", () => {
    expect(safeReturnTo("/chat")).toBe("/chat");
    expect(safeReturnTo("/compare?models=a,b#top")).toBe("/compare?models=a,b#top");
    expect(safeReturnTo("/a/../admin")).toBe("/admin");
  });

  test("sends anything that could leave the site to the home page", () => {
    for (const evil of [
      "//evil.example/x",
      "/\\evil.example",
      "https://evil.example/",
      "javascript:alert(1)",
      "evil.example",
      "/\t/evil.example",
      "/%0a/x\n",
      "",
      null,
      undefined,
    ]) {
      expect(safeReturnTo(evil)).toBe("/");
    }
  });
});

describe("the transaction cookie", () => {
  test("is HttpOnly, SameSite=Lax, ten minutes; over https it is Secure with the __Host- prefix", () => {
    expect(setTransactionCookie("v1.x", false)).toBe("atelier_oidc=v1.x; Path=/; HttpOnly; SameSite=Lax; Max-Age=600");
    expect(setTransactionCookie("v1.x", true)).toBe("__Host-atelier_oidc=v1.x; Path=/; HttpOnly; SameSite=Lax; Max-Age=600; Secure");
    expect(clearTransactionCookie(true)).toBe("__Host-atelier_oidc=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0; Secure");
  });

  test("is read by exact name from the Cookie header", () => {
    const headers = new Headers({ cookie: "xatelier_oidc=no; atelier_oidc=v1.abc-_; other=1" });
    expect(readCookie(headers, "atelier_oidc")).toBe("v1.abc-_");
    expect(readCookie(new Headers(), "atelier_oidc")).toBeUndefined();
  });
});
