// Server-Sent Events as a Response: events from an async source, a comment
// heartbeat so proxies and Bun's idle timeout never cut a quiet stream, and an
// abort signal that fires when the browser goes away. Multi-line data is sent
// as several `data:` lines (the browser joins them with newlines).
export interface SseEvent {
  id?: string | number;
  event?: string;
  data: string;
}

export function formatSse(e: SseEvent): string {
  let out = "";
  if (e.id !== undefined) out += `id: ${e.id}\n`;
  if (e.event) out += `event: ${e.event}\n`;
  for (const line of e.data.split(/\r\n|\r|\n/)) out += `data: ${line}\n`;
  return out + "\n";
}

export interface SseOptions {
  heartbeatMs?: number;
  headers?: Record<string, string>;
  /** Called when the stream ends, whether the source finished or the reader left. */
  onClose?: () => void;
}

const encoder = new TextEncoder();

export function sseResponse(source: (signal: AbortSignal) => AsyncIterable<SseEvent>, opts: SseOptions = {}): Response {
  const abort = new AbortController();
  let heartbeat: Timer | undefined;
  const stop = () => {
    clearInterval(heartbeat);
    if (!abort.signal.aborted) {
      abort.abort();
      opts.onClose?.();
    }
  };
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const write = (text: string) => {
        if (abort.signal.aborted) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      write(": connected\n\n");
      heartbeat = setInterval(() => write(": heartbeat\n\n"), opts.heartbeatMs ?? 15_000);
      try {
        for await (const event of source(abort.signal)) {
          if (abort.signal.aborted) break;
          write(formatSse(event));
        }
      } catch {
        // The source failed: end the stream; the reader will reconnect and catch up.
      } finally {
        const wasOpen = !abort.signal.aborted;
        stop();
        if (wasOpen) {
          try {
            controller.close();
          } catch {
            // already closed by the reader
          }
        }
      }
    },
    cancel() {
      stop();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
      ...opts.headers,
    },
  });
}
