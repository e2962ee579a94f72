// The one error type of the app. A code says what went wrong; the status
// follows from it. src/platform/error-handler.ts turns it into a response.
export const errorStatus = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  validation: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Per-field messages for forms and JSON bodies: `{ email: "is required" }`. */
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (what = "This page") => new AppError("not_found", `${what} does not exist.`);
export const forbidden = (message = "You do not have access to this.") => new AppError("forbidden", message);
