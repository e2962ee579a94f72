// OpenAI's moderation endpoint (POST {baseURL}/moderations), or any server
// that speaks it. Its flagged categories become findings in ours.
import type { Category, Direction, Finding, Level } from "../engine/types.ts";
import { ModerationError, type ModerationAdapter } from "./types.ts";

export interface OpenAiModerationOptions {
  /** e.g. https://api.openai.com/v1 */
  baseURL: string;
  apiKey?: string;
  model?: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

interface ModerationResponse {
  results?: Array<{ flagged?: boolean; categories?: Record<string, boolean> }>;
}

/** OpenAI category -> ours; a disclosure of intent in a user's message is critical. */
function mapping(key: string, direction: Direction): { category: Category; level: Level } | null {
  switch (key) {
    case "sexual/minors":
    case "sexual":
      return { category: "sexual", level: "harmful" };
    case "harassment/threatening":
      return { category: "threat", level: "harmful" };
    case "harassment":
      return { category: "harassment", level: "mild" };
    case "hate/threatening":
    case "hate":
      return { category: "hate", level: "harmful" };
    case "illicit/violent":
      return { category: "weapons", level: "harmful" };
    case "illicit":
      return { category: "drugs", level: "harmful" };
    case "self-harm/intent":
      return { category: "self_harm", level: direction === "input" ? "critical" : "harmful" };
    case "self-harm/instructions":
      return { category: "self_harm", level: "harmful" };
    case "self-harm":
      return { category: "self_harm", level: "mild" };
    case "violence":
    case "violence/graphic":
      return { category: "violence", level: "mild" };
    default:
      return null;
  }
}

export function mapModerationResponse(body: ModerationResponse, direction: Direction): Finding[] {
  const result = body.results?.[0];
  if (!result || typeof result.categories !== "object") throw new ModerationError("openai", "moderation response has no results");
  const findings: Finding[] = [];
  for (const [key, flagged] of Object.entries(result.categories)) {
    if (flagged !== true) continue;
    const m = mapping(key, direction);
    if (m) findings.push({ ...m, rule: `openai.${key}`, source: "openai" });
  }
  return findings;
}

export function openAiModerationAdapter(options: OpenAiModerationOptions): ModerationAdapter {
  const doFetch = options.fetch ?? fetch;
  const url = `${options.baseURL.replace(/\/+$/, "")}/moderations`;
  return {
    name: "openai",
    async moderate(text: string, direction: Direction): Promise<Finding[]> {
      let response: Response;
      try {
        response = await doFetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}) },
          body: JSON.stringify({ model: options.model ?? "omni-moderation-latest", input: text }),
          signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
        });
      } catch (e) {
        throw new ModerationError("openai", `request failed: ${(e as Error).message}`);
      }
      if (!response.ok) throw new ModerationError("openai", `HTTP ${response.status}`, response.status);
      let body: ModerationResponse;
      try {
        body = (await response.json()) as ModerationResponse;
      } catch {
        throw new ModerationError("openai", "response is not JSON", response.status);
      }
      return mapModerationResponse(body, direction);
    },
  };
}
