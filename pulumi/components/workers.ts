// The background workers: one image (workers/Dockerfile) whose command names
// the worker, and per worker an SQS queue with a dead-letter queue, an arm64
// container Lambda in the private subnets, and a queue mapping that reports
// batch item failures (only failed messages return) under a concurrency cap.
// Each worker's role grants exactly what its job needs (worker-plan.ts).
import * as aws from "@pulumi/aws";
import * as awsx from "@pulumi/awsx";
import * as pulumi from "@pulumi/pulumi";
import { assumedBy, policyDocument, type Statement } from "../lib/iam.ts";
import { MAX_RECEIVE_COUNT, queueUrlVariable, visibilityTimeoutFor, WORKER_GRANTS, WORKER_NAMES, type WorkerName, type WorkerSizing } from "./worker-plan.ts";

export interface WorkersArgs {
  /** Physical names start with it: <prefix>-file-processor. */
  namePrefix: string;
  region: string;
  accountId: pulumi.Input<string>;
  /** Build context (the repository root) and the Dockerfile in it. */
  image: { context: string; dockerfile: string };
  sizing: Record<WorkerName, WorkerSizing>;
  subnetIds: pulumi.Input<string>[];
  securityGroupIds: pulumi.Input<string>[];
  /** Variables every worker gets (database, bucket, drivers); secrets arrive as secret Outputs. */
  environment: Record<string, pulumi.Input<string>>;
  /** Encrypts the environment at rest; reading it needs kms:Decrypt on this key. */
  kmsKeyArn: pulumi.Input<string>;
  bucketArn: pulumi.Input<string>;
  /** Bedrock models the embedding generator may invoke (none when it embeds elsewhere). */
  embeddingModelArns: pulumi.Input<string>[];
  logRetentionDays: number;
  production: boolean;
  /**
   * Resolves once the database schema matches the new image (the migration
   * hook's run). The functions wait for it: a worker refuses to start against
   * a schema with pending migrations, so updating it earlier would fail
   * messages into the dead-letter queues.
   */
  migrationRun: pulumi.Input<string>;
}

export interface WorkerQueue {
  name: pulumi.Output<string>;
  arn: pulumi.Output<string>;
  url: pulumi.Output<string>;
  deadLetterName: pulumi.Output<string>;
  visibilityTimeoutSeconds: number;
}

export class Workers extends pulumi.ComponentResource {
  readonly queues: Record<WorkerName, WorkerQueue>;
  readonly functionNames: Record<WorkerName, pulumi.Output<string>>;
  /** SQS_<WORKER>_URL -> queue URL, for anything that enqueues work. */
  readonly queueUrlVariables: Record<string, pulumi.Output<string>>;
  readonly repositoryUrl: pulumi.Output<string>;

  constructor(name: string, args: WorkersArgs, opts?: pulumi.ComponentResourceOptions) {
    super("atelier:infra:Workers", name, {}, opts);
    const parent = { parent: this };
    const prefix = args.namePrefix;

    const repository = new aws.ecr.Repository(
      `${name}-repo`,
      { name: `${prefix}-workers`, imageTagMutability: "IMMUTABLE", imageScanningConfiguration: { scanOnPush: true }, forceDelete: !args.production },
      parent,
    );
    new aws.ecr.LifecyclePolicy(`${name}-repo-lifecycle`, { repository: repository.name, policy: keepLatestImages(20) }, parent);
    // Lambda pulls the image with the repository's permission, not the role's.
    new aws.ecr.RepositoryPolicy(
      `${name}-repo-lambda-pull`,
      {
        repository: repository.name,
        policy: pulumi.jsonStringify({
          Version: "2012-10-17",
          Statement: [
            {
              Sid: "LambdaPullsWorkerImage",
              Effect: "Allow",
              Principal: { Service: "lambda.amazonaws.com" },
              Action: ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"],
              Condition: { StringLike: { "aws:sourceArn": pulumi.interpolate`arn:aws:lambda:${args.region}:${args.accountId}:function:${prefix}-*` } },
            },
          ],
        }),
      },
      parent,
    );
    const image = new awsx.ecr.Image(
      `${name}-image`,
      { repositoryUrl: repository.repositoryUrl, context: args.image.context, dockerfile: args.image.dockerfile, platform: "linux/arm64" },
      parent,
    );

    const queues = {} as Record<WorkerName, WorkerQueue>;
    for (const worker of WORKER_NAMES) {
      const dlq = new aws.sqs.Queue(`${name}-${worker}-dlq`, { name: `${prefix}-${worker}-dlq`, messageRetentionSeconds: 1_209_600, sqsManagedSseEnabled: true }, parent);
      const visibility = visibilityTimeoutFor(args.sizing[worker].timeoutSeconds);
      const queue = new aws.sqs.Queue(
        `${name}-${worker}-queue`,
        {
          name: `${prefix}-${worker}`,
          visibilityTimeoutSeconds: visibility,
          messageRetentionSeconds: 345_600,
          receiveWaitTimeSeconds: 20,
          sqsManagedSseEnabled: true,
          redrivePolicy: pulumi.jsonStringify({ deadLetterTargetArn: dlq.arn, maxReceiveCount: MAX_RECEIVE_COUNT }),
        },
        parent,
      );
      queues[worker] = { name: queue.name, arn: queue.arn, url: queue.url, deadLetterName: dlq.name, visibilityTimeoutSeconds: visibility };
    }
    const queueUrlVariables = Object.fromEntries(WORKER_NAMES.map((w) => [queueUrlVariable(w), queues[w].url]));

    const functionNames = {} as Record<WorkerName, pulumi.Output<string>>;
    for (const worker of WORKER_NAMES) {
      const sizing = args.sizing[worker];
      const functionName = `${prefix}-${worker}`;
      const logGroup = new aws.cloudwatch.LogGroup(`${name}-${worker}-logs`, { name: `/aws/lambda/${functionName}`, retentionInDays: args.logRetentionDays }, parent);
      const role = new aws.iam.Role(`${name}-${worker}-role`, { assumeRolePolicy: assumedBy("lambda.amazonaws.com") }, parent);
      const policy = new aws.iam.RolePolicy(`${name}-${worker}-policy`, { role: role.id, policy: policyDocument(this.statements(worker, queues, logGroup.arn, args)) }, parent);

      const fn = new aws.lambda.Function(
        `${name}-${worker}`,
        {
          name: functionName,
          description: `Atelier ${worker} (queue ${prefix}-${worker})`,
          packageType: "Image",
          imageUri: image.imageUri,
          architectures: ["arm64"],
          // The image's ENTRYPOINT runs workers/lambda.ts; the command names the worker.
          imageConfig: { commands: [worker] },
          role: role.arn,
          memorySize: sizing.memoryMb,
          timeout: sizing.timeoutSeconds,
          environment: {
            variables: {
              ...args.environment,
              ...queueUrlVariables,
              // The runtime treats the last allowed delivery as final (dead-lettered) and keeps its own queue's rhythm.
              QUEUE_MAX_ATTEMPTS: String(MAX_RECEIVE_COUNT),
              QUEUE_VISIBILITY_TIMEOUT_S: String(queues[worker].visibilityTimeoutSeconds),
            },
          },
          kmsKeyArn: args.kmsKeyArn,
          vpcConfig: { subnetIds: args.subnetIds, securityGroupIds: args.securityGroupIds },
          loggingConfig: { logFormat: "Text", logGroup: logGroup.name },
          tags: { "atelier:migration": args.migrationRun },
        },
        // Without its policy the function cannot create its network interfaces.
        { parent: this, dependsOn: [policy, logGroup] },
      );
      new aws.lambda.EventSourceMapping(
        `${name}-${worker}-feed`,
        {
          eventSourceArn: queues[worker].arn,
          functionName: fn.arn,
          batchSize: sizing.batchSize,
          functionResponseTypes: ["ReportBatchItemFailures"],
          scalingConfig: { maximumConcurrency: sizing.maxConcurrency },
        },
        parent,
      );
      functionNames[worker] = fn.name;
    }

    this.queues = queues;
    this.functionNames = functionNames;
    this.queueUrlVariables = queueUrlVariables;
    this.repositoryUrl = repository.repositoryUrl;
    this.registerOutputs({ queueUrls: queueUrlVariables, functionNames });
  }

  private statements(worker: WorkerName, queues: Record<WorkerName, WorkerQueue>, logGroupArn: pulumi.Output<string>, args: WorkersArgs): Statement[] {
    const grants = WORKER_GRANTS[worker];
    const statements: Statement[] = [
      { Sid: "ConsumeOwnQueue", Action: ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:ChangeMessageVisibility", "sqs:GetQueueAttributes"], Resource: queues[worker].arn },
      { Sid: "WriteOwnLogs", Action: ["logs:CreateLogStream", "logs:PutLogEvents"], Resource: pulumi.interpolate`${logGroupArn}:*` },
      { Sid: "ReadEncryptedEnvironment", Action: "kms:Decrypt", Resource: args.kmsKeyArn },
      // Lambda manages the function's network interfaces in the VPC; EC2 does
      // not scope these actions to resources.
      {
        Sid: "ManageVpcInterfaces",
        Action: ["ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:DeleteNetworkInterface", "ec2:AssignPrivateIpAddresses", "ec2:UnassignPrivateIpAddresses"],
        Resource: "*",
      },
      { Sid: "UploadsObjects", Action: grants.objectActions, Resource: pulumi.interpolate`${args.bucketArn}/*` },
    ];
    if (grants.sendsTo.length) statements.push({ Sid: "EnqueueNextStep", Action: "sqs:SendMessage", Resource: grants.sendsTo.map((w) => queues[w].arn) });
    if (grants.invokesBedrock && args.embeddingModelArns.length) statements.push({ Sid: "InvokeEmbeddingModels", Action: "bedrock:InvokeModel", Resource: args.embeddingModelArns });
    return statements;
  }
}

/** ECR lifecycle policy: keep the newest `count` images, expire the rest. */
export function keepLatestImages(count: number): string {
  return JSON.stringify({
    rules: [{ rulePriority: 1, description: `keep the newest ${count} images`, selection: { tagStatus: "any", countType: "imageCountMoreThan", countNumber: count }, action: { type: "expire" } }],
  });
}
