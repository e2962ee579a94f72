// Tests of the observability component, as the dev stack deploys it
// in the mock cloud (testing/dev-stack.ts); the pure parts have their own tests.
import { beforeAll, describe, expect, test } from "bun:test";
import { deadLetterQueuesAlarmed } from "../policies/queues.ts";
import { devStack, json, type DevStack } from "../testing/dev-stack.ts";

let stack: DevStack;
beforeAll(async () => {
  stack = await devStack();
});

describe("observability", () => {
  test("alarms on ECS CPU and memory, ALB errors and unhealthy hosts, every DLQ and queue age, and Aurora capacity", () => {
    const alarms = stack.childrenOf("Observability").filter((r) => r.type === "aws:cloudwatch/metricAlarm:MetricAlarm");
    expect(alarms.map((a) => String(a.props.name).replace("atelier-dev-", "")).sort()).toEqual([
      "alb-5xx",
      "alb-target-5xx",
      "alb-unhealthy-hosts",
      "app-cpu-high",
      "app-memory-high",
      "database-capacity-high",
      "embedding-generator-dlq-not-empty",
      "embedding-generator-queue-stale",
      "file-processor-dlq-not-empty",
      "file-processor-queue-stale",
      "url-processor-dlq-not-empty",
      "url-processor-queue-stale",
    ]);
    const topic = stack.one("aws:sns/topic:Topic", "atelier-dev-ops-alarms").props.arn;
    for (const alarm of alarms) expect(alarm.props.alarmActions).toEqual([topic]);
    expect(alarms.find((a) => a.props.name === "atelier-dev-database-capacity-high")?.props).toMatchObject({ threshold: 3.6, dimensions: { DBClusterIdentifier: "atelier-dev-db" } });
    expect(alarms.find((a) => a.props.name === "atelier-dev-app-cpu-high")?.props).toMatchObject({ threshold: 80, dimensions: { ClusterName: "atelier-dev", ServiceName: "atelier-dev-app" } });
    expect(alarms.find((a) => a.props.name === "atelier-dev-url-processor-queue-stale")?.props).toMatchObject({ threshold: 1800 });
  });

  test("the dashboard shows the stack's own stack.resources", () => {
    const body = String(stack.one("aws:cloudwatch/dashboard:Dashboard").props.dashboardBody);
    for (const name of ["atelier-dev-app", "atelier-dev-file-processor-dlq", "atelier-dev-embedding-generator", "atelier-dev-db", "/atelier-dev/app", "app/atelier-dev-app-alb/"]) expect(body).toContain(name);
  });

  test("tells the alarm topic when Aurora rotates its password", () => {
    const rule = json(stack.one("aws:cloudwatch/eventRule:EventRule").props.eventPattern);
    expect(rule.detail.additionalEventData.SecretId).toEqual([(stack.one("aws:rds/cluster:Cluster").props.masterUserSecrets as any[])[0].secretArn]);
    expect(stack.one("aws:cloudwatch/eventTarget:EventTarget").props.arn).toBe(stack.one("aws:sns/topic:Topic", "atelier-dev-ops-alarms").props.arn);
  });
});

test("meets its policy: every dead-letter queue has an alarm that notifies", () => {
  expect(deadLetterQueuesAlarmed.check(stack.resources)).toEqual([]);
});
