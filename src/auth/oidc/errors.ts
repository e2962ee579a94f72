// Why a sign-in failed, in words a teacher can act on. Every failure of the
// callback becomes one of these reasons; the library's own error (which may
// carry the token or the provider's response in its cause) stays here and is
// never shown, logged or rethrown.
import * as client from "openid-client";
import { AppError } from "../../platform/errors.ts";

export type SignInFailure =
  | "no_transaction"
  | "transaction_invalid"
  | "transaction_expired"
  | "state_mismatch"
  | "state_replayed"
  | "provider_error"
  | "access_denied"
  | "code_missing"
  | "code_rejected"
  | "issuer"
  | "audience"
  | "expired_token"
  | "nonce"
  | "signature"
  | "token_invalid"
  | "email_missing";

const AGAIN = "Please sign in again.";

const messages: Record<SignInFailure, string> = {
  no_transaction: `this browser has no sign-in in progress (it may have timed out, or cookies are blocked for this site). ${AGAIN}`,
  transaction_invalid: `the sign-in record kept in this browser was altered or is not from this site. ${AGAIN}`,
  transaction_expired: `more than 10 minutes passed between starting and finishing. ${AGAIN}`,
  state_mismatch: `the response did not match the request you started (state). ${AGAIN}`,
  state_replayed: `this sign-in response was already used once (state). ${AGAIN}`,
  provider_error: `the identity provider reported an error. ${AGAIN}`,
  access_denied: "the identity provider did not allow it (access denied). If you think this is a mistake, ask your administrator.",
  code_missing: `the response from the identity provider carried no sign-in code (code). ${AGAIN}`,
  code_rejected: `the identity provider did not accept the sign-in code: it was altered, expired or already used (code). ${AGAIN}`,
  issuer: `the identity token came from an unexpected issuer (issuer). ${AGAIN}`,
  audience: `the identity token was issued for another application (audience). ${AGAIN}`,
  expired_token: "the identity token has expired (expiry). If this keeps happening, this server's clock may be wrong: tell your administrator.",
  nonce: `the identity token does not belong to the sign-in you started (nonce). ${AGAIN}`,
  signature: `the identity token's signature does not match the identity provider's keys (signature). ${AGAIN}`,
  token_invalid: `the identity provider's answer could not be verified. ${AGAIN}`,
  email_missing: "the identity provider did not share your email address (email). Ask your administrator to allow the email scope.",
};

export class SignInRefused extends AppError {
  constructor(readonly reason: SignInFailure) {
    super("bad_request", `The sign-in could not be completed: ${messages[reason]}`);
  }
}

export const signInUnavailable = () =>
  new AppError("unavailable", "The sign-in service cannot be reached right now. Please try again in a minute.");

export const signInMisconfigured = () =>
  new AppError("internal", "Sign-in is not set up correctly on this server (the identity provider refused its client credentials). Tell your administrator.");

/** Turns whatever openid-client threw during the code exchange into an AppError. */
export function toSignInError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof client.AuthorizationResponseError) {
    return new SignInRefused(err.error === "access_denied" ? "access_denied" : "provider_error");
  }
  if (err instanceof client.ResponseBodyError) {
    if (err.error === "invalid_client" || err.error === "unauthorized_client") return signInMisconfigured();
    if (err.error === "invalid_grant" || err.error === "invalid_request") return new SignInRefused("code_rejected");
    return new SignInRefused("provider_error");
  }
  if (err instanceof client.ClientError) return new SignInRefused(classify(err));
  return signInUnavailable();
}

function classify(err: client.ClientError): SignInFailure {
  const inner = err.cause instanceof Error ? err.cause : err;
  const detail = (inner as { cause?: { claim?: string } }).cause;
  const message = inner.message;
  switch (err.code) {
    case "OAUTH_JWT_TIMESTAMP_CHECK_FAILED":
      return "expired_token";
    case "OAUTH_JWT_CLAIM_COMPARISON_FAILED":
      if (detail?.claim === "aud" || /audience|authorized party/.test(message)) return "audience";
      if (detail?.claim === "iss") return "issuer";
      if (detail?.claim === "nonce") return "nonce";
      return "token_invalid";
    case "OAUTH_KEY_SELECTION_FAILED":
      return "signature";
    case "OAUTH_INVALID_RESPONSE":
      if (/signature/.test(message)) return "signature";
      if (/"state"/.test(message)) return "state_mismatch";
      if (/"iss"/.test(message)) return "issuer";
      if (/authorization code/.test(message)) return "code_missing";
      return "token_invalid";
    default:
      return "token_invalid";
  }
}
