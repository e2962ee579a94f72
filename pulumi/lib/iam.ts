// IAM documents built from plain statements, so every grant in the program is
// written out where it is used and checked by the no-wildcard-admin policy.
import * as pulumi from "@pulumi/pulumi";

export interface Statement {
  Sid: string;
  Effect?: "Allow" | "Deny";
  Action: string | string[];
  Resource: pulumi.Input<string> | pulumi.Input<string>[];
  Condition?: Record<string, Record<string, pulumi.Input<string> | pulumi.Input<string>[]>>;
}

/** A policy document as JSON text (an Output, since resource ARNs are). */
export function policyDocument(statements: Statement[]): pulumi.Output<string> {
  return pulumi.jsonStringify({
    Version: "2012-10-17",
    Statement: statements.map((s) => ({ Effect: "Allow", ...s })),
  });
}

/** Trust policy letting one AWS service assume a role. */
export function assumedBy(service: string): string {
  return JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: { Service: service }, Action: "sts:AssumeRole" }],
  });
}
