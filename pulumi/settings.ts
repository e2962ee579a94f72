// The stack's settings as index.ts reads them from Pulumi config, and the
// rules they must meet. Checked before any resource is declared, so a bad
// value stops `pulumi preview` with a sentence naming the key, instead of
// failing half-way through `pulumi up`.
import type * as pulumi from "@pulumi/pulumi";
import { OIDC_CALLBACK_PATH } from "../src/auth/oidc/config.ts";
import { parseRoleRules } from "../src/auth/role-rules.ts";
import { parseEmbeddingModel } from "../src/knowledge/embed/models.ts";
import { pgvectorProblem } from "./lib/aurora.ts";
import { planSubnets } from "./lib/cidr.ts";
import { sizingProblems, WORKER_NAMES, type WorkerName, type WorkerSizing } from "./components/worker-plan.ts";

export interface StackSettings {
  stack: string;
  region: string;
  production: boolean;
  availabilityZones: string[];
  vpcCidr: string;
  natGateways: number;
  domainName: string;
  certificateArn: string;
  hostedZoneId: string | undefined;
  dbEngineVersion: string;
  dbMinCapacity: number;
  dbMaxCapacity: number;
  dbInstances: number;
  dbName: string;
  dbMasterUsername: string;
  dbBackupRetentionDays: number;
  authDomainPrefix: string;
  authCallbackUrls: string[];
  authLogoutUrls: string[];
  googleClientId: string;
  googleClientSecret: pulumi.Output<string>;
  /** ROLE_EMAIL_DOMAINS entries, e.g. "staff.district.org=staff". */
  roleEmailDomains: string[];
  appCpu: number;
  appMemory: number;
  appMinTasks: number;
  appMaxTasks: number;
  workers: Record<WorkerName, WorkerSizing>;
  /** EMBEDDING_MODEL of the app and workers, e.g. bedrock:amazon.titan-embed-text-v2:0. */
  embeddingModel: string;
  logRetentionDays: number;
  alarmEmails: string[];
  safetyAlertEmails: string[];
  uploadTemporaryPrefixes: string[];
  uploadTemporaryDays: number;
  queueAgeAlarmMinutes: number;
}

/** The retention periods CloudWatch Logs accepts. */
export const LOG_RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

/** Fargate's CPU units and the memory (MiB) each allows. */
export function fargateMemoryChoices(cpu: number): number[] {
  const range = (from: number, to: number, step: number) => Array.from({ length: (to - from) / step + 1 }, (_, i) => from + i * step);
  switch (cpu) {
    case 256:
      return [512, 1024, 2048];
    case 512:
      return range(1024, 4096, 1024);
    case 1024:
      return range(2048, 8192, 1024);
    case 2048:
      return range(4096, 16384, 1024);
    case 4096:
      return range(8192, 30720, 1024);
    case 8192:
      return range(16384, 61440, 4096);
    case 16384:
      return range(32768, 122880, 8192);
    default:
      return [];
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** Every problem with the settings, each naming the config key to change. */
export function settingsProblems(s: StackSettings): string[] {
  const problems: string[] = [];
  const p = (message: string) => problems.push(message);

  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(s.region)) p(`aws:region "${s.region}" is not an AWS region such as eu-west-1`);
  for (const zone of s.availabilityZones) if (!zone.startsWith(s.region)) p(`availabilityZones: ${zone} is not in ${s.region}`);
  try {
    planSubnets(s.vpcCidr, s.availabilityZones);
  } catch (err) {
    p(`vpcCidr/availabilityZones: ${(err as Error).message}`);
  }
  if (!Number.isInteger(s.natGateways) || s.natGateways < 1 || s.natGateways > s.availabilityZones.length) p(`natGateways must be 1 to ${s.availabilityZones.length} (one per zone at most), got ${s.natGateways}`);

  if (!HOSTNAME.test(s.domainName)) p(`domainName "${s.domainName}" is not a lowercase host name such as atelier.district.org`);
  if (!new RegExp(`^arn:aws:acm:${s.region}:\\d{12}:certificate/[\\w-]+$`).test(s.certificateArn)) {
    p(`certificateArn must be an ACM certificate in ${s.region} (the ALB's region), got "${s.certificateArn}"`);
  }

  const pgvector = pgvectorProblem(s.dbEngineVersion);
  if (pgvector) p(`dbEngineVersion: ${pgvector}`);
  const halfSteps = (n: number) => Number.isInteger(n * 2);
  if (!(s.dbMinCapacity >= 0 && halfSteps(s.dbMinCapacity))) p(`dbMinCapacity must be 0 or more in steps of 0.5 ACU, got ${s.dbMinCapacity}`);
  if (!(s.dbMaxCapacity >= 1 && s.dbMaxCapacity <= 256 && halfSteps(s.dbMaxCapacity))) p(`dbMaxCapacity must be 1 to 256 in steps of 0.5 ACU, got ${s.dbMaxCapacity}`);
  if (s.dbMinCapacity > s.dbMaxCapacity) p(`dbMinCapacity (${s.dbMinCapacity}) is above dbMaxCapacity (${s.dbMaxCapacity})`);
  if (!Number.isInteger(s.dbInstances) || s.dbInstances < 1 || s.dbInstances > 15) p(`dbInstances must be 1 to 15, got ${s.dbInstances}`);
  if (!Number.isInteger(s.dbBackupRetentionDays) || s.dbBackupRetentionDays < 1 || s.dbBackupRetentionDays > 35) p(`dbBackupRetentionDays must be 1 to 35, got ${s.dbBackupRetentionDays}`);
  if (!/^[a-z][a-z0-9_]{0,62}$/.test(s.dbName)) p(`dbName "${s.dbName}" must be lowercase letters, digits and _ , starting with a letter`);
  if (!/^[a-z][a-z0-9_]{0,15}$/.test(s.dbMasterUsername) || ["admin", "postgres", "rdsadmin"].includes(s.dbMasterUsername)) {
    p(`dbMasterUsername "${s.dbMasterUsername}" must be 1 to 16 lowercase letters, digits or _ and not a reserved name`);
  }

  if (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(s.authDomainPrefix) || /aws|amazon|cognito/.test(s.authDomainPrefix)) {
    p(`authDomainPrefix "${s.authDomainPrefix}" must be lowercase letters, digits and hyphens, without "aws", "amazon" or "cognito"`);
  }
  const callback = `https://${s.domainName}${OIDC_CALLBACK_PATH}`;
  if (!s.authCallbackUrls.includes(callback)) p(`authCallbackUrls must include ${callback}, where the app completes sign-in`);
  if (!s.authLogoutUrls.includes(`https://${s.domainName}/`)) p(`authLogoutUrls must include https://${s.domainName}/, where the app returns after sign-out`);
  for (const url of [...s.authCallbackUrls, ...s.authLogoutUrls]) if (!url.startsWith("https://")) p(`${url} must use https (Cognito refuses plain http outside localhost)`);
  if (!/^[\w.-]+\.apps\.googleusercontent\.com$/.test(s.googleClientId)) p(`googleClientId "${s.googleClientId}" is not a Google OAuth client id (….apps.googleusercontent.com)`);

  for (const problem of parseRoleRules({ defaultRole: "student", emailDomains: s.roleEmailDomains, groups: [] }).problems) p(`roleEmailDomains: ${problem}`);

  const memory = fargateMemoryChoices(s.appCpu);
  if (memory.length === 0) p(`appCpu must be one of 256, 512, 1024, 2048, 4096, 8192, 16384 (Fargate), got ${s.appCpu}`);
  else if (!memory.includes(s.appMemory)) p(`appMemory ${s.appMemory} does not fit appCpu ${s.appCpu}; Fargate allows ${memory[0]} to ${memory[memory.length - 1]} MiB`);
  if (!Number.isInteger(s.appMinTasks) || s.appMinTasks < 1) p(`appMinTasks must be at least 1, got ${s.appMinTasks}`);
  if (s.appMaxTasks < s.appMinTasks) p(`appMaxTasks (${s.appMaxTasks}) is below appMinTasks (${s.appMinTasks})`);

  for (const worker of WORKER_NAMES) problems.push(...sizingProblems(worker, s.workers[worker]));
  try {
    parseEmbeddingModel(s.embeddingModel);
  } catch (err) {
    p(`embeddingModel ${(err as Error).message}`);
  }

  if (!LOG_RETENTION_DAYS.includes(s.logRetentionDays)) p(`logRetentionDays must be one of ${LOG_RETENTION_DAYS.join(", ")} (CloudWatch's choices), got ${s.logRetentionDays}`);
  for (const email of [...s.alarmEmails, ...s.safetyAlertEmails]) if (!EMAIL.test(email)) p(`"${email}" is not an e-mail address (alarmEmails, safetyAlertEmails)`);
  if (!Number.isInteger(s.uploadTemporaryDays) || s.uploadTemporaryDays < 1) p(`uploadTemporaryDays must be a whole number of days, at least 1, got ${s.uploadTemporaryDays}`);
  if (!(s.queueAgeAlarmMinutes >= 5)) p(`queueAgeAlarmMinutes must be at least 5, got ${s.queueAgeAlarmMinutes}`);

  if (s.production) {
    // A production stack survives the loss of one availability zone.
    if (s.natGateways < s.availabilityZones.length) p("production stacks need one NAT gateway per zone (natGateways), so a zone outage does not cut the others off");
    if (s.dbInstances < 2) p("production stacks need dbInstances of 2 or more, so Aurora can fail over to another zone");
    if (s.appMinTasks < 2) p("production stacks need appMinTasks of 2 or more, one per zone");
    if (s.alarmEmails.length === 0) p("production stacks need at least one address in alarmEmails: an alarm nobody receives protects nothing");
  }
  return problems;
}
