// Atelier on AWS. This file reads the stack's config (the only place that
// does), checks it, and wires the components together; each component is one
// concern, in ./components. Pulumi.yaml documents every config key.
import { relative, resolve } from "node:path";
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { ROLE_PRIVILEGE_ORDER } from "../src/auth/role-rules.ts";
import { App } from "./components/app.ts";
import { Auth } from "./components/auth.ts";
import { Database, DATABASE_PORT } from "./components/database.ts";
import { Encryption } from "./components/encryption.ts";
import { Network } from "./components/network.ts";
import { Observability } from "./components/observability.ts";
import { Safety } from "./components/safety.ts";
import { Storage } from "./components/storage.ts";
import { bedrockModelArns, MAX_RECEIVE_COUNT, WORKER_NAMES, type WorkerName } from "./components/worker-plan.ts";
import { Workers } from "./components/workers.ts";
import { MIN_IDLE_TIMEOUT_S } from "./policies/edge.ts";
import { settingsProblems, type StackSettings } from "./settings.ts";

const APP_PORT = 3000;

function readSettings(): StackSettings {
  const config = new pulumi.Config();
  const strings = (key: string) => config.requireObject<string[]>(key);
  const camel = (worker: WorkerName) => worker.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  return {
    stack: pulumi.getStack(),
    region: new pulumi.Config("aws").require("region"),
    production: config.requireBoolean("production"),
    availabilityZones: strings("availabilityZones"),
    vpcCidr: config.require("vpcCidr"),
    natGateways: config.requireNumber("natGateways"),
    domainName: config.require("domainName"),
    certificateArn: config.require("certificateArn"),
    hostedZoneId: config.get("hostedZoneId") || undefined,
    dbEngineVersion: config.require("dbEngineVersion"),
    dbMinCapacity: config.requireNumber("dbMinCapacity"),
    dbMaxCapacity: config.requireNumber("dbMaxCapacity"),
    dbInstances: config.requireNumber("dbInstances"),
    dbName: config.require("dbName"),
    dbMasterUsername: config.require("dbMasterUsername"),
    dbBackupRetentionDays: config.requireNumber("dbBackupRetentionDays"),
    authDomainPrefix: config.require("authDomainPrefix"),
    authCallbackUrls: strings("authCallbackUrls"),
    authLogoutUrls: strings("authLogoutUrls"),
    googleClientId: config.require("googleClientId"),
    googleClientSecret: config.requireSecret("googleClientSecret"),
    roleEmailDomains: strings("roleEmailDomains"),
    appCpu: config.requireNumber("appCpu"),
    appMemory: config.requireNumber("appMemory"),
    appMinTasks: config.requireNumber("appMinTasks"),
    appMaxTasks: config.requireNumber("appMaxTasks"),
    workers: Object.fromEntries(
      WORKER_NAMES.map((w) => [
        w,
        {
          memoryMb: config.requireNumber(`${camel(w)}MemoryMb`),
          timeoutSeconds: config.requireNumber(`${camel(w)}TimeoutSeconds`),
          maxConcurrency: config.requireNumber(`${camel(w)}MaxConcurrency`),
          batchSize: config.requireNumber("workerBatchSize"),
        },
      ]),
    ) as StackSettings["workers"],
    embeddingModel: config.require("embeddingModel"),
    logRetentionDays: config.requireNumber("logRetentionDays"),
    alarmEmails: strings("alarmEmails"),
    safetyAlertEmails: strings("safetyAlertEmails"),
    uploadTemporaryPrefixes: strings("uploadTemporaryPrefixes"),
    uploadTemporaryDays: config.requireNumber("uploadTemporaryDays"),
    queueAgeAlarmMinutes: config.requireNumber("queueAgeAlarmMinutes"),
  };
}

const s = readSettings();
const problems = settingsProblems(s);
if (problems.length) throw new Error(`The ${s.stack} stack's config has ${problems.length} problem(s):\n- ${problems.join("\n- ")}`);

const prefix = `atelier-${s.stack}`;
const { accountId } = aws.getCallerIdentityOutput();
// Docker builds from the repository root, named relative to where Pulumi runs.
const root = relative(process.cwd(), resolve(import.meta.dir, "..")) || ".";

const encryption = new Encryption(`${prefix}-keys`, { accountId, deletionWindowDays: 30 });

const network = new Network(`${prefix}-network`, {
  region: s.region,
  cidrBlock: s.vpcCidr,
  availabilityZones: s.availabilityZones,
  natGateways: s.natGateways,
  appPort: APP_PORT,
  databasePort: DATABASE_PORT,
  logGroupPrefix: `/${prefix}`,
  logRetentionDays: s.logRetentionDays,
});

const storage = new Storage(`${prefix}-storage`, {
  temporaryPrefixes: s.uploadTemporaryPrefixes,
  temporaryExpirationDays: s.uploadTemporaryDays,
  noncurrentVersionDays: 30,
  production: s.production,
});

const database = new Database(`${prefix}-db`, {
  subnetIds: network.isolatedSubnetIds,
  securityGroupIds: [network.securityGroups.database],
  engineVersion: s.dbEngineVersion,
  minCapacity: s.dbMinCapacity,
  maxCapacity: s.dbMaxCapacity,
  instances: s.dbInstances,
  databaseName: s.dbName,
  masterUsername: s.dbMasterUsername,
  backupRetentionDays: s.dbBackupRetentionDays,
  production: s.production,
  logRetentionDays: s.logRetentionDays,
});

const auth = new Auth(`${prefix}-auth`, {
  region: s.region,
  domainPrefix: s.authDomainPrefix,
  callbackUrls: s.authCallbackUrls,
  logoutUrls: s.authLogoutUrls,
  googleClientId: s.googleClientId,
  googleClientSecret: s.googleClientSecret,
  groups: ROLE_PRIVILEGE_ORDER,
  production: s.production,
});

const safety = new Safety(`${prefix}-safety`, { kmsKeyArn: encryption.keyArn, alertEmails: s.safetyAlertEmails });

// Lambda has no secret injection: the workers get the current master password
// (encrypted under the stack key) and are refreshed after a rotation.
const databasePassword = pulumi.secret(
  aws.secretsmanager.getSecretVersionOutput({ secretId: database.masterSecretArn }).secretString.apply((text) => String(JSON.parse(text).password)),
);
// The workers are declared before the app (it needs their queues) but must
// move to a new image only after the app's migration hook has run.
const [migrationRun, afterMigration] = pulumi.deferredOutput<string>();
const workers = new Workers(`${prefix}-workers`, {
  namePrefix: prefix,
  region: s.region,
  accountId,
  image: { context: root, dockerfile: `${root}/workers/Dockerfile` },
  sizing: s.workers,
  subnetIds: network.privateSubnetIds,
  securityGroupIds: [network.securityGroups.workers],
  environment: {
    NODE_ENV: "production",
    LOG_LEVEL: "info",
    DATABASE_URL: database.connectionUrl,
    DATABASE_PASSWORD: databasePassword,
    DATABASE_SSL: "require",
    // Each concurrent worker holds its own pool; keep it small for Aurora's connection limit.
    DATABASE_POOL_MAX: "2",
    SECRETS_KEY: encryption.secretsKey,
    BLOB_STORE: "s3",
    S3_BUCKET: storage.bucketName,
    QUEUE_DRIVER: "sqs",
    EMBEDDING_MODEL: s.embeddingModel,
  },
  kmsKeyArn: encryption.keyArn,
  bucketArn: storage.bucketArn,
  embeddingModelArns: bedrockModelArns(s.embeddingModel, s.region),
  logRetentionDays: s.logRetentionDays,
  production: s.production,
  migrationRun,
});

const app = new App(`${prefix}-app`, {
  namePrefix: prefix,
  region: s.region,
  accountId,
  image: { context: root, dockerfile: `${root}/Dockerfile` },
  vpcId: network.vpcId,
  publicSubnetIds: network.publicSubnetIds,
  privateSubnetIds: network.privateSubnetIds,
  albSecurityGroupId: network.securityGroups.alb,
  appSecurityGroupId: network.securityGroups.app,
  certificateArn: s.certificateArn,
  domainName: s.domainName,
  hostedZoneId: s.hostedZoneId,
  port: APP_PORT,
  idleTimeoutSeconds: MIN_IDLE_TIMEOUT_S,
  cpu: s.appCpu,
  memory: s.appMemory,
  minTasks: s.appMinTasks,
  maxTasks: s.appMaxTasks,
  settings: {
    publicUrl: `https://${s.domainName}`,
    databaseUrl: database.connectionUrl,
    databaseSecretArn: database.masterSecretArn,
    secretsKeySecretArn: encryption.secretsKeySecretArn,
    oidcIssuer: auth.issuerUrl,
    oidcClientId: auth.clientId,
    oidcClientSecretArn: auth.clientSecretArn,
    roleGroups: Object.fromEntries(ROLE_PRIVILEGE_ORDER.map((role) => [role, role])),
    roleEmailDomains: s.roleEmailDomains,
    bucketName: storage.bucketName,
    queueUrls: pulumi.output(workers.queueUrlVariables),
    safetyAlertTopicArn: safety.alertTopicArn,
    guardrailId: safety.guardrailId,
    guardrailVersion: safety.guardrailVersion,
    embeddingModel: s.embeddingModel,
    queueMaxAttempts: MAX_RECEIVE_COUNT,
  },
  grants: {
    bucketArn: storage.bucketArn,
    queueArns: WORKER_NAMES.map((w) => workers.queues[w].arn),
    alertTopicArn: safety.alertTopicArn,
    kmsKeyArn: encryption.keyArn,
    guardrailArn: safety.guardrailArn,
    // Cross-region inference profiles route to foundation models in other regions.
    bedrockModelArns: ["arn:aws:bedrock:*::foundation-model/*", pulumi.interpolate`arn:aws:bedrock:${s.region}:${accountId}:inference-profile/*`],
    secretArns: [database.masterSecretArn, encryption.secretsKeySecretArn, auth.clientSecretArn],
  },
  logRetentionDays: s.logRetentionDays,
  production: s.production,
});

afterMigration(app.migrationRun);

const observability = new Observability(`${prefix}-ops`, {
  namePrefix: prefix,
  region: s.region,
  accountId,
  kmsKeyArn: encryption.keyArn,
  alarmEmails: s.alarmEmails,
  app: {
    clusterName: app.clusterName,
    serviceName: app.serviceName,
    loadBalancerArnSuffix: app.loadBalancerArnSuffix,
    targetGroupArnSuffix: app.targetGroupArnSuffix,
    logGroupName: app.logGroupName,
  },
  workers: WORKER_NAMES.map((w) => ({ worker: w, queueName: workers.queues[w].name, deadLetterName: workers.queues[w].deadLetterName, functionName: workers.functionNames[w] })),
  database: { clusterIdentifier: database.clusterIdentifier, maxCapacity: s.dbMaxCapacity, masterSecretArn: database.masterSecretArn },
  queueAgeLimitSeconds: s.queueAgeAlarmMinutes * 60,
});

export const url = app.url;
export const loadBalancerDnsName = app.loadBalancerDnsName;
export const clusterName = app.clusterName;
export const serviceName = app.serviceName;
export const migrateTaskFamily = app.migrateTaskDefinitionFamily;
export const appLogGroup = app.logGroupName;
export const privateSubnetIds = network.privateSubnetIds;
export const appSecurityGroupId = network.securityGroups.app;
export const signInUrl = auth.hostedUiUrl;
export const userPoolId = auth.userPoolId;
export const databaseEndpoint = database.endpoint;
export const databaseSecretArn = database.masterSecretArn;
export const uploadsBucket = storage.bucketName;
export const queueUrls = workers.queueUrlVariables;
export const workerFunctions = workers.functionNames;
export const guardrail = { id: safety.guardrailId, version: safety.guardrailVersion };
export const safetyAlertTopicArn = safety.alertTopicArn;
export const alarmTopicArn = observability.alarmTopicArn;
export const dashboardUrl = pulumi.interpolate`https://${s.region}.console.aws.amazon.com/cloudwatch/home?region=${s.region}#dashboards:name=${observability.dashboardName}`;
