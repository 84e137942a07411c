/**
 * Turns tokens into hashed feature ids, per token: the word, its shape, affixes, its neighbours, sentence position,
 * whether it stands in an all-capitals headline or dateline, gazetteer matches, and document-level casing (how the
 * same word is written elsewhere in the text, so "BRATISLAVA" borrows what the body knows of "Bratislava"). The
 * second pass adds what the first pass predicted for the same word elsewhere in the document. Pure.
 */
import { GAZETTEER_LISTS, matchGazetteer, type Gazetteer } from './gazetteer';
import type { Token } from './tokenise';

/** Per-token views of a document that every feature reads. */
export interface Prepared {
  tokens: Token[];
  lower: string[];
  shapes: string[];
  capitalised: boolean[];
  /** The token begins a sentence (first, after . ! ? : or a line break). */
  initial: boolean[];
  /** The token stands in a stretch written mostly in capitals (a headline or a dateline). */
  capsLine: boolean[];
  /** Sequence boundaries for decoding: token index ranges `[start, end)`. */
  segments: Array<[number, number]>;
}

const HAS_UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;

/** A word's shape with runs collapsed: "Kerry" → "Xx", "U.S." → "X.X.", "1996-08-22" → "d-d-d". */
export function shape(word: string): string {
  let out = '';
  let prev = '';
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c !== prev || !/[Xxd]/.test(c)) out += c;
    prev = c;
  }
  return out;
}

/** Lower-cases and replaces digits by 0, so "1996" and "1997" share a feature. */
export function normalise(word: string): string {
  return word.toLowerCase().replace(/\p{N}/gu, '0');
}

/** Computes the per-token views of a tokenised document. */
export function prepare(tokens: Token[]): Prepared {
  const n = tokens.length;
  const lower = tokens.map((t) => normalise(t.text));
  const shapes = tokens.map((t) => shape(t.text));
  const capitalised = tokens.map((t) => HAS_UPPER.test(t.text[0] ?? ''));
  const initial: boolean[] = new Array<boolean>(n);
  const segments: Array<[number, number]> = [];
  let segStart = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]?.text ?? '';
    initial[i] = i === 0 || t.lineStart || /^[.!?:]$/.test(prev) || (/^["']$/.test(prev) && initial[i - 1] === true);
    if (i > segStart && (t.lineStart || /^[.!?]$/.test(prev))) {
      segments.push([segStart, i]);
      segStart = i;
    }
  }
  if (n > segStart) segments.push([segStart, n]);
  const capsLine: boolean[] = new Array<boolean>(n).fill(false);
  for (const [s, e] of segments) {
    let words = 0;
    let caps = 0;
    for (let i = s; i < e; i++) {
      const w = tokens[i]!.text;
      if (!LETTER.test(w)) continue;
      words++;
      if (w.length > 1 && w === w.toUpperCase() && HAS_UPPER.test(w)) caps++;
    }
    if (words > 0 && caps / words > 0.6) capsLine.fill(true, s, e);
  }
  return { tokens, lower, shapes, capitalised, initial, capsLine, segments };
}

/** How each word is written where its casing means something: mid-sentence, outside capitals lines. */
function casingSeen(p: Prepared): Map<string, number> {
  const seen = new Map<string, number>();
  for (let i = 0; i < p.tokens.length; i++) {
    if (p.initial[i] || p.capsLine[i]) continue;
    const w = p.tokens[i]!.text;
    if (!LETTER.test(w)) continue;
    const bit = p.capitalised[i] ? (w.length > 1 && w === w.toUpperCase() ? 4 : 2) : 1;
    seen.set(p.lower[i]!, (seen.get(p.lower[i]!) ?? 0) | bit);
  }
  return seen;
}

/** FNV-1a, 32 bits, over UTF-16 units. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Hashed features of a document: token `i` owns `ids[offsets[i]] … ids[offsets[i + 1] - 1]`. */
export interface FeatureTable {
  ids: Uint32Array;
  offsets: Uint32Array;
}

/** Builds a table from per-token feature-string lists, hashing into `buckets` (a power of two). */
export function table(perToken: string[][], buckets: number): FeatureTable {
  let total = 0;
  for (const f of perToken) total += f.length;
  const ids = new Uint32Array(total);
  const offsets = new Uint32Array(perToken.length + 1);
  let k = 0;
  perToken.forEach((fs, i) => {
    offsets[i] = k;
    for (const f of fs) ids[k++] = hash(f) & (buckets - 1);
  });
  offsets[perToken.length] = k;
  return { ids, offsets };
}

const gazNames = (mask: number, prefix: string, out: string[]) => {
  for (let b = 0; b < GAZETTEER_LISTS.length; b++) if (mask & (1 << b)) out.push(prefix + GAZETTEER_LISTS[b]!);
};

/** The local and document-casing features of every token, as strings. */
export function localFeatures(p: Prepared, gaz: Gazetteer): string[][] {
  const n = p.tokens.length;
  const { begin, inside } = matchGazetteer(p.lower, p.capitalised, gaz);
  const seen = casingSeen(p);
  const w = (i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : p.lower[i]!);
  const sh = (i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : p.shapes[i]!);
  const out: string[][] = new Array<string[]>(n);
  for (let i = 0; i < n; i++) {
    const lw = p.lower[i]!;
    const s = p.shapes[i]!;
    const caps = p.capsLine[i] ? 'C' : 'c';
    const init = p.initial[i] ? 'I' : 'i';
    const f: string[] = [
      'b',
      'w=' + lw,
      's=' + s,
      'sp=' + s + caps + init,
      'w-1=' + w(i - 1),
      'w+1=' + w(i + 1),
      'w-2=' + w(i - 2),
      'w+2=' + w(i + 2),
      'ww-=' + w(i - 1) + '|' + lw,
      'ww+=' + lw + '|' + w(i + 1),
      's-1=' + sh(i - 1),
      's+1=' + sh(i + 1),
      'sss=' + sh(i - 1) + '|' + s + '|' + sh(i + 1),
      'ws-=' + w(i - 1) + '|' + s,
      'ws+=' + s + '|' + w(i + 1),
    ];
    const len = lw.length;
    for (let k = 1; k <= 4 && k < len; k++) f.push(`p${k}=${lw.slice(0, k)}`, `x${k}=${lw.slice(len - k)}`);
    if (p.capitalised[i]) {
      const bits = seen.get(lw) ?? 0;
      f.push(`dc=${bits}${caps}${init}`);
    }
    gazNames(begin[i]!, 'gB=', f);
    gazNames(inside[i]!, 'gI=', f);
    if (i > 0) gazNames(begin[i - 1]! | inside[i - 1]!, 'g-1=', f);
    if (i + 1 < n) gazNames(begin[i + 1]! | inside[i + 1]!, 'g+1=', f);
    out[i] = f;
  }
  return out;
}

/** The first pass's tag ids, by type: 0 none, 1 PER, 2 LOC, 3 ORG, 4 MISC; and whether inside a longer entity. */
export interface FirstPass {
  type: Uint8Array;
  multi: Uint8Array;
}

const TYPES = ['', 'PER', 'LOC', 'ORG', 'MISC'];

/**
 * Document-level features from the first pass: how the same capitalised word was typed at its other occurrences
 * (majority type, and the type of any longer name it is part of: "Kerry" in "John Kerry").
 */
export function documentFeatures(p: Prepared, first: FirstPass, base: string[][]): string[][] {
  const n = p.tokens.length;
  const counts = new Map<string, Int32Array>();
  for (let i = 0; i < n; i++) {
    if (!p.capitalised[i] || !LETTER.test(p.lower[i]!)) continue;
    let c = counts.get(p.lower[i]!);
    if (!c) counts.set(p.lower[i]!, (c = new Int32Array(10)));
    c[first.type[i]!]!++;
    if (first.multi[i]) c[5 + first.type[i]!]!++;
  }
  return base.map((f, i) => {
    const c = counts.get(p.lower[i]!);
    if (!c) return f;
    const out = f.slice();
    let best = 0;
    let bestCount = 0;
    let others = 0;
    for (let t = 0; t < 5; t++) {
      const k = c[t]! - (first.type[i] === t ? 1 : 0);
      others += k;
      if (k > bestCount) {
        best = t;
        bestCount = k;
      }
    }
    if (others === 0) out.push('nl=alone');
    else out.push('nl=' + (TYPES[best] || 'O'), 'nlw=' + (TYPES[best] || 'O') + '|' + p.shapes[i]);
    for (let t = 1; t < 5; t++) {
      const k = c[5 + t]! - (first.multi[i] && first.type[i] === t ? 1 : 0);
      if (k > 0) out.push('nlm=' + TYPES[t]);
    }
    return out;
  });
}
