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

/** Rebuilds dense weights from their encoded form. */
export function decodeWeights(e: EncodedWeights): Weights {
  const bin = base64Bytes(e.emission);
  const size = e.buckets * TAG_COUNT;
  const emission = e.levels <= 127 ? new Int8Array(size) : new Int16Array(size);
  let k = -1;
  let i = 0;
  const varint = () => {
    let v = 0;
    let mul = 1;
    for (;;) {
      const b = bin[i++]!;
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

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const SEXTET = new Uint8Array(128);
for (let k = 0; k < 64; k++) SEXTET[ALPHABET.charCodeAt(k)] = k;

/** Base64 to bytes; faster than `atob` on a megabyte (Node's `atob` is not native code). */
function base64Bytes(s: string): Uint8Array {
  let len = s.length;
  while (len > 0 && s[len - 1] === '=') len--;
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let o = 0;
  for (let k = 0; k < len; k += 4) {
    const a = SEXTET[s.charCodeAt(k)]!;
    const b = SEXTET[s.charCodeAt(k + 1)]!;
    const c = k + 2 < len ? SEXTET[s.charCodeAt(k + 2)]! : 0;
    const d = k + 3 < len ? SEXTET[s.charCodeAt(k + 3)]! : 0;
    const v = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = v >> 16;
    if (k + 2 < len) out[o++] = (v >> 8) & 255;
    if (k + 3 < len) out[o++] = v & 255;
  }
  return out;
}
