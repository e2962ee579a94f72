// The K-12 safety services: the student-profile Bedrock guardrail with a
// published (immutable) version for the app to pin, and the SNS topic that
// carries critical safety incidents to the people who must act at once.
import { createHash } from "node:crypto";
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { BLOCKED_INPUT_MESSAGE, BLOCKED_OUTPUT_MESSAGE, studentGuardrailPolicy } from "./student-guardrail.ts";

export interface SafetyArgs {
  kmsKeyArn: pulumi.Input<string>;
  /** Who hears about critical incidents (e-mail; each confirms the subscription). */
  alertEmails: string[];
}

export class Safety extends pulumi.ComponentResource {
  readonly guardrailId: pulumi.Output<string>;
  readonly guardrailArn: pulumi.Output<string>;
  readonly guardrailVersion: pulumi.Output<string>;
  readonly alertTopicArn: pulumi.Output<string>;

  constructor(name: string, args: SafetyArgs, opts?: pulumi.ComponentResourceOptions) {
    super("atelier:infra:Safety", name, {}, opts);
    const parent = { parent: this };

    const definition = {
      description: "Atelier student profile: harmful content, denied topics, PII, profanity",
      blockedInputMessaging: BLOCKED_INPUT_MESSAGE,
      blockedOutputsMessaging: BLOCKED_OUTPUT_MESSAGE,
      ...studentGuardrailPolicy(),
    };
    const guardrail = new aws.bedrock.Guardrail(`${name}-student`, { name: `${name}-student`, ...definition }, parent);
    // A version is a frozen copy of the guardrail. Its description carries a
    // digest of the definition, so a changed profile publishes a new version
    // (and the app, pinned to it, moves on its next deployment); old versions
    // stay for tasks still running with them.
    const digest = createHash("sha256").update(JSON.stringify(definition)).digest("hex").slice(0, 12);
    const version = new aws.bedrock.GuardrailVersion(
      `${name}-student-version`,
      { guardrailArn: guardrail.guardrailArn, description: `Student profile ${digest}`, skipDestroy: true },
      { parent: this, replaceOnChanges: ["guardrailArn", "description"], deleteBeforeReplace: false },
    );

    const topic = new aws.sns.Topic(`${name}-alerts`, { displayName: "Atelier safety alerts", kmsMasterKeyId: args.kmsKeyArn }, parent);
    args.alertEmails.forEach((email, i) => new aws.sns.TopicSubscription(`${name}-alert-${i}`, { topic: topic.arn, protocol: "email", endpoint: email }, parent));

    this.guardrailId = guardrail.guardrailId;
    this.guardrailArn = guardrail.guardrailArn;
    this.guardrailVersion = version.version;
    this.alertTopicArn = topic.arn;
    this.registerOutputs({ guardrailId: this.guardrailId, guardrailVersion: this.guardrailVersion, alertTopicArn: this.alertTopicArn });
  }
}
