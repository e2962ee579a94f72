import { expect, test } from "bun:test";
import { dashboardBody } from "./dashboard.ts";

const body = dashboardBody({
  region: "eu-west-1",
  clusterName: "atelier-prod",
  serviceName: "atelier-prod-app",
  loadBalancer: "app/atelier-prod-alb/123",
  targetGroup: "targetgroup/atelier-prod-tg/456",
  appLogGroup: "/atelier-prod/app",
  workers: [
    { worker: "file-processor", queueName: "q-fp", deadLetterName: "q-fp-dlq", functionName: "fn-fp" },
    { worker: "url-processor", queueName: "q-up", deadLetterName: "q-up-dlq", functionName: "fn-up" },
  ],
  databaseCluster: "atelier-prod-db",
  databaseMaxCapacity: 16,
  alarmArns: ["arn:aws:cloudwatch:eu-west-1:1:alarm:a"],
});

test("widgets tile the 24-column grid without overlapping", () => {
  const cells = new Set<string>();
  for (const w of body.widgets) {
    expect(w.x + w.width).toBeLessThanOrEqual(24);
    for (let x = w.x; x < w.x + w.width; x++) for (let y = w.y; y < w.y + w.height; y++) {
      expect(cells.has(`${x},${y}`)).toBe(false);
      cells.add(`${x},${y}`);
    }
  }
});

test("shows alarms first, then users, app, queues and workers (every worker), and the database", () => {
  const titles = body.widgets.map((w) => String(w.properties.title));
  expect(titles[0]).toBe("Alarms");
  expect(titles).toContain("Requests and errors (per minute)");
  expect(titles).toContain("Dead-letter queues");
  expect(titles).toContain("Aurora capacity (ACU)");
  const text = JSON.stringify(body);
  for (const name of ["q-fp", "q-up-dlq", "fn-fp", "fn-up", "atelier-prod-db", "app/atelier-prod-alb/123", "targetgroup/atelier-prod-tg/456"]) expect(text).toContain(name);
});

test("the error widget queries the app's JSON log lines", () => {
  const log = body.widgets.find((w) => w.type === "log");
  expect(String(log?.properties.query)).toStartWith("SOURCE '/atelier-prod/app' | fields @timestamp, msg, requestId | filter level = \"error\"");
});
