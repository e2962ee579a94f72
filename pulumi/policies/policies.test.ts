import { describe, expect, test } from "bun:test";
import { add, goodStack, spoil } from "./fixture.ts";
import { checkStack, stackPolicies } from "./index.ts";
import { wildcardGrants } from "./iam.ts";
import { subnetTier } from "./network.ts";
import type { StackResource } from "./types.ts";

function messages(resources: StackResource[], policy: string): string[] {
  return checkStack(resources)
    .filter((v) => v.policy === policy)
    .map((v) => `${v.resource}: ${v.message}`);
}

test("a well-built stack passes every policy", () => {
  expect(checkStack(goodStack())).toEqual([]);
});

test("every policy has a unique name and says what it enforces", () => {
  const names = stackPolicies.map((p) => p.name);
  expect(new Set(names).size).toBe(names.length);
  for (const policy of stackPolicies) expect(policy.description.length).toBeGreaterThan(30);
});

describe("subnet tiers are read from the routes", () => {
  const stack = goodStack();
  test("internet gateway route: public; NAT route: private; no default route: isolated", () => {
    expect(subnetTier(stack, "subnet-public")).toBe("public");
    expect(subnetTier(stack, "subnet-private")).toBe("private");
    expect(subnetTier(stack, "subnet-isolated")).toBe("isolated");
  });
  test("a subnet the stack does not manage is unknown, never assumed safe", () => {
    expect(subnetTier(stack, "subnet-elsewhere")).toBe("unknown");
  });
});

describe("database-private-and-encrypted", () => {
  const p = "database-private-and-encrypted";
  test("refuses a public instance", () => {
    expect(messages(spoil(goodStack(), "db-1", { publiclyAccessible: true }), p)).toEqual(["aws:rds/clusterInstance:ClusterInstance::db-1: the database instance is publicly accessible"]);
  });
  test("refuses an unencrypted cluster", () => {
    expect(messages(spoil(goodStack(), "db", { storageEncrypted: undefined }), p)[0]).toContain("not encrypted");
  });
  test("refuses a cluster placed in private or public subnets", () => {
    expect(messages(spoil(goodStack(), "db-subnets", { subnetIds: ["subnet-isolated", "subnet-public"] }), p)).toEqual([
      "aws:rds/cluster:Cluster::db: the cluster may run in subnet subnet-public, which is public, not isolated",
    ]);
    expect(messages(spoil(goodStack(), "db-subnets", { subnetIds: ["subnet-private"] }), p)[0]).toContain("private, not isolated");
  });
  test("refuses a database security group that admits an address range", () => {
    const bad = add(goodStack(), "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "db-from-office", {
      securityGroupId: "sg-db",
      ipProtocol: "tcp",
      fromPort: 5432,
      toPort: 5432,
      cidrIpv4: "10.0.0.0/8",
    });
    expect(messages(bad, p)[0]).toContain("admits address ranges 10.0.0.0/8");
  });
  test("refuses a cluster with no security group of its own", () => {
    expect(messages(spoil(goodStack(), "db", { vpcSecurityGroupIds: [] }), p)[0]).toContain("default one");
  });
});

describe("buckets-private-and-encrypted", () => {
  const p = "buckets-private-and-encrypted";
  test("refuses a bucket with one public access switch off", () => {
    expect(messages(spoil(goodStack(), "uploads-pab", { restrictPublicBuckets: false }), p)[0]).toContain("public access is not blocked");
  });
  test("refuses a bucket without encryption or versioning", () => {
    expect(messages(spoil(goodStack(), "uploads-sse", { rules: [] }), p)[0]).toContain("no default encryption");
    expect(messages(spoil(goodStack(), "uploads-versions", { versioningConfiguration: { status: "Suspended" } }), p)[0]).toContain("versioning is not enabled");
  });
});

describe("queues-have-dead-letter-queues", () => {
  const p = "queues-have-dead-letter-queues";
  test("refuses a queue without a DLQ", () => {
    expect(messages(spoil(goodStack(), "work", { redrivePolicy: undefined }), p)).toContain("aws:sqs/queue:Queue::work: the queue has no dead-letter queue: a message that always fails is retried until it expires");
  });
  test("refuses a DLQ outside the stack and a runaway receive count", () => {
    const elsewhere = spoil(goodStack(), "work", { redrivePolicy: JSON.stringify({ deadLetterTargetArn: "arn:aws:sqs:eu-west-1:1:other", maxReceiveCount: 3 }) });
    expect(messages(elsewhere, p).join("\n")).toContain("is not a queue of this stack");
    const runaway = spoil(goodStack(), "work", { redrivePolicy: JSON.stringify({ deadLetterTargetArn: "arn:aws:sqs:eu-west-1:123456789012:work-dlq", maxReceiveCount: 50 }) });
    expect(messages(runaway, p)[0]).toContain("maxReceiveCount is 50");
  });
  test("refuses a DLQ that forgets messages sooner than its queue", () => {
    expect(messages(spoil(goodStack(), "work-dlq", { messageRetentionSeconds: 60 }), p)[0]).toContain("keeps messages 60 s");
  });
});

describe("lambdas-are-queue-workers", () => {
  const p = "lambdas-are-queue-workers";
  test("refuses a zip function", () => {
    expect(messages(spoil(goodStack(), "worker", { packageType: "Zip", imageUri: undefined }), p)[0]).toContain("not a container image");
  });
  test("refuses a mapping that does not report batch item failures or cap concurrency", () => {
    expect(messages(spoil(goodStack(), "worker-feed", { functionResponseTypes: [] }), p)[0]).toContain("does not report batch item failures");
    expect(messages(spoil(goodStack(), "worker-feed", { scalingConfig: undefined }), p)[0]).toContain("no maximum concurrency");
  });
  test("refuses a function nothing feeds", () => {
    expect(messages(spoil(goodStack(), "worker-feed", { functionName: "another" }), p)).toEqual(["aws:lambda/function:Function::worker: no event source mapping feeds the function"]);
  });
  test("refuses a visibility timeout shorter than six function timeouts", () => {
    expect(messages(spoil(goodStack(), "work", { visibilityTimeoutSeconds: 900 }), p)[0]).toContain("less than 6x the 300 s timeout (1800 s)");
  });
  test("lets a deploy hook be a plain function, but not one that eats a queue", () => {
    const hook = add(
      add(goodStack(), "aws:lambda/function:Function", "hook", { arn: "arn:hook", packageType: "Zip", runtime: "nodejs22.x" }),
      "aws:lambda/invocation:Invocation",
      "run-hook",
      { functionName: "hook" },
    );
    expect(messages(hook, p)).toEqual([]);
    const greedy = add(hook, "aws:lambda/eventSourceMapping:EventSourceMapping", "hook-feed", { functionName: "arn:hook", eventSourceArn: "x" });
    expect(messages(greedy, p)[0]).toContain("a deploy hook also consumes a queue");
  });
});

describe("dead-letter-queues-alarmed", () => {
  const p = "dead-letter-queues-alarmed";
  test("refuses a DLQ without an alarm", () => {
    expect(messages(spoil(goodStack(), "work-dlq-alarm", { dimensions: { QueueName: "work" } }), p)).toEqual([
      "aws:sqs/queue:Queue::work-dlq: no alarm fires when a message lands in this dead-letter queue",
    ]);
  });
  test("refuses an alarm that waits for ten messages, or tells no one", () => {
    expect(messages(spoil(goodStack(), "work-dlq-alarm", { threshold: 10 }), p)[0]).toContain("no alarm fires");
    expect(messages(spoil(goodStack(), "work-dlq-alarm", { alarmActions: [] }), p)[0]).toContain("notifies no one");
  });
});

describe("alb-serves-https", () => {
  const p = "alb-serves-https";
  test("refuses the 60 s default idle timeout", () => {
    expect(messages(spoil(goodStack(), "alb", { idleTimeout: undefined }), p)).toEqual(["aws:lb/loadBalancer:LoadBalancer::alb: the idle timeout is 60 s; streams need at least 3600 s"]);
  });
  test("refuses plain HTTP that serves pages, and HTTPS without TLS 1.3", () => {
    const serving = spoil(goodStack(), "http", { defaultActions: [{ type: "forward", targetGroupArn: "arn:tg" }] });
    expect(messages(serving, p)[0]).toContain("serves traffic instead of redirecting to HTTPS");
    expect(messages(spoil(goodStack(), "https", { sslPolicy: "ELBSecurityPolicy-2016-08" }), p)[0]).toContain("not a TLS 1.3 policy");
  });
  test("refuses a load balancer with no HTTPS listener", () => {
    expect(messages(spoil(goodStack(), "https", { protocol: "HTTP", port: 8080 }), p)).toContain("aws:lb/loadBalancer:LoadBalancer::alb: no HTTPS listener");
  });
});

describe("only-web-open-to-world", () => {
  const p = "only-web-open-to-world";
  test("refuses SSH open to the internet", () => {
    const ssh = add(goodStack(), "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "ssh", { securityGroupId: "sg-app", ipProtocol: "tcp", fromPort: 22, toPort: 22, cidrIpv4: "0.0.0.0/0" });
    expect(messages(ssh, p)).toEqual([
      "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule::ssh: 0.0.0.0/0 may reach tcp port 22; only TCP 80 and 443 may be open to the internet",
    ]);
  });
  test("refuses every-port rules written inline or as legacy rules, IPv6 included", () => {
    const inline = spoil(goodStack(), "app-sg", { ingress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: [], ipv6CidrBlocks: ["::/0"] }] });
    expect(messages(inline, p)[0]).toContain("::/0 may reach every protocol and port");
    const legacy = add(goodStack(), "aws:ec2/securityGroupRule:SecurityGroupRule", "range", { type: "ingress", protocol: "tcp", fromPort: 80, toPort: 443, cidrBlocks: ["0.0.0.0/0"] });
    expect(messages(legacy, p)[0]).toContain("tcp ports 80-443");
  });
  test("lets private ranges reach other ports", () => {
    const internal = add(goodStack(), "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "vpc-https", { securityGroupId: "sg-app", ipProtocol: "tcp", fromPort: 3000, toPort: 3000, cidrIpv4: "10.0.0.0/16" });
    expect(messages(internal, p)).toEqual([]);
  });
});

describe("no-wildcard-admin", () => {
  const p = "no-wildcard-admin";
  const doc = (statement: Record<string, unknown>) => JSON.stringify({ Version: "2012-10-17", Statement: [statement] });
  test("refuses * on *, in a role policy or a role's inline policy", () => {
    expect(messages(spoil(goodStack(), "worker-policy", { policy: doc({ Sid: "God", Effect: "Allow", Action: "*", Resource: "*" }) }), p)).toEqual([
      'aws:iam/rolePolicy:RolePolicy::worker-policy: statement God allows "*" on "*"',
    ]);
    const role = add(goodStack(), "aws:iam/role:Role", "admin", { inlinePolicies: [{ name: "all", policy: doc({ Effect: "Allow", Action: ["s3:GetObject", "*"], Resource: ["*"] }) }] });
    expect(messages(role, p)[0]).toContain('allows "*" on "*"');
  });
  test("refuses NotAction on everything and AdministratorAccess", () => {
    expect(wildcardGrants(doc({ Effect: "Allow", NotAction: "iam:*", Resource: "*" }))[0]).toContain("allows everything but");
    const attached = add(goodStack(), "aws:iam/rolePolicyAttachment:RolePolicyAttachment", "admin", { policyArn: "arn:aws:iam::aws:policy/AdministratorAccess" });
    expect(messages(attached, p)[0]).toContain("AdministratorAccess");
  });
  test("allows scoped wildcards and denies", () => {
    expect(wildcardGrants(doc({ Effect: "Allow", Action: "ecr:GetAuthorizationToken", Resource: "*" }))).toEqual([]);
    expect(wildcardGrants(doc({ Effect: "Allow", Action: "*", Resource: "arn:aws:s3:::uploads/*" }))).toEqual([]);
    expect(wildcardGrants(doc({ Effect: "Deny", Action: "*", Resource: "*" }))).toEqual([]);
  });
});

describe("tasks-in-private-subnets", () => {
  const p = "tasks-in-private-subnets";
  test("refuses tasks in a public subnet, or with public addresses", () => {
    expect(messages(spoil(goodStack(), "app", { networkConfiguration: { subnets: ["subnet-public"], assignPublicIp: false } }), p)).toEqual([
      "aws:ecs/service:Service::app: tasks run in subnet subnet-public, which is public, not private",
    ]);
    expect(messages(spoil(goodStack(), "app", { networkConfiguration: { subnets: ["subnet-private"], assignPublicIp: true } }), p)[0]).toContain("public IP addresses");
  });
  test("refuses tasks with no subnets, in unknown subnets, or workers in isolated ones", () => {
    expect(messages(spoil(goodStack(), "app", { networkConfiguration: {} }), p)[0]).toContain("no subnets are named");
    expect(messages(spoil(goodStack(), "app", { networkConfiguration: { subnets: ["subnet-zzz"] } }), p)[0]).toContain("which is unknown");
    expect(messages(spoil(goodStack(), "worker", { vpcConfig: { subnetIds: ["subnet-isolated"] } }), p)[0]).toContain("isolated, not private");
  });
});

describe("log-groups-expire", () => {
  const p = "log-groups-expire";
  test("refuses a log group that keeps logs forever", () => {
    expect(messages(spoil(goodStack(), "app-logs", { retentionInDays: 0 }), p)).toEqual(["aws:cloudwatch/logGroup:LogGroup::app-logs: the log group never expires (no retentionInDays)"]);
  });
  test("refuses a Lambda whose log group AWS would create with no retention", () => {
    expect(messages(spoil(goodStack(), "worker-logs", { name: "/aws/lambda/other" }), p)[0]).toContain("logs to /aws/lambda/worker, which this stack does not manage");
  });
  test("refuses a container without awslogs, or logging to an unmanaged group", () => {
    const silent = spoil(goodStack(), "app-task", { containerDefinitions: JSON.stringify([{ name: "app" }]) });
    expect(messages(silent, p)[0]).toContain("container app sends its output nowhere");
    const stray = spoil(goodStack(), "app-task", { containerDefinitions: JSON.stringify([{ name: "app", logConfiguration: { logDriver: "awslogs", options: { "awslogs-group": "/tmp" } } }]) });
    expect(messages(stray, p)[0]).toContain("logs to /tmp");
  });
  test("refuses a flow log into an unmanaged group", () => {
    expect(messages(spoil(goodStack(), "flow", { logDestination: "arn:logs:else" }), p)[0]).toContain("flow log writes to a log group this stack does not manage");
  });
});
