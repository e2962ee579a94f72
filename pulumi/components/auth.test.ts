// Tests of the auth component, as the dev stack deploys it
// in the mock cloud (testing/dev-stack.ts); the pure parts have their own tests.
import { beforeAll, describe, expect, test } from "bun:test";
import { devStack, GOOGLE_SECRET_STAND_IN, type DevStack } from "../testing/dev-stack.ts";

let stack: DevStack;
beforeAll(async () => {
  stack = await devStack();
});

describe("auth", () => {
  test("a user pool nobody joins alone, Google as identity provider, a hosted UI domain", () => {
    expect(stack.one("aws:cognito/userPool:UserPool").props).toMatchObject({ adminCreateUserConfig: { allowAdminCreateUserOnly: true } });
    expect(stack.one("aws:cognito/identityProvider:IdentityProvider").props).toMatchObject({ providerName: "Google", providerDetails: { client_id: "123456789012-atelierdev.apps.googleusercontent.com", client_secret: GOOGLE_SECRET_STAND_IN } });
    expect(stack.one("aws:cognito/userPoolDomain:UserPoolDomain").props.domain).toBe("atelier-dev-example");
  });

  test("an app client for the code flow with the configured callback URLs", () => {
    expect(stack.one("aws:cognito/userPoolClient:UserPoolClient").props).toMatchObject({
      allowedOauthFlows: ["code"],
      allowedOauthFlowsUserPoolClient: true,
      generateSecret: true,
      callbackUrls: ["https://atelier-dev.example.org/auth/oidc/callback"],
      logoutUrls: ["https://atelier-dev.example.org/"],
      supportedIdentityProviders: ["Google", "COGNITO"],
    });
  });

  test("one group per role, most privileged first", () => {
    const groups = stack.all("aws:cognito/userGroup:UserGroup").map((g) => [g.props.name, g.props.precedence]);
    expect(groups.sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual([["administrator", 1], ["staff", 2], ["teacher", 3], ["student", 4]]);
  });
});
