/**
 * The compact form the weights are committed and bundled in: emission weights quantised to integers on one
 * scale and stored sparse (varint gap to the next non-zero weight, then its zig-zag varint value), base64; the
 * few transition weights as plain numbers on the same scale. Decoding rebuilds a dense Int16Array.
 */
import { TAG_COUNT, type Weights } from './perceptron';

/** A model as it is written in weights.ts. */
export interface EncodedWeights {
  buckets: number;
  /** The largest absolute quantised value: up to 127, the weights decode into an Int8Array. */
  levels: number;
  /** Base64 of the sparse emission stream. */
  emission: string;
  transition: number[];
}

/** Quantises weights to steps of max|w| / `levels` (weights under half a step become zero) and encodes them. */
export function encodeWeights(
  emission: Float32Array,
  transition: Float32Array,
  buckets: number,
  levels = 127,
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
  return { buckets, levels, emission: base64, transition: [...transition].map((v) => Math.round((v / step) * 100) / 100) };
}

/** Rebuilds dense weights from their encoded form. One flat loop: it runs once, mostly before the JIT warms. */
export function decodeWeights(e: EncodedWeights): Weights {
  const bin = atob(e.emission);
  const size = e.buckets * TAG_COUNT;
  const emission = e.levels <= 127 ? new Int8Array(size) : new Int16Array(size);
  let k = -1;
  for (let i = 0; i < bin.length; ) {
    let gap = 0;
    let mul = 1;
    let b: number;
    do {
      b = bin.charCodeAt(i++);
      gap += (b & 127) * mul;
      mul *= 128;
    } while (b > 127);
    let z = 0;
    mul = 1;
    do {
      b = bin.charCodeAt(i++);
      z += (b & 127) * mul;
      mul *= 128;
    } while (b > 127);
    k += gap + 1;
    emission[k] = z & 1 ? -(z + 1) / 2 : z / 2;
  }
  return { buckets: e.buckets, emission, transition: Float64Array.from(e.transition) };
}
