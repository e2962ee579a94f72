import { describe, expect, test } from "bun:test";
import { loadConfig } from "../../config.ts";
import { ConfigError } from "../../platform/env-vars.ts";

const production = {
  NODE_ENV: "production",
  DATABASE_URL: "postgres://app@db.internal:5432/atelier",
  SECRETS_KEY: Buffer.alloc(32, 1).toString("base64"),
  PUBLIC_URL: "https://atelier.district.org",
};
const cognito = {
  OIDC_ISSUER: "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123",
  OIDC_CLIENT_ID: "4v1ktjabc",
};

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe("sign-in configuration", () => {
  test("a laptop with nothing set uses the development sign-in", () => {
    const { auth } = loadConfig({});
    expect(auth.mode).toBe("dev");
    expect(auth.oidc).toBeUndefined();
    expect(auth.roleRules).toEqual({ defaultRole: "student", emailDomains: [], groups: [] });
  });

  test("setting OIDC_ISSUER switches to OIDC, with the callback under PUBLIC_URL and Cognito's defaults", () => {
    const { auth } = loadConfig({ ...production, ...cognito, OIDC_CLIENT_SECRET: "s3cr3t" });
    expect(auth.mode).toBe("oidc");
    expect(auth.oidc).toEqual({
      issuer: cognito.OIDC_ISSUER,
      clientId: "4v1ktjabc",
      clientSecret: "s3cr3t",
      scopes: "openid email profile",
      groupsClaim: "cognito:groups",
      redirectUri: "https://atelier.district.org/auth/oidc/callback",
      postLogoutRedirectUri: "https://atelier.district.org/",
    });
  });

  test("role rules are read from ROLE_DEFAULT, ROLE_EMAIL_DOMAINS and ROLE_GROUPS", () => {
    const { auth } = loadConfig({
      ROLE_DEFAULT: "teacher",
      ROLE_EMAIL_DOMAINS: "staff.district.org=staff, students.district.org=student",
      ROLE_GROUPS: "administrators=administrator,teachers=teacher",
    });
    expect(auth.roleRules).toEqual({
      defaultRole: "teacher",
      emailDomains: [
        { domain: "staff.district.org", role: "staff" },
        { domain: "students.district.org", role: "student" },
      ],
      groups: [
        { group: "administrators", role: "administrator" },
        { group: "teachers", role: "teacher" },
      ],
    });
  });

  test("production refuses the development sign-in with a message that says what to set", () => {
    expect(problems(production)).toEqual([
      "AUTH_MODE=dev (the development sign-in) is refused when NODE_ENV=production: set OIDC_ISSUER and OIDC_CLIENT_ID to sign in through Cognito",
    ]);
    expect(problems({ ...production, ...cognito, AUTH_MODE: "dev" })).toHaveLength(1);
    expect(problems({ ...production, ...cognito })).toEqual([]);
  });

  test("OIDC mode names what is missing or wrong, all at once", () => {
    expect(problems({ AUTH_MODE: "oidc" })).toEqual(["OIDC_ISSUER is required when AUTH_MODE=oidc", "OIDC_CLIENT_ID is required when AUTH_MODE=oidc"]);
    expect(problems({ ...cognito, OIDC_ISSUER: "http://idp.district.org", OIDC_SCOPES: "email profile", ROLE_GROUPS: "teachers=teach" })).toEqual([
      "OIDC_ISSUER must be an https:// URL (plain http is accepted only for a provider on this machine)",
      'OIDC_SCOPES must include "openid", got "email profile"',
      'ROLE_GROUPS entry "teachers=teach" names an unknown role "teach" (expected one of administrator, staff, teacher, student)',
    ]);
    expect(problems({ ROLE_DEFAULT: "superuser" })).toEqual(['ROLE_DEFAULT must be one of administrator, staff, teacher, student, got "superuser"']);
  });

  test("a provider on this machine may use plain http", () => {
    expect(loadConfig({ ...cognito, OIDC_ISSUER: "http://127.0.0.1:4000" }).auth.oidc?.issuer).toBe("http://127.0.0.1:4000");
  });
});
