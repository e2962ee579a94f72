// A small, well-behaved stack written out by hand, and a way to spoil one
// property of it. The policy tests start from it to show that each policy
// passes good infrastructure and names the fault in bad infrastructure.
import type { StackResource } from "./types.ts";

const region = "eu-west-1";
const account = "123456789012";
const sqsArn = (name: string) => `arn:aws:sqs:${region}:${account}:${name}`;

function r(type: string, name: string, props: Record<string, unknown>): StackResource {
  return { type, name, props: { name, ...props } };
}

export function goodStack(): StackResource[] {
  const policy = JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Sid: "ReadUploads", Effect: "Allow", Action: ["s3:GetObject"], Resource: ["arn:aws:s3:::uploads/*"] }],
  });
  return [
    r("aws:ec2/internetGateway:InternetGateway", "igw", { id: "igw-1" }),
    r("aws:ec2/natGateway:NatGateway", "nat", { id: "nat-1" }),
    r("aws:ec2/subnet:Subnet", "public-a", { id: "subnet-public", mapPublicIpOnLaunch: false }),
    r("aws:ec2/subnet:Subnet", "private-a", { id: "subnet-private" }),
    r("aws:ec2/subnet:Subnet", "isolated-a", { id: "subnet-isolated" }),
    r("aws:ec2/routeTable:RouteTable", "public-rt", { id: "rtb-public" }),
    r("aws:ec2/routeTable:RouteTable", "private-rt", { id: "rtb-private", routes: [{ cidrBlock: "0.0.0.0/0", natGatewayId: "nat-1" }] }),
    r("aws:ec2/routeTable:RouteTable", "isolated-rt", { id: "rtb-isolated" }),
    r("aws:ec2/route:Route", "public-default", { id: "r-1", routeTableId: "rtb-public", destinationCidrBlock: "0.0.0.0/0", gatewayId: "igw-1" }),
    r("aws:ec2/routeTableAssociation:RouteTableAssociation", "public-a-rt", { subnetId: "subnet-public", routeTableId: "rtb-public" }),
    r("aws:ec2/routeTableAssociation:RouteTableAssociation", "private-a-rt", { subnetId: "subnet-private", routeTableId: "rtb-private" }),
    r("aws:ec2/routeTableAssociation:RouteTableAssociation", "isolated-a-rt", { subnetId: "subnet-isolated", routeTableId: "rtb-isolated" }),
    r("aws:ec2/securityGroup:SecurityGroup", "alb-sg", { id: "sg-alb" }),
    r("aws:ec2/securityGroup:SecurityGroup", "app-sg", { id: "sg-app" }),
    r("aws:ec2/securityGroup:SecurityGroup", "db-sg", { id: "sg-db" }),
    r("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "alb-https", { securityGroupId: "sg-alb", ipProtocol: "tcp", fromPort: 443, toPort: 443, cidrIpv4: "0.0.0.0/0" }),
    r("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "alb-http", { securityGroupId: "sg-alb", ipProtocol: "tcp", fromPort: 80, toPort: 80, cidrIpv6: "::/0" }),
    r("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "db-from-app", { securityGroupId: "sg-db", ipProtocol: "tcp", fromPort: 5432, toPort: 5432, referencedSecurityGroupId: "sg-app" }),
    r("aws:rds/subnetGroup:SubnetGroup", "db-subnets", { id: "db-subnets", subnetIds: ["subnet-isolated"] }),
    r("aws:rds/cluster:Cluster", "db", { storageEncrypted: true, dbSubnetGroupName: "db-subnets", vpcSecurityGroupIds: ["sg-db"] }),
    r("aws:rds/clusterInstance:ClusterInstance", "db-1", { publiclyAccessible: false }),
    r("aws:s3/bucket:Bucket", "uploads", { id: "uploads", bucket: "uploads" }),
    r("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "uploads-pab", { bucket: "uploads", blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true }),
    r("aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", "uploads-sse", { bucket: "uploads", rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms" } }] }),
    r("aws:s3/bucketVersioning:BucketVersioning", "uploads-versions", { bucket: "uploads", versioningConfiguration: { status: "Enabled" } }),
    r("aws:sqs/queue:Queue", "work-dlq", { arn: sqsArn("work-dlq"), messageRetentionSeconds: 1_209_600 }),
    r("aws:sqs/queue:Queue", "work", {
      arn: sqsArn("work"),
      visibilityTimeoutSeconds: 1800,
      messageRetentionSeconds: 345_600,
      redrivePolicy: JSON.stringify({ deadLetterTargetArn: sqsArn("work-dlq"), maxReceiveCount: 3 }),
    }),
    r("aws:lambda/function:Function", "worker", {
      arn: `arn:aws:lambda:${region}:${account}:function:worker`,
      packageType: "Image",
      imageUri: `${account}.dkr.ecr.${region}.amazonaws.com/workers@sha256:abc`,
      timeout: 300,
      vpcConfig: { subnetIds: ["subnet-private"], securityGroupIds: ["sg-app"] },
    }),
    r("aws:lambda/eventSourceMapping:EventSourceMapping", "worker-feed", {
      functionName: `arn:aws:lambda:${region}:${account}:function:worker`,
      eventSourceArn: sqsArn("work"),
      functionResponseTypes: ["ReportBatchItemFailures"],
      scalingConfig: { maximumConcurrency: 5 },
    }),
    r("aws:cloudwatch/metricAlarm:MetricAlarm", "work-dlq-alarm", {
      namespace: "AWS/SQS",
      metricName: "ApproximateNumberOfMessagesVisible",
      dimensions: { QueueName: "work-dlq" },
      comparisonOperator: "GreaterThanThreshold",
      threshold: 0,
      alarmActions: ["arn:aws:sns:eu-west-1:123456789012:alarms"],
    }),
    r("aws:lb/loadBalancer:LoadBalancer", "alb", { arn: "arn:alb", loadBalancerType: "application", idleTimeout: 3600 }),
    r("aws:lb/listener:Listener", "https", { loadBalancerArn: "arn:alb", protocol: "HTTPS", port: 443, certificateArn: "arn:aws:acm:cert", sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06" }),
    r("aws:lb/listener:Listener", "http", { loadBalancerArn: "arn:alb", protocol: "HTTP", port: 80, defaultActions: [{ type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } }] }),
    r("aws:ecs/service:Service", "app", { networkConfiguration: { subnets: ["subnet-private"], assignPublicIp: false, securityGroups: ["sg-app"] } }),
    r("aws:ecs/taskDefinition:TaskDefinition", "app-task", {
      containerDefinitions: JSON.stringify([{ name: "app", logConfiguration: { logDriver: "awslogs", options: { "awslogs-group": "/atelier/app" } } }]),
    }),
    r("aws:cloudwatch/logGroup:LogGroup", "app-logs", { name: "/atelier/app", arn: "arn:logs:app", retentionInDays: 30 }),
    r("aws:cloudwatch/logGroup:LogGroup", "worker-logs", { name: "/aws/lambda/worker", arn: "arn:logs:worker", retentionInDays: 14 }),
    r("aws:cloudwatch/logGroup:LogGroup", "flow-logs", { name: "/atelier/flow", arn: "arn:logs:flow", retentionInDays: 30 }),
    r("aws:ec2/flowLog:FlowLog", "flow", { logDestination: "arn:logs:flow", trafficType: "ALL" }),
    r("aws:iam/rolePolicy:RolePolicy", "worker-policy", { policy }),
  ];
}

/** The stack with one resource's properties changed (`undefined` removes a property). */
export function spoil(resources: StackResource[], name: string, patch: Record<string, unknown>): StackResource[] {
  if (!resources.some((res) => res.name === name)) throw new Error(`the fixture has no resource named ${name}`);
  return resources.map((res) => {
    if (res.name !== name) return res;
    const props = { ...res.props, ...patch };
    for (const [k, v] of Object.entries(patch)) if (v === undefined) delete props[k];
    return { ...res, props };
  });
}

export function add(resources: StackResource[], type: string, name: string, props: Record<string, unknown>): StackResource[] {
  return [...resources, r(type, name, props)];
}
