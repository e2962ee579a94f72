// Runs the one-off migrate task during `pulumi up`: a small Node.js Lambda
// (handler.ts) that starts the task and waits for it, invoked by
// aws.lambda.Invocation whenever the migrate task definition changes (a new
// image makes a new revision). The app's service depends on the invocation,
// so it only moves to the new image once the migrations have succeeded.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { assumedBy, policyDocument } from "../../lib/iam.ts";
import type { MigrationRequest } from "./handler.ts";

export interface MigrationHookArgs {
  functionName: string;
  region: string;
  accountId: pulumi.Input<string>;
  clusterArn: pulumi.Input<string>;
  clusterName: pulumi.Input<string>;
  /** The migrate task definition (its ARN carries the revision). */
  taskDefinitionArn: pulumi.Input<string>;
  taskDefinitionFamily: pulumi.Input<string>;
  containerName: string;
  /** Roles the task runs with, which the hook must be allowed to pass. */
  taskRoleArns: pulumi.Input<string>[];
  subnetIds: pulumi.Input<string>[];
  securityGroupIds: pulumi.Input<string>[];
  taskLogGroup: pulumi.Input<string>;
  logRetentionDays: number;
}

/** The handler as JavaScript for Lambda's Node.js runtime (Bun strips the types). */
export function handlerSource(): string {
  const source = readFileSync(join(import.meta.dir, "handler.ts"), "utf8");
  return new Bun.Transpiler({ loader: "ts", target: "node" }).transformSync(source);
}

export class MigrationHook extends pulumi.ComponentResource {
  /** Depend on this to act only after the migrations succeeded. */
  readonly invocation: aws.lambda.Invocation;
  /** The id of the task that last migrated the database; resolves once it succeeded. */
  readonly migrationRun: pulumi.Output<string>;

  constructor(name: string, args: MigrationHookArgs, opts?: pulumi.ComponentResourceOptions) {
    super("atelier:infra:MigrationHook", name, {}, opts);
    const parent = { parent: this };

    const logGroup = new aws.cloudwatch.LogGroup(`${name}-logs`, { name: `/aws/lambda/${args.functionName}`, retentionInDays: args.logRetentionDays }, parent);
    const role = new aws.iam.Role(`${name}-role`, { assumeRolePolicy: assumedBy("lambda.amazonaws.com") }, parent);
    const policy = new aws.iam.RolePolicy(
      `${name}-policy`,
      {
        role: role.id,
        policy: policyDocument([
          { Sid: "RunMigrateTask", Action: "ecs:RunTask", Resource: pulumi.interpolate`arn:aws:ecs:${args.region}:${args.accountId}:task-definition/${args.taskDefinitionFamily}:*`, Condition: { ArnEquals: { "ecs:cluster": args.clusterArn } } },
          { Sid: "WatchMigrateTask", Action: "ecs:DescribeTasks", Resource: pulumi.interpolate`arn:aws:ecs:${args.region}:${args.accountId}:task/${args.clusterName}/*` },
          { Sid: "PassTaskRoles", Action: "iam:PassRole", Resource: args.taskRoleArns, Condition: { StringEquals: { "iam:PassedToService": "ecs-tasks.amazonaws.com" } } },
          { Sid: "WriteOwnLogs", Action: ["logs:CreateLogStream", "logs:PutLogEvents"], Resource: pulumi.interpolate`${logGroup.arn}:*` },
        ]),
      },
      parent,
    );
    const fn = new aws.lambda.Function(
      `${name}-fn`,
      {
        name: args.functionName,
        description: "Atelier deploy hook: runs the migrate task and waits for it",
        runtime: "nodejs22.x",
        architectures: ["arm64"],
        handler: "index.handler",
        code: new pulumi.asset.AssetArchive({ "index.mjs": new pulumi.asset.StringAsset(handlerSource()) }),
        role: role.arn,
        memorySize: 256,
        timeout: 900,
        loggingConfig: { logFormat: "Text", logGroup: logGroup.name },
      },
      { parent: this, dependsOn: [policy, logGroup] },
    );

    const request: pulumi.Input<MigrationRequest> = pulumi.all([args.clusterArn, args.taskDefinitionArn, args.subnetIds, args.securityGroupIds, args.taskLogGroup]).apply(
      ([cluster, taskDefinition, subnets, securityGroups, taskLogGroup]) => ({ cluster, taskDefinition, containerName: args.containerName, subnets, securityGroups, logGroup: taskLogGroup }),
    );
    this.invocation = new aws.lambda.Invocation(
      `${name}-run`,
      {
        functionName: fn.name,
        input: pulumi.jsonStringify(request),
        // A new task definition revision (new image, new settings) runs the migrations again.
        triggers: { taskDefinition: pulumi.output(args.taskDefinitionArn) },
      },
      parent,
    );
    this.migrationRun = this.invocation.result.apply((result) => {
      const { taskArn } = JSON.parse(result) as { taskArn?: string };
      return taskArn?.split("/").pop() ?? "unknown";
    });
    this.registerOutputs({ functionName: fn.name, migrationRun: this.migrationRun });
  }
}
