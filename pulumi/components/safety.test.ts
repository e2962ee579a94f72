// Tests of the safety component, as the dev stack deploys it
// in the mock cloud (testing/dev-stack.ts); the pure parts have their own tests.
import { beforeAll, describe, expect, test } from "bun:test";
import { devStack, type DevStack } from "../testing/dev-stack.ts";

let stack: DevStack;
beforeAll(async () => {
  stack = await devStack();
});

describe("safety", () => {
  test("publishes a version of the student guardrail and an encrypted alert topic with the configured subscribers", () => {
    const guardrail = stack.one("aws:bedrock/guardrail:Guardrail");
    expect(guardrail.parentType).toBe("atelier:infra:Safety");
    expect((guardrail.props.contentPolicyConfig as any).filtersConfigs).toHaveLength(6);
    expect(stack.one("aws:bedrock/guardrailVersion:GuardrailVersion").props.guardrailArn).toBe(guardrail.props.guardrailArn);
    const topic = stack.one("aws:sns/topic:Topic", "atelier-dev-safety-alerts");
    expect(topic.props.kmsMasterKeyId).toBe(stack.one("aws:kms/key:Key").props.arn);
    const subscribers = stack.all("aws:sns/topicSubscription:TopicSubscription").filter((s) => s.props.topic === topic.props.arn);
    expect(subscribers.map((s) => [s.props.protocol, s.props.endpoint])).toEqual([["email", "safety-team@example.org"]]);
  });
});
