// A remote moderation service seen through our categories. Adapters only
// report findings; the profile decides what they mean, as for local rules.
import type { Direction, Finding } from "../engine/types.ts";

export interface ModerationAdapter {
  readonly name: "bedrock" | "openai";
  /** Findings for `text`; throws (or rejects) when the service cannot answer. */
  moderate(text: string, direction: Direction): Promise<Finding[]>;
}

export class ModerationError extends Error {
  constructor(
    readonly service: string,
    message: string,
    readonly status?: number,
  ) {
    super(`${service}: ${message}`);
    this.name = "ModerationError";
  }
}
