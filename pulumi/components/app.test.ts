// Tests of the app component (service, ALB, autoscaling, migration hook), as the dev stack deploys it
// in the mock cloud (testing/dev-stack.ts); the pure parts have their own tests.
import { beforeAll, describe, expect, test } from "bun:test";
import { albServesHttps } from "../policies/edge.ts";
import { noWildcardAdmin } from "../policies/iam.ts";
import { tasksInPrivateSubnets } from "../policies/network.ts";
import { resolve } from "node:path";
import type { StackResource } from "../policies/types.ts";
import { devStack, json, envOf, DEV_REGION, type DevStack } from "../testing/dev-stack.ts";
import { REPO_ROOT } from "../testing/stack-config.ts";

let stack: DevStack;
beforeAll(async () => {
  stack = await devStack();
});

describe("app", () => {
  test("the container gets the environment the app reads, and its secrets from Secrets Manager", () => {
    const [app] = stack.containers("atelier-dev-app");
    expect(envOf(app)).toEqual({
      AUTH_MODE: "oidc",
      AWS_REGION: DEV_REGION,
      BEDROCK_GUARDRAIL_ID: "gr-mock",
      BEDROCK_GUARDRAIL_VERSION: "1",
      BLOB_STORE: "s3",
      DATABASE_SSL: "require",
      DATABASE_URL: "postgres://atelier@atelier-dev-db-cluster.cluster-abc.us-east-1.rds.amazonaws.com:5432/atelier",
      EMBEDDING_MODEL: "bedrock:amazon.titan-embed-text-v2:0",
      HOST: "0.0.0.0",
      NODE_ENV: "production",
      OIDC_CLIENT_ID: "mockclientid",
      OIDC_ISSUER: "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_MockPool",
      PORT: "3000",
      PUBLIC_URL: "https://atelier-dev.example.org",
      QUEUE_DRIVER: "sqs",
      QUEUE_MAX_ATTEMPTS: "3",
      ROLE_GROUPS: "administrator=administrator,staff=staff,teacher=teacher,student=student",
      S3_BUCKET: stack.one("aws:s3/bucket:Bucket").props.bucket,
      SAFETY_ALERT_TOPIC_ARN: stack.one("aws:sns/topic:Topic", "atelier-dev-safety-alerts").props.arn,
      SQS_EMBEDDING_GENERATOR_URL: "https://sqs.us-east-1.amazonaws.com/123456789012/atelier-dev-embedding-generator",
      SQS_FILE_PROCESSOR_URL: "https://sqs.us-east-1.amazonaws.com/123456789012/atelier-dev-file-processor",
      SQS_URL_PROCESSOR_URL: "https://sqs.us-east-1.amazonaws.com/123456789012/atelier-dev-url-processor",
      TRUST_PROXY: "true",
    });
    const secretArns = new Map(stack.all("aws:secretsmanager/secret:Secret").map((s) => [s.props.arn, s.name]));
    expect(app.secrets).toEqual([
      { name: "DATABASE_PASSWORD", valueFrom: `${String((stack.one("aws:rds/cluster:Cluster").props.masterUserSecrets as any[])[0].secretArn)}:password::` },
      { name: "SECRETS_KEY", valueFrom: expect.any(String) },
      { name: "OIDC_CLIENT_SECRET", valueFrom: expect.any(String) },
    ]);
    expect(secretArns.get(app.secrets[1].valueFrom)).toBe("atelier-dev-keys-secrets-key");
    expect(secretArns.get(app.secrets[2].valueFrom)).toBe("atelier-dev-auth-client-secret");
    // The execution role may read exactly those three secrets.
    const execution = json(stack.one("aws:iam/rolePolicy:RolePolicy", "atelier-dev-app-execution-policy").props.policy);
    const inject = execution.Statement.find((s: any) => s.Sid === "InjectSecrets");
    expect([...inject.Resource].sort()).toEqual(app.secrets.map((s: any) => s.valueFrom.replace(/:password::$/, "")).sort());
  });

  test("runs ARM Fargate tasks of the configured size from the image built from the root Dockerfile", () => {
    const task = stack.all("aws:ecs/taskDefinition:TaskDefinition").find((t) => t.props.family === "atelier-dev-app");
    expect(task?.props).toMatchObject({ cpu: "512", memory: "1024", requiresCompatibilities: ["FARGATE"], runtimePlatform: { cpuArchitecture: "ARM64" } });
    const image = stack.resources.find((r) => r.type === "awsx:ecr:Image" && r.parentType === "atelier:infra:App");
    expect(image?.props.platform).toBe("linux/arm64");
    expect(resolve(String(image?.props.context))).toBe(REPO_ROOT);
    expect(resolve(String(image?.props.dockerfile))).toBe(resolve(REPO_ROOT, "Dockerfile"));
    expect(stack.containers("atelier-dev-app")[0].image).toBe(image?.props.imageUri);
  });

  test("the service sits in private subnets behind the ALB, with a circuit breaker that rolls back", () => {
    const service = stack.one("aws:ecs/service:Service");
    expect(service.props).toMatchObject({
      launchType: "FARGATE",
      desiredCount: 2,
      deploymentCircuitBreaker: { enable: true, rollback: true },
      loadBalancers: [{ containerName: "app", containerPort: 3000, targetGroupArn: stack.one("aws:lb/targetGroup:TargetGroup").props.arn }],
    });
    expect(stack.one("aws:lb/targetGroup:TargetGroup").props).toMatchObject({ targetType: "ip", port: 3000, healthCheck: { path: "/health", matcher: "200" } });
    expect(stack.one("aws:lb/loadBalancer:LoadBalancer").props).toMatchObject({ idleTimeout: 3600, internal: false });
  });

  test("scales from 2 to the configured maximum on CPU 70% and memory 80%, out in 60 s, in after 300 s", () => {
    expect(stack.one("aws:appautoscaling/target:Target").props).toMatchObject({ minCapacity: 2, maxCapacity: 4, resourceId: "service/atelier-dev/atelier-dev-app" });
    const policies = stack.all("aws:appautoscaling/policy:Policy").map((p) => p.props.targetTrackingScalingPolicyConfiguration as any);
    expect(policies.map((p) => [p.predefinedMetricSpecification.predefinedMetricType, p.targetValue, p.scaleOutCooldown, p.scaleInCooldown]).sort()).toEqual([
      ["ECSServiceAverageCPUUtilization", 70, 60, 300],
      ["ECSServiceAverageMemoryUtilization", 80, 60, 300],
    ]);
  });

  test("a one-off task runs `bun run db:migrate`, and the service only moves after it", () => {
    const [migrate] = stack.containers("atelier-dev-migrate");
    expect(migrate.command).toEqual(["bun", "run", "db:migrate"]);
    expect(migrate.image).toBe(stack.containers("atelier-dev-app")[0].image);
    const invocation = stack.one("aws:lambda/invocation:Invocation");
    const request = json(invocation.props.input);
    const migrateTask = stack.all("aws:ecs/taskDefinition:TaskDefinition").find((t) => t.props.family === "atelier-dev-migrate");
    expect(request).toMatchObject({ taskDefinition: migrateTask?.props.arn, containerName: "migrate", cluster: stack.one("aws:ecs/cluster:Cluster").props.arn });
    expect(request.subnets).toEqual(stack.one("aws:ecs/service:Service").props.networkConfiguration && (stack.one("aws:ecs/service:Service").props.networkConfiguration as any).subnets);
    // The service and the workers are registered (created or updated) only
    // after the hook ran: both refuse a schema with pending migrations.
    const position = (r: StackResource | undefined) => stack.resources.indexOf(r as StackResource);
    const hook = position(invocation);
    expect(hook).toBeGreaterThan(-1);
    expect(position(stack.one("aws:ecs/service:Service"))).toBeGreaterThan(hook);
    for (const worker of stack.all("aws:lambda/function:Function").filter((f) => f.props.packageType === "Image")) {
      expect(position(worker)).toBeGreaterThan(hook);
      expect(worker.props.tags).toEqual({ "atelier:migration": "0123456789abcdef" });
    }
  });

  test("the deploy hook may run and watch the migrate task and pass its two roles, nothing more", () => {
    const statements = json(stack.one("aws:iam/rolePolicy:RolePolicy", "atelier-dev-app-migrate-hook-policy").props.policy).Statement;
    expect(statements.map((s: any) => [s.Sid, s.Action])).toEqual([
      ["RunMigrateTask", "ecs:RunTask"],
      ["WatchMigrateTask", "ecs:DescribeTasks"],
      ["PassTaskRoles", "iam:PassRole"],
      ["WriteOwnLogs", ["logs:CreateLogStream", "logs:PutLogEvents"]],
    ]);
    expect(statements[0].Resource).toBe("arn:aws:ecs:us-east-1:123456789012:task-definition/atelier-dev-migrate:*");
  });
});

test("meets its policies: HTTPS with a long idle timeout, tasks in private subnets, no wildcard grants", () => {
  expect(stack.one("aws:lb/listener:Listener", "atelier-dev-app-https").props).toMatchObject({ protocol: "HTTPS", port: 443, sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06" });
  expect(albServesHttps.check(stack.resources)).toEqual([]);
  expect(tasksInPrivateSubnets.check(stack.resources)).toEqual([]);
  const appPolicies = stack.resources.filter((r) => r.type === "aws:iam/rolePolicy:RolePolicy" && ["atelier:infra:App", "atelier:infra:MigrationHook"].includes(r.parentType ?? ""));
  expect(appPolicies).toHaveLength(3);
  expect(noWildcardAdmin.check(appPolicies)).toEqual([]);
});
