import { describe, expect, it } from 'vitest';
import { decodeWeights, encodeWeights } from '../../lib/entities/model/codec';
import type { FeatureTable } from '../../lib/entities/model/features';
import { decode, TAG_COUNT, TAGS, Trainer, type Weights } from '../../lib/entities/model/perceptron';

const T = TAG_COUNT;
const tag = (name: (typeof TAGS)[number]) => TAGS.indexOf(name);

/** One feature per token: token i fires bucket `features[i]`. */
const oneEach = (features: number[]): FeatureTable => ({
  ids: Uint32Array.from(features),
  offsets: Uint32Array.from([...features.keys(), features.length]),
});

function weights(buckets: number, set: Array<[number, number, number]>): Weights {
  const emission = new Float32Array(buckets * T);
  for (const [bucket, t, v] of set) emission[bucket * T + t] = v;
  return { buckets, emission, transition: new Float32Array((T + 1) * T) };
}

describe('Viterbi decoding', () => {
  it('takes the best-scoring tags', () => {
    const w = weights(4, [
      [0, tag('B-PER'), 2],
      [1, tag('I-PER'), 2],
      [2, tag('O'), 1],
    ]);
    const out = new Uint8Array(3);
    decode(w, oneEach([0, 1, 2]), 0, 3, out);
    expect([...out].map((t) => TAGS[t])).toEqual(['B-PER', 'I-PER', 'O']);
  });

  it('never puts I-X after anything but B-X or I-X', () => {
    // Token 0 leans to O, token 1 strongly to I-LOC: the legal best is B-LOC there, not O → I-LOC.
    const w = weights(4, [
      [0, tag('O'), 1],
      [1, tag('I-LOC'), 5],
      [1, tag('B-LOC'), 4],
    ]);
    const out = new Uint8Array(2);
    decode(w, oneEach([0, 1]), 0, 2, out);
    expect([...out].map((t) => TAGS[t])).toEqual(['O', 'B-LOC']);
    decode(w, oneEach([1, 1]), 0, 2, out);
    expect(TAGS[out[0]!]).toBe('B-LOC');
  });

  it('decodes only the asked range', () => {
    const w = weights(2, [[1, tag('B-ORG'), 1]]);
    const out = new Uint8Array(3).fill(7);
    decode(w, oneEach([1, 1, 1]), 1, 2, out);
    expect([...out]).toEqual([7, tag('B-ORG'), 7]);
  });
});

describe('training and the compact form', () => {
  it('learns a toy tagging and survives encoding', () => {
    // Bucket 1 = "a capitalised word after 'in'" (LOC), bucket 2 = "a first name" (B-PER), 3 = its successor.
    const f = oneEach([0, 1, 0, 2, 3, 0]);
    const gold = Uint8Array.from([0, tag('B-LOC'), 0, tag('B-PER'), tag('I-PER'), 0]);
    const trainer = new Trainer(4);
    const scratch = new Uint8Array(6);
    for (let epoch = 0; epoch < 5; epoch++) trainer.learn(f, 0, 6, gold, scratch);
    const avg = trainer.averaged();
    const decoded = decodeWeights(encodeWeights(avg.emission, avg.transition, 4));
    expect(decoded.emission).toBeInstanceOf(Int8Array);
    const out = new Uint8Array(6);
    decode(decoded, f, 0, 6, out);
    expect([...out]).toEqual([...gold]);
  });

  it('round-trips weights within one quantisation step', () => {
    const emission = Float32Array.from({ length: 4 * T }, (_, k) => ((k * 37) % 11) - 5);
    const transition = new Float32Array((T + 1) * T).fill(0.5);
    const d = decodeWeights(encodeWeights(emission, transition, 4, 127));
    const step = 5 / 127;
    emission.forEach((v, k) => expect(Math.abs(d.emission[k]! * step - v)).toBeLessThanOrEqual(step / 2 + 1e-6));
    expect(d.transition[0]! * step).toBeCloseTo(0.5, 2);
  });
});
