// Least privilege: no statement grants every action on every resource, and no
// role carries an administrator's managed policy.
import { json, list, ofType, record, str, violation, type StackPolicy, type StackResource, type Violation } from "./types.ts";

const BROAD_MANAGED = ["AdministratorAccess", "PowerUserAccess", "IAMFullAccess"];

function documentsOf(resource: StackResource): unknown[] {
  switch (resource.type) {
    case "aws:iam/policy:Policy":
    case "aws:iam/rolePolicy:RolePolicy":
    case "aws:iam/userPolicy:UserPolicy":
    case "aws:iam/groupPolicy:GroupPolicy":
      return [resource.props.policy];
    case "aws:iam/role:Role":
      return list(resource.props.inlinePolicies).map((p) => record(p).policy);
    default:
      return [];
  }
}

/** Statements that allow everything on everything, as readable descriptions. */
export function wildcardGrants(document: unknown): string[] {
  const doc = record(json(document));
  const found: string[] = [];
  for (const statement of list(doc.Statement).map(record)) {
    if (statement.Effect !== "Allow") continue;
    const actions = list(statement.Action).map(String);
    const resources = list(statement.Resource).map(String);
    const anyResource = resources.includes("*") || statement.NotResource !== undefined;
    if (actions.includes("*") && anyResource) found.push(`statement ${str(statement.Sid) ?? "(no Sid)"} allows "*" on "*"`);
    else if (statement.NotAction !== undefined && anyResource) found.push(`statement ${str(statement.Sid) ?? "(no Sid)"} allows everything but ${JSON.stringify(statement.NotAction)} on "*"`);
  }
  return found;
}

export const noWildcardAdmin: StackPolicy = {
  name: "no-wildcard-admin",
  description: 'No IAM statement allows "*" on "*" (nor NotAction on "*"), and no role gets AdministratorAccess, PowerUserAccess or IAMFullAccess.',
  check(resources) {
    const out: Violation[] = [];
    for (const resource of resources) {
      for (const document of documentsOf(resource)) {
        for (const grant of wildcardGrants(document)) out.push(violation(this.name, resource, grant));
      }
    }
    const attached = [
      ...["aws:iam/rolePolicyAttachment:RolePolicyAttachment", "aws:iam/userPolicyAttachment:UserPolicyAttachment", "aws:iam/groupPolicyAttachment:GroupPolicyAttachment"].flatMap((t) =>
        ofType(resources, t).map((r) => ({ owner: r, arn: r.props.policyArn })),
      ),
      ...ofType(resources, "aws:iam/role:Role").flatMap((r) => list(r.props.managedPolicyArns).map((arn) => ({ owner: r, arn }))),
    ];
    for (const { owner, arn } of attached) {
      const broad = BROAD_MANAGED.find((name) => str(arn)?.endsWith(`:policy/${name}`));
      if (broad) out.push(violation(this.name, owner, `attaches the managed policy ${broad}`));
    }
    return out;
  },
};
