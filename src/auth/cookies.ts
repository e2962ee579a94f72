// The cookies auth sets: HttpOnly and SameSite=Lax always; Secure whenever
// the site is served over https (behind the ALB, or a PUBLIC_URL that says so).
export const SESSION_COOKIE = "atelier_session";
export const CSRF_COOKIE = "atelier_csrf";

export function cookieAttributes(secure: boolean, maxAgeS: number) {
  return { httpOnly: true, sameSite: "lax" as const, secure, path: "/", maxAge: maxAgeS };
}

/** A Set-Cookie header for code paths that answer with their own Response. */
export function setCookieHeader(name: string, value: string, secure: boolean, maxAgeS: number): string {
  return [`${name}=${value}`, "Path=/", "HttpOnly", "SameSite=Lax", ...(secure ? ["Secure"] : []), `Max-Age=${maxAgeS}`].join("; ");
}
