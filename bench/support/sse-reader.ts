// Reads the chat's SSE stream as htmx's SSE extension would: unnamed events
// carry escaped text deltas, comments are heartbeats, and the stream ends with
// the event that swaps in the finished message (an <hx-partial>). Every event
// is stamped with the time its bytes arrived.
import { epochNow } from "./clock.ts";

export interface StreamReading {
  /** Arrival time and the answer's text length after each delta event. */
  deltas: { at: number; end: number }[];
  text: string;
  finalAt: number | undefined;
}

const entities: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };
export const unescape = (s: string) => (s.includes("&") ? s.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => entities[e]!) : s);

/**
 * `shown` is the text the conversation page already showed (a page opened
 * mid-answer carries the text saved so far, and its stream resumes after it):
 * the reader saw it when the page arrived.
 */
export async function readChatStream(res: Response, shown: { text: string; at: number }): Promise<StreamReading> {
  const reading: StreamReading = { deltas: [], text: shown.text, finalAt: undefined };
  if (shown.text) reading.deltas.push({ at: shown.at, end: shown.text.length });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const at = epochNow();
    buffer += decoder.decode(value, { stream: true });
    let cut: number;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      let data: string | undefined;
      for (const line of block.split("\n")) {
        if (!line.startsWith("data:")) continue;
        const value = line.slice(line[5] === " " ? 6 : 5);
        data = data === undefined ? value : `${data}\n${value}`;
      }
      if (data === undefined) continue; // a comment: heartbeat or "connected"
      if (data.startsWith("<hx-partial")) {
        reading.finalAt = at;
        await reader.cancel().catch(() => {});
        return reading;
      }
      reading.text += unescape(data);
      reading.deltas.push({ at, end: reading.text.length });
    }
  }
  return reading;
}
