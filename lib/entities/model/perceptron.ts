/**
 * A first-order structured perceptron over BIO tags: per-tag weights for hashed features plus tag-to-tag
 * transitions, decoded exactly with Viterbi under the BIO constraint (an I-X follows only B-X or I-X). Training
 * (Collins 2002) with weight averaging lives here too, so the decoder the product runs is the one training used.
 */
import type { FeatureTable } from './features';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export const TAG_COUNT = TAGS.length;
/** The entity type of a tag id: 0 none, 1 PER, 2 LOC, 3 ORG, 4 MISC. */
export const tagType = (tag: number) => (tag + 1) >> 1;
const isInside = (tag: number) => tag > 0 && tag % 2 === 0;

/** Weights: `emission[(featureHash & (buckets - 1)) * TAG_COUNT + tag]`, `transition[(prev + 1) * TAG_COUNT + tag]` (row 0: start). */
export interface Weights {
  buckets: number;
  emission: ArrayLike<number>;
  transition: ArrayLike<number>;
}

const allowed = (prev: number, tag: number) => !isInside(tag) || prev === tag || prev === tag - 1;

/** Transition scores with the BIO constraint folded in as -Infinity, cached per weights object. */
const constrained = new WeakMap<object, Float64Array>();
function transitions(w: Weights, training: boolean): Float64Array {
  let c = training ? undefined : constrained.get(w);
  if (c) return c;
  const T = TAG_COUNT;
  c = new Float64Array((T + 1) * T);
  for (let p = -1; p < T; p++) {
    for (let t = 0; t < T; t++) {
      const ok = p < 0 ? !isInside(t) : allowed(p, t);
      c[(p + 1) * T + t] = ok ? w.transition[(p + 1) * T + t]! : -Infinity;
    }
  }
  if (!training) constrained.set(w, c);
  return c;
}

let score = new Float64Array(0);
let back = new Uint8Array(0);

/**
 * The best tag sequence for tokens `[start, end)` of a feature table, written into `out`. `training` says the
 * weights change between calls (so the constrained transitions are not cached).
 */
export function decode(w: Weights, f: FeatureTable, start: number, end: number, out: Uint8Array, training = false): void {
  const n = end - start;
  if (n <= 0) return;
  const T = TAG_COUNT;
  if (score.length < n * T) {
    score = new Float64Array(n * T * 2);
    back = new Uint8Array(n * T * 2);
  }
  const trans = transitions(w, training);
  const mask = w.buckets - 1;
  const em = w.emission;
  const { ids, offsets } = f;
  for (let i = 0; i < n; i++) {
    let e0 = 0, e1 = 0, e2 = 0, e3 = 0, e4 = 0, e5 = 0, e6 = 0, e7 = 0, e8 = 0;
    const kEnd = offsets[start + i + 1]!;
    for (let k = offsets[start + i]!; k < kEnd; k++) {
      const b = (ids[k]! & mask) * 9;
      e0 += em[b]!; e1 += em[b + 1]!; e2 += em[b + 2]!; e3 += em[b + 3]!; e4 += em[b + 4]!;
      e5 += em[b + 5]!; e6 += em[b + 6]!; e7 += em[b + 7]!; e8 += em[b + 8]!;
    }
    const row = i * T;
    score[row] = e0; score[row + 1] = e1; score[row + 2] = e2; score[row + 3] = e3; score[row + 4] = e4;
    score[row + 5] = e5; score[row + 6] = e6; score[row + 7] = e7; score[row + 8] = e8;
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      if (i === 0) best = trans[t]!;
      else {
        const prevRow = row - T;
        // An I-X tag can only follow B-X or I-X: two candidates instead of nine.
        const from = isInside(t) ? t - 1 : 0;
        const to = isInside(t) ? t + 1 : T;
        for (let p = from; p < to; p++) {
          const s = score[prevRow + p]! + trans[(p + 1) * T + t]!;
          if (s > best) {
            best = s;
            arg = p;
          }
        }
      }
      score[row + t] = score[row + t]! + best;
      back[row + t] = arg;
    }
  }
  let tag = 0;
  const last = (n - 1) * T;
  for (let t = 1; t < T; t++) if (score[last + t]! > score[last + tag]!) tag = t;
  for (let i = n - 1; i >= 0; i--) {
    out[start + i] = tag;
    tag = back[i * T + tag]!;
  }
}

/** Weights being trained, with the running sums averaging needs. */
export class Trainer {
  readonly emission: Float32Array;
  readonly transition: Float32Array;
  private readonly emissionSum: Float64Array;
  private readonly transitionSum: Float64Array;
  private step = 1;

  constructor(readonly buckets: number) {
    this.emission = new Float32Array(buckets * TAG_COUNT);
    this.emissionSum = new Float64Array(buckets * TAG_COUNT);
    this.transition = new Float32Array((TAG_COUNT + 1) * TAG_COUNT);
    this.transitionSum = new Float64Array((TAG_COUNT + 1) * TAG_COUNT);
  }

  /** Decodes one sequence and, where it differs from `gold`, moves the weights toward gold. */
  learn(f: FeatureTable, start: number, end: number, gold: Uint8Array, scratch: Uint8Array): boolean {
    decode(this, f, start, end, scratch, true);
    const T = TAG_COUNT;
    let wrong = false;
    for (let i = start; i < end; i++) {
      const g = gold[i]!;
      const p = scratch[i]!;
      const gPrev = i === start ? -1 : gold[i - 1]!;
      const pPrev = i === start ? -1 : scratch[i - 1]!;
      if (g !== p) {
        wrong = true;
        for (let k = f.offsets[i]!; k < f.offsets[i + 1]!; k++) {
          const base = (f.ids[k]! & (this.buckets - 1)) * T;
          this.bump(this.emission, this.emissionSum, base + g, 1);
          this.bump(this.emission, this.emissionSum, base + p, -1);
        }
      }
      if (g !== p || gPrev !== pPrev) {
        this.bump(this.transition, this.transitionSum, (gPrev + 1) * T + g, 1);
        this.bump(this.transition, this.transitionSum, (pPrev + 1) * T + p, -1);
      }
    }
    this.step++;
    return wrong;
  }

  private bump(w: Float32Array, sum: Float64Array, k: number, d: number) {
    w[k] = w[k]! + d;
    sum[k] = sum[k]! + this.step * d;
  }

  /** The averaged weights: each weight's mean over every step of training. */
  averaged(): { emission: Float32Array; transition: Float32Array } {
    const avg = (w: Float32Array, sum: Float64Array) => w.map((v, k) => v - sum[k]! / this.step);
    return { emission: avg(this.emission, this.emissionSum), transition: avg(this.transition, this.transitionSum) };
  }
}
