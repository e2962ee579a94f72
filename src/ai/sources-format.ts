// How retrieved passages travel with a question to a model: after a marker,
// numbered so the answer can cite them. One format, written by grounding and
// read back by the offline model (which has no other way to use them).
export const SOURCES_MARKER = "\n\n---\nSources from your knowledge bases (cite them as [1], [2], …):";

export interface SourcePassage {
  title: string;
  where: string;
  text: string;
}

export function appendSources(question: string, passages: SourcePassage[]): string {
  return question + SOURCES_MARKER + passages.map((p, i) => `\n[${i + 1}] ${p.title}${p.where ? ` (${p.where})` : ""}\n${p.text.trim()}`).join("\n");
}

/** The question and its passages, from text written by appendSources. */
export function splitSources(text: string): { question: string; passages: { n: number; header: string; text: string }[] } {
  const at = text.indexOf(SOURCES_MARKER);
  if (at < 0) return { question: text, passages: [] };
  const passages: { n: number; header: string; text: string }[] = [];
  for (const block of text.slice(at + SOURCES_MARKER.length).split(/\n(?=\[\d+\] )/)) {
    const m = block.trim().match(/^\[(\d+)\] ([^\n]*)\n([\s\S]*)$/);
    if (m) passages.push({ n: Number(m[1]), header: m[2]!, text: m[3]!.trim() });
  }
  return { question: text.slice(0, at), passages };
}
