// Tests of the workers component, as the dev stack deploys it
// in the mock cloud (testing/dev-stack.ts); the pure parts have their own tests.
import { beforeAll, describe, expect, test } from "bun:test";
import { noWildcardAdmin } from "../policies/iam.ts";
import { lambdasAreQueueWorkers, queuesHaveDeadLetterQueues } from "../policies/queues.ts";
import { resolve } from "node:path";
import { devStack, json, type DevStack } from "../testing/dev-stack.ts";
import { REPO_ROOT } from "../testing/stack-config.ts";

let stack: DevStack;
beforeAll(async () => {
  stack = await devStack();
});

describe("workers", () => {
  const fn = (worker: string) => stack.one("aws:lambda/function:Function", `atelier-dev-workers-${worker}`);

  test("each worker is an arm64 image Lambda whose command names it, sized from config", () => {
    const sizes = ["file-processor", "url-processor", "embedding-generator"].map((w) => {
      const p = fn(w).props;
      expect(p).toMatchObject({ packageType: "Image", architectures: ["arm64"], imageConfig: { commands: [w] } });
      return [w, p.memorySize, p.timeout];
    });
    expect(sizes).toEqual([
      ["file-processor", 2048, 300],
      ["url-processor", 1024, 120],
      ["embedding-generator", 1024, 300],
    ]);
    const image = stack.resources.find((r) => r.type === "awsx:ecr:Image" && r.parentType === "atelier:infra:Workers");
    expect(image?.props.platform).toBe("linux/arm64");
    expect(resolve(String(image?.props.context))).toBe(REPO_ROOT);
    expect(resolve(String(image?.props.dockerfile))).toBe(resolve(REPO_ROOT, "workers/Dockerfile"));
  });

  test("queues hide a message for 6x the timeout and set it aside after 3 failures", () => {
    const queue = stack.one("aws:sqs/queue:Queue", "atelier-dev-workers-url-processor-queue");
    expect(queue.props.visibilityTimeoutSeconds).toBe(720);
    const redrive = json(queue.props.redrivePolicy);
    expect(redrive).toEqual({ deadLetterTargetArn: stack.one("aws:sqs/queue:Queue", "atelier-dev-workers-url-processor-dlq").props.arn, maxReceiveCount: 3 });
    const mapping = stack.all("aws:lambda/eventSourceMapping:EventSourceMapping").find((m) => m.props.eventSourceArn === queue.props.arn);
    expect(mapping?.props).toMatchObject({ functionResponseTypes: ["ReportBatchItemFailures"], scalingConfig: { maximumConcurrency: 5 }, batchSize: 5 });
  });

  test("workers get the database, bucket and queues, but not AWS_REGION (Lambda sets it)", () => {
    const env = (fn("file-processor").props.environment as any).variables;
    expect(env).toMatchObject({
      DATABASE_URL: "postgres://atelier@atelier-dev-db-cluster.cluster-abc.us-east-1.rds.amazonaws.com:5432/atelier",
      DATABASE_PASSWORD: "mock-db-password",
      DATABASE_SSL: "require",
      BLOB_STORE: "s3",
      QUEUE_DRIVER: "sqs",
      S3_BUCKET: stack.one("aws:s3/bucket:Bucket").props.bucket,
      SQS_EMBEDDING_GENERATOR_URL: "https://sqs.us-east-1.amazonaws.com/123456789012/atelier-dev-embedding-generator",
      EMBEDDING_MODEL: "bedrock:amazon.titan-embed-text-v2:0",
      QUEUE_MAX_ATTEMPTS: "3",
      // The runtime's receive rhythm matches its own queue: 6 x 300 s.
      QUEUE_VISIBILITY_TIMEOUT_S: "1800",
    });
    expect(Buffer.from(env.SECRETS_KEY, "base64")).toHaveLength(32);
    expect(env.AWS_REGION).toBeUndefined();
    expect(fn("file-processor").props.kmsKeyArn).toBe(stack.one("aws:kms/key:Key").props.arn);
  });

  test("each role grants what its worker needs: the next queue, Bedrock for embeddings only", () => {
    const grants = (worker: string) => json(stack.one("aws:iam/rolePolicy:RolePolicy", `atelier-dev-workers-${worker}-policy`).props.policy).Statement as any[];
    const embeddingQueue = stack.one("aws:sqs/queue:Queue", "atelier-dev-workers-embedding-generator-queue").props.arn;
    expect(grants("file-processor").find((s) => s.Sid === "EnqueueNextStep")?.Resource).toEqual([embeddingQueue]);
    expect(grants("embedding-generator").find((s) => s.Sid === "EnqueueNextStep")).toBeUndefined();
    expect(grants("embedding-generator").find((s) => s.Sid === "InvokeEmbeddingModels")?.Resource).toEqual(["arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0"]);
    expect(grants("url-processor").some((s) => String(s.Action).startsWith("bedrock:"))).toBe(false);
    expect(grants("url-processor").find((s) => s.Sid === "ConsumeOwnQueue")?.Resource).toBe(stack.one("aws:sqs/queue:Queue", "atelier-dev-workers-url-processor-queue").props.arn);
  });
});

test("meets its policies: a DLQ for every queue, image Lambdas reporting batch item failures, no wildcard grants", () => {
  expect(stack.childrenOf("Workers").filter((r) => r.type === "aws:sqs/queue:Queue")).toHaveLength(6);
  expect(stack.childrenOf("Workers").filter((r) => r.type === "aws:lambda/eventSourceMapping:EventSourceMapping")).toHaveLength(3);
  expect(queuesHaveDeadLetterQueues.check(stack.resources)).toEqual([]);
  expect(lambdasAreQueueWorkers.check(stack.resources)).toEqual([]);
  expect(noWildcardAdmin.check(stack.childrenOf("Workers"))).toEqual([]);
});
