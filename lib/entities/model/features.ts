/**
 * Turns prepared tokens into hashed feature ids, per token: the word, its shape, affixes, its neighbours, sentence
 * position, whether it stands in an all-capitals headline or dateline, gazetteer and dictionary matches, and
 * document-level casing (how the same word is written elsewhere in the text, so "BRATISLAVA" borrows what the body
 * knows of "Bratislava"). The second pass adds what the first pass predicted for the same word elsewhere. Pure.
 */
import { isCommonWord, matchGazetteer } from './gazetteer';
import type { Gazetteer } from './gazetteer-codec';
import { hash, mix } from './hash';
import type { Prepared } from './prepare';

const LETTER = /\p{L}/u;
const PRONOUN = /^(?:he|she|his|her|him|himself|herself)$/;

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

/**
 * Hashed features of a document: token `i` owns `ids[offsets[i]] … ids[offsets[i + 1] - 1]`, 32-bit hashes that
 * a model masks to its bucket count. Features are combined from numbers rather than built as strings, into one
 * typed array: the hot path allocates little.
 */
export interface FeatureTable {
  ids: Uint32Array;
  offsets: Uint32Array;
}

/** Appends feature ids token by token into a growing typed array. */
class Sink {
  ids: Uint32Array;
  k = 0;
  readonly offsets: Uint32Array;
  constructor(tokens: number, perToken: number) {
    this.ids = new Uint32Array(Math.max(16, tokens * perToken));
    this.offsets = new Uint32Array(tokens + 1);
  }
  start(i: number) {
    this.offsets[i] = this.k;
  }
  push(id: number) {
    if (this.k === this.ids.length) {
      const grown = new Uint32Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.k++] = id;
  }
  finish(tokens: number): FeatureTable {
    this.offsets[tokens] = this.k;
    return { ids: this.ids.subarray(0, this.k), offsets: this.offsets };
  }
}

/** Feature templates. Their ids only need to differ; changing them changes every weight. */
const F = {
  Bias: 1,
  Word: 2,
  Shape: 3,
  ShapeCtx: 4,
  WordM1: 5,
  WordP1: 6,
  WordM2: 7,
  WordP2: 8,
  BigramM: 9,
  BigramP: 10,
  ShapeM1: 11,
  ShapeP1: 12,
  Shapes3: 13,
  WordShapeM: 14,
  WordShapeP: 15,
  Prefix: 16,
  Suffix: 17,
  DocCase: 18,
  GazBegin: 19,
  GazInside: 20,
  GazM1: 21,
  GazP1: 22,
  NlAlone: 23,
  Lexicon: 27,
  LexiconM1: 28,
  LexiconP1: 29,
  GazMask: 30,
  PronounAfter: 31,
  NlType: 24,
  NlTypeShape: 25,
  NlMulti: 26,
} as const;
type F = (typeof F)[keyof typeof F];

/** What the first pass tells the second: each token's type (0 none, 1 PER, 2 LOC, 3 ORG, 4 MISC), and where it
 * stands in an entity of more than one token (0 not in one, 1 first, 2 inside, 3 last): "Kerry" ending "John
 * Kerry" says more of a lone "Kerry" than "Geneva" beginning "Geneva Communique" says of a lone "Geneva". */
export interface FirstPass {
  type: Uint8Array;
  multi: Uint8Array;
}

/** The local and document-casing features of every token. */
export function localFeatures(p: Prepared, gaz: Gazetteer): FeatureTable {
  const n = p.tokens.length;
  const { begin, inside } = matchGazetteer(p.lower, p.capitalised, gaz);
  const seen = casingSeen(p);
  const hw: number[] = new Array<number>(n + 4);
  const hs: number[] = new Array<number>(n + 4);
  const START = hash('<s>');
  const END = hash('</s>');
  for (let i = 0; i < n; i++) {
    hw[i + 2] = hash(p.lower[i]!);
    hs[i + 2] = hash(p.shapes[i]!);
  }
  hw[0] = hw[1] = hs[0] = hs[1] = START;
  hw[n + 2] = hw[n + 3] = hs[n + 2] = hs[n + 3] = END;
  const sink = new Sink(n, 48);
  const add = (t: F, v: number) => sink.push(mix(t, v));
  const gaz3 = (t: F, mask: number) => {
    for (let b = 0; mask; b++, mask >>= 1) if (mask & 1) add(t, b);
  };
  // Capitalised words: is the word also a common English word? Their neighbours' answers help too ("Still ,").
  const common = p.lower.map((lw, i) => (p.capitalised[i] ? (isCommonWord(lw, gaz) ? 1 : 2) : 0));
  // A personal pronoun shortly after a capitalised word, in the same sentence, hints it names a person.
  const pronounAt = p.lower.map((lw) => PRONOUN.test(lw));
  const segmentEnd = new Int32Array(n);
  for (const [s, e] of p.segments) segmentEnd.fill(e, s, e);
  for (let i = 0; i < n; i++) {
    sink.start(i);
    const j = i + 2;
    const w = hw[j]!;
    const s = hs[j]!;
    const ctx = (p.capsLine[i] ? 2 : 0) + (p.initial[i] ? 1 : 0);
    add(F.Bias, 0);
    add(F.Word, w);
    add(F.Shape, s);
    add(F.ShapeCtx, mix(s, ctx));
    add(F.WordM1, hw[j - 1]!);
    add(F.WordP1, hw[j + 1]!);
    add(F.WordM2, hw[j - 2]!);
    add(F.WordP2, hw[j + 2]!);
    add(F.BigramM, mix(hw[j - 1]!, w));
    add(F.BigramP, mix(w, hw[j + 1]!));
    add(F.ShapeM1, hs[j - 1]!);
    add(F.ShapeP1, hs[j + 1]!);
    add(F.Shapes3, mix(mix(hs[j - 1]!, s), hs[j + 1]!));
    add(F.WordShapeM, mix(hw[j - 1]!, s));
    add(F.WordShapeP, mix(s, hw[j + 1]!));
    const lw = p.lower[i]!;
    const len = lw.length;
    let pre = 0x811c9dc5;
    let suf = 0x811c9dc5;
    for (let k = 1; k <= 4 && k < len; k++) {
      pre = Math.imul(pre ^ lw.charCodeAt(k - 1), 0x01000193);
      suf = Math.imul(suf ^ lw.charCodeAt(len - k), 0x01000193);
      add(F.Prefix, mix(pre, k));
      add(F.Suffix, mix(suf, k));
    }
    if (p.capitalised[i]) {
      add(F.DocCase, (seen.get(lw) ?? 0) * 4 + ctx);
      add(F.Lexicon, common[i]! * 4 + ctx);
      for (let k = i + 1; k < Math.min(i + 7, segmentEnd[i]!); k++) {
        if (pronounAt[k]) {
          add(F.PronounAfter, k - i < 3 ? 1 : 2);
          break;
        }
      }
    }
    add(F.LexiconM1, common[i - 1] ?? 3);
    add(F.LexiconP1, common[i + 1] ?? 3);
    if (begin[i]! | inside[i]!) add(F.GazMask, (begin[i]! << 8) | inside[i]!);
    gaz3(F.GazBegin, begin[i]!);
    gaz3(F.GazInside, inside[i]!);
    if (i > 0) gaz3(F.GazM1, begin[i - 1]! | inside[i - 1]!);
    if (i + 1 < n) gaz3(F.GazP1, begin[i + 1]! | inside[i + 1]!);
  }
  return sink.finish(n);
}

/**
 * Adds document-level features from the first pass to `local`: how the same capitalised word was typed at its
 * other occurrences (majority type, and the type of any longer name it is part of: "Kerry" in "John Kerry").
 */
export function documentFeatures(p: Prepared, first: FirstPass, local: FeatureTable): FeatureTable {
  const n = p.tokens.length;
  const counts = new Map<string, Int32Array>();
  for (let i = 0; i < n; i++) {
    if (!p.capitalised[i]) continue;
    let c = counts.get(p.lower[i]!);
    if (!c) counts.set(p.lower[i]!, (c = new Int32Array(20)));
    const t = first.type[i]!;
    c[t] = c[t]! + 1;
    const k = 5 + t * 3 + first.multi[i]! - 1;
    if (first.multi[i]) c[k] = c[k]! + 1;
  }
  const sink = new Sink(n, local.ids.length / Math.max(1, n) + 4);
  for (let i = 0; i < n; i++) {
    sink.start(i);
    for (let k = local.offsets[i]!; k < local.offsets[i + 1]!; k++) sink.push(local.ids[k]!);
    const c = p.capitalised[i] ? counts.get(p.lower[i]!) : undefined;
    if (!c) continue;
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
    if (others === 0) sink.push(mix(F.NlAlone, 0));
    else {
      sink.push(mix(F.NlType, best));
      sink.push(mix(F.NlTypeShape, mix(best, hash(p.shapes[i]!))));
    }
    for (let t = 1; t < 5; t++) {
      for (let pos = 1; pos <= 3; pos++) {
        const own = first.type[i] === t && first.multi[i] === pos ? 1 : 0;
        if (c[5 + t * 3 + pos - 1]! - own > 0) sink.push(mix(F.NlMulti, t * 4 + pos));
      }
    }
  }
  return sink.finish(n);
}
