// The sign-in in progress, kept in the browser between /auth/oidc/start and
// the callback. It holds the PKCE verifier, state and nonce, so it is sealed
// with AES-256-GCM: the browser can neither read it (the verifier stays
// secret) nor forge or alter one (the tag fails). The key is derived from
// SECRETS_KEY for this one purpose, so nothing else sealed under SECRETS_KEY
// can pass for a transaction, nor the reverse.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

export interface SignInTransaction {
  codeVerifier: string;
  state: string;
  nonce: string;
  /** A same-origin path to return to after sign-in (already checked by safeReturnTo). */
  returnTo: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
}

/** A sign-in must come back from the provider within this time. */
export const TRANSACTION_TTL_MS = 10 * 60 * 1000;

const VERSION = "v1";
const AAD = Buffer.from("atelier oidc sign-in transaction");

export function transactionKey(secretsKey: Uint8Array): Uint8Array {
  return new Uint8Array(hkdfSync("sha256", secretsKey, new Uint8Array(0), "atelier/oidc-transaction/v1", 32));
}

export function sealTransaction(key: Uint8Array, tx: SignInTransaction): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(AAD);
  const body = Buffer.concat([cipher.update(JSON.stringify(tx), "utf8"), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
}

export type OpenResult =
  | { ok: true; transaction: SignInTransaction }
  | { ok: false; reason: "missing" | "invalid" | "expired" };

/** Never throws: a missing, altered or stale value is a reason the caller turns into a message. */
export function openTransaction(key: Uint8Array, sealed: string | undefined, now = Date.now()): OpenResult {
  if (!sealed) return { ok: false, reason: "missing" };
  const [version, payload] = sealed.split(".", 2);
  if (version !== VERSION || !payload) return { ok: false, reason: "invalid" };
  let tx: SignInTransaction;
  try {
    const raw = Buffer.from(payload, "base64url");
    const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12));
    decipher.setAAD(AAD);
    decipher.setAuthTag(raw.subarray(12, 28));
    tx = JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8"));
  } catch {
    return { ok: false, reason: "invalid" };
  }
  const age = now - tx.createdAt;
  if (!(age >= 0 && age <= TRANSACTION_TTL_MS)) return { ok: false, reason: "expired" };
  return { ok: true, transaction: tx };
}

/**
 * Only a path on this site: "/chat?x=1" stays, while "https://evil.example",
 * "//evil.example", "/\\evil.example" and anything unparsable become "/".
 */
export function safeReturnTo(candidate: string | null | undefined): string {
  if (!candidate || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) return "/";
  if (/[\u0000-\u001f\u007f\\]/.test(candidate)) return "/";
  const base = "http://atelier.invalid";
  let parsed: URL;
  try {
    parsed = new URL(candidate, base);
  } catch {
    return "/";
  }
  if (parsed.origin !== base) return "/";
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}
