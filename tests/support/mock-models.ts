// MockLanguageModelV4 streams with delays, as the chat tests need them.
import type { LanguageModelV4StreamPart } from "@ai-sdk/provider";
import { simulateReadableStream } from "ai";
import { MockLanguageModelV4 } from "ai/test";

export const usage = (input: number, output: number) => ({
  inputTokens: { total: input, noCache: input, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: output, text: output, reasoning: undefined },
});

export function textParts(tokens: string[], opts: { error?: Error } = {}): LanguageModelV4StreamPart[] {
  return [
    { type: "stream-start", warnings: [] },
    { type: "text-start", id: "t1" },
    ...tokens.map((delta) => ({ type: "text-delta" as const, id: "t1", delta })),
    ...(opts.error
      ? [{ type: "error" as const, error: opts.error }]
      : [
          { type: "text-end" as const, id: "t1" },
          { type: "finish" as const, finishReason: { unified: "stop" as const, raw: "stop" }, usage: usage(12, tokens.length) },
        ]),
  ];
}

/** A model streaming `tokens` with `chunkDelayMs` between parts; `signals` records each call's abort signal. */
export function streamingModel(tokens: string[], opts: { chunkDelayMs?: number; initialDelayMs?: number; error?: Error } = {}) {
  const signals: AbortSignal[] = [];
  const model = new MockLanguageModelV4({
    doStream: async (call) => {
      if (call.abortSignal) signals.push(call.abortSignal);
      const stream = simulateReadableStream({
        chunks: textParts(tokens, { error: opts.error }),
        chunkDelayInMs: opts.chunkDelayMs ?? 20,
        initialDelayInMs: opts.initialDelayMs ?? 0,
      });
      // Like a real provider, stop producing when the call is aborted.
      const reader = stream.getReader();
      const aborted = new ReadableStream<LanguageModelV4StreamPart>({
        async pull(controller) {
          if (call.abortSignal?.aborted) return controller.error(call.abortSignal.reason);
          const { done, value } = await reader.read();
          if (done) controller.close();
          else controller.enqueue(value);
        },
        cancel: () => reader.cancel(),
      });
      return { stream: aborted };
    },
  });
  return { model, signals };
}
