// Reads an SSE response the way htmx's extension does: events with their id,
// name and (multi-line) data, plus the raw bytes for assertions.
export interface ReceivedEvent {
  id?: string;
  event?: string;
  data: string;
  at: number;
}

export async function readSse(res: Response, opts: { until?: (e: ReceivedEvent) => boolean; maxEvents?: number } = {}) {
  const events: ReceivedEvent[] = [];
  let raw = "";
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let current: Partial<ReceivedEvent> & { data?: string } = {};
  outer: for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const chunk = decoder.decode(value, { stream: true });
    raw += chunk;
    buffer += chunk;
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) {
      if (line === "") {
        if (current.data !== undefined || current.event) {
          const e: ReceivedEvent = { id: current.id, event: current.event, data: current.data ?? "", at: performance.now() };
          events.push(e);
          if (opts.until?.(e) || (opts.maxEvents && events.length >= opts.maxEvents)) {
            await reader.cancel();
            break outer;
          }
        }
        current = {};
        continue;
      }
      if (line.startsWith(":")) continue;
      const colon = line.indexOf(":");
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
      if (field === "data") current.data = current.data === undefined ? value : `${current.data}\n${value}`;
      else if (field === "id") current.id = value;
      else if (field === "event") current.event = value;
    }
  }
  return { events, raw };
}

/** The text deltas of a stream, decoded as the browser would show them. */
export function deltaText(events: ReceivedEvent[]): string {
  return events
    .filter((e) => !e.data.includes("<hx-partial"))
    .map((e) => e.data.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&"))
    .join("");
}
