// Asynchronous work: no message is lost or retried forever. Every queue hands
// failures to a dead-letter queue, every DLQ raises an alarm, and every worker
// is a container Lambda whose mapping reports batch item failures, so only the
// failed records of a batch come back.
import { json, list, ofType, record, resolveRef, str, violation, type StackPolicy, type StackResource, type Violation } from "./types.ts";

const QUEUE = "aws:sqs/queue:Queue";
const FUNCTION = "aws:lambda/function:Function";
const MAPPING = "aws:lambda/eventSourceMapping:EventSourceMapping";
const DEFAULT_RETENTION_S = 345_600;
const DEFAULT_LAMBDA_TIMEOUT_S = 3;

interface Redrive {
  deadLetterTargetArn?: string;
  maxReceiveCount?: number;
}

function redriveOf(queue: StackResource): Redrive | undefined {
  const parsed = record(json(queue.props.redrivePolicy));
  return Object.keys(parsed).length ? { deadLetterTargetArn: str(parsed.deadLetterTargetArn), maxReceiveCount: Number(parsed.maxReceiveCount) } : undefined;
}

/** Queues that another queue sends its failures to. */
export function deadLetterQueues(resources: readonly StackResource[]): StackResource[] {
  const targets = new Set(ofType(resources, QUEUE).map((q) => redriveOf(q)?.deadLetterTargetArn).filter(Boolean));
  return ofType(resources, QUEUE).filter((q) => targets.has(str(q.props.arn)));
}

export const queuesHaveDeadLetterQueues: StackPolicy = {
  name: "queues-have-dead-letter-queues",
  description: "Every queue that is not itself a DLQ sends a message to a DLQ of this stack after 1 to 5 failed receives, and the DLQ keeps it at least as long.",
  check(resources) {
    const out: Violation[] = [];
    const dlqs = new Set(deadLetterQueues(resources));
    for (const queue of ofType(resources, QUEUE)) {
      if (dlqs.has(queue)) continue;
      const redrive = redriveOf(queue);
      if (!redrive) {
        out.push(violation(this.name, queue, "the queue has no dead-letter queue: a message that always fails is retried until it expires"));
        continue;
      }
      const dlq = resolveRef(resources, QUEUE, redrive.deadLetterTargetArn);
      if (!dlq) out.push(violation(this.name, queue, `the dead-letter target ${redrive.deadLetterTargetArn ?? "(none)"} is not a queue of this stack`));
      const count = redrive.maxReceiveCount ?? NaN;
      if (!(count >= 1 && count <= 5)) out.push(violation(this.name, queue, `maxReceiveCount is ${count}; use 1 to 5 so a poison message moves aside quickly`));
      if (dlq) {
        const kept = Number(dlq.props.messageRetentionSeconds ?? DEFAULT_RETENTION_S);
        const source = Number(queue.props.messageRetentionSeconds ?? DEFAULT_RETENTION_S);
        if (kept < source) out.push(violation(this.name, queue, `its DLQ keeps messages ${kept} s, less than the queue's ${source} s, so failures can expire unseen`));
      }
    }
    return out;
  },
};

function functionRefs(fn: StackResource): Set<unknown> {
  return new Set([fn.props.name, fn.props.arn, fn.props.id].filter((v) => v !== undefined));
}

export const lambdasAreQueueWorkers: StackPolicy = {
  name: "lambdas-are-queue-workers",
  description:
    "Every Lambda is a container image fed by a queue mapping that reports batch item failures and caps concurrency, with a visibility timeout of at least 6x the function timeout. A deploy hook (a function invoked by a deploy-time Invocation) must not consume a queue.",
  check(resources) {
    const out: Violation[] = [];
    const invoked = ofType(resources, "aws:lambda/invocation:Invocation").map((i) => i.props.functionName);
    for (const fn of ofType(resources, FUNCTION)) {
      const refs = functionRefs(fn);
      const mappings = ofType(resources, MAPPING).filter((m) => refs.has(m.props.functionName));
      if (invoked.some((ref) => refs.has(ref))) {
        if (mappings.length) out.push(violation(this.name, fn, "a deploy hook also consumes a queue; give the queue its own worker"));
        continue;
      }
      if (fn.props.packageType !== "Image" || !str(fn.props.imageUri)) out.push(violation(this.name, fn, "the function is not a container image (packageType Image with an imageUri)"));
      if (mappings.length === 0) out.push(violation(this.name, fn, "no event source mapping feeds the function"));
      const timeout = Number(fn.props.timeout ?? DEFAULT_LAMBDA_TIMEOUT_S);
      for (const mapping of mappings) {
        if (!list(mapping.props.functionResponseTypes).includes("ReportBatchItemFailures")) {
          out.push(violation(this.name, fn, "its mapping does not report batch item failures, so one bad record makes the whole batch run again"));
        }
        if (record(mapping.props.scalingConfig).maximumConcurrency === undefined) {
          out.push(violation(this.name, fn, "its mapping sets no maximum concurrency, so a burst can exhaust database connections"));
        }
        const queue = resolveRef(resources, QUEUE, mapping.props.eventSourceArn);
        if (queue) {
          const visibility = Number(queue.props.visibilityTimeoutSeconds ?? 30);
          if (visibility < 6 * timeout) {
            out.push(violation(this.name, fn, `queue ${queue.name} hides a message for ${visibility} s, less than 6x the ${timeout} s timeout (${6 * timeout} s): a slow run is delivered twice`));
          }
        }
      }
    }
    return out;
  },
};

export const deadLetterQueuesAlarmed: StackPolicy = {
  name: "dead-letter-queues-alarmed",
  description: "Every DLQ has an alarm that fires on its first visible message and notifies someone.",
  check(resources) {
    const out: Violation[] = [];
    const alarms = ofType(resources, "aws:cloudwatch/metricAlarm:MetricAlarm");
    for (const dlq of deadLetterQueues(resources)) {
      const watching = alarms.filter(
        (a) => a.props.namespace === "AWS/SQS" && a.props.metricName === "ApproximateNumberOfMessagesVisible" && record(a.props.dimensions).QueueName === dlq.props.name,
      );
      const firesOnOne = watching.filter((a) => {
        const threshold = Number(a.props.threshold);
        return (a.props.comparisonOperator === "GreaterThanThreshold" && threshold < 1) || (a.props.comparisonOperator === "GreaterThanOrEqualToThreshold" && threshold <= 1);
      });
      if (firesOnOne.length === 0) out.push(violation(this.name, dlq, "no alarm fires when a message lands in this dead-letter queue"));
      else if (!firesOnOne.some((a) => list(a.props.alarmActions).length > 0)) out.push(violation(this.name, dlq, "the DLQ alarm notifies no one (no alarm actions)"));
    }
    return out;
  },
};
