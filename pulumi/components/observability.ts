// What the operators see: the alarm topic (encrypted, e-mail subscriptions),
// the alarms of alarm-plan.ts, a notice when Aurora rotates its master
// password (running tasks and workers then need a redeploy, see
// docs/operations.md#rotate-secrets), and the dashboard of dashboard.ts.
// Log groups live with the component that writes to them, so each exists,
// with its retention, before the first line is written.
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { alarmPlan } from "./alarm-plan.ts";
import { dashboardBody } from "./dashboard.ts";

export interface ObservabilityArgs {
  namePrefix: string;
  region: string;
  accountId: pulumi.Input<string>;
  kmsKeyArn: pulumi.Input<string>;
  alarmEmails: string[];
  app: {
    clusterName: pulumi.Input<string>;
    serviceName: pulumi.Input<string>;
    loadBalancerArnSuffix: pulumi.Input<string>;
    targetGroupArnSuffix: pulumi.Input<string>;
    logGroupName: pulumi.Input<string>;
  };
  workers: { worker: string; queueName: pulumi.Input<string>; deadLetterName: pulumi.Input<string>; functionName: pulumi.Input<string> }[];
  database: { clusterIdentifier: pulumi.Input<string>; maxCapacity: number; masterSecretArn: pulumi.Input<string> };
  queueAgeLimitSeconds: number;
}

export class Observability extends pulumi.ComponentResource {
  readonly alarmTopicArn: pulumi.Output<string>;
  readonly dashboardName: pulumi.Output<string>;
  readonly alarmNames: pulumi.Output<string>[];

  constructor(name: string, args: ObservabilityArgs, opts?: pulumi.ComponentResourceOptions) {
    super("atelier:infra:Observability", name, {}, opts);
    const parent = { parent: this };
    const prefix = args.namePrefix;

    const topic = new aws.sns.Topic(`${name}-alarms`, { displayName: "Atelier alarms", kmsMasterKeyId: args.kmsKeyArn }, parent);
    new aws.sns.TopicPolicy(
      `${name}-alarms-policy`,
      {
        arn: topic.arn,
        policy: pulumi.jsonStringify({
          Version: "2012-10-17",
          Statement: [
            {
              Sid: "AlarmsAndEventsPublish",
              Effect: "Allow",
              Principal: { Service: ["cloudwatch.amazonaws.com", "events.amazonaws.com"] },
              Action: "sns:Publish",
              Resource: topic.arn,
              Condition: { StringEquals: { "aws:SourceAccount": args.accountId } },
            },
          ],
        }),
      },
      parent,
    );
    args.alarmEmails.forEach((email, i) => new aws.sns.TopicSubscription(`${name}-alarm-email-${i}`, { topic: topic.arn, protocol: "email", endpoint: email }, parent));

    const plan = alarmPlan<pulumi.Input<string>>({
      clusterName: args.app.clusterName,
      serviceName: args.app.serviceName,
      loadBalancer: args.app.loadBalancerArnSuffix,
      targetGroup: args.app.targetGroupArnSuffix,
      queues: args.workers.map((w) => ({ worker: w.worker, queueName: w.queueName, deadLetterName: w.deadLetterName })),
      databaseCluster: args.database.clusterIdentifier,
      databaseMaxCapacity: args.database.maxCapacity,
      queueAgeLimitSeconds: args.queueAgeLimitSeconds,
    });
    const alarms = plan.map(
      (spec) =>
        new aws.cloudwatch.MetricAlarm(
          `${name}-${spec.id}`,
          {
            name: `${prefix}-${spec.id}`,
            alarmDescription: spec.description,
            namespace: spec.namespace,
            metricName: spec.metricName,
            dimensions: spec.dimensions,
            statistic: spec.statistic,
            period: spec.periodSeconds,
            evaluationPeriods: spec.evaluationPeriods,
            comparisonOperator: spec.comparison,
            threshold: spec.threshold,
            treatMissingData: spec.treatMissingData,
            alarmActions: [topic.arn],
            okActions: [topic.arn],
          },
          parent,
        ),
    );

    // Aurora rotates its managed master password on a schedule. Tasks and
    // workers hold the old one until they restart, so say so when it happens.
    const rotated = new aws.cloudwatch.EventRule(
      `${name}-db-password-rotated`,
      {
        description: "Aurora's master password was rotated: redeploy the app and workers",
        eventPattern: pulumi.jsonStringify({
          source: ["aws.secretsmanager"],
          "detail-type": ["AWS Service Event via CloudTrail"],
          detail: { eventName: ["RotationSucceeded"], additionalEventData: { SecretId: [args.database.masterSecretArn] } },
        }),
      },
      parent,
    );
    new aws.cloudwatch.EventTarget(
      `${name}-db-password-rotated-notice`,
      {
        rule: rotated.name,
        arn: topic.arn,
        inputTransformer: {
          inputPaths: { time: "$.time" },
          inputTemplate: `"Atelier ${prefix}: Aurora rotated its master password at <time>. Run the steps in docs/operations.md#rotate-secrets (force a new ECS deployment and refresh the workers) before connections start failing."`,
        },
      },
      parent,
    );

    const dashboard = new aws.cloudwatch.Dashboard(
      `${name}-dashboard`,
      {
        dashboardName: prefix,
        dashboardBody: pulumi
          .all([
            args.app.clusterName,
            args.app.serviceName,
            args.app.loadBalancerArnSuffix,
            args.app.targetGroupArnSuffix,
            args.app.logGroupName,
            pulumi.all(args.workers.map((w) => pulumi.all([w.queueName, w.deadLetterName, w.functionName]).apply(([queueName, deadLetterName, functionName]) => ({ worker: w.worker, queueName, deadLetterName, functionName })))),
            args.database.clusterIdentifier,
            pulumi.all(alarms.map((a) => a.arn)),
          ])
          .apply(([clusterName, serviceName, loadBalancer, targetGroup, appLogGroup, workers, databaseCluster, alarmArns]) =>
            JSON.stringify(
              dashboardBody({ region: args.region, clusterName, serviceName, loadBalancer, targetGroup, appLogGroup, workers, databaseCluster, databaseMaxCapacity: args.database.maxCapacity, alarmArns }),
            ),
          ),
      },
      parent,
    );

    this.alarmTopicArn = topic.arn;
    this.dashboardName = dashboard.dashboardName;
    this.alarmNames = alarms.map((a) => a.name);
    this.registerOutputs({ alarmTopicArn: this.alarmTopicArn, dashboardName: this.dashboardName });
  }
}
