// The app container's environment: plain variables in one list, secrets in
// another that ECS resolves from Secrets Manager at task start. Keeping the
// two apart in one pure function is what lets a test prove that no secret is
// ever written in clear into a task definition.

export interface AppEnvironmentInput {
  region: string;
  port: number;
  publicUrl: string;
  /** postgres://user@host:5432/db, with no password in it. */
  databaseUrl: string;
  /** Aurora's managed master secret; its JSON key `password` becomes DATABASE_PASSWORD. */
  databaseSecretArn: string;
  secretsKeySecretArn: string;
  oidcIssuer: string;
  oidcClientId: string;
  oidcClientSecretArn: string;
  /** Cognito group -> app role, e.g. { teacher: "teacher" }. */
  roleGroups: Record<string, string>;
  /** First-sign-in roles by e-mail domain ("staff.district.org=staff"); none leaves ROLE_EMAIL_DOMAINS unset. */
  roleEmailDomains: string[];
  bucketName: string;
  /** SQS_FILE_PROCESSOR_URL and the other queue variables. */
  queueUrls: Record<string, string>;
  safetyAlertTopicArn: string;
  guardrailId: string;
  guardrailVersion: string;
  /** EMBEDDING_MODEL: how new knowledge bases embed (and how searches embed queries). */
  embeddingModel: string;
  /** QUEUE_MAX_ATTEMPTS: the queues' maxReceiveCount. */
  queueMaxAttempts: number;
}

export interface ContainerVariable {
  name: string;
  value: string;
}

export interface ContainerSecret {
  name: string;
  /** A secret ARN, optionally with `:json-key:version-stage:version-id`. */
  valueFrom: string;
}

export function appEnvironment(input: AppEnvironmentInput): { environment: ContainerVariable[]; secrets: ContainerSecret[] } {
  const url = new URL(input.databaseUrl);
  if (url.password) throw new Error("the database URL must not carry a password: DATABASE_PASSWORD comes from the secret");
  const plain: Record<string, string> = {
    NODE_ENV: "production",
    HOST: "0.0.0.0",
    PORT: String(input.port),
    PUBLIC_URL: input.publicUrl,
    TRUST_PROXY: "true",
    DATABASE_URL: input.databaseUrl,
    DATABASE_SSL: "require",
    AUTH_MODE: "oidc",
    OIDC_ISSUER: input.oidcIssuer,
    OIDC_CLIENT_ID: input.oidcClientId,
    ROLE_GROUPS: Object.entries(input.roleGroups)
      .map(([group, role]) => `${group}=${role}`)
      .join(","),
    ...(input.roleEmailDomains.length ? { ROLE_EMAIL_DOMAINS: input.roleEmailDomains.join(",") } : {}),
    BLOB_STORE: "s3",
    S3_BUCKET: input.bucketName,
    QUEUE_DRIVER: "sqs",
    QUEUE_MAX_ATTEMPTS: String(input.queueMaxAttempts),
    ...input.queueUrls,
    EMBEDDING_MODEL: input.embeddingModel,
    SAFETY_ALERT_TOPIC_ARN: input.safetyAlertTopicArn,
    BEDROCK_GUARDRAIL_ID: input.guardrailId,
    BEDROCK_GUARDRAIL_VERSION: input.guardrailVersion,
    AWS_REGION: input.region,
  };
  return {
    environment: Object.entries(plain)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, value]) => ({ name, value })),
    secrets: [
      { name: "DATABASE_PASSWORD", valueFrom: `${input.databaseSecretArn}:password::` },
      { name: "SECRETS_KEY", valueFrom: input.secretsKeySecretArn },
      { name: "OIDC_CLIENT_SECRET", valueFrom: input.oidcClientSecretArn },
    ],
  };
}
