// Tests of the database component, as the dev stack deploys it
// in the mock cloud (testing/dev-stack.ts); the pure parts have their own tests.
import { beforeAll, describe, expect, test } from "bun:test";
import { databasePrivateAndEncrypted } from "../policies/data.ts";
import { devStack, json, type DevStack } from "../testing/dev-stack.ts";

let stack: DevStack;
beforeAll(async () => {
  stack = await devStack();
});

describe("database", () => {
  test("is Aurora PostgreSQL Serverless v2 with the configured ACU range, encrypted, with managed password, backups and the Data API", () => {
    const cluster = stack.one("aws:rds/cluster:Cluster");
    expect(cluster.parentType).toBe("atelier:infra:Database");
    expect(cluster.props).toMatchObject({
      engine: "aurora-postgresql",
      engineVersion: "16.6",
      serverlessv2ScalingConfiguration: { minCapacity: 0.5, maxCapacity: 4 },
      storageEncrypted: true,
      manageMasterUserPassword: true,
      enableHttpEndpoint: true,
      backupRetentionPeriod: 7,
      // dev: no deletion protection, no final snapshot
      deletionProtection: false,
      skipFinalSnapshot: true,
    });
    expect(cluster.props.masterPassword).toBeUndefined();
    expect(stack.one("aws:rds/clusterInstance:ClusterInstance").props).toMatchObject({ instanceClass: "db.serverless", publiclyAccessible: false });
    expect(json(JSON.stringify(stack.one("aws:rds/clusterParameterGroup:ClusterParameterGroup").props.parameters))).toContainEqual({ name: "rds.force_ssl", value: "1" });
  });

  test("admits PostgreSQL from the app's and the workers' security groups only", () => {
    const dbGroup = stack.one("aws:ec2/securityGroup:SecurityGroup", "atelier-dev-network-database-sg").props.id;
    const rules = stack.all("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule").filter((r) => r.props.securityGroupId === dbGroup);
    const from = rules.map((r) => stack.resources.find((g) => g.props.id === r.props.referencedSecurityGroupId)?.name).sort();
    expect(from).toEqual(["atelier-dev-network-app-sg", "atelier-dev-network-workers-sg"]);
    expect(rules.every((r) => r.props.fromPort === 5432 && r.props.cidrIpv4 === undefined)).toBe(true);
  });
});

test("meets its policy: private, isolated, encrypted, reachable through security groups only", () => {
  expect(stack.all("aws:rds/cluster:Cluster")).toHaveLength(1);
  expect(databasePrivateAndEncrypted.check(stack.resources)).toEqual([]);
});
