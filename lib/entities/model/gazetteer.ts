/**
 * Name lists as the recogniser's features read them: each phrase (lower-cased, tokenised) maps to a bit mask of
 * the lists it is on. The lists are built at train time from npm data packages (scripts/build-gazetteer.ts).
 */
import { decodeGazetteer, type Gazetteer } from './gazetteer-codec';
import { GAZETTEER } from './gazetteer-data';

/** The lists, in bit order. */
export const GAZETTEER_LISTS = ['country', 'city', 'demonym', 'first', 'name', 'common', 'proper'] as const;
const COMMON_BIT = 1 << 5;

let cached: Gazetteer | undefined;

/** The bundled gazetteer, decoded once. */
export function gazetteer(): Gazetteer {
  cached ??= decodeGazetteer(GAZETTEER);
  return cached;
}

const SMALL = /^(?:of|the|de|del|da|do|dos|du|la|le|el|al|and|van|von|der|den|on|upon|am|bin|ibn|y|'s|-)$/;

/**
 * For each token, the lists a phrase it begins (`begin`) or continues (`inside`) is on. A phrase matches when its
 * first and last tokens are capitalised (or all capitals) and its inner words are capitalised or particles.
 */
export function matchGazetteer(
  lower: readonly string[],
  capitalised: readonly boolean[],
  gaz: Gazetteer,
): { begin: Uint8Array; inside: Uint8Array } {
  const n = lower.length;
  const begin = new Uint8Array(n);
  const inside = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (!capitalised[i]) continue;
    let key = lower[i]!;
    for (let len = 1; len <= gaz.maxTokens && i + len <= n; len++) {
      const j = i + len - 1;
      if (len > 1) {
        if (!capitalised[j] && !SMALL.test(lower[j]!)) break;
        key += ' ' + lower[j]!;
      }
      if (!capitalised[j]) continue;
      const mask = gaz.lookup(key);
      if (mask === 0) continue;
      begin[i] = begin[i]! | mask;
      for (let k = i + 1; k <= j; k++) inside[k] = inside[k]! | mask;
    }
  }
  return { begin, inside };
}

/** Endings stripped (and what replaces them) to find a common word's dictionary stem: "talks" → "talk". */
const ENDINGS: Array<[string, string]> = [
  ['s', ''], ['es', ''], ['ies', 'y'], ['ed', ''], ['ed', 'e'], ['ied', 'y'], ['ing', ''], ['ing', 'e'], ['ly', ''],
  ['er', ''], ['ers', ''], ['est', ''], ['ily', 'y'], ['ness', ''], ['ment', ''], ['ments', ''],
];

/** Whether a lower-case word is a common English word, or an inflection of one ("yesterday", "talks", "still"). */
export function isCommonWord(lower: string, gaz: Gazetteer): boolean {
  if (gaz.lookup(lower) & COMMON_BIT) return true;
  for (const [end, add] of ENDINGS) {
    if (lower.length > end.length + 2 && lower.endsWith(end)) {
      if (gaz.lookup(lower.slice(0, -end.length) + add) & COMMON_BIT) return true;
    }
  }
  return false;
}
