// Every alarm the stack raises, with what it means and what to do written
// into its description, so the e-mail that wakes someone up carries the first
// step of the runbook (docs/operations.md has the rest). Pure: the values are
// whatever the caller passes (Pulumi Inputs in the program, strings in tests).

export interface AlarmTargets<T> {
  clusterName: T;
  serviceName: T;
  loadBalancer: T;
  targetGroup: T;
  queues: { worker: string; queueName: T; deadLetterName: T }[];
  databaseCluster: T;
  databaseMaxCapacity: number;
  /** Oldest-message age that means a queue is stuck, in seconds. */
  queueAgeLimitSeconds: number;
}

export interface AlarmSpec<T> {
  /** Short id; the alarm is named <prefix>-<id>. */
  id: string;
  namespace: string;
  metricName: string;
  dimensions: Record<string, T>;
  statistic: "Average" | "Maximum" | "Sum";
  periodSeconds: number;
  evaluationPeriods: number;
  comparison: "GreaterThanThreshold" | "GreaterThanOrEqualToThreshold";
  threshold: number;
  /** What a quiet metric means: no requests is not an outage, no data from ECS is. */
  treatMissingData: "notBreaching" | "breaching" | "missing";
  description: string;
}

export function alarmPlan<T>(t: AlarmTargets<T>): AlarmSpec<T>[] {
  const service = { ClusterName: t.clusterName, ServiceName: t.serviceName };
  const alarms: AlarmSpec<T>[] = [
    {
      id: "app-cpu-high",
      namespace: "AWS/ECS",
      metricName: "CPUUtilization",
      dimensions: service,
      statistic: "Average",
      periodSeconds: 60,
      evaluationPeriods: 5,
      comparison: "GreaterThanThreshold",
      threshold: 80,
      treatMissingData: "missing",
      description: "App CPU above 80% for 5 minutes. Autoscaling (target 70%) should already be adding tasks: if the service is at its maximum, raise appMaxTasks or appCpu. See docs/operations.md#app-cpu-high.",
    },
    {
      id: "app-memory-high",
      namespace: "AWS/ECS",
      metricName: "MemoryUtilization",
      dimensions: service,
      statistic: "Average",
      periodSeconds: 60,
      evaluationPeriods: 5,
      comparison: "GreaterThanThreshold",
      threshold: 80,
      treatMissingData: "missing",
      description: "App memory above 80% for 5 minutes. A task that reaches 100% is killed mid-stream. Check for a leak (memory that only grows), then raise appMemory. See docs/operations.md#app-memory-high.",
    },
    {
      id: "alb-target-5xx",
      namespace: "AWS/ApplicationELB",
      metricName: "HTTPCode_Target_5XX_Count",
      dimensions: { LoadBalancer: t.loadBalancer },
      statistic: "Sum",
      periodSeconds: 60,
      evaluationPeriods: 5,
      comparison: "GreaterThanThreshold",
      threshold: 10,
      treatMissingData: "notBreaching",
      description: "The app answered more than 10 server errors a minute for 5 minutes. Read the app log for level=error lines and their request ids. See docs/operations.md#alb-target-5xx.",
    },
    {
      id: "alb-5xx",
      namespace: "AWS/ApplicationELB",
      metricName: "HTTPCode_ELB_5XX_Count",
      dimensions: { LoadBalancer: t.loadBalancer },
      statistic: "Sum",
      periodSeconds: 60,
      evaluationPeriods: 5,
      comparison: "GreaterThanThreshold",
      threshold: 10,
      treatMissingData: "notBreaching",
      description: "The load balancer itself answered more than 10 errors (502/503/504) a minute for 5 minutes: no healthy task, or tasks dropping connections. See docs/operations.md#alb-5xx.",
    },
    {
      id: "alb-unhealthy-hosts",
      namespace: "AWS/ApplicationELB",
      metricName: "UnHealthyHostCount",
      dimensions: { LoadBalancer: t.loadBalancer, TargetGroup: t.targetGroup },
      statistic: "Maximum",
      periodSeconds: 60,
      evaluationPeriods: 2,
      comparison: "GreaterThanThreshold",
      threshold: 0,
      treatMissingData: "notBreaching",
      description: "A task has failed /health for 2 minutes. /health answers 503 when the database is unreachable, so check the database first, then the task's log. See docs/operations.md#alb-unhealthy-hosts.",
    },
    ...t.queues.flatMap((q): AlarmSpec<T>[] => [
      {
        id: `${q.worker}-dlq-not-empty`,
        namespace: "AWS/SQS",
        metricName: "ApproximateNumberOfMessagesVisible",
        dimensions: { QueueName: q.deadLetterName },
        statistic: "Maximum",
        periodSeconds: 60,
        evaluationPeriods: 1,
        comparison: "GreaterThanThreshold",
        threshold: 0,
        treatMissingData: "notBreaching",
        description: `A ${q.worker} message failed 3 times and was set aside in its dead-letter queue. Read the worker's log for the error, fix the cause, then redrive the DLQ. See docs/operations.md#dlq-not-empty.`,
      },
      {
        id: `${q.worker}-queue-stale`,
        namespace: "AWS/SQS",
        metricName: "ApproximateAgeOfOldestMessage",
        dimensions: { QueueName: q.queueName },
        statistic: "Maximum",
        periodSeconds: 300,
        evaluationPeriods: 3,
        comparison: "GreaterThanThreshold",
        threshold: t.queueAgeLimitSeconds,
        treatMissingData: "notBreaching",
        description: `The oldest ${q.worker} message has waited more than ${Math.round(t.queueAgeLimitSeconds / 60)} minutes: the worker is failing, throttled or too slow for the load. See docs/operations.md#queue-stale.`,
      },
    ]),
    {
      id: "database-capacity-high",
      namespace: "AWS/RDS",
      metricName: "ServerlessDatabaseCapacity",
      dimensions: { DBClusterIdentifier: t.databaseCluster },
      statistic: "Average",
      periodSeconds: 300,
      evaluationPeriods: 3,
      comparison: "GreaterThanOrEqualToThreshold",
      threshold: Math.round(t.databaseMaxCapacity * 0.9 * 10) / 10,
      treatMissingData: "missing",
      description: `Aurora has run at 90% or more of its ${t.databaseMaxCapacity} ACU ceiling for 15 minutes; queries will slow down. Find the heavy queries (Performance Insights), then raise dbMaxCapacity. See docs/operations.md#database-capacity-high.`,
    },
  ];
  return alarms;
}
