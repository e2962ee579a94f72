// One queue interface over two adapters: SQS in AWS, a Postgres table on a
// laptop. Semantics follow SQS: a received message is hidden for a visibility
// timeout; deleting it acknowledges it; a message received too often moves to
// a dead-letter queue instead of being retried forever.
import type { QueueName } from "./config.ts";

export type { QueueName } from "./config.ts";

export interface ReceivedMessage {
  id: string;
  queue: QueueName;
  body: unknown;
  /** 1 on the first delivery. */
  receiveCount: number;
  /** Proof of this delivery; delete and release need it. */
  receipt: string;
}

export interface SendOptions {
  /** While a message with the same id is waiting, another send is dropped (local; FIFO queues on SQS). */
  dedupId?: string;
  delayS?: number;
}

export interface ReceiveOptions {
  max: number;
  visibilityTimeoutS: number;
  /** Long polling on SQS; the local queue answers at once. */
  waitS?: number;
  signal?: AbortSignal;
}

export interface DeadLettered {
  id: string;
  body: unknown;
  lastError: string | null;
}

export interface Queue {
  readonly kind: "local" | "sqs";
  send(queue: QueueName, body: unknown, options?: SendOptions): Promise<void>;
  receive(queue: QueueName, options: ReceiveOptions): Promise<ReceivedMessage[]>;
  /** Acknowledges a delivery: the message is done. */
  delete(queue: QueueName, receipt: string): Promise<void>;
  /**
   * Returns a failed delivery to the queue after `delayS`. The local queue
   * dead-letters it here when it has had its attempts; SQS does that itself
   * on the next receive (redrive policy), so it always answers "retry".
   */
  release(queue: QueueName, receipt: string, options: { delayS: number; error: string }): Promise<{ deadLettered: DeadLettered | null }>;
  /** Moves messages whose last attempt timed out to the dead letters (local only; SQS redrives itself). */
  sweepDeadLetters?(queue: QueueName): Promise<DeadLettered[]>;
  /** Resolves when a message may have arrived, or after `ms` (local: NOTIFY). */
  waitForMessages?(queue: QueueName, ms: number, signal?: AbortSignal): Promise<void>;
  close?(): Promise<void>;
}

/** What a worker's per-message handler sees, from the local loop or from a Lambda SQS event alike. */
export interface WorkerMessage {
  id: string;
  body: unknown;
  receiveCount: number;
}
