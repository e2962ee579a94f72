// Tests of the network component, as the dev stack deploys it
// in the mock cloud (testing/dev-stack.ts); the pure parts have their own tests.
import { beforeAll, describe, expect, test } from "bun:test";
import { onlyWebOpenToWorld } from "../policies/network.ts";
import { logGroupsExpire } from "../policies/logs.ts";
import { subnetTier } from "../policies/network.ts";
import { devStack, DEV_REGION, type DevStack } from "../testing/dev-stack.ts";

let stack: DevStack;
beforeAll(async () => {
  stack = await devStack();
});

describe("network", () => {
  test("spans two zones with public, private and isolated subnets", () => {
    const subnets = stack.all("aws:ec2/subnet:Subnet");
    expect(subnets.every((s) => s.parentType === "atelier:infra:Network")).toBe(true);
    const tiers = subnets.map((s) => `${s.props.availabilityZone} ${subnetTier(stack.resources, s.props.id)}`).sort();
    expect(tiers).toEqual(["us-east-1a isolated", "us-east-1a private", "us-east-1a public", "us-east-1b isolated", "us-east-1b private", "us-east-1b public"]);
    expect(stack.all("aws:ec2/natGateway:NatGateway")).toHaveLength(1);
  });

  test("reaches S3 through a gateway endpoint and SQS, Secrets Manager, ECR and Logs through interface endpoints", () => {
    const endpoints = stack.childrenOf("Network").filter((r) => r.type === "aws:ec2/vpcEndpoint:VpcEndpoint");
    const byService = Object.fromEntries(endpoints.map((e) => [String(e.props.serviceName).replace(`com.amazonaws.${DEV_REGION}.`, ""), e.props]));
    expect(Object.keys(byService).sort()).toEqual(["ecr.api", "ecr.dkr", "logs", "s3", "secretsmanager", "sqs"]);
    expect(byService.s3?.vpcEndpointType).toBe("Gateway");
    for (const service of ["sqs", "secretsmanager", "ecr.api", "ecr.dkr", "logs"]) {
      expect(byService[service]).toMatchObject({ vpcEndpointType: "Interface", privateDnsEnabled: true });
      for (const subnet of byService[service]?.subnetIds as string[]) expect(subnetTier(stack.resources, subnet)).toBe("private");
    }
  });

  test("records every connection in flow logs", () => {
    expect(stack.one("aws:ec2/flowLog:FlowLog").props).toMatchObject({ trafficType: "ALL", vpcId: stack.one("aws:ec2/vpc:Vpc").props.id });
  });
});

test("meets its policies: only HTTP(S) open to the internet, flow logs that expire", () => {
  const opened = stack.all("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule").filter((r) => r.props.cidrIpv4 === "0.0.0.0/0");
  expect(opened.map((r) => r.props.fromPort).sort()).toEqual([443, 80]);
  expect(onlyWebOpenToWorld.check(stack.resources)).toEqual([]);
  expect(stack.childrenOf("Network").filter((r) => r.type === "aws:cloudwatch/logGroup:LogGroup")).toHaveLength(1);
  expect(logGroupsExpire.check(stack.resources)).toEqual([]);
});
