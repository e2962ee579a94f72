// The htmx response rules, in one place (STYLE principle 4).
export function isHtmx(headers: Headers): boolean {
  return headers.get("hx-request") === "true";
}

/** A history-restore request wants the whole page even though htmx sent it. */
export function wantsFragment(headers: Headers): boolean {
  return isHtmx(headers) && headers.get("hx-history-restore-request") !== "true";
}

/**
 * Sends the browser elsewhere after a state change: htmx follows HX-Location
 * (an AJAX navigation with history), a plain form gets 303 See Other.
 */
export function redirect(headers: Headers, to: string): Response {
  if (isHtmx(headers)) {
    return new Response(null, { status: 200, headers: { "HX-Location": JSON.stringify({ path: to, target: "body" }) } });
  }
  return new Response(null, { status: 303, headers: { Location: to } });
}

/** Namespaced client events (`atelier:...`) carried by HX-Trigger. */
export function triggerHeader(events: Record<string, unknown> | string[]): string {
  const obj = Array.isArray(events) ? Object.fromEntries(events.map((e) => [e, null])) : events;
  for (const name of Object.keys(obj)) {
    if (!name.startsWith("atelier:")) throw new Error(`htmx events must be namespaced "atelier:…", got "${name}"`);
  }
  return JSON.stringify(obj);
}

/** Headers that send a generic error to the page's notice area instead of the request's own target. */
export const toFlash = { "HX-Retarget": "#flash", "HX-Reswap": "innerHTML" } as const;
