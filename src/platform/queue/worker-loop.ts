// Polls one queue and runs a handler per message, a few at a time. A handler
// that returns acknowledges its message; one that throws sends it back to the
// queue after a backoff, until the queue dead-letters it. This is how workers
// run inside the app on a laptop; in AWS, Lambda's SQS trigger does the same.
import type { Logger } from "../logger.ts";
import type { QueueName } from "./config.ts";
import type { DeadLettered, Queue, ReceivedMessage, WorkerMessage } from "./types.ts";

export interface WorkerLoopOptions {
  queue: Queue;
  name: QueueName;
  handler: (message: WorkerMessage) => Promise<void>;
  visibilityTimeoutS: number;
  concurrency?: number;
  /** Seconds before a failed message is tried again; 2, 4, 8 ... up to 5 minutes by default. */
  retryDelayS?: (receiveCount: number) => number;
  /** Told about each message the queue gave up on, so its work can be marked failed. */
  onDeadLetter?: (message: DeadLettered) => Promise<void>;
  /** How long an idle loop waits before polling again (a NOTIFY wakes it sooner). */
  idleWaitMs?: number;
  logger: Logger;
  signal: AbortSignal;
}

export const defaultRetryDelayS = (receiveCount: number) => Math.min(300, 2 ** receiveCount);

/** Runs until `signal` aborts, then waits for the messages in hand to finish. */
export async function runWorkerLoop(options: WorkerLoopOptions): Promise<void> {
  const { queue, name, handler, logger, signal } = options;
  const concurrency = options.concurrency ?? 2;
  const retryDelayS = options.retryDelayS ?? defaultRetryDelayS;
  const idleWaitMs = options.idleWaitMs ?? 1000;
  const inFlight = new Set<Promise<void>>();
  let lastSweep = 0;

  const deadLettered = async (letter: DeadLettered) => {
    logger.warn("message dead-lettered", { queue: name, messageId: letter.id, error: letter.lastError });
    try {
      await options.onDeadLetter?.(letter);
    } catch (err) {
      logger.error("dead-letter hook failed", { queue: name, messageId: letter.id, error: err });
    }
  };

  const work = async (message: ReceivedMessage) => {
    const started = performance.now();
    try {
      await handler({ id: message.id, body: message.body, receiveCount: message.receiveCount });
      await queue.delete(name, message.receipt);
      logger.debug("message handled", { queue: name, messageId: message.id, ms: Math.round(performance.now() - started) });
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      logger.warn("message failed", { queue: name, messageId: message.id, attempt: message.receiveCount, error: err });
      try {
        const { deadLettered: letter } = await queue.release(name, message.receipt, { delayS: retryDelayS(message.receiveCount), error });
        if (letter) await deadLettered(letter);
      } catch (releaseErr) {
        // The visibility timeout will return the message anyway.
        logger.error("could not return a failed message", { queue: name, messageId: message.id, error: releaseErr });
      }
    }
  };

  while (!signal.aborted) {
    try {
      if (queue.sweepDeadLetters && Date.now() - lastSweep > idleWaitMs) {
        lastSweep = Date.now();
        for (const letter of await queue.sweepDeadLetters(name)) await deadLettered(letter);
      }
      const free = concurrency - inFlight.size;
      const messages = free > 0 ? await queue.receive(name, { max: free, visibilityTimeoutS: options.visibilityTimeoutS, waitS: idleWaitMs / 1000, signal }) : [];
      for (const message of messages) {
        const p = work(message).finally(() => inFlight.delete(p));
        inFlight.add(p);
      }
      if (inFlight.size >= concurrency) {
        await Promise.race(inFlight);
      } else if (messages.length === 0) {
        const idle = queue.waitForMessages ? queue.waitForMessages(name, idleWaitMs, signal) : sleep(idleWaitMs, signal);
        await Promise.race([idle, ...inFlight]);
      }
    } catch (err) {
      if (signal.aborted) break;
      // A database or network blip: keep the loop alive and try again shortly.
      logger.error("worker loop error", { queue: name, error: err });
      await sleep(idleWaitMs, signal);
    }
  }
  await Promise.allSettled(inFlight);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}
