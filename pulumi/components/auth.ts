// Sign-in through Cognito: a user pool nobody can join on their own, Google as
// the identity provider of the district's accounts, the hosted UI, and one
// confidential app client for the authorization-code flow (the app adds PKCE).
// Groups carry the roles; the app maps them through ROLE_GROUPS.
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

export interface AuthArgs {
  region: string;
  /** Prefix of the hosted UI, <prefix>.auth.<region>.amazoncognito.com. */
  domainPrefix: string;
  callbackUrls: string[];
  logoutUrls: string[];
  googleClientId: string;
  googleClientSecret: pulumi.Input<string>;
  /** Group names, most privileged first (the order sets Cognito's precedence). */
  groups: readonly string[];
  production: boolean;
}

export class Auth extends pulumi.ComponentResource {
  readonly userPoolId: pulumi.Output<string>;
  readonly userPoolArn: pulumi.Output<string>;
  readonly clientId: pulumi.Output<string>;
  /** Secrets Manager secret holding the app client's secret, for ECS to inject. */
  readonly clientSecretArn: pulumi.Output<string>;
  readonly issuerUrl: pulumi.Output<string>;
  readonly hostedUiUrl: string;

  constructor(name: string, args: AuthArgs, opts?: pulumi.ComponentResourceOptions) {
    super("atelier:infra:Auth", name, {}, opts);
    const parent = { parent: this };

    const pool = new aws.cognito.UserPool(
      `${name}-users`,
      {
        // No self sign-up: people arrive through Google or an administrator's invitation.
        adminCreateUserConfig: { allowAdminCreateUserOnly: true },
        usernameAttributes: ["email"],
        autoVerifiedAttributes: ["email"],
        passwordPolicy: { minimumLength: 14, requireLowercase: true, requireUppercase: true, requireNumbers: true, requireSymbols: false, temporaryPasswordValidityDays: 3 },
        mfaConfiguration: "OPTIONAL",
        softwareTokenMfaConfiguration: { enabled: true },
        accountRecoverySetting: { recoveryMechanisms: [{ name: "verified_email", priority: 1 }] },
        deletionProtection: args.production ? "ACTIVE" : "INACTIVE",
      },
      { parent: this, protect: args.production },
    );

    const google = new aws.cognito.IdentityProvider(
      `${name}-google`,
      {
        userPoolId: pool.id,
        providerName: "Google",
        providerType: "Google",
        providerDetails: { client_id: args.googleClientId, client_secret: args.googleClientSecret, authorize_scopes: "openid email profile" },
        attributeMapping: { email: "email", email_verified: "email_verified", name: "name", username: "sub" },
      },
      parent,
    );

    new aws.cognito.UserPoolDomain(`${name}-domain`, { domain: args.domainPrefix, userPoolId: pool.id }, parent);

    const client = new aws.cognito.UserPoolClient(
      `${name}-app`,
      {
        userPoolId: pool.id,
        generateSecret: true,
        allowedOauthFlowsUserPoolClient: true,
        allowedOauthFlows: ["code"],
        allowedOauthScopes: ["openid", "email", "profile"],
        callbackUrls: args.callbackUrls,
        logoutUrls: args.logoutUrls,
        // COGNITO keeps a door for administrator-invited accounts (break-glass admins).
        supportedIdentityProviders: ["Google", "COGNITO"],
        explicitAuthFlows: ["ALLOW_REFRESH_TOKEN_AUTH"],
        preventUserExistenceErrors: "ENABLED",
        enableTokenRevocation: true,
        accessTokenValidity: 60,
        idTokenValidity: 60,
        refreshTokenValidity: 30,
        tokenValidityUnits: { accessToken: "minutes", idToken: "minutes", refreshToken: "days" },
      },
      { parent: this, dependsOn: [google] },
    );

    args.groups.forEach((group, i) => {
      new aws.cognito.UserGroup(`${name}-group-${group}`, { userPoolId: pool.id, name: group, precedence: i + 1, description: `Atelier role: ${group}` }, parent);
    });

    const clientSecret = new aws.secretsmanager.Secret(`${name}-client-secret`, { description: "Atelier OIDC client secret (Cognito app client)" }, parent);
    new aws.secretsmanager.SecretVersion(`${name}-client-secret-value`, { secretId: clientSecret.id, secretString: pulumi.secret(client.clientSecret) }, parent);

    this.userPoolId = pool.id;
    this.userPoolArn = pool.arn;
    this.clientId = client.id;
    this.clientSecretArn = clientSecret.arn;
    this.issuerUrl = pulumi.interpolate`https://cognito-idp.${args.region}.amazonaws.com/${pool.id}`;
    this.hostedUiUrl = `https://${args.domainPrefix}.auth.${args.region}.amazoncognito.com`;
    this.registerOutputs({ userPoolId: this.userPoolId, clientId: this.clientId, issuerUrl: this.issuerUrl });
  }
}
