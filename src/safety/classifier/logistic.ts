// Several binary logistic regressions over the same sparse hashed features,
// trained together with AdaGrad and L2. Everything is deterministic: a seeded
// shuffle, fixed epochs and float32 weights, so the same data gives the same
// model byte for byte on any machine.
import type { FeatureVector } from "./features.ts";

export interface TrainingExample {
  x: FeatureVector;
  /** One 0/1 label per head. */
  y: Uint8Array;
}

export interface TrainOptions {
  epochs: number;
  /** AdaGrad base step. */
  rate: number;
  /** L2 penalty per step on the active weights. */
  l2: number;
  seed: number;
  /** Positives are up-weighted by (negatives/positives)^balance, at most `maxPositiveWeight`. */
  balance: number;
  maxPositiveWeight: number;
}

export const defaultTrainOptions: TrainOptions = { epochs: 12, rate: 0.5, l2: 1e-5, seed: 7, balance: 0.5, maxPositiveWeight: 6 };

export interface LinearHeads {
  heads: readonly string[];
  buckets: number;
  /** Bucket-major: weights[bucket * heads.length + head], so one bucket's heads sit together. */
  weights: Float32Array;
  bias: Float32Array;
}

/** Mulberry32: a tiny seeded generator, enough for a reproducible shuffle. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function trainHeads(heads: readonly string[], buckets: number, data: readonly TrainingExample[], options: TrainOptions = defaultTrainOptions): LinearHeads {
  const k = heads.length;
  const weights = new Float64Array(buckets * k);
  const squares = new Float64Array(buckets * k);
  const bias = new Float64Array(k);
  const biasSquares = new Float64Array(k);
  const positiveWeight = heads.map((_, h) => {
    const pos = data.reduce((n, e) => n + e.y[h]!, 0);
    const neg = data.length - pos;
    return pos === 0 ? 1 : Math.min(options.maxPositiveWeight, Math.max(1, (neg / pos) ** options.balance));
  });
  const next = random(options.seed);
  const order = data.map((_, i) => i);
  const gradient = new Float64Array(k);
  const z = new Float64Array(k);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const at of order) {
      const { x, y } = data[at]!;
      const index = x.index;
      const v = x.value;
      const n = index.length;
      for (let h = 0; h < k; h++) z[h] = bias[h]!;
      for (let i = 0; i < n; i++) {
        const row = index[i]! * k;
        for (let h = 0; h < k; h++) z[h] = z[h]! + weights[row + h]! * v;
      }
      for (let h = 0; h < k; h++) {
        const label = y[h]!;
        const g = (sigmoid(z[h]!) - label) * (label ? positiveWeight[h]! : 1);
        gradient[h] = g * v;
        biasSquares[h] = biasSquares[h]! + g * g;
        bias[h] = bias[h]! - (options.rate * g) / Math.sqrt(biasSquares[h]! + 1e-8);
      }
      for (let i = 0; i < n; i++) {
        const row = index[i]! * k;
        for (let h = 0; h < k; h++) {
          const at = row + h;
          const w = weights[at]!;
          const g = gradient[h]! + options.l2 * w;
          const s2 = squares[at]! + g * g;
          squares[at] = s2;
          weights[at] = w - (options.rate * g) / Math.sqrt(s2 + 1e-8);
        }
      }
    }
  }
  return { heads, buckets, weights: Float32Array.from(weights), bias: Float32Array.from(bias) };
}

/** The probability of each head for one text. */
export function scoreHeads(model: LinearHeads, x: FeatureVector): Float64Array {
  const k = model.heads.length;
  const z = Float64Array.from(model.bias);
  for (const b of x.index) {
    if (b >= model.buckets) continue;
    const row = b * k;
    for (let h = 0; h < k; h++) z[h] = z[h]! + model.weights[row + h]! * x.value;
  }
  for (let h = 0; h < k; h++) z[h] = sigmoid(z[h]!);
  return z;
}
