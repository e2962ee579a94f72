// The bodies of the three queues' messages, checked before anything runs.
import { z } from "zod";
import type { WorkerMessage } from "../src/platform/queue/types.ts";

export const itemMessage = z.object({ itemId: z.uuid() });
export const embeddingMessage = z.object({ itemId: z.uuid(), model: z.string().min(3) });

/** A body that is not ours is a bug upstream: it goes to the dead letters for a person to look at. */
export class MalformedMessageError extends Error {
  constructor(worker: string, message: WorkerMessage) {
    super(`${worker}: message ${message.id} is not a valid ${worker} message`);
    this.name = "MalformedMessageError";
  }
}

export function parseBody<T>(schema: z.ZodType<T>, worker: string, message: WorkerMessage): T {
  const parsed = schema.safeParse(message.body);
  if (!parsed.success) throw new MalformedMessageError(worker, message);
  return parsed.data;
}

/** The item id of a dead letter, when its body has one. */
export function itemIdOf(body: unknown): string | null {
  const parsed = itemMessage.safeParse(body);
  return parsed.success ? parsed.data.itemId : null;
}
