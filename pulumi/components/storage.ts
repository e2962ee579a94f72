// The uploads bucket: private in all four ways, encrypted, versioned (an
// overwrite or a delete can be undone), TLS only, and temporary prefixes
// cleaned up by lifecycle rules instead of by code that might not run.
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

export interface StorageArgs {
  /** Prefixes whose objects are scratch space, e.g. "tmp/". */
  temporaryPrefixes: string[];
  temporaryExpirationDays: number;
  /** How long an overwritten or deleted version stays recoverable. */
  noncurrentVersionDays: number;
  /** Production buckets are never emptied by a destroy. */
  production: boolean;
}

export class Storage extends pulumi.ComponentResource {
  readonly bucketName: pulumi.Output<string>;
  readonly bucketArn: pulumi.Output<string>;

  constructor(name: string, args: StorageArgs, opts?: pulumi.ComponentResourceOptions) {
    super("atelier:infra:Storage", name, {}, opts);
    const parent = { parent: this };
    for (const prefix of args.temporaryPrefixes) {
      if (!/^[a-z0-9][a-z0-9._-]*\/$/i.test(prefix)) throw new Error(`temporary prefix "${prefix}" must be a folder name ending in "/", e.g. "tmp/"`);
    }

    const bucket = new aws.s3.Bucket(`${name}-uploads`, { forceDestroy: !args.production }, { parent: this, protect: args.production });
    new aws.s3.BucketOwnershipControls(`${name}-uploads-ownership`, { bucket: bucket.id, rule: { objectOwnership: "BucketOwnerEnforced" } }, parent);
    const publicBlock = new aws.s3.BucketPublicAccessBlock(
      `${name}-uploads-private`,
      { bucket: bucket.id, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true },
      parent,
    );
    new aws.s3.BucketServerSideEncryptionConfiguration(
      `${name}-uploads-encryption`,
      { bucket: bucket.id, rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms" }, bucketKeyEnabled: true }] },
      parent,
    );
    const versioning = new aws.s3.BucketVersioning(`${name}-uploads-versioning`, { bucket: bucket.id, versioningConfiguration: { status: "Enabled" } }, parent);
    new aws.s3.BucketLifecycleConfiguration(
      `${name}-uploads-lifecycle`,
      {
        bucket: bucket.id,
        rules: [
          ...args.temporaryPrefixes.map((prefix) => ({
            id: `expire-${prefix.replace(/\/$/, "")}`,
            status: "Enabled",
            filter: { prefix },
            expiration: { days: args.temporaryExpirationDays },
            noncurrentVersionExpiration: { noncurrentDays: 1 },
          })),
          {
            id: "tidy-everything",
            status: "Enabled",
            filter: {},
            abortIncompleteMultipartUpload: { daysAfterInitiation: 2 },
            noncurrentVersionExpiration: { noncurrentDays: args.noncurrentVersionDays },
            expiration: { expiredObjectDeleteMarker: true },
          },
        ],
      },
      { parent: this, dependsOn: [versioning] },
    );
    new aws.s3.BucketPolicy(
      `${name}-uploads-tls-only`,
      {
        bucket: bucket.id,
        policy: pulumi.jsonStringify({
          Version: "2012-10-17",
          Statement: [
            {
              Sid: "DenyPlainHttp",
              Effect: "Deny",
              Principal: "*",
              Action: "s3:*",
              Resource: [bucket.arn, pulumi.interpolate`${bucket.arn}/*`],
              Condition: { Bool: { "aws:SecureTransport": "false" } },
            },
          ],
        }),
      },
      // A policy put before the public block could be judged public and refused.
      { parent: this, dependsOn: [publicBlock] },
    );

    this.bucketName = bucket.bucket;
    this.bucketArn = bucket.arn;
    this.registerOutputs({ bucketName: this.bucketName });
  }
}
