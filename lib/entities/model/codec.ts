/**
 * The compact form the weights are committed and bundled in: emission weights quantised to integers on one
 * scale and stored sparse (varint gap to the next non-zero weight, then its zig-zag varint value), base64; the
 * few transition weights as plain numbers on the same scale. Decoding rebuilds a dense Int16Array.
 */
import { TAG_COUNT, type Weights } from './perceptron';

/** A model as it is written in weights.ts. */
export interface EncodedWeights {
  buckets: number;
  /** Base64 of the sparse emission stream. */
  emission: string;
  transition: number[];
}

/** Quantises weights to steps of max|w| / `levels` (weights under half a step become zero) and encodes them. */
export function encodeWeights(
  emission: Float32Array,
  transition: Float32Array,
  buckets: number,
  levels = 1000,
): EncodedWeights {
  let max = 0;
  for (const v of emission) max = Math.max(max, Math.abs(v));
  const step = max / levels || 1;
  const bytes: number[] = [];
  const varint = (v: number) => {
    while (v > 127) {
      bytes.push((v & 127) | 128);
      v = Math.floor(v / 128);
    }
    bytes.push(v);
  };
  let last = -1;
  for (let k = 0; k < emission.length; k++) {
    const q = Math.round(emission[k]! / step);
    if (q === 0) continue;
    varint(k - last - 1);
    varint(q < 0 ? -2 * q - 1 : 2 * q);
    last = k;
  }
  let bin = '';
  for (let i = 0; i < bytes.length; i += 8192) bin += String.fromCharCode(...bytes.slice(i, i + 8192));
  const base64 = btoa(bin);
  return { buckets, emission: base64, transition: [...transition].map((v) => Math.round((v / step) * 100) / 100) };
}

/** Rebuilds dense weights from their encoded form. */
export function decodeWeights(e: EncodedWeights): Weights {
  const bin = atob(e.emission);
  const emission = new Int16Array(e.buckets * TAG_COUNT);
  let k = -1;
  let i = 0;
  const varint = () => {
    let v = 0;
    let mul = 1;
    for (;;) {
      const b = bin.charCodeAt(i++);
      v += (b & 127) * mul;
      if (b < 128) return v;
      mul *= 128;
    }
  };
  while (i < bin.length) {
    k += varint() + 1;
    const z = varint();
    emission[k] = z & 1 ? -(z + 1) / 2 : z / 2;
  }
  return { buckets: e.buckets, emission, transition: Float64Array.from(e.transition) };
}
