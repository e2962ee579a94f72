// Tests of the storage component, as the dev stack deploys it
// in the mock cloud (testing/dev-stack.ts); the pure parts have their own tests.
import { beforeAll, describe, expect, test } from "bun:test";
import { bucketsPrivateAndEncrypted } from "../policies/data.ts";
import { devStack, json, type DevStack } from "../testing/dev-stack.ts";

let stack: DevStack;
beforeAll(async () => {
  stack = await devStack();
});

describe("storage", () => {
  test("expires temporary uploads and old versions", () => {
    const rules = stack.one("aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration").props.rules as any[];
    expect(rules.find((r) => r.filter?.prefix === "tmp/")).toMatchObject({ status: "Enabled", expiration: { days: 1 } });
    expect(rules.find((r) => r.id === "tidy-everything")).toMatchObject({ abortIncompleteMultipartUpload: { daysAfterInitiation: 2 }, noncurrentVersionExpiration: { noncurrentDays: 30 } });
  });
});

test("meets its policy: private in all four ways, encrypted, versioned, and TLS only", () => {
  expect(stack.childrenOf("Storage").filter((r) => r.type === "aws:s3/bucket:Bucket")).toHaveLength(1);
  expect(bucketsPrivateAndEncrypted.check(stack.resources)).toEqual([]);
  const [deny] = json(stack.one("aws:s3/bucketPolicy:BucketPolicy").props.policy).Statement;
  expect(deny).toMatchObject({ Effect: "Deny", Action: "s3:*", Condition: { Bool: { "aws:SecureTransport": "false" } } });
});
