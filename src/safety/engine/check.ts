// The engine's public entry points. `checkText` judges one text for one
// direction; `checkConversation` judges everything that will be sent to a
// provider, every turn (assistant turns too), not only the last message.
import { createRedactor, type PiiOptions } from "../pii/index.ts";
import { combine, decide, fromMatches, type Redact } from "./decide.ts";
import { detect } from "./detect.ts";
import { resolveProfile, type Profile, type ProfileId } from "./profiles.ts";
import type { Decision, Direction } from "./types.ts";

export interface CheckInput {
  text: string;
  direction: Direction;
  profile: Profile | ProfileId;
  context?: CheckContext;
}

export interface CheckContext {
  /** Text that came before (earlier turns, the already released part of an answer): it frames this one (a lesson, a story). */
  previous?: string;
  /** District student-id formats for redacting evidence. */
  pii?: PiiOptions;
}

const defaultRedact = createRedactor();

export function checkText(input: CheckInput): Decision {
  if (typeof input.text !== "string") throw new TypeError("checkText: text must be a string");
  const profile = resolveProfile(input.profile);
  const redact: Redact = input.context?.pii ? createRedactor(input.context.pii) : defaultRedact;
  const { findings } = detect(input.text, input.direction, profile, input.context?.previous);
  return decide(findings, profile, input.direction, input.text, redact);
}

export type ChatRole = "system" | "user" | "assistant" | "tool";

export interface ChatMessage {
  role: ChatRole;
  content: string;
  /** The caller's id for the message, so incidents can point at it. */
  id?: string;
}

export interface ConversationDecision extends Decision {
  /** One decision per message, in order; the caller records incidents for the ones it has not seen before. */
  perMessage: Decision[];
}

/**
 * Checks every message that will reach the provider. User and tool turns are
 * read as input, assistant turns as output; a system prompt is checked too,
 * but it may give the model instructions, so prompt-injection rules skip it.
 * Two consecutive user turns are also read together, so a request split
 * across messages ("how do i make a" / "pipe bomb") is still seen.
 */
export function checkConversation(messages: readonly ChatMessage[], profileIn: Profile | ProfileId, context: CheckContext = {}): ConversationDecision {
  const profile = resolveProfile(profileIn);
  const perMessage: Decision[] = [];
  let previous = "";
  let lastUser: string | null = null;
  const joined: Decision[] = [];
  for (const message of messages) {
    const direction: Direction = message.role === "assistant" ? "output" : "input";
    let decision = checkText({ text: message.content, direction, profile, context: { ...context, previous: previous.slice(-2000) } });
    if (message.role === "system") decision = withoutInjection(decision, direction);
    perMessage.push(decision);
    if (message.role === "user") {
      if (lastUser !== null) {
        const both = checkText({ text: `${lastUser}\n${message.content}`, direction: "input", profile, context });
        joined.push(both);
      }
      lastUser = message.content;
    } else if (message.role === "assistant") lastUser = null;
    previous += `\n${message.content}`;
  }
  const decision = combine([...perMessage, ...joined], "input");
  return { ...decision, perMessage };
}

function withoutInjection(d: Decision, direction: Direction): Decision {
  if (!d.categories.includes("prompt_injection")) return d;
  return fromMatches(d.matches.filter((m) => m.category !== "prompt_injection"), direction);
}
