// A small SQS stand-in for tests: the JSON protocol the real client speaks
// (SendMessage, ReceiveMessage, DeleteMessage, ChangeMessageVisibility), with
// visibility timeouts, receive counts and a redrive to a dead-letter list.
import { createHash } from "node:crypto";
import { SQSClient } from "@aws-sdk/client-sqs";

interface Stored {
  id: string;
  body: string;
  visibleAt: number;
  receiveCount: number;
  receipt: string | null;
}

export interface SqsTestServer {
  url: string;
  queueUrl(name: string): string;
  client(): SQSClient;
  messages(queueUrl: string): Stored[];
  deadLetters(queueUrl: string): Stored[];
  calls: { target: string; input: Record<string, unknown> }[];
  stop(): void;
}

const md5 = (s: string) => createHash("md5").update(s).digest("hex");

export function startSqsTestServer(options: { maxReceiveCount: number }): SqsTestServer {
  const queues = new Map<string, Stored[]>();
  const dead = new Map<string, Stored[]>();
  const calls: SqsTestServer["calls"] = [];
  const list = (url: string) => {
    if (!queues.has(url)) queues.set(url, []);
    return queues.get(url)!;
  };
  const fail = (type: string, message: string) =>
    Response.json({ __type: `com.amazonaws.sqs#${type}`, message }, { status: 400, headers: { "x-amzn-query-error": `${type};Sender` } });

  const server = Bun.serve({
    port: 0,
    hostname: "127.0.0.1",
    async fetch(req) {
      const target = (req.headers.get("x-amz-target") ?? "").replace("AmazonSQS.", "");
      const input = (await req.json()) as Record<string, any>;
      calls.push({ target, input });
      const queue = list(String(input.QueueUrl));
      const now = Date.now();
      switch (target) {
        case "SendMessage": {
          const id = crypto.randomUUID();
          queue.push({ id, body: input.MessageBody, visibleAt: now + (input.DelaySeconds ?? 0) * 1000, receiveCount: 0, receipt: null });
          return Response.json({ MessageId: id, MD5OfMessageBody: md5(input.MessageBody) });
        }
        case "ReceiveMessage": {
          const deadline = now + Math.min(Number(input.WaitTimeSeconds ?? 0), 1) * 1000;
          for (;;) {
            // Redrive: a message received maxReceiveCount times moves to the DLQ instead.
            for (const m of queue.filter((m) => m.visibleAt <= Date.now() && m.receiveCount >= options.maxReceiveCount)) {
              queue.splice(queue.indexOf(m), 1);
              dead.set(input.QueueUrl, [...(dead.get(input.QueueUrl) ?? []), m]);
            }
            const ready = queue.filter((m) => m.visibleAt <= Date.now()).slice(0, Number(input.MaxNumberOfMessages ?? 1));
            if (ready.length || Date.now() >= deadline) {
              for (const m of ready) {
                m.receiveCount++;
                m.receipt = crypto.randomUUID();
                m.visibleAt = Date.now() + Number(input.VisibilityTimeout ?? 30) * 1000;
              }
              return Response.json({
                Messages: ready.map((m) => ({
                  MessageId: m.id,
                  ReceiptHandle: m.receipt,
                  MD5OfBody: md5(m.body),
                  Body: m.body,
                  Attributes: { ApproximateReceiveCount: String(m.receiveCount) },
                })),
              });
            }
            await Bun.sleep(20);
          }
        }
        case "DeleteMessage": {
          const i = queue.findIndex((m) => m.receipt === input.ReceiptHandle);
          if (i < 0) return fail("ReceiptHandleIsInvalid", "The receipt handle is not valid.");
          queue.splice(i, 1);
          return Response.json({});
        }
        case "ChangeMessageVisibility": {
          const m = queue.find((m) => m.receipt === input.ReceiptHandle);
          if (!m) return fail("ReceiptHandleIsInvalid", "The receipt handle is not valid.");
          m.visibleAt = Date.now() + Number(input.VisibilityTimeout) * 1000;
          return Response.json({});
        }
        default:
          return fail("InvalidAction", `Unsupported action ${target}`);
      }
    },
  });
  const base = `http://127.0.0.1:${server.port}`;
  return {
    url: base,
    queueUrl: (name) => `${base}/000000000000/${name}`,
    client: () =>
      new SQSClient({ endpoint: base, region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" } }),
    messages: (url) => list(url),
    deadLetters: (url) => dead.get(url) ?? [],
    calls,
    stop: () => server.stop(true),
  };
}
