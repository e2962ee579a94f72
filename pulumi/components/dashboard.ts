// The CloudWatch dashboard body, one row per part of the system, read top to
// bottom the way an incident is: users (ALB), the app (ECS), the background
// work (queues and workers), the database. Pure: names in, JSON out.

export interface DashboardInput {
  region: string;
  clusterName: string;
  serviceName: string;
  loadBalancer: string;
  targetGroup: string;
  appLogGroup: string;
  workers: { worker: string; queueName: string; deadLetterName: string; functionName: string }[];
  databaseCluster: string;
  databaseMaxCapacity: number;
  alarmArns: string[];
}

type Metric = (string | { stat?: string; label?: string })[];

interface Widget {
  type: "metric" | "text" | "alarm" | "log";
  x: number;
  y: number;
  width: number;
  height: number;
  properties: Record<string, unknown>;
}

export function dashboardBody(d: DashboardInput): { widgets: Widget[] } {
  const widgets: Widget[] = [];
  let y = 0;
  const row = (cells: Omit<Widget, "x" | "y" | "width" | "height">[], height = 6) => {
    const width = Math.floor(24 / cells.length);
    cells.forEach((cell, i) => widgets.push({ ...cell, x: i * width, y, width, height }));
    y += height;
  };
  const graph = (title: string, metrics: Metric[], extra: Record<string, unknown> = {}) => ({
    type: "metric" as const,
    properties: { title, region: d.region, view: "timeSeries", stat: "Average", period: 60, metrics, ...extra },
  });
  const lb = ["LoadBalancer", d.loadBalancer];
  const svc = ["ClusterName", d.clusterName, "ServiceName", d.serviceName];

  row([{ type: "alarm", properties: { title: "Alarms", alarms: d.alarmArns, sortBy: "stateUpdatedTimestamp" } }], 4);
  row([
    graph("Requests and errors (per minute)", [
      ["AWS/ApplicationELB", "RequestCount", ...lb, { stat: "Sum", label: "requests" }],
      ["AWS/ApplicationELB", "HTTPCode_Target_5XX_Count", ...lb, { stat: "Sum", label: "app 5xx" }],
      ["AWS/ApplicationELB", "HTTPCode_ELB_5XX_Count", ...lb, { stat: "Sum", label: "ALB 5xx" }],
    ]),
    graph("Response time (p50, p95, s)", [
      ["AWS/ApplicationELB", "TargetResponseTime", ...lb, { stat: "p50", label: "p50" }],
      ["AWS/ApplicationELB", "TargetResponseTime", ...lb, { stat: "p95", label: "p95" }],
    ]),
    graph("Targets", [
      ["AWS/ApplicationELB", "HealthyHostCount", "TargetGroup", d.targetGroup, ...lb, { stat: "Minimum", label: "healthy" }],
      ["AWS/ApplicationELB", "UnHealthyHostCount", "TargetGroup", d.targetGroup, ...lb, { stat: "Maximum", label: "unhealthy" }],
    ]),
  ]);
  row([
    graph("App CPU and memory (%)", [["AWS/ECS", "CPUUtilization", ...svc, { label: "CPU" }], ["AWS/ECS", "MemoryUtilization", ...svc, { label: "memory" }]], {
      yAxis: { left: { min: 0, max: 100 } },
      annotations: { horizontal: [{ value: 80, label: "alarm" }] },
    }),
    graph("Running tasks", [["ECS/ContainerInsights", "RunningTaskCount", ...svc, { stat: "Maximum", label: "running" }], ["ECS/ContainerInsights", "DesiredTaskCount", ...svc, { stat: "Maximum", label: "desired" }]]),
    {
      type: "log",
      properties: {
        title: "Latest app errors",
        region: d.region,
        query: `SOURCE '${d.appLogGroup}' | fields @timestamp, msg, requestId | filter level = "error" | sort @timestamp desc | limit 20`,
        view: "table",
      },
    },
  ]);
  row([
    graph("Queue depth", d.workers.map((w) => ["AWS/SQS", "ApproximateNumberOfMessagesVisible", "QueueName", w.queueName, { stat: "Maximum", label: w.worker }])),
    graph("Oldest message (s)", d.workers.map((w) => ["AWS/SQS", "ApproximateAgeOfOldestMessage", "QueueName", w.queueName, { stat: "Maximum", label: w.worker }])),
    graph("Dead-letter queues", d.workers.map((w) => ["AWS/SQS", "ApproximateNumberOfMessagesVisible", "QueueName", w.deadLetterName, { stat: "Maximum", label: w.worker }])),
  ]);
  row([
    graph("Worker invocations and errors", d.workers.flatMap((w) => [
      ["AWS/Lambda", "Invocations", "FunctionName", w.functionName, { stat: "Sum", label: `${w.worker} runs` }],
      ["AWS/Lambda", "Errors", "FunctionName", w.functionName, { stat: "Sum", label: `${w.worker} errors` }],
    ])),
    graph("Worker duration (p95, ms)", d.workers.map((w) => ["AWS/Lambda", "Duration", "FunctionName", w.functionName, { stat: "p95", label: w.worker }])),
    graph("Worker throttles", d.workers.map((w) => ["AWS/Lambda", "Throttles", "FunctionName", w.functionName, { stat: "Sum", label: w.worker }])),
  ]);
  row([
    graph("Aurora capacity (ACU)", [["AWS/RDS", "ServerlessDatabaseCapacity", "DBClusterIdentifier", d.databaseCluster, { label: "ACU" }]], {
      yAxis: { left: { min: 0, max: d.databaseMaxCapacity } },
    }),
    graph("Aurora connections", [["AWS/RDS", "DatabaseConnections", "DBClusterIdentifier", d.databaseCluster, { stat: "Maximum", label: "connections" }]]),
    graph("Aurora CPU (%)", [["AWS/RDS", "CPUUtilization", "DBClusterIdentifier", d.databaseCluster, { label: "CPU" }]]),
  ]);
  return { widgets };
}
