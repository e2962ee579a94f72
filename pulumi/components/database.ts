// Aurora PostgreSQL Serverless v2 in the isolated subnets: encrypted, TLS
// forced, the master password generated and rotated by Secrets Manager (it
// never passes through Pulumi), the Data API on, and reachable only through
// the database security group (the app's and workers' groups may connect).
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { parameterGroupFamily } from "../lib/aurora.ts";

export interface DatabaseArgs {
  subnetIds: pulumi.Input<string>[];
  securityGroupIds: pulumi.Input<string>[];
  /** Aurora PostgreSQL version; 15.4 or newer for pgvector with HNSW. */
  engineVersion: string;
  minCapacity: number;
  maxCapacity: number;
  /** 1 writer, plus readers in other zones for failover. */
  instances: number;
  databaseName: string;
  masterUsername: string;
  backupRetentionDays: number;
  /** Production keeps the cluster from deletion and takes a final snapshot. */
  production: boolean;
  logRetentionDays: number;
}

export const DATABASE_PORT = 5432;

export class Database extends pulumi.ComponentResource {
  readonly clusterIdentifier: pulumi.Output<string>;
  readonly clusterArn: pulumi.Output<string>;
  readonly endpoint: pulumi.Output<string>;
  readonly databaseName: string;
  readonly masterUsername: string;
  readonly maxCapacity: number;
  /** The Secrets Manager secret RDS manages; its JSON has `username` and `password`. */
  readonly masterSecretArn: pulumi.Output<string>;
  /** postgres://user@host:5432/db, without the password (it comes from the secret). */
  readonly connectionUrl: pulumi.Output<string>;

  constructor(name: string, args: DatabaseArgs, opts?: pulumi.ComponentResourceOptions) {
    super("atelier:infra:Database", name, {}, opts);
    const parent = { parent: this };
    if (args.instances < 1) throw new Error(`the database needs at least one instance, got ${args.instances}`);

    const subnetGroup = new aws.rds.SubnetGroup(`${name}-subnets`, { subnetIds: args.subnetIds, description: "Aurora: isolated subnets only" }, parent);
    const parameters = new aws.rds.ClusterParameterGroup(
      `${name}-params`,
      {
        family: parameterGroupFamily(args.engineVersion),
        description: "Atelier: TLS required, slow statements logged",
        parameters: [
          { name: "rds.force_ssl", value: "1" },
          { name: "log_min_duration_statement", value: "1000" },
        ],
      },
      parent,
    );
    // RDS creates this group on first export with no retention; owning it first sets one.
    const logGroup = new aws.cloudwatch.LogGroup(`${name}-postgresql-logs`, { name: `/aws/rds/cluster/${name}/postgresql`, retentionInDays: args.logRetentionDays }, parent);

    const cluster = new aws.rds.Cluster(
      `${name}-cluster`,
      {
        clusterIdentifier: name,
        engine: "aurora-postgresql",
        engineMode: "provisioned",
        engineVersion: args.engineVersion,
        databaseName: args.databaseName,
        masterUsername: args.masterUsername,
        manageMasterUserPassword: true,
        serverlessv2ScalingConfiguration: { minCapacity: args.minCapacity, maxCapacity: args.maxCapacity },
        storageEncrypted: true,
        dbSubnetGroupName: subnetGroup.name,
        vpcSecurityGroupIds: args.securityGroupIds,
        dbClusterParameterGroupName: parameters.name,
        port: DATABASE_PORT,
        enableHttpEndpoint: true,
        backupRetentionPeriod: args.backupRetentionDays,
        preferredBackupWindow: "03:00-04:00",
        preferredMaintenanceWindow: "sun:04:30-sun:05:30",
        copyTagsToSnapshot: true,
        enabledCloudwatchLogsExports: ["postgresql"],
        deletionProtection: args.production,
        skipFinalSnapshot: !args.production,
        finalSnapshotIdentifier: args.production ? `${name}-final` : undefined,
        applyImmediately: !args.production,
      },
      { parent: this, dependsOn: [logGroup], protect: args.production },
    );

    for (let i = 0; i < args.instances; i++) {
      new aws.rds.ClusterInstance(
        `${name}-${i + 1}`,
        {
          clusterIdentifier: cluster.id,
          identifier: `${name}-${i + 1}`,
          instanceClass: "db.serverless",
          engine: "aurora-postgresql",
          engineVersion: args.engineVersion,
          dbSubnetGroupName: subnetGroup.name,
          publiclyAccessible: false,
          performanceInsightsEnabled: true,
          autoMinorVersionUpgrade: true,
          // The first instance is the preferred writer after a failover.
          promotionTier: i === 0 ? 0 : 1,
          applyImmediately: !args.production,
        },
        parent,
      );
    }

    this.clusterIdentifier = cluster.clusterIdentifier;
    this.clusterArn = cluster.arn;
    this.endpoint = cluster.endpoint;
    this.databaseName = args.databaseName;
    this.masterUsername = args.masterUsername;
    this.maxCapacity = args.maxCapacity;
    this.masterSecretArn = cluster.masterUserSecrets.apply((secrets) => {
      const arn = secrets?.[0]?.secretArn;
      if (!arn) throw new Error("Aurora reported no managed master secret; is manageMasterUserPassword on?");
      return arn;
    });
    this.connectionUrl = pulumi.interpolate`postgres://${args.masterUsername}@${cluster.endpoint}:${DATABASE_PORT}/${args.databaseName}`;
    this.registerOutputs({ endpoint: this.endpoint, masterSecretArn: this.masterSecretArn });
  }
}
