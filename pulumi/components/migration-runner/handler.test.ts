import { describe, expect, test } from "bun:test";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runMigration, type EcsCalls, type MigrationRequest } from "./handler.ts";
import { handlerSource } from "./index.ts";

const request: MigrationRequest = {
  cluster: "arn:aws:ecs:eu-west-1:111122223333:cluster/atelier-dev",
  taskDefinition: "arn:aws:ecs:eu-west-1:111122223333:task-definition/atelier-dev-migrate:7",
  containerName: "migrate",
  subnets: ["subnet-a", "subnet-b"],
  securityGroups: ["sg-app"],
  logGroup: "/atelier-dev/app",
};
const TASK = "arn:aws:ecs:eu-west-1:111122223333:task/atelier-dev/abc";

/** A stand-in ECS: the task runs for `polls` checks, then stops with `stopped`. */
function fakeEcs(stopped: { exitCode?: number; reason?: string; stoppedReason?: string }, polls = 2) {
  const calls: { runTask: Record<string, unknown>[]; describes: number } = { runTask: [], describes: 0 };
  const ecs: EcsCalls = {
    async runTask(input) {
      calls.runTask.push(input);
      return { tasks: [{ taskArn: TASK }] };
    },
    async describeTasks() {
      calls.describes++;
      if (calls.describes <= polls) return { tasks: [{ taskArn: TASK, lastStatus: calls.describes === 1 ? "PROVISIONING" : "RUNNING" }] };
      return { tasks: [{ taskArn: TASK, lastStatus: "STOPPED", stoppedReason: stopped.stoppedReason, containers: [{ name: "migrate", exitCode: stopped.exitCode, reason: stopped.reason }] }] };
    },
  };
  return { ecs, calls };
}

const plenty = { pollMs: 1, remainingMs: () => 600_000, sleep: async () => {} };

describe("runMigration", () => {
  test("starts the migrate task privately in the app's subnets and returns once it exits 0", async () => {
    const { ecs, calls } = fakeEcs({ exitCode: 0 });
    expect(await runMigration(ecs, request, plenty)).toEqual({ taskArn: TASK, exitCode: 0 });
    expect(calls.runTask).toEqual([
      {
        cluster: request.cluster,
        taskDefinition: request.taskDefinition,
        launchType: "FARGATE",
        count: 1,
        startedBy: "atelier-migrate",
        networkConfiguration: { awsvpcConfiguration: { subnets: ["subnet-a", "subnet-b"], securityGroups: ["sg-app"], assignPublicIp: "DISABLED" } },
      },
    ]);
    expect(calls.describes).toBe(3);
  });

  test("fails the deployment when the migration exits non-zero, naming the exit code and where the output is", async () => {
    const { ecs } = fakeEcs({ exitCode: 1 });
    await expect(runMigration(ecs, request, plenty)).rejects.toThrow(`the migration failed (exit code 1); nothing was deployed. Its output is in /atelier-dev/app, task ${TASK}`);
  });

  test("fails with ECS's reason when the container never ran (e.g. the image could not be pulled)", async () => {
    const { ecs } = fakeEcs({ reason: "CannotPullContainerError: pull access denied" });
    await expect(runMigration(ecs, request, plenty)).rejects.toThrow("the migration failed (CannotPullContainerError: pull access denied)");
  });

  test("fails when ECS cannot start the task at all", async () => {
    const ecs: EcsCalls = {
      runTask: async () => ({ tasks: [], failures: [{ reason: "RESOURCE:ENI", detail: "no free addresses" }] }),
      describeTasks: async () => ({}),
    };
    await expect(runMigration(ecs, request, plenty)).rejects.toThrow("the migration task did not start: RESOURCE:ENI: no free addresses");
  });

  test("gives up before Lambda's deadline, saying the task is still running", async () => {
    const { ecs } = fakeEcs({ exitCode: 0 }, 1_000);
    let left = 60_000;
    const options = { pollMs: 10_000, remainingMs: () => left, sleep: async (ms: number) => void (left -= ms) };
    await expect(runMigration(ecs, request, options)).rejects.toThrow(`the migration task ${TASK} is still running and the deploy hook ran out of time`);
  });
});

test("the shipped handler is plain JavaScript that Node loads, exporting the Lambda entry point", () => {
  const dir = mkdtempSync(join(tmpdir(), "migrate-hook-"));
  writeFileSync(join(dir, "index.mjs"), handlerSource());
  const node = spawnSync("node", ["--input-type=module", "-e", `const m = await import(${JSON.stringify(join(dir, "index.mjs"))}); console.log(typeof m.handler, typeof m.runMigration);`], { encoding: "utf8" });
  expect(node.stderr).toBe("");
  expect(node.stdout.trim()).toBe("function function");
});
