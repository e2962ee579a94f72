// Data at rest: the database is private, isolated and encrypted; buckets are
// private, encrypted and versioned.
import { cidrIngressTo, subnetTier } from "./network.ts";
import { list, ofType, record, resolveRef, str, violation, type StackPolicy, type Violation } from "./types.ts";

export const databasePrivateAndEncrypted: StackPolicy = {
  name: "database-private-and-encrypted",
  description: "Databases are encrypted, not publicly accessible, live in isolated subnets and admit only security groups (never address ranges).",
  check(resources) {
    const out: Violation[] = [];
    for (const instance of [...ofType(resources, "aws:rds/clusterInstance:ClusterInstance"), ...ofType(resources, "aws:rds/instance:Instance")]) {
      if (instance.props.publiclyAccessible === true) out.push(violation(this.name, instance, "the database instance is publicly accessible"));
    }
    for (const instance of ofType(resources, "aws:rds/instance:Instance")) {
      if (instance.props.storageEncrypted !== true) out.push(violation(this.name, instance, "the database instance's storage is not encrypted"));
    }
    for (const cluster of ofType(resources, "aws:rds/cluster:Cluster")) {
      if (cluster.props.storageEncrypted !== true) out.push(violation(this.name, cluster, "the cluster's storage is not encrypted (storageEncrypted must be true)"));
      const group = resolveRef(resources, "aws:rds/subnetGroup:SubnetGroup", cluster.props.dbSubnetGroupName);
      if (!group) {
        out.push(violation(this.name, cluster, "the cluster names no subnet group of this stack, so its subnets cannot be checked"));
      } else {
        for (const subnet of list(group.props.subnetIds)) {
          const tier = subnetTier(resources, subnet);
          if (tier !== "isolated") out.push(violation(this.name, cluster, `the cluster may run in subnet ${String(subnet)}, which is ${tier}, not isolated`));
        }
      }
      const groups = list(cluster.props.vpcSecurityGroupIds);
      if (groups.length === 0) out.push(violation(this.name, cluster, "the cluster names no security group, so it gets the VPC's default one"));
      for (const groupId of groups) {
        for (const rule of cidrIngressTo(resources, groupId)) {
          out.push(violation(this.name, cluster, `security group ${String(groupId)} admits address ranges ${rule.cidrs.join(", ")}; admit the app's and the workers' security groups instead`));
        }
      }
    }
    return out;
  },
};

export const bucketsPrivateAndEncrypted: StackPolicy = {
  name: "buckets-private-and-encrypted",
  description: "Every bucket blocks public access in all four ways, is encrypted and keeps versions.",
  check(resources) {
    const out: Violation[] = [];
    const forBucket = (type: string, bucket: Record<string, unknown>) =>
      ofType(resources, type).filter((r) => r.props.bucket === bucket.id || r.props.bucket === bucket.bucket);
    for (const bucket of ofType(resources, "aws:s3/bucket:Bucket")) {
      const blocks = forBucket("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", bucket.props);
      const fully = blocks.some((b) => ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"].every((k) => b.props[k] === true));
      if (!fully) out.push(violation(this.name, bucket, "public access is not blocked in all four ways"));
      const encryption = forBucket("aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", bucket.props);
      const algorithms = encryption.flatMap((e) => list(e.props.rules).map((r) => str(record(record(r).applyServerSideEncryptionByDefault).sseAlgorithm)));
      if (!algorithms.some((a) => a === "aws:kms" || a === "AES256" || a === "aws:kms:dsse")) out.push(violation(this.name, bucket, "no default encryption is configured"));
      const versioning = forBucket("aws:s3/bucketVersioning:BucketVersioning", bucket.props);
      if (!versioning.some((v) => record(v.props.versioningConfiguration).status === "Enabled")) out.push(violation(this.name, bucket, "versioning is not enabled, so an overwrite or a delete loses data"));
    }
    return out;
  },
};
