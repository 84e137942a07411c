/**
 * The trained recogniser: tokens → local features → first Viterbi pass → document-level features from that
 * pass → second pass → typed spans (PER, LOC, ORG, MISC) in raw-text offsets. Weights and word lists are bundled
 * modules; `loadRecogniser` decodes them once (it is called on first use anyway). Pure.
 */
import type { Recogniser } from '../recogniser';
import type { Span, SpanType } from '../types';
import { decodeWeights } from './codec';
import { documentFeatures, localFeatures, type FeatureTable, type FirstPass } from './features';
import { gazetteer } from './gazetteer';
import type { Gazetteer } from './gazetteer-codec';
import { decode, tagType, type Weights } from './perceptron';
import { prepare, type Prepared } from './prepare';
import { tokenise } from './tokenise';
import { MODEL } from './weights';

/** The two passes' weights. */
export interface Model {
  first: Weights;
  second: Weights;
}

const TYPES: SpanType[] = ['PER', 'LOC', 'ORG', 'MISC'];

/** Tags every decoding segment of a document with one pass's weights. */
export function tagAll(w: Weights, p: Prepared, f: FeatureTable): Uint8Array {
  const tags = new Uint8Array(p.tokens.length);
  for (const [s, e] of p.segments) decode(w, f, s, e, tags);
  return tags;
}

/** What the document-level features need to know of a pass's tags. */
export function firstPass(tags: Uint8Array): FirstPass {
  const n = tags.length;
  const type = new Uint8Array(n);
  const multi = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    type[i] = tagType(tags[i]!);
    if (tags[i] === 0) continue;
    const inside = tags[i]! % 2 === 0;
    const next = tags[i + 1] ?? 0;
    const continues = next > 0 && next % 2 === 0;
    multi[i] = inside ? (continues ? 2 : 3) : continues ? 1 : 0;
  }
  return { type, multi };
}

/** Spans from BIO tags, in the tokens' raw offsets. */
export function spansOf(p: Prepared, tags: Uint8Array): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < tags.length; ) {
    const tag = tags[i]!;
    if (tag === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tags.length && tags[j] === tag + (tag % 2)) j++;
    spans.push({ start: p.tokens[i]!.start, end: p.tokens[j - 1]!.end, type: TYPES[tagType(tag) - 1]! });
    i = j;
  }
  return spans;
}

/** A recogniser over given weights and word lists. */
export function createRecogniser(model: Model, gaz: Gazetteer): Recogniser {
  return (text) => {
    const p = prepare(tokenise(text));
    const local = localFeatures(p, gaz);
    const first = tagAll(model.first, p, local);
    const second = tagAll(model.second, p, documentFeatures(p, firstPass(first), local));
    return spansOf(p, second);
  };
}

let loaded: Recogniser | undefined;

/** Decodes the bundled weights and word lists (once; later calls return at once). */
export function loadRecogniser(): Recogniser {
  loaded ??= createRecogniser({ first: decodeWeights(MODEL.first), second: decodeWeights(MODEL.second) }, gazetteer());
  return loaded;
}

/** The bundled model as a `Recogniser`; the first call loads it. */
export const recogniseWithModel: Recogniser = (text) => loadRecogniser()(text);
