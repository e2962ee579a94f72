// The deploy hook that runs `bun run db:migrate` as a one-off ECS task and
// waits for it. Pulumi invokes it (aws.lambda.Invocation) after the new task
// definition exists and before the service moves to it, so a failed migration
// fails the deployment while the old tasks keep serving.
// This file is shipped to Lambda's Node.js runtime as it is (types stripped):
// it may import nothing but the AWS SDK that runtime provides.

export interface MigrationRequest {
  cluster: string;
  taskDefinition: string;
  containerName: string;
  subnets: string[];
  securityGroups: string[];
  /** Where the task's output goes, to name in an error. */
  logGroup: string;
}

interface EcsTask {
  taskArn?: string;
  lastStatus?: string;
  stoppedReason?: string;
  containers?: { name?: string; exitCode?: number; reason?: string }[];
}

/** The two ECS calls the runner makes, so a test can stand in for ECS. */
export interface EcsCalls {
  runTask(input: Record<string, unknown>): Promise<{ tasks?: EcsTask[]; failures?: { arn?: string; reason?: string; detail?: string }[] }>;
  describeTasks(input: { cluster: string; tasks: string[] }): Promise<{ tasks?: EcsTask[] }>;
}

export interface RunOptions {
  pollMs: number;
  /** Milliseconds left before the caller gives up. */
  remainingMs: () => number;
  sleep: (ms: number) => Promise<void>;
}

export interface MigrationResult {
  taskArn: string;
  exitCode: 0;
}

export async function runMigration(ecs: EcsCalls, request: MigrationRequest, options: RunOptions): Promise<MigrationResult> {
  const started = await ecs.runTask({
    cluster: request.cluster,
    taskDefinition: request.taskDefinition,
    launchType: "FARGATE",
    count: 1,
    startedBy: "atelier-migrate",
    networkConfiguration: { awsvpcConfiguration: { subnets: request.subnets, securityGroups: request.securityGroups, assignPublicIp: "DISABLED" } },
  });
  const taskArn = started.tasks?.[0]?.taskArn;
  if (!taskArn) {
    const reasons = (started.failures ?? []).map((f) => [f.reason, f.detail].filter(Boolean).join(": ")).join("; ");
    throw new Error(`the migration task did not start: ${reasons || "ECS returned no task"}`);
  }

  while (options.remainingMs() > options.pollMs + 5_000) {
    await options.sleep(options.pollMs);
    const task = (await ecs.describeTasks({ cluster: request.cluster, tasks: [taskArn] })).tasks?.[0];
    if (task?.lastStatus !== "STOPPED") continue;
    const container = task.containers?.find((c) => c.name === request.containerName);
    if (container?.exitCode === 0) return { taskArn, exitCode: 0 };
    const why = container?.exitCode === undefined ? (container?.reason ?? task.stoppedReason ?? "it stopped before running") : `exit code ${container.exitCode}`;
    throw new Error(`the migration failed (${why}); nothing was deployed. Its output is in ${request.logGroup}, task ${taskArn}`);
  }
  throw new Error(`the migration task ${taskArn} is still running and the deploy hook ran out of time; watch ${request.logGroup} and deploy again once it ends`);
}

/** Lambda entry point. */
export async function handler(event: MigrationRequest, context: { getRemainingTimeInMillis(): number }): Promise<MigrationResult> {
  // A variable specifier: the SDK exists in Lambda's runtime, not in this repository.
  const sdkModule = "@aws-sdk/client-ecs";
  const sdk = await import(sdkModule);
  const client = new sdk.ECSClient({});
  const ecs: EcsCalls = {
    runTask: (input) => client.send(new sdk.RunTaskCommand(input)),
    describeTasks: (input) => client.send(new sdk.DescribeTasksCommand(input)),
  };
  return runMigration(ecs, event, {
    pollMs: 10_000,
    remainingMs: () => context.getRemainingTimeInMillis(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  });
}
