import { describe, expect, test } from "bun:test";
import type * as client from "openid-client";
import { signOutUrlFor } from "./client.ts";

const app = { clientId: "4v1ktjabc", postLogoutRedirectUri: "https://atelier.district.org/" };

describe("signOutUrlFor", () => {
  test("Cognito without an end_session_endpoint gets its hosted UI's /logout with client_id and logout_uri", () => {
    const cognito: client.ServerMetadata = {
      issuer: "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123",
      authorization_endpoint: "https://district.auth.us-east-1.amazoncognito.com/oauth2/authorize",
    };
    expect(signOutUrlFor(cognito, app)?.href).toBe(
      "https://district.auth.us-east-1.amazoncognito.com/logout?client_id=4v1ktjabc&logout_uri=https%3A%2F%2Fatelier.district.org%2F",
    );
  });

  test("Cognito's own end_session_endpoint (listed since 2024, but not standard) still gets /logout with logout_uri", () => {
    const cognito: client.ServerMetadata = {
      issuer: "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Xyz",
      authorization_endpoint: "https://login.district.org/oauth2/authorize",
      end_session_endpoint: "https://login.district.org/logout",
    };
    expect(signOutUrlFor(cognito, app)?.href).toBe(
      "https://login.district.org/logout?client_id=4v1ktjabc&logout_uri=https%3A%2F%2Fatelier.district.org%2F",
    );
  });

  test("a provider that publishes end_session_endpoint gets standard RP-initiated logout", () => {
    const standard: client.ServerMetadata = { issuer: "https://idp.example", end_session_endpoint: "https://idp.example/session/end" };
    expect(signOutUrlFor(standard, app)?.href).toBe(
      "https://idp.example/session/end?client_id=4v1ktjabc&post_logout_redirect_uri=https%3A%2F%2Fatelier.district.org%2F",
    );
  });

  test("a provider with neither gives no URL: signing out ends only Atelier's session", () => {
    expect(signOutUrlFor({ issuer: "https://idp.example", authorization_endpoint: "https://idp.example/authorize" }, app)).toBeUndefined();
    // A look-alike host is not taken for Cognito.
    expect(
      signOutUrlFor({ issuer: "https://cognito-idp.us-east-1.amazonaws.com.evil.example/x", authorization_endpoint: "https://evil.example/authorize" }, app),
    ).toBeUndefined();
  });
});
