// The stack's keys. One customer-managed KMS key for what AWS-managed keys
// cannot cover: the SNS topics CloudWatch and EventBridge publish to (they
// need a key policy naming them) and the workers' environment (so reading a
// Lambda's configuration does not reveal a secret without kms:Decrypt on
// it). And the app's SECRETS_KEY, generated once and kept in Secrets Manager.
import { randomBytes } from "node:crypto";
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

export interface EncryptionArgs {
  accountId: pulumi.Input<string>;
  /** Days a scheduled deletion waits (7 to 30): the window to cancel a mistake. */
  deletionWindowDays: number;
}

/** A fresh SECRETS_KEY: 32 random bytes, base64 (what the app's key32 reader accepts). */
export function newSecretsKey(): string {
  return randomBytes(32).toString("base64");
}

export class Encryption extends pulumi.ComponentResource {
  readonly keyArn: pulumi.Output<string>;
  /** Secrets Manager secret holding SECRETS_KEY, for ECS to inject. */
  readonly secretsKeySecretArn: pulumi.Output<string>;
  /** The stored SECRETS_KEY itself (a Pulumi secret), for the workers' environment. */
  readonly secretsKey: pulumi.Output<string>;

  constructor(name: string, args: EncryptionArgs, opts?: pulumi.ComponentResourceOptions) {
    super("atelier:infra:Encryption", name, {}, opts);
    const key = new aws.kms.Key(
      `${name}-key`,
      {
        description: `${name}: SNS topics and worker environments`,
        enableKeyRotation: true,
        deletionWindowInDays: args.deletionWindowDays,
        policy: pulumi.jsonStringify({
          Version: "2012-10-17",
          Statement: [
            // The account administers the key; IAM policies then grant its use.
            { Sid: "AccountAdministers", Effect: "Allow", Principal: { AWS: pulumi.interpolate`arn:aws:iam::${args.accountId}:root` }, Action: "kms:*", Resource: "*" },
            {
              Sid: "AlarmsAndEventsPublish",
              Effect: "Allow",
              Principal: { Service: ["cloudwatch.amazonaws.com", "events.amazonaws.com"] },
              // Only this account's topics use the key, and only the topic
              // policies (SourceAccount-bound) let these services publish.
              Action: ["kms:Decrypt", "kms:GenerateDataKey*"],
              Resource: "*",
            },
          ],
        }),
      },
      { parent: this },
    );
    new aws.kms.Alias(`${name}-alias`, { name: `alias/${name}`, targetKeyId: key.keyId }, { parent: this });

    // Generated on the first deployment only: a new key would make every
    // stored API key unreadable, so later runs ignore the fresh value and the
    // stored one (the resource's output) is what the workers receive.
    const secretsKey = new aws.secretsmanager.Secret(`${name}-secrets-key`, { description: "Atelier SECRETS_KEY: AES-256-GCM key for secret settings at rest" }, { parent: this });
    const secretsKeyValue = new aws.secretsmanager.SecretVersion(
      `${name}-secrets-key-value`,
      { secretId: secretsKey.id, secretString: pulumi.secret(newSecretsKey()) },
      { parent: this, ignoreChanges: ["secretString"] },
    );

    this.keyArn = key.arn;
    this.secretsKeySecretArn = secretsKey.arn;
    this.secretsKey = pulumi.secret(
      secretsKeyValue.secretString.apply((value) => {
        if (!value) throw new Error("the SECRETS_KEY secret has no value");
        return value;
      }),
    );
    this.registerOutputs({ keyArn: this.keyArn, secretsKeySecretArn: this.secretsKeySecretArn });
  }
}
