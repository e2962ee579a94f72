// The VPC over two (or more) availability zones: public subnets for the ALB
// and NAT, private subnets for tasks and workers (outbound through NAT),
// isolated subnets for Aurora (no route out at all). Endpoints keep AWS API
// traffic off the NAT, flow logs record every connection, and one security
// group per tier says exactly who may talk to whom.
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { planSubnets, type SubnetTier } from "../lib/cidr.ts";
import { assumedBy, policyDocument } from "../lib/iam.ts";

export interface NetworkArgs {
  region: string;
  cidrBlock: string;
  availabilityZones: string[];
  /** 1 for a cheap stack; one per zone so a zone outage keeps the others online. */
  natGateways: number;
  /** The port the app listens on behind the ALB. */
  appPort: number;
  databasePort: number;
  logGroupPrefix: string;
  logRetentionDays: number;
}

/** AWS APIs reached through interface endpoints instead of the NAT. */
export const INTERFACE_ENDPOINTS = ["sqs", "secretsmanager", "ecr.api", "ecr.dkr", "logs"] as const;

export interface SecurityGroupIds {
  alb: pulumi.Output<string>;
  app: pulumi.Output<string>;
  workers: pulumi.Output<string>;
  database: pulumi.Output<string>;
  endpoints: pulumi.Output<string>;
}

export class Network extends pulumi.ComponentResource {
  readonly vpcId: pulumi.Output<string>;
  readonly publicSubnetIds: pulumi.Output<string>[];
  readonly privateSubnetIds: pulumi.Output<string>[];
  readonly isolatedSubnetIds: pulumi.Output<string>[];
  readonly securityGroups: SecurityGroupIds;

  constructor(name: string, args: NetworkArgs, opts?: pulumi.ComponentResourceOptions) {
    super("atelier:infra:Network", name, {}, opts);
    const parent = { parent: this };
    const zones = args.availabilityZones;
    if (args.natGateways < 1 || args.natGateways > zones.length) {
      throw new Error(`natGateways must be between 1 and the number of zones (${zones.length}), got ${args.natGateways}`);
    }

    const vpc = new aws.ec2.Vpc(`${name}-vpc`, { cidrBlock: args.cidrBlock, enableDnsHostnames: true, enableDnsSupport: true, tags: { Name: `${name}-vpc` } }, parent);
    // The default security group admits its own members; empty it so nothing can rely on it.
    new aws.ec2.DefaultSecurityGroup(`${name}-default-sg`, { vpcId: vpc.id, ingress: [], egress: [], tags: { Name: `${name}-default-closed` } }, parent);
    const igw = new aws.ec2.InternetGateway(`${name}-igw`, { vpcId: vpc.id, tags: { Name: `${name}-igw` } }, parent);

    const subnets: Record<SubnetTier, aws.ec2.Subnet[]> = { public: [], private: [], isolated: [] };
    for (const planned of planSubnets(args.cidrBlock, zones)) {
      const subnetName = `${name}-${planned.tier}-${planned.availabilityZone}`;
      subnets[planned.tier].push(
        new aws.ec2.Subnet(
          subnetName,
          {
            vpcId: vpc.id,
            cidrBlock: planned.cidrBlock,
            availabilityZone: planned.availabilityZone,
            // Nothing gets a public address by accident: the ALB and NAT have their own.
            mapPublicIpOnLaunch: false,
            tags: { Name: subnetName, tier: planned.tier },
          },
          parent,
        ),
      );
    }

    const publicTable = new aws.ec2.RouteTable(`${name}-public-rt`, { vpcId: vpc.id, tags: { Name: `${name}-public` } }, parent);
    new aws.ec2.Route(`${name}-public-default`, { routeTableId: publicTable.id, destinationCidrBlock: "0.0.0.0/0", gatewayId: igw.id }, parent);
    subnets.public.forEach((subnet, i) => new aws.ec2.RouteTableAssociation(`${name}-public-rt-${zones[i]}`, { subnetId: subnet.id, routeTableId: publicTable.id }, parent));

    const nats = subnets.public.slice(0, args.natGateways).map((subnet, i) => {
      const eip = new aws.ec2.Eip(`${name}-nat-eip-${zones[i]}`, { domain: "vpc", tags: { Name: `${name}-nat-${zones[i]}` } }, parent);
      return new aws.ec2.NatGateway(`${name}-nat-${zones[i]}`, { allocationId: eip.id, subnetId: subnet.id, tags: { Name: `${name}-nat-${zones[i]}` } }, { parent: this, dependsOn: [igw] });
    });

    const privateTables = subnets.private.map((subnet, i) => {
      const table = new aws.ec2.RouteTable(`${name}-private-rt-${zones[i]}`, { vpcId: vpc.id, tags: { Name: `${name}-private-${zones[i]}` } }, parent);
      const nat = nats[i % nats.length];
      if (!nat) throw new Error("no NAT gateway to route through");
      new aws.ec2.Route(`${name}-private-default-${zones[i]}`, { routeTableId: table.id, destinationCidrBlock: "0.0.0.0/0", natGatewayId: nat.id }, parent);
      new aws.ec2.RouteTableAssociation(`${name}-private-rt-${zones[i]}`, { subnetId: subnet.id, routeTableId: table.id }, parent);
      return table;
    });

    // Isolated: a table with the local route only. Aurora needs nothing else.
    const isolatedTable = new aws.ec2.RouteTable(`${name}-isolated-rt`, { vpcId: vpc.id, tags: { Name: `${name}-isolated` } }, parent);
    subnets.isolated.forEach((subnet, i) => new aws.ec2.RouteTableAssociation(`${name}-isolated-rt-${zones[i]}`, { subnetId: subnet.id, routeTableId: isolatedTable.id }, parent));

    this.securityGroups = this.tierSecurityGroups(name, vpc.id, args);

    new aws.ec2.VpcEndpoint(
      `${name}-s3-endpoint`,
      { vpcId: vpc.id, serviceName: `com.amazonaws.${args.region}.s3`, vpcEndpointType: "Gateway", routeTableIds: [...privateTables.map((t) => t.id), isolatedTable.id], tags: { Name: `${name}-s3` } },
      parent,
    );
    for (const service of INTERFACE_ENDPOINTS) {
      new aws.ec2.VpcEndpoint(
        `${name}-${service.replace(".", "-")}-endpoint`,
        {
          vpcId: vpc.id,
          serviceName: `com.amazonaws.${args.region}.${service}`,
          vpcEndpointType: "Interface",
          privateDnsEnabled: true,
          subnetIds: subnets.private.map((s) => s.id),
          securityGroupIds: [this.securityGroups.endpoints],
          tags: { Name: `${name}-${service}` },
        },
        parent,
      );
    }

    const flowLogGroup = new aws.cloudwatch.LogGroup(`${name}-flow-logs`, { name: `${args.logGroupPrefix}/vpc-flow-logs`, retentionInDays: args.logRetentionDays }, parent);
    const flowLogRole = new aws.iam.Role(`${name}-flow-logs-role`, { assumeRolePolicy: assumedBy("vpc-flow-logs.amazonaws.com") }, parent);
    new aws.iam.RolePolicy(
      `${name}-flow-logs-write`,
      {
        role: flowLogRole.id,
        policy: policyDocument([
          { Sid: "WriteFlowLogs", Action: ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"], Resource: [flowLogGroup.arn, pulumi.interpolate`${flowLogGroup.arn}:*`] },
        ]),
      },
      parent,
    );
    new aws.ec2.FlowLog(
      `${name}-flow-log`,
      { vpcId: vpc.id, trafficType: "ALL", logDestinationType: "cloud-watch-logs", logDestination: flowLogGroup.arn, iamRoleArn: flowLogRole.arn, maxAggregationInterval: 600 },
      parent,
    );

    this.vpcId = vpc.id;
    this.publicSubnetIds = subnets.public.map((s) => s.id);
    this.privateSubnetIds = subnets.private.map((s) => s.id);
    this.isolatedSubnetIds = subnets.isolated.map((s) => s.id);
    this.registerOutputs({ vpcId: this.vpcId, privateSubnetIds: this.privateSubnetIds });
  }

  /**
   * Internet -> ALB :80/:443 -> app :appPort; app and workers -> database
   * :databasePort and endpoints :443; app and workers -> internet :443 (AI
   * providers, the identity provider); workers also :80 (pages they fetch).
   */
  private tierSecurityGroups(name: string, vpcId: pulumi.Output<string>, args: NetworkArgs): SecurityGroupIds {
    // No inline rules: the provider then removes AWS's default allow-all
    // egress, and the rule resources below are the whole truth.
    const group = (tier: string, description: string) =>
      new aws.ec2.SecurityGroup(`${name}-${tier}-sg`, { vpcId, description, tags: { Name: `${name}-${tier}` } }, { parent: this });
    const alb = group("alb", "Atelier load balancer: HTTPS from the internet");
    const app = group("app", "Atelier app tasks: traffic from the load balancer only");
    const workers = group("workers", "Atelier worker Lambdas: no inbound traffic");
    const database = group("database", "Atelier Aurora: PostgreSQL from the app and the workers only");
    const endpoints = group("endpoints", "Atelier VPC interface endpoints: HTTPS from the app and the workers");

    const ingress = (ruleName: string, to: aws.ec2.SecurityGroup, port: number, from: { cidrIpv4: string } | { referencedSecurityGroupId: pulumi.Input<string> }, description: string) =>
      new aws.vpc.SecurityGroupIngressRule(`${name}-${ruleName}`, { securityGroupId: to.id, ipProtocol: "tcp", fromPort: port, toPort: port, description, ...from }, { parent: this });
    const egress = (ruleName: string, fromGroup: aws.ec2.SecurityGroup, port: number, to: { cidrIpv4: string } | { referencedSecurityGroupId: pulumi.Input<string> }, description: string) =>
      new aws.vpc.SecurityGroupEgressRule(`${name}-${ruleName}`, { securityGroupId: fromGroup.id, ipProtocol: "tcp", fromPort: port, toPort: port, description, ...to }, { parent: this });

    ingress("alb-https-in", alb, 443, { cidrIpv4: "0.0.0.0/0" }, "HTTPS from browsers");
    ingress("alb-http-in", alb, 80, { cidrIpv4: "0.0.0.0/0" }, "HTTP, redirected to HTTPS");
    egress("alb-to-app", alb, args.appPort, { referencedSecurityGroupId: app.id }, "to the app tasks");

    ingress("app-from-alb", app, args.appPort, { referencedSecurityGroupId: alb.id }, "from the load balancer");
    for (const [tier, sg] of [["app", app], ["workers", workers]] as const) {
      egress(`${tier}-to-database`, sg, args.databasePort, { referencedSecurityGroupId: database.id }, "to Aurora");
      egress(`${tier}-https-out`, sg, 443, { cidrIpv4: "0.0.0.0/0" }, "HTTPS to AWS endpoints and AI providers");
      ingress(`database-from-${tier}`, database, args.databasePort, { referencedSecurityGroupId: sg.id }, `PostgreSQL from the ${tier}`);
      ingress(`endpoints-from-${tier}`, endpoints, 443, { referencedSecurityGroupId: sg.id }, `AWS APIs for the ${tier}`);
    }
    egress("workers-http-out", workers, 80, { cidrIpv4: "0.0.0.0/0" }, "plain-HTTP pages the URL processor fetches");

    return { alb: alb.id, app: app.id, workers: workers.id, database: database.id, endpoints: endpoints.id };
  }
}
