// The HTTP platform every feature plugin sits on: request ids and access
// logs, security headers, a body size limit, and the one error handler that
// renders an AppError (or anything else thrown) as a fragment, a page or JSON.
import { Elysia, ValidationError } from "elysia";
import { ErrorFragment, ErrorPage, errorTitle } from "../../views/errors/error-views.tsx";
import { AppError } from "./errors.ts";
import { isHtmx, toFlash, wantsFragment } from "./htmx.ts";
import type { Logger } from "./logger.ts";
import { isHttps, type RequestInfoOptions } from "./request-info.ts";
import { securityHeaders } from "./security-headers.ts";

export interface HttpPlatformOptions extends RequestInfoOptions {
  logger: Logger;
  maxBodyBytes: number;
  /** Larger limits for specific path prefixes (uploads). */
  bodyLimits?: { prefix: string; bytes: number }[];
  /** Where a signed-out visitor is sent when a page needs a user. */
  signInPath?: string;
}

interface RequestState {
  id: string;
  start: number;
}

const REQUEST_ID = /^[\w.:-]{8,128}$/;

export function httpPlatform(opts: HttpPlatformOptions) {
  const state = new WeakMap<Request, RequestState>();
  const limitFor = (path: string) => opts.bodyLimits?.find((l) => path.startsWith(l.prefix))?.bytes ?? opts.maxBodyBytes;

  return new Elysia({ name: "platform/http" })
    .error({ AppError })
    .onRequest(({ request, set }) => {
      const incoming = request.headers.get("x-request-id");
      const id = incoming && REQUEST_ID.test(incoming) ? incoming : Bun.randomUUIDv7();
      state.set(request, { id, start: performance.now() });
      Object.assign(set.headers, securityHeaders(isHttps(request, opts)), { "X-Request-Id": id });

      const length = Number(request.headers.get("content-length") ?? 0);
      const limit = limitFor(new URL(request.url).pathname);
      if (length > limit) {
        throw new AppError("payload_too_large", `The request body is ${length} bytes; the limit here is ${limit} bytes.`);
      }
    })
    .onError({ as: "global" }, ({ code, error, request, set, path }) => {
      const requestId = state.get(request)?.id ?? "unknown";
      const appError = toAppError(code, error);
      if (appError.status >= 500) {
        opts.logger.error("request failed", { requestId, path, error: error instanceof Error ? error : String(error) });
      }
      set.status = appError.status;
      const body = { status: appError.status, title: errorTitle(appError.status), message: appError.message, requestId, fields: appError.fields };
      if (path.startsWith("/api/") || request.headers.get("accept") === "application/json") {
        return Response.json(
          { error: { code: appError.code, message: appError.message, fields: appError.fields, requestId } },
          { status: appError.status, headers: set.headers as Record<string, string> },
        );
      }
      if (appError.code === "unauthorized" && opts.signInPath) {
        const signIn = signInRedirect(opts.signInPath, request, set.headers as Record<string, string>);
        if (signIn) return signIn;
      }
      const fragment = wantsFragment(request.headers);
      const html = fragment ? <ErrorFragment {...body} /> : <ErrorPage {...body} />;
      return new Response(html as string, {
        status: appError.status,
        headers: { ...(set.headers as Record<string, string>), "Content-Type": "text/html; charset=utf-8", ...(fragment ? toFlash : {}) },
      });
    })
    .onAfterResponse({ as: "global" }, ({ request, set, path }) => {
      const s = state.get(request);
      opts.logger.info("request", {
        requestId: s?.id,
        method: request.method,
        path,
        status: typeof set.status === "number" ? set.status : 200,
        ms: s ? Math.round(performance.now() - s.start) : undefined,
      });
    });
}

/**
 * A signed-out visitor is sent to sign in and then back: a browser page by a
 * 303, an htmx request by HX-Redirect (a full navigation). Returns undefined
 * where a redirect would lose what was being sent (a plain form POST).
 */
function signInRedirect(signInPath: string, request: Request, headers: Record<string, string>): Response | undefined {
  const here = new URL(request.url);
  if (isHtmx(request.headers)) {
    const current = request.headers.get("hx-current-url");
    const back = current ? new URL(current, here).pathname : "/";
    return new Response(null, { status: 401, headers: { ...headers, "HX-Redirect": `${signInPath}?next=${encodeURIComponent(back)}` } });
  }
  if (request.method !== "GET") return undefined;
  return new Response(null, { status: 303, headers: { ...headers, Location: `${signInPath}?next=${encodeURIComponent(here.pathname + here.search)}` } });
}

/** Anything thrown becomes an AppError; the message shown never leaks internals. */
export function toAppError(code: unknown, error: unknown): AppError {
  if (error instanceof AppError) return error;
  switch (code) {
    case "NOT_FOUND":
      return new AppError("not_found", "There is nothing at this address. Check the link, or start again from the home page.");
    case "VALIDATION":
      return validationToAppError(error as ValidationError);
    case "PARSE":
      return new AppError("bad_request", "The request body could not be read: it is not valid for its content type.");
    case "INVALID_COOKIE_SIGNATURE":
      return new AppError("bad_request", "A cookie was not valid. Sign in again.");
  }
  if (isDatabaseDown(error)) {
    return new AppError("unavailable", "Atelier cannot reach its database right now. Please try again in a minute; your work is safe.");
  }
  return new AppError("internal", "Something went wrong on our side. Please try again; if it keeps happening, tell your administrator the reference below.");
}

function validationToAppError(error: ValidationError): AppError {
  const fields: Record<string, string> = {};
  for (const issue of error.all ?? []) {
    const path = "path" in issue && typeof issue.path === "string" ? issue.path.replace(/^\//, "").replaceAll("/", ".") : "";
    const name = path || error.type;
    if (!fields[name]) fields[name] = "summary" in issue && issue.summary ? String(issue.summary) : String(issue.message);
  }
  const names = Object.keys(fields);
  const what = names.length ? names.join(", ") : "the request";
  return new AppError("validation", `Please check ${what}.`, fields);
}

function isDatabaseDown(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code ?? "";
  const cause = (error as { cause?: { code?: string } } | null)?.cause?.code ?? "";
  return [code, cause].some((c) => ["ECONNREFUSED", "ECONNRESET", "CONNECT_TIMEOUT", "CONNECTION_CLOSED", "CONNECTION_ENDED", "57P01", "57P03"].includes(c));
}
