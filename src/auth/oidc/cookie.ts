// The cookie that carries the sealed sign-in transaction. HttpOnly (no script
// reads it), SameSite=Lax (the provider's redirect back is a top-level GET, so
// the browser still sends it), ten minutes. Over https it takes the __Host-
// prefix, which also requires Secure and Path=/ and forbids a Domain: a sibling
// subdomain cannot plant its own transaction on us (login CSRF).
import { TRANSACTION_TTL_MS } from "./transaction.ts";

export function transactionCookieName(secure: boolean): string {
  return secure ? "__Host-atelier_oidc" : "atelier_oidc";
}

function attributes(secure: boolean, maxAgeS: number): string {
  return `Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeS}${secure ? "; Secure" : ""}`;
}

export function setTransactionCookie(sealed: string, secure: boolean): string {
  return `${transactionCookieName(secure)}=${sealed}; ${attributes(secure, Math.floor(TRANSACTION_TTL_MS / 1000))}`;
}

export function clearTransactionCookie(secure: boolean): string {
  return `${transactionCookieName(secure)}=; ${attributes(secure, 0)}`;
}

/** The raw value of one cookie from a Cookie header (sealed values need no decoding). */
export function readCookie(headers: Headers, name: string): string | undefined {
  for (const part of (headers.get("cookie") ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim() || undefined;
  }
  return undefined;
}
