// The SQS adapter. Dead-lettering is SQS's own redrive policy (set by the
// infrastructure with maxReceiveCount = QUEUE_MAX_ATTEMPTS), so release only
// shortens the visibility timeout for a quicker retry.
import {
  ChangeMessageVisibilityCommand,
  DeleteMessageCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  type SQSClient,
} from "@aws-sdk/client-sqs";
import type { QueueName } from "./config.ts";
import type { Queue, ReceivedMessage, ReceiveOptions, SendOptions } from "./types.ts";

export class SqsQueue implements Queue {
  readonly kind = "sqs" as const;

  constructor(
    private readonly client: SQSClient,
    private readonly urls: Record<QueueName, string>,
  ) {}

  private url(queue: QueueName): string {
    const url = this.urls[queue];
    if (!url) throw new Error(`No SQS queue URL is configured for ${queue}`);
    return url;
  }

  async send(queue: QueueName, body: unknown, options: SendOptions = {}): Promise<void> {
    const url = this.url(queue);
    // Deduplication exists only on FIFO queues; standard queues rely on idempotent handlers.
    const fifo = url.endsWith(".fifo");
    await this.client.send(
      new SendMessageCommand({
        QueueUrl: url,
        MessageBody: JSON.stringify(body),
        ...(options.delayS && !fifo ? { DelaySeconds: Math.min(900, Math.ceil(options.delayS)) } : {}),
        ...(fifo ? { MessageGroupId: queue, MessageDeduplicationId: options.dedupId ?? crypto.randomUUID() } : {}),
      }),
    );
  }

  async receive(queue: QueueName, options: ReceiveOptions): Promise<ReceivedMessage[]> {
    const out = await this.client.send(
      new ReceiveMessageCommand({
        QueueUrl: this.url(queue),
        MaxNumberOfMessages: Math.max(1, Math.min(10, options.max)),
        VisibilityTimeout: Math.ceil(options.visibilityTimeoutS),
        WaitTimeSeconds: Math.min(20, options.waitS ?? 20),
        MessageSystemAttributeNames: ["ApproximateReceiveCount"],
      }),
      options.signal ? { abortSignal: options.signal } : {},
    );
    return (out.Messages ?? []).map((m) => ({
      id: m.MessageId ?? "",
      queue,
      body: parseBody(m.Body ?? ""),
      receiveCount: Number(m.Attributes?.ApproximateReceiveCount ?? 1),
      receipt: m.ReceiptHandle ?? "",
    }));
  }

  async delete(queue: QueueName, receipt: string): Promise<void> {
    await this.client.send(new DeleteMessageCommand({ QueueUrl: this.url(queue), ReceiptHandle: receipt }));
  }

  async release(queue: QueueName, receipt: string, options: { delayS: number; error: string }) {
    await this.client.send(
      new ChangeMessageVisibilityCommand({
        QueueUrl: this.url(queue),
        ReceiptHandle: receipt,
        VisibilityTimeout: Math.min(43_200, Math.ceil(options.delayS)),
      }),
    );
    return { deadLettered: null };
  }
}

/** Bodies are JSON; anything else is handed over as text so the handler can reject it plainly. */
export function parseBody(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}
