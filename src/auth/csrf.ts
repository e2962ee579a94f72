// CSRF protection for every state-changing request, signed in or not.
// A random value lives in an HttpOnly cookie; pages carry HMAC(key, value) as
// the token (a meta tag for htmx, a hidden _csrf field for plain forms). A
// request is accepted only when the token matches its own cookie, and when its
// Origin, if sent, is ours. Another site can neither read the token nor plant a
// matching cookie without our key.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const CSRF_HEADER = "x-csrf-token";
export const CSRF_FIELD = "_csrf";
export const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function deriveCsrfKey(secretsKey: Uint8Array): Buffer {
  return createHmac("sha256", secretsKey).update("atelier csrf v1").digest();
}

export function newCsrfSecret(): string {
  return randomBytes(24).toString("base64url");
}

export function csrfTokenFor(key: Buffer, cookieValue: string): string {
  return createHmac("sha256", key).update(cookieValue).digest("base64url");
}

export function csrfTokenValid(key: Buffer, cookieValue: string | undefined, token: string | undefined): boolean {
  if (!cookieValue || !token) return false;
  const expected = Buffer.from(csrfTokenFor(key, cookieValue));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** A cross-site request announces itself by Origin or Sec-Fetch-Site; refuse it before anything else. */
export function crossSite(headers: Headers, ownOrigins: string[]): boolean {
  const site = headers.get("sec-fetch-site");
  if (site === "cross-site") return true;
  const origin = headers.get("origin");
  return origin !== null && origin !== "null" && !ownOrigins.includes(origin);
}
