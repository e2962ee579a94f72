import { expect, test } from "bun:test";
import { alarmPlan } from "./alarm-plan.ts";

const plan = alarmPlan({
  clusterName: "atelier-prod",
  serviceName: "atelier-prod-app",
  loadBalancer: "app/atelier-prod-alb/123",
  targetGroup: "targetgroup/atelier-prod-tg/456",
  queues: [{ worker: "file-processor", queueName: "atelier-prod-file-processor", deadLetterName: "atelier-prod-file-processor-dlq" }],
  databaseCluster: "atelier-prod-db",
  databaseMaxCapacity: 16,
  queueAgeLimitSeconds: 1800,
});
const byId = Object.fromEntries(plan.map((a) => [a.id, a]));

test("ECS CPU and memory alarm above 80% for five minutes", () => {
  for (const id of ["app-cpu-high", "app-memory-high"]) {
    expect(byId[id]).toMatchObject({ namespace: "AWS/ECS", comparison: "GreaterThanThreshold", threshold: 80, periodSeconds: 60, evaluationPeriods: 5, dimensions: { ClusterName: "atelier-prod", ServiceName: "atelier-prod-app" } });
  }
});

test("a DLQ alarms on its first message at once; a queue alarms when its oldest message is stale", () => {
  expect(byId["file-processor-dlq-not-empty"]).toMatchObject({ metricName: "ApproximateNumberOfMessagesVisible", threshold: 0, evaluationPeriods: 1, dimensions: { QueueName: "atelier-prod-file-processor-dlq" } });
  expect(byId["file-processor-queue-stale"]).toMatchObject({ metricName: "ApproximateAgeOfOldestMessage", threshold: 1800, dimensions: { QueueName: "atelier-prod-file-processor" } });
});

test("quiet traffic is not an outage, but unhealthy hosts alarm within two minutes", () => {
  expect(byId["alb-target-5xx"]?.treatMissingData).toBe("notBreaching");
  expect(byId["alb-unhealthy-hosts"]).toMatchObject({ threshold: 0, evaluationPeriods: 2, dimensions: { TargetGroup: "targetgroup/atelier-prod-tg/456", LoadBalancer: "app/atelier-prod-alb/123" } });
});

test("Aurora alarms at 90% of its ACU ceiling", () => {
  expect(byId["database-capacity-high"]).toMatchObject({ metricName: "ServerlessDatabaseCapacity", threshold: 14.4, comparison: "GreaterThanOrEqualToThreshold" });
});

test("every alarm says what to do and links its runbook entry", () => {
  const ids = plan.map((a) => a.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const alarm of plan) {
    expect(alarm.description).toMatch(/See docs\/operations\.md#[a-z0-9-]+\.$/);
    expect(alarm.description.length).toBeLessThanOrEqual(1024);
  }
});

test("every runbook link in an alarm leads to a section of docs/operations.md", async () => {
  const doc = await Bun.file(new URL("../../docs/operations.md", import.meta.url)).text();
  // GitHub's heading anchors: lower case, spaces to hyphens, punctuation dropped.
  const anchors = new Set(
    doc
      .split("\n")
      .filter((line) => line.startsWith("#"))
      .map((line) => line.replace(/^#+\s*/, "").toLowerCase().replace(/[^a-z0-9 -]/g, "").replace(/ /g, "-")),
  );
  const links = plan.map((a) => /#([a-z0-9-]+)\.$/.exec(a.description)?.[1] ?? "(none)");
  expect(links.filter((link) => !anchors.has(link))).toEqual([]);
  expect(anchors.has("rotate-secrets")).toBe(true);
});
