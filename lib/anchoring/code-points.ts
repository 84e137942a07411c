/**
 * Conversion between UTF-16 offsets (what JavaScript strings index) and Unicode code point offsets (what
 * W3C TextPositionSelector counts). Identity, at no cost, for texts without astral characters.
 */
export interface CodePointMap {
  toCodePoint(utf16Offset: number): number;
  toUtf16(codePointOffset: number): number;
}

const IDENTITY: CodePointMap = { toCodePoint: (n) => n, toUtf16: (n) => n };

/** Builds the map for one text. O(n) once; each conversion is a binary search over the astral characters. */
export function createCodePointMap(text: string): CodePointMap {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return IDENTITY;
  // UTF-16 offsets of the low surrogate of each pair: each one is a unit that is not a code point.
  const lows: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) lows.push(++i);
    }
  }
  return {
    toCodePoint(u) {
      return u - countBelow(lows, u);
    },
    toUtf16(cp) {
      // Fixed point of u = cp + (astral characters before u); a few binary searches at most.
      let u = cp;
      for (let next = cp + countBelow(lows, u); next !== u; next = cp + countBelow(lows, u)) u = next;
      return lows[countBelow(lows, u)] === u ? u + 1 : u;
    },
  };
}

/** Number of entries of the sorted `values` that are < limit. */
function countBelow(values: number[], limit: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] ?? Infinity) < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
