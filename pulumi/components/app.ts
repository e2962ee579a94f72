// The Atelier app on ECS Fargate: the image built from the root Dockerfile,
// a cluster, a task definition whose secrets ECS resolves at start, the
// service in the private subnets behind the ALB (load-balancer.ts), CPU and
// memory autoscaling, a circuit breaker that rolls a bad deployment back, and
// the migration hook that must succeed before the service moves.
import * as aws from "@pulumi/aws";
import * as awsx from "@pulumi/awsx";
import * as pulumi from "@pulumi/pulumi";
import { assumedBy, policyDocument, type Statement } from "../lib/iam.ts";
import { appEnvironment, type AppEnvironmentInput } from "./app-environment.ts";
import { createLoadBalancer } from "./load-balancer.ts";
import { MigrationHook } from "./migration-runner/index.ts";
import { keepLatestImages } from "./workers.ts";

export interface AppArgs {
  /** Physical names start with it: the cluster is <prefix>, the service <prefix>-app. */
  namePrefix: string;
  region: string;
  accountId: pulumi.Input<string>;
  image: { context: string; dockerfile: string };
  vpcId: pulumi.Input<string>;
  publicSubnetIds: pulumi.Input<string>[];
  privateSubnetIds: pulumi.Input<string>[];
  albSecurityGroupId: pulumi.Input<string>;
  appSecurityGroupId: pulumi.Input<string>;
  certificateArn: string;
  /** The name users type; PUBLIC_URL is https://<domainName>. */
  domainName: string;
  /** A Route 53 zone to point the domain at the ALB; without it DNS is yours to set. */
  hostedZoneId?: string;
  port: number;
  idleTimeoutSeconds: number;
  /** Fargate CPU units (1024 = 1 vCPU) and memory in MiB. */
  cpu: number;
  memory: number;
  minTasks: number;
  maxTasks: number;
  /** Everything the container's environment is made of (see app-environment.ts). */
  settings: { [K in keyof AppSettings]: pulumi.Input<AppSettings[K]> };
  /** What the running app may touch, and the secrets ECS reads for it. */
  grants: {
    bucketArn: pulumi.Input<string>;
    queueArns: pulumi.Input<string>[];
    alertTopicArn: pulumi.Input<string>;
    kmsKeyArn: pulumi.Input<string>;
    guardrailArn: pulumi.Input<string>;
    bedrockModelArns: pulumi.Input<string>[];
    secretArns: pulumi.Input<string>[];
  };
  logRetentionDays: number;
  production: boolean;
}

type AppSettings = Omit<AppEnvironmentInput, "port" | "region">;

export const APP_CONTAINER = "app";
const MIGRATE_CONTAINER = "migrate";
/** Exits 0 while /health answers 200; the image has no curl, but it has Bun. */
export function healthCommand(port: number): string[] {
  return ["CMD", "bun", "-e", `fetch("http://127.0.0.1:${port}/health").then(r=>process.exit(r.ok?0:1),()=>process.exit(1))`];
}

export class App extends pulumi.ComponentResource {
  readonly url: string;
  readonly loadBalancerDnsName: pulumi.Output<string>;
  readonly loadBalancerArnSuffix: pulumi.Output<string>;
  readonly targetGroupArnSuffix: pulumi.Output<string>;
  readonly clusterName: pulumi.Output<string>;
  readonly serviceName: pulumi.Output<string>;
  readonly logGroupName: pulumi.Output<string>;
  readonly migrateTaskDefinitionFamily: string;
  /** Resolves (to the migrate task's id) once this deployment's migrations succeeded. */
  readonly migrationRun: pulumi.Output<string>;

  constructor(name: string, args: AppArgs, opts?: pulumi.ComponentResourceOptions) {
    super("atelier:infra:App", name, {}, opts);
    const parent = { parent: this };
    const prefix = args.namePrefix;
    if (args.minTasks < 1 || args.maxTasks < args.minTasks) throw new Error(`tasks must satisfy 1 <= min <= max, got ${args.minTasks}..${args.maxTasks}`);

    const repository = new aws.ecr.Repository(
      `${name}-repo`,
      { name: `${prefix}-app`, imageTagMutability: "IMMUTABLE", imageScanningConfiguration: { scanOnPush: true }, forceDelete: !args.production },
      parent,
    );
    new aws.ecr.LifecyclePolicy(`${name}-repo-lifecycle`, { repository: repository.name, policy: keepLatestImages(20) }, parent);
    const image = new awsx.ecr.Image(`${name}-image`, { repositoryUrl: repository.repositoryUrl, context: args.image.context, dockerfile: args.image.dockerfile, platform: "linux/arm64" }, parent);

    const cluster = new aws.ecs.Cluster(`${name}-cluster`, { name: prefix, settings: [{ name: "containerInsights", value: "enabled" }] }, parent);
    const logGroup = new aws.cloudwatch.LogGroup(`${name}-logs`, { name: `/${prefix}/app`, retentionInDays: args.logRetentionDays }, parent);

    const executionRole = new aws.iam.Role(`${name}-execution-role`, { assumeRolePolicy: assumedBy("ecs-tasks.amazonaws.com") }, parent);
    new aws.iam.RolePolicy(
      `${name}-execution-policy`,
      {
        role: executionRole.id,
        policy: policyDocument([
          // GetAuthorizationToken has no resource to scope to.
          { Sid: "EcrLogin", Action: "ecr:GetAuthorizationToken", Resource: "*" },
          { Sid: "PullAppImage", Action: ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability"], Resource: repository.arn },
          { Sid: "WriteLogs", Action: ["logs:CreateLogStream", "logs:PutLogEvents"], Resource: pulumi.interpolate`${logGroup.arn}:*` },
          { Sid: "InjectSecrets", Action: "secretsmanager:GetSecretValue", Resource: args.grants.secretArns },
        ]),
      },
      parent,
    );
    const taskRole = new aws.iam.Role(`${name}-task-role`, { assumeRolePolicy: assumedBy("ecs-tasks.amazonaws.com") }, parent);
    new aws.iam.RolePolicy(`${name}-task-policy`, { role: taskRole.id, policy: policyDocument(taskStatements(args.grants)) }, parent);

    const containerEnv = pulumi.output(args.settings).apply((settings) => appEnvironment({ ...settings, port: args.port, region: args.region }));
    const container = (containerName: string, extra: Record<string, unknown>) =>
      pulumi.all([image.imageUri, containerEnv, logGroup.name]).apply(([imageUri, env, group]) => ({
        name: containerName,
        image: imageUri,
        essential: true,
        environment: env.environment,
        secrets: env.secrets,
        logConfiguration: { logDriver: "awslogs", options: { "awslogs-group": group, "awslogs-region": args.region, "awslogs-stream-prefix": containerName } },
        ...extra,
      }));
    const taskShape = {
      requiresCompatibilities: ["FARGATE"],
      networkMode: "awsvpc",
      cpu: String(args.cpu),
      memory: String(args.memory),
      runtimePlatform: { operatingSystemFamily: "LINUX", cpuArchitecture: "ARM64" },
      executionRoleArn: executionRole.arn,
      taskRoleArn: taskRole.arn,
    };
    const taskDefinition = new aws.ecs.TaskDefinition(
      `${name}-task`,
      {
        family: `${prefix}-app`,
        ...taskShape,
        containerDefinitions: pulumi.jsonStringify([
          container(APP_CONTAINER, {
            portMappings: [{ containerPort: args.port, protocol: "tcp" }],
            healthCheck: { command: healthCommand(args.port), interval: 30, timeout: 5, retries: 3, startPeriod: 30 },
            // SIGTERM first: the server drains before ECS kills it.
            stopTimeout: 30,
          }),
        ]),
      },
      parent,
    );
    this.migrateTaskDefinitionFamily = `${prefix}-migrate`;
    const migrateTask = new aws.ecs.TaskDefinition(
      `${name}-migrate-task`,
      { family: this.migrateTaskDefinitionFamily, ...taskShape, containerDefinitions: pulumi.jsonStringify([container(MIGRATE_CONTAINER, { command: ["bun", "run", "db:migrate"] })]) },
      parent,
    );
    const migrations = new MigrationHook(
      `${name}-migrate-hook`,
      {
        functionName: `${prefix}-migrate-hook`,
        region: args.region,
        accountId: args.accountId,
        clusterArn: cluster.arn,
        clusterName: cluster.name,
        taskDefinitionArn: migrateTask.arn,
        taskDefinitionFamily: migrateTask.family,
        containerName: MIGRATE_CONTAINER,
        taskRoleArns: [executionRole.arn, taskRole.arn],
        subnetIds: args.privateSubnetIds,
        securityGroupIds: [args.appSecurityGroupId],
        taskLogGroup: logGroup.name,
        logRetentionDays: args.logRetentionDays,
      },
      parent,
    );

    const lb = createLoadBalancer(
      name,
      {
        vpcId: args.vpcId,
        subnetIds: args.publicSubnetIds,
        securityGroupId: args.albSecurityGroupId,
        certificateArn: args.certificateArn,
        targetPort: args.port,
        idleTimeoutSeconds: args.idleTimeoutSeconds,
        dns: args.hostedZoneId ? { zoneId: args.hostedZoneId, domainName: args.domainName } : undefined,
        production: args.production,
      },
      this,
    );

    const service = new aws.ecs.Service(
      `${name}-service`,
      {
        name: `${prefix}-app`,
        cluster: cluster.arn,
        taskDefinition: taskDefinition.arn,
        launchType: "FARGATE",
        desiredCount: args.minTasks,
        networkConfiguration: { subnets: args.privateSubnetIds, securityGroups: [args.appSecurityGroupId], assignPublicIp: false },
        loadBalancers: [{ targetGroupArn: lb.targetGroup.arn, containerName: APP_CONTAINER, containerPort: args.port }],
        healthCheckGracePeriodSeconds: 60,
        deploymentMinimumHealthyPercent: 100,
        deploymentMaximumPercent: 200,
        deploymentCircuitBreaker: { enable: true, rollback: true },
        propagateTags: "SERVICE",
        enableEcsManagedTags: true,
        // `pulumi up` fails when the deployment does not settle (and ECS rolls it back).
        waitForSteadyState: true,
      },
      // Autoscaling owns the task count once the service exists.
      { parent: this, dependsOn: [lb.httpsListener, migrations.invocation], ignoreChanges: ["desiredCount"] },
    );

    const scaling = new aws.appautoscaling.Target(
      `${name}-scaling`,
      {
        serviceNamespace: "ecs",
        scalableDimension: "ecs:service:DesiredCount",
        resourceId: pulumi.interpolate`service/${cluster.name}/${service.name}`,
        minCapacity: args.minTasks,
        maxCapacity: args.maxTasks,
      },
      parent,
    );
    for (const [metric, target] of [
      ["ECSServiceAverageCPUUtilization", 70],
      ["ECSServiceAverageMemoryUtilization", 80],
    ] as const) {
      new aws.appautoscaling.Policy(
        `${name}-scale-${metric.includes("CPU") ? "cpu" : "memory"}`,
        {
          policyType: "TargetTrackingScaling",
          serviceNamespace: scaling.serviceNamespace,
          scalableDimension: scaling.scalableDimension,
          resourceId: scaling.resourceId,
          targetTrackingScalingPolicyConfiguration: {
            predefinedMetricSpecification: { predefinedMetricType: metric },
            targetValue: target,
            // Add tasks quickly under load; remove them slowly, streams may still be running.
            scaleOutCooldown: 60,
            scaleInCooldown: 300,
          },
        },
        parent,
      );
    }

    this.migrationRun = migrations.migrationRun;
    this.url = `https://${args.domainName}`;
    this.loadBalancerDnsName = lb.loadBalancer.dnsName;
    this.loadBalancerArnSuffix = lb.loadBalancer.arnSuffix;
    this.targetGroupArnSuffix = lb.targetGroup.arnSuffix;
    this.clusterName = cluster.name;
    this.serviceName = service.name;
    this.logGroupName = logGroup.name;
    this.registerOutputs({ loadBalancerDnsName: this.loadBalancerDnsName, serviceName: this.serviceName });
  }
}

function taskStatements(grants: AppArgs["grants"]): Statement[] {
  return [
    { Sid: "UploadsObjects", Action: ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"], Resource: pulumi.interpolate`${grants.bucketArn}/*` },
    { Sid: "UploadsListing", Action: "s3:ListBucket", Resource: grants.bucketArn },
    { Sid: "EnqueueWork", Action: ["sqs:SendMessage", "sqs:GetQueueAttributes"], Resource: grants.queueArns },
    { Sid: "RaiseSafetyAlerts", Action: "sns:Publish", Resource: grants.alertTopicArn },
    // The alert topic is encrypted with the stack's key.
    { Sid: "EncryptAlerts", Action: ["kms:GenerateDataKey", "kms:Decrypt"], Resource: grants.kmsKeyArn },
    { Sid: "InvokeModels", Action: ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"], Resource: grants.bedrockModelArns },
    { Sid: "ApplyGuardrail", Action: "bedrock:ApplyGuardrail", Resource: [grants.guardrailArn, pulumi.interpolate`${grants.guardrailArn}:*`] },
  ];
}
