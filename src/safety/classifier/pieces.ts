// What the classifier reads of one text: the whole message when it is as
// short as the messages it learned from (every labeled line is under 600
// characters), otherwise windows of a few sentences. The text's score is the
// most worrying piece's, in the cross-validation and in the engine alike.
// Reading each sentence of a short message alone was measured too: it found
// more disclosures tucked behind a homework question but raised more allow
// lines, so the calibrated gates rose and recall fell overall (see
// docs/safety-evaluation.md). A disclosure diluted in a long benign message
// is left to the rules.
import { contextOf, type TextContext } from "../engine/context.ts";
import { featurize, type FeatureOptions, type FeatureVector, type ProfileKind } from "./features.ts";

const wholeText = 600;
const windowSize = 400;

export interface Piece {
  start: number;
  end: number;
  x: FeatureVector;
}

/** Features of every piece of a normalized text; the first piece (or window) starts the whole text. */
export function piecesOf(ctx: TextContext, kind: ProfileKind, options: FeatureOptions): Piece[] {
  const text = ctx.n.text;
  return windows(text).map(([start, end]) => {
    if (start === 0 && end === text.length) return { start, end, x: featurize({ ctx, profile: kind }, options) };
    // A window has its own context flags: a lesson plan three paragraphs up does not make this passage schoolwork.
    const n = { ...ctx.n, text: text.slice(start, end), obfuscations: ctx.n.obfuscations.filter((o) => o.start >= start && o.end <= end).map((o) => ({ ...o, start: o.start - start, end: o.end - start })), quotes: [] };
    return { start, end, x: featurize({ ctx: contextOf(n, ctx.direction, ctx.firstNames), profile: kind }, options) };
  });
}

/** The whole text when short; otherwise runs of whole sentences up to `windowSize` characters. */
export function windows(text: string): Array<[number, number]> {
  if (text.length <= wholeText) return [[0, text.length]];
  const out: Array<[number, number]> = [];
  const ends = [...text.matchAll(/[.!?\n]+\s*/g)].map((m) => m.index + m[0].length);
  let start = 0;
  let last = 0;
  for (const end of [...ends, text.length]) {
    if (end - start > windowSize && last > start) {
      out.push([start, last]);
      start = last;
    }
    // One sentence longer than a window is cut into windows too.
    while (end - start > windowSize * 1.5) {
      out.push([start, start + windowSize]);
      start += windowSize;
    }
    last = end;
  }
  if (last > start) out.push([start, last]);
  return out;
}
