import { describe, expect, test } from "bun:test";
import * as pulumi from "@pulumi/pulumi";
import { fargateMemoryChoices, settingsProblems, type StackSettings } from "./settings.ts";

function good(): StackSettings {
  const sizing = { memoryMb: 1024, timeoutSeconds: 300, maxConcurrency: 5, batchSize: 5 };
  return {
    stack: "dev",
    region: "eu-west-1",
    production: false,
    availabilityZones: ["eu-west-1a", "eu-west-1b"],
    vpcCidr: "10.0.0.0/16",
    natGateways: 1,
    domainName: "atelier.district.org",
    certificateArn: "arn:aws:acm:eu-west-1:111122223333:certificate/0b9a5d4e-6f7c-4c1d-9e2a-3b4c5d6e7f80",
    hostedZoneId: undefined,
    dbEngineVersion: "16.6",
    dbMinCapacity: 0.5,
    dbMaxCapacity: 16,
    dbInstances: 1,
    dbName: "atelier",
    dbMasterUsername: "atelier",
    dbBackupRetentionDays: 7,
    authDomainPrefix: "atelier-district",
    authCallbackUrls: ["https://atelier.district.org/auth/oidc/callback"],
    authLogoutUrls: ["https://atelier.district.org/"],
    googleClientId: "42-abc.apps.googleusercontent.com",
    googleClientSecret: pulumi.output("x"),
    roleEmailDomains: ["staff.district.org=staff"],
    appCpu: 512,
    appMemory: 1024,
    appMinTasks: 2,
    appMaxTasks: 10,
    workers: { "file-processor": sizing, "url-processor": sizing, "embedding-generator": sizing },
    embeddingModel: "bedrock:amazon.titan-embed-text-v2:0",
    logRetentionDays: 30,
    alarmEmails: ["ops@district.org"],
    safetyAlertEmails: [],
    uploadTemporaryPrefixes: ["tmp/"],
    uploadTemporaryDays: 1,
    queueAgeAlarmMinutes: 30,
  };
}

const problemsWith = (patch: Partial<StackSettings>) => settingsProblems({ ...good(), ...patch });

test("good settings have no problems", () => {
  expect(settingsProblems(good())).toEqual([]);
});

describe("each bad value is named with the key to change", () => {
  test("a certificate from another region (the ALB could not use it)", () => {
    expect(problemsWith({ certificateArn: "arn:aws:acm:us-east-1:111122223333:certificate/abc" })).toEqual([
      'certificateArn must be an ACM certificate in eu-west-1 (the ALB\'s region), got "arn:aws:acm:us-east-1:111122223333:certificate/abc"',
    ]);
  });
  test("zones outside the region, one zone only, or more NAT gateways than zones", () => {
    expect(problemsWith({ availabilityZones: ["eu-west-1a", "us-east-1b"] })).toEqual(["availabilityZones: us-east-1b is not in eu-west-1"]);
    expect(problemsWith({ availabilityZones: ["eu-west-1a"], natGateways: 1 })[0]).toContain("two to four availability zones");
    expect(problemsWith({ natGateways: 3 })).toEqual(["natGateways must be 1 to 2 (one per zone at most), got 3"]);
  });
  test("an Aurora version without pgvector HNSW, and an upside-down ACU range", () => {
    expect(problemsWith({ dbEngineVersion: "15.3" })[0]).toContain("dbEngineVersion: Aurora PostgreSQL 15.3 lacks pgvector 0.5");
    expect(problemsWith({ dbMinCapacity: 8, dbMaxCapacity: 4 })).toEqual(["dbMinCapacity (8) is above dbMaxCapacity (4)"]);
    expect(problemsWith({ dbMaxCapacity: 300 })[0]).toContain("dbMaxCapacity must be 1 to 256");
    expect(problemsWith({ dbMinCapacity: 0.7 })[0]).toContain("steps of 0.5");
  });
  test("a callback URL list that misses the app's callback", () => {
    expect(problemsWith({ authCallbackUrls: ["https://atelier.district.org/callback"] })).toEqual([
      "authCallbackUrls must include https://atelier.district.org/auth/oidc/callback, where the app completes sign-in",
    ]);
    expect(problemsWith({ authLogoutUrls: ["http://atelier.district.org/"] }).join("\n")).toContain("must use https");
  });
  test("a first-sign-in role rule the app would refuse at boot", () => {
    expect(problemsWith({ roleEmailDomains: ["staff.district.org=principal"] })).toEqual([
      'roleEmailDomains: ROLE_EMAIL_DOMAINS entry "staff.district.org=principal" names an unknown role "principal" (expected one of administrator, staff, teacher, student)',
    ]);
  });
  test("a hosted UI prefix Cognito refuses", () => {
    expect(problemsWith({ authDomainPrefix: "atelier-cognito" })[0]).toContain('without "aws", "amazon" or "cognito"');
  });
  test("memory that does not fit the Fargate CPU size", () => {
    expect(problemsWith({ appCpu: 512, appMemory: 512 })).toEqual(["appMemory 512 does not fit appCpu 512; Fargate allows 1024 to 4096 MiB"]);
    expect(problemsWith({ appCpu: 300 })[0]).toContain("appCpu must be one of");
    expect(problemsWith({ appMinTasks: 3, appMaxTasks: 2 })).toEqual(["appMaxTasks (2) is below appMinTasks (3)"]);
  });
  test("a worker timeout beyond Lambda's 15 minutes", () => {
    const workers = { ...good().workers, "url-processor": { memoryMb: 1024, timeoutSeconds: 1200, maxConcurrency: 5, batchSize: 5 } };
    expect(problemsWith({ workers })).toEqual(["url-processor: timeout must be 1 to 900 seconds (Lambda's limit), got 1200"]);
  });
  test("an embedding model the app cannot store", () => {
    expect(problemsWith({ embeddingModel: "bedrock:cohere.embed-english-v3" })[0]).toContain("embeddingModel the Bedrock model must be amazon.titan-embed-text-v2:0");
  });
  test("a log retention CloudWatch does not offer, and a malformed address", () => {
    expect(problemsWith({ logRetentionDays: 10 })[0]).toContain("logRetentionDays must be one of 1, 3, 5, 7, 14, 30");
    expect(problemsWith({ safetyAlertEmails: ["safety"] })).toEqual(['"safety" is not an e-mail address (alarmEmails, safetyAlertEmails)']);
  });
  test("every problem at once, not just the first", () => {
    expect(problemsWith({ dbInstances: 0, appCpu: 300, logRetentionDays: 2 })).toHaveLength(3);
  });
});

test("a production stack must survive losing a zone and must page someone", () => {
  expect(problemsWith({ production: true, natGateways: 1, dbInstances: 1, appMinTasks: 1, alarmEmails: [] })).toEqual([
    "production stacks need one NAT gateway per zone (natGateways), so a zone outage does not cut the others off",
    "production stacks need dbInstances of 2 or more, so Aurora can fail over to another zone",
    "production stacks need appMinTasks of 2 or more, one per zone",
    "production stacks need at least one address in alarmEmails: an alarm nobody receives protects nothing",
  ]);
  expect(problemsWith({ production: true, natGateways: 2, dbInstances: 2 })).toEqual([]);
});

test("Fargate memory choices follow AWS's table", () => {
  expect(fargateMemoryChoices(256)).toEqual([512, 1024, 2048]);
  expect(fargateMemoryChoices(1024)).toEqual([2048, 3072, 4096, 5120, 6144, 7168, 8192]);
  expect(fargateMemoryChoices(8192).at(-1)).toBe(61440);
  expect(fargateMemoryChoices(100)).toEqual([]);
});
