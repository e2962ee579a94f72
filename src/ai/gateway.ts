// The one gateway every model call goes through (DESIGN decision 3). Chat,
// compare, assistants, the API and MCP all stream through `streamReply`,
// which applies, in order: the caller's safety profile and the input check
// over the whole conversation, PII redaction of every message, the model
// call, the streaming output check (text is released only once it passed),
// and usage metering. The steps are language-model middleware, so nothing
// downstream can reach the provider without them.
import type { LanguageModelV4, LanguageModelV4Middleware, LanguageModelV4Prompt, LanguageModelV4StreamPart } from "@ai-sdk/provider";
import { retryWithExponentialBackoff } from "@ai-sdk/provider-utils";
import { APICallError, RetryError, wrapLanguageModel } from "ai";
import type { SafetyProfile } from "../auth/schema.ts";
import type { AiModel } from "./schema.ts";

export interface Caller {
  userId: string;
  roleId: string;
  safetyProfile: SafetyProfile;
}

/** Where a call comes from, so an incident can point at it. */
export interface CallContext {
  feature: "chat" | "compare" | "assistants" | "api" | "mcp";
  conversationId?: string;
  messageId?: string;
}

export interface Refusal {
  decision: "block" | "alert";
  /** The kind words shown instead of an answer. */
  message: string;
}

export interface Released {
  text: string;
  refusal?: Refusal;
}

/** Holds model output back until it has passed the output check. */
export interface OutputGuard {
  push(delta: string): Released | Promise<Released>;
  finish(): Released | Promise<Released>;
}

/** What the safety feature provides to the gateway. */
export interface SafetyGate {
  checkInput(input: { messages: { role: string; text: string }[]; caller: Caller; context: CallContext }): Promise<Refusal | undefined>;
  redact(text: string): string;
  outputGuard(input: { caller: Caller; context: CallContext }): OutputGuard;
}

export type GatewayEvent =
  | { type: "text"; text: string }
  | { type: "refused"; refusal: Refusal; stage: "input" | "output" }
  | { type: "finish"; finishReason: string; tokensIn: number; tokensOut: number };

export type TroubleKind = "timeout" | "rate_limited" | "provider_error" | "connection" | "config";

/** Provider trouble, with words a student or teacher can act on. */
export class ProviderTrouble extends Error {
  constructor(readonly kind: TroubleKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ProviderTrouble";
  }
}

export interface ReplyRequest {
  caller: Caller;
  context: CallContext;
  model: AiModel;
  languageModel: LanguageModelV4;
  messages: { role: "user" | "assistant"; content: string }[];
  instructions?: string;
  abortSignal?: AbortSignal;
  /** Gives up when the provider is silent this long (first chunk, and between chunks). */
  timeoutMs?: number;
}

class RefusedError extends Error {
  constructor(readonly refusal: Refusal, readonly stage: "input" | "output") {
    super(refusal.message);
  }
}

function promptText(prompt: LanguageModelV4Prompt): { role: string; text: string }[] {
  return prompt.map((m) => ({
    role: m.role,
    text: typeof m.content === "string" ? m.content : m.content.map((p) => ("text" in p && typeof p.text === "string" ? p.text : "")).join(""),
  }));
}

function redactPrompt(prompt: LanguageModelV4Prompt, redact: (t: string) => string): LanguageModelV4Prompt {
  return prompt.map((m) => {
    if (m.role === "system") return { ...m, content: redact(m.content) };
    return { ...m, content: m.content.map((p) => (p.type === "text" ? { ...p, text: redact(p.text) } : p)) } as typeof m;
  });
}

function safetyMiddleware(gate: SafetyGate, caller: Caller, context: CallContext): LanguageModelV4Middleware {
  return {
    specificationVersion: "v4",
    async transformParams({ params }) {
      // The whole conversation is checked, not only the last message.
      const refusal = await gate.checkInput({ messages: promptText(params.prompt), caller, context });
      if (refusal) throw new RefusedError(refusal, "input");
      return { ...params, prompt: redactPrompt(params.prompt, (t) => gate.redact(t)) };
    },
    async wrapStream({ doStream }) {
      const { stream, ...rest } = await doStream();
      const guard = gate.outputGuard({ caller, context });
      const reader = stream.getReader();
      let textId = "t";
      let done = false;
      // Pull-based, so a provider error still lets the guard check and release
      // what it was holding: the partial answer is kept, never unchecked text.
      const guarded = new ReadableStream<LanguageModelV4StreamPart>({
        async pull(controller) {
          const emit = (r: Released) => {
            if (r.text) controller.enqueue({ type: "text-delta", id: textId, delta: r.text });
            if (r.refusal) {
              done = true;
              controller.error(new RefusedError(r.refusal, "output"));
              void reader.cancel().catch(() => {});
            }
            return !r.refusal;
          };
          for (;;) {
            if (done) return;
            let next: Awaited<ReturnType<typeof reader.read>>;
            try {
              next = await reader.read();
            } catch (err) {
              done = true;
              if (emit(await guard.finish())) controller.error(err);
              return;
            }
            if (next.done) {
              done = true;
              if (emit(await guard.finish())) controller.close();
              return;
            }
            const part = next.value;
            if (part.type === "text-delta") {
              textId = part.id;
              const released = await guard.push(part.delta);
              if (!emit(released)) return;
              if (released.text) return; // one enqueue per pull keeps back-pressure honest
              continue;
            }
            if (part.type === "error") {
              if (!emit(await guard.finish())) return;
            } else if (part.type === "text-end" || part.type === "finish") {
              if (!emit(await guard.finish())) return;
            }
            controller.enqueue(part);
            return;
          }
        },
        cancel: (reason) => reader.cancel(reason),
      });
      return { ...rest, stream: guarded };
    },
  };
}

/** Streams one reply through every gate. Throws ProviderTrouble for provider failures. */
export async function* streamReply(gate: SafetyGate, req: ReplyRequest): AsyncGenerator<GatewayEvent> {
  const model = wrapLanguageModel({ model: req.languageModel, middleware: safetyMiddleware(gate, req.caller, req.context) });
  // Why not streamText: a reply is one text-only call, and streamText's
  // machinery (steps, tools, callbacks, a replay copy of every part) doubled
  // the CPU per token and kept each part in memory until the end (measured by
  // bench/stream.ts, docs/performance.md). The gateway calls the wrapped model
  // itself and keeps what streamText gave it: retries before anything was
  // streamed, and the usage at the end.
  const watchdog = new SilenceWatchdog(req.timeoutMs);
  const timedOut = () => watchdog.signal.aborted && !req.abortSignal?.aborted;
  const abortSignal = req.abortSignal ? AbortSignal.any([watchdog.signal, req.abortSignal]) : watchdog.signal;
  let reader: ReadableStreamDefaultReader<LanguageModelV4StreamPart> | undefined;
  try {
    const { stream } = await retryBeforeStreaming(req.abortSignal)(() => model.doStream({ prompt: promptOf(req), abortSignal }));
    watchdog.heard();
    const streamReader = (reader = stream.getReader());
    // A provider that sent its headers and then nothing may never notice the
    // abort: stop reading it ourselves.
    watchdog.onSilence = () => void streamReader.cancel().catch(() => {});
    for (;;) {
      const { done, value: part } = await streamReader.read();
      if (timedOut()) throw new ProviderTrouble("timeout", "The AI provider took too long to answer. Please try again.");
      // As streamText did: once the caller stops, nothing more is reported.
      if (done || req.abortSignal?.aborted) return;
      watchdog.heard();
      if (part.type === "text-delta") {
        if (part.delta) yield { type: "text", text: part.delta };
      } else if (part.type === "error") {
        throw part.error;
      } else if (part.type === "finish") {
        yield {
          type: "finish",
          finishReason: part.finishReason.unified,
          tokensIn: part.usage.inputTokens.total ?? 0,
          tokensOut: part.usage.outputTokens.total ?? 0,
        };
      }
    }
  } catch (err) {
    const refused = findRefusal(err);
    if (refused) {
      yield { type: "refused", refusal: refused.refusal, stage: refused.stage };
      return;
    }
    if (err instanceof ProviderTrouble) throw err;
    if (timedOut()) throw new ProviderTrouble("timeout", "The AI provider took too long to answer. Please try again.", { cause: err });
    if (req.abortSignal?.aborted) return;
    throw classify(err);
  } finally {
    watchdog.stop();
    // Leaving early (stop, a refusal, an error) closes the provider's stream.
    reader?.cancel().catch(() => {});
  }
}

function promptOf(req: ReplyRequest): LanguageModelV4Prompt {
  const prompt: LanguageModelV4Prompt = req.instructions ? [{ role: "system", content: req.instructions }] : [];
  for (const m of req.messages) prompt.push({ role: m.role, content: [{ type: "text", text: m.content }] });
  return prompt;
}

/**
 * streamText's retry policy: up to two retries of a retryable provider error
 * (429, 5xx) before anything was streamed, with exponential backoff from 2 s,
 * or the provider's retry-after when it asks for less than a minute.
 */
function retryBeforeStreaming(abortSignal: AbortSignal | undefined) {
  return retryWithExponentialBackoff({
    maxRetries: 2,
    ...(abortSignal ? { abortSignal } : {}),
    shouldRetry: async (error) => APICallError.isInstance(error) && error.isRetryable,
    getDelayInMs: ({ error, exponentialBackoffDelay }) => retryAfterMs(error) ?? exponentialBackoffDelay,
    createRetryError: ({ message, reason, errors }) => new RetryError({ message, reason, errors }),
  });
}

function retryAfterMs(error: unknown): number | undefined {
  const headers = APICallError.isInstance(error) ? error.responseHeaders : undefined;
  if (!headers) return undefined;
  const ms = headers["retry-after-ms"] ? parseFloat(headers["retry-after-ms"]) : headers["retry-after"] ? parseFloat(headers["retry-after"]) * 1000 : Number.NaN;
  return ms >= 0 && ms < 60_000 ? ms : undefined;
}

/**
 * A silence watchdog: the provider must say something (headers, then tokens)
 * within `ms`, every time. It covers a server that accepts the request and
 * then hangs, before or during the answer. One timer that re-arms itself,
 * rather than one cleared and set again for every token.
 */
class SilenceWatchdog {
  private readonly controller = new AbortController();
  private timer: Timer | undefined;
  private last = performance.now();
  onSilence: () => void = () => {};

  constructor(private readonly ms: number | undefined) {
    if (ms) this.arm(ms);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  heard(): void {
    this.last = performance.now();
  }

  stop(): void {
    clearTimeout(this.timer);
  }

  private arm(ms: number): void {
    this.timer = setTimeout(() => {
      const left = this.last + this.ms! - performance.now();
      if (left > 0) return this.arm(left);
      this.controller.abort();
      this.onSilence();
    }, ms);
  }
}

function findRefusal(err: unknown): RefusedError | undefined {
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof RefusedError) return e;
    const errors = (e as { errors?: unknown[] }).errors;
    if (Array.isArray(errors)) for (const inner of errors) if (inner instanceof RefusedError) return inner;
  }
  return undefined;
}

/** Provider failures in words a person can act on; details stay in the logs. */
export function classify(err: unknown): ProviderTrouble {
  if (err instanceof ProviderTrouble) return err;
  const all: unknown[] = [];
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    all.push(e);
    const errors = (e as { errors?: unknown[] }).errors;
    if (Array.isArray(errors)) all.push(...errors);
  }
  const status = all.map((e) => (APICallError.isInstance(e) ? e.statusCode : undefined)).find((s) => s !== undefined);
  const names = all.map((e) => `${(e as Error)?.name ?? ""} ${(e as Error)?.message ?? ""}`).join(" ");
  if (status === 429) return new ProviderTrouble("rate_limited", "The AI provider is busy right now (too many requests). Please try again in a moment.", { cause: err });
  if (status !== undefined && status >= 500) return new ProviderTrouble("provider_error", `The AI provider had a problem (error ${status}). Please try again.`, { cause: err });
  if (status === 401 || status === 403) return new ProviderTrouble("config", "The AI provider refused Atelier's credentials. Please tell your administrator.", { cause: err });
  if (/timeout|timed out/i.test(names)) return new ProviderTrouble("timeout", "The AI provider took too long to answer. Please try again.", { cause: err });
  if (status !== undefined && status >= 400) return new ProviderTrouble("provider_error", `The AI provider could not answer (error ${status}).`, { cause: err });
  return new ProviderTrouble("connection", "The connection to the AI provider was lost before the answer was complete. Please try again.", { cause: err });
}
