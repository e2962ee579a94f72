// The stack policies, as plain functions over the deployed resources. They run
// in `bun test` against the mocked program; a CrossGuard pack can wrap each one
// later without change:
//   new PolicyPack("atelier", { policies: stackPolicies.map((p) => ({
//     name: p.name, description: p.description, enforcementLevel: "mandatory",
//     validateStack: (args, report) => p.check(args.resources).forEach((v) => report(v.message)),
//   })) });
import { bucketsPrivateAndEncrypted, databasePrivateAndEncrypted } from "./data.ts";
import { albServesHttps } from "./edge.ts";
import { noWildcardAdmin } from "./iam.ts";
import { logGroupsExpire } from "./logs.ts";
import { onlyWebOpenToWorld, tasksInPrivateSubnets } from "./network.ts";
import { deadLetterQueuesAlarmed, lambdasAreQueueWorkers, queuesHaveDeadLetterQueues } from "./queues.ts";
import type { StackPolicy, StackResource, Violation } from "./types.ts";

export const stackPolicies: readonly StackPolicy[] = [
  databasePrivateAndEncrypted,
  bucketsPrivateAndEncrypted,
  queuesHaveDeadLetterQueues,
  lambdasAreQueueWorkers,
  deadLetterQueuesAlarmed,
  albServesHttps,
  onlyWebOpenToWorld,
  noWildcardAdmin,
  tasksInPrivateSubnets,
  logGroupsExpire,
];

export function checkStack(resources: readonly StackResource[], policies: readonly StackPolicy[] = stackPolicies): Violation[] {
  return policies.flatMap((policy) => policy.check(resources));
}

export type { StackPolicy, StackResource, Violation } from "./types.ts";
