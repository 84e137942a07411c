/**
 * The compact form of the gazetteer's word lists: each phrase's 32-bit hash, sorted (base64 of varint gaps), and
 * a bit mask of the lists it is on. Decoding is one pass over numbers; a lookup is a binary search.
 */
import { hash } from './hash';

/** Looks phrases (lower-cased tokens joined by single spaces) up in the lists. */
export interface Gazetteer {
  /** The bit mask of the lists the phrase is on; 0 when none. */
  lookup(phrase: string): number;
  /** The most tokens a phrase is looked up with. */
  maxTokens: number;
}

/** The lists as bundled: sorted phrase hashes (base64 of varint gaps) and one mask byte per hash (base64). */
export interface EncodedGazetteer {
  hashes: string;
  masks: string;
}

/** Encodes lists of phrases, in bit order. Deterministic. */
export function encodeGazetteer(lists: string[][]): EncodedGazetteer {
  const masks = new Map<number, number>();
  lists.forEach((phrases, bit) => {
    for (const p of phrases) masks.set(hash(p), (masks.get(hash(p)) ?? 0) | (1 << bit));
  });
  const sorted = [...masks.keys()].sort((a, b) => a - b);
  const bytes: number[] = [];
  let last = 0;
  for (const h of sorted) {
    for (let v = h - last; ; v = Math.floor(v / 128)) {
      if (v < 128) {
        bytes.push(v);
        break;
      }
      bytes.push((v & 127) | 128);
    }
    last = h;
  }
  const b64 = (xs: number[]) => {
    let bin = '';
    for (let i = 0; i < xs.length; i += 8192) bin += String.fromCharCode(...xs.slice(i, i + 8192));
    return btoa(bin);
  };
  return { hashes: b64(bytes), masks: b64(sorted.map((h) => masks.get(h)!)) };
}

/** Decodes bundled lists into a gazetteer: a binary search over sorted hashes per lookup. */
export function decodeGazetteer(e: EncodedGazetteer): Gazetteer {
  const gaps = atob(e.hashes);
  const maskBytes = atob(e.masks);
  const keys = new Uint32Array(maskBytes.length);
  const masks = new Uint8Array(maskBytes.length);
  let h = 0;
  for (let i = 0, n = 0; i < gaps.length; n++) {
    let v = 0;
    let mul = 1;
    let b: number;
    do {
      b = gaps.charCodeAt(i++);
      v += (b & 127) * mul;
      mul *= 128;
    } while (b > 127);
    h += v;
    keys[n] = h;
    masks[n] = maskBytes.charCodeAt(n);
  }
  return {
    maxTokens: 4,
    lookup(phrase) {
      const x = hash(phrase);
      let lo = 0;
      let hi = keys.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const k = keys[mid]!;
        if (k < x) lo = mid + 1;
        else if (k > x) hi = mid - 1;
        else return masks[mid]!;
      }
      return 0;
    },
  };
}
