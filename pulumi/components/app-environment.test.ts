import { expect, test } from "bun:test";
import { loadConfig } from "../../src/config.ts";
import { appEnvironment, type AppEnvironmentInput } from "./app-environment.ts";

const input: AppEnvironmentInput = {
  region: "eu-west-1",
  port: 3000,
  publicUrl: "https://atelier.district.org",
  databaseUrl: "postgres://atelier@db.cluster-x.eu-west-1.rds.amazonaws.com:5432/atelier",
  databaseSecretArn: "arn:aws:secretsmanager:eu-west-1:111122223333:secret:rds!cluster-abc",
  secretsKeySecretArn: "arn:aws:secretsmanager:eu-west-1:111122223333:secret:secrets-key",
  oidcIssuer: "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Abc",
  oidcClientId: "client123",
  oidcClientSecretArn: "arn:aws:secretsmanager:eu-west-1:111122223333:secret:oidc",
  roleGroups: { administrator: "administrator", teacher: "teacher" },
  roleEmailDomains: ["staff.district.org=staff", "students.district.org=student"],
  bucketName: "uploads-bucket",
  queueUrls: {
    SQS_FILE_PROCESSOR_URL: "https://sqs.eu-west-1.amazonaws.com/111122223333/fp",
    SQS_URL_PROCESSOR_URL: "https://sqs.eu-west-1.amazonaws.com/111122223333/up",
    SQS_EMBEDDING_GENERATOR_URL: "https://sqs.eu-west-1.amazonaws.com/111122223333/eg",
  },
  safetyAlertTopicArn: "arn:aws:sns:eu-west-1:111122223333:alerts",
  guardrailId: "gr-1",
  guardrailVersion: "3",
  embeddingModel: "bedrock:amazon.titan-embed-text-v2:0",
  queueMaxAttempts: 3,
};

test("plain settings go to the environment, secrets to ECS secrets (Aurora's password by its JSON key)", () => {
  const { environment, secrets } = appEnvironment(input);
  const env = Object.fromEntries(environment.map((e) => [e.name, e.value]));
  expect(env).toMatchObject({ NODE_ENV: "production", HOST: "0.0.0.0", PORT: "3000", TRUST_PROXY: "true", DATABASE_SSL: "require", AUTH_MODE: "oidc", ROLE_GROUPS: "administrator=administrator,teacher=teacher", ROLE_EMAIL_DOMAINS: "staff.district.org=staff,students.district.org=student" });
  expect(appEnvironment({ ...input, roleEmailDomains: [] }).environment.map((e) => e.name)).not.toContain("ROLE_EMAIL_DOMAINS");
  expect(secrets).toEqual([
    { name: "DATABASE_PASSWORD", valueFrom: "arn:aws:secretsmanager:eu-west-1:111122223333:secret:rds!cluster-abc:password::" },
    { name: "SECRETS_KEY", valueFrom: input.secretsKeySecretArn },
    { name: "OIDC_CLIENT_SECRET", valueFrom: input.oidcClientSecretArn },
  ]);
  const names = [...environment.map((e) => e.name), ...secrets.map((s) => s.name)];
  expect(new Set(names).size).toBe(names.length);
});

test("the app accepts the environment it is given in AWS and runs in production against PostgreSQL", () => {
  const { environment, secrets } = appEnvironment(input);
  const env: Record<string, string> = Object.fromEntries(environment.map((e) => [e.name, e.value]));
  // What ECS would inject from the three secrets.
  for (const secret of secrets) env[secret.name] = secret.name === "SECRETS_KEY" ? Buffer.alloc(32, 7).toString("base64") : "resolved-by-ecs";
  const config = loadConfig(env);
  expect(config.production).toBe(true);
  expect(config.host).toBe("0.0.0.0");
  expect(config.trustProxy).toBe(true);
  expect(config.database).toMatchObject({ kind: "postgres", password: "resolved-by-ecs", ssl: true });
  expect(config.auth.mode).toBe("oidc");
  expect(config.auth.roleRules.emailDomains).toEqual([{ domain: "staff.district.org", role: "staff" }, { domain: "students.district.org", role: "student" }]);
  expect(config.auth.roleRules.groups.map((g) => g.group)).toEqual(["administrator", "teacher"]);
  expect(config.blobs).toEqual({ kind: "s3", bucket: "uploads-bucket" });
  expect(config.queue).toMatchObject({ kind: "sqs", maxAttempts: 3 });
});

test("refuses a database URL that carries a password", () => {
  expect(() => appEnvironment({ ...input, databaseUrl: "postgres://atelier:hunter2@db:5432/atelier" })).toThrow("must not carry a password");
});
