/**
 * The pure half of anchoring: describe a span of a text with W3C selectors, and find it again in a
 * (possibly edited) text, cheapest strategy first. No DOM here.
 */
import { createCodePointMap, type CodePointMap } from './code-points';
import { matchQuote } from './match-quote';
import { QUOTE_CONTEXT_CHARS, type HighlightSelectors, type TextMatch, type TextSpan } from './types';

/**
 * The least normalised fuzzy score accepted. Below it a highlight is an orphan rather than painted
 * somewhere wrong. A quote with 25% errors and no surviving context scores about 0.46.
 */
export const MIN_FUZZY_SCORE = 0.5;

/**
 * Selectors for `text.slice(start, end)` (UTF-16 offsets). The position selector counts code points.
 * Invariant: `start < end <= text.length`.
 */
export function describeText(
  text: string,
  start: number,
  end: number,
  codePoints: CodePointMap = createCodePointMap(text),
): HighlightSelectors {
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT_CHARS), start),
      suffix: text.slice(end, end + QUOTE_CONTEXT_CHARS),
    },
    { type: 'TextPositionSelector', start: codePoints.toCodePoint(start), end: codePoints.toCodePoint(end) },
  ];
}

/**
 * Finds a highlight in `text`, cheapest first:
 * 1. the stored position, accepted only if the text there equals the quote;
 * 2. the exact quote with its exact prefix and suffix (the nearest to the position if several);
 * 3. a fuzzy match of the quote scored on quote, prefix, suffix and position, accepted from MIN_FUZZY_SCORE.
 * Returns null for an orphan. Offsets in the result are UTF-16 units.
 */
export function locateInText(
  text: string,
  selectors: HighlightSelectors,
  codePoints: CodePointMap = createCodePointMap(text),
): TextMatch | null {
  const [quote, position] = selectors;
  const { exact, prefix, suffix } = quote;
  if (exact.length === 0) return null;
  const hint = codePoints.toUtf16(position.start);
  const end = codePoints.toUtf16(position.end);
  if (end <= text.length && text.slice(hint, end) === exact) return { start: hint, end, strategy: 'position' };

  let best = -1;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    if (!text.startsWith(suffix, at + exact.length)) continue;
    if (!text.endsWith(prefix, at) && !(at < prefix.length && prefix.endsWith(text.slice(0, at)))) continue;
    if (best === -1 || Math.abs(at - hint) < Math.abs(best - hint)) best = at;
  }
  if (best !== -1) return { start: best, end: best + exact.length, strategy: 'quote' };

  const fuzzy = matchQuote(text, exact, { prefix, suffix, hint });
  if (!fuzzy || fuzzy.score < MIN_FUZZY_SCORE) return null;
  return { ...snapToWords(text, fuzzy, exact, prefix, suffix), strategy: 'fuzzy' };
}

const WORD = /[\p{L}\p{N}]/u;
/** The most characters a fuzzy match is widened by at either end to reach a word boundary. */
const MAX_SNAP = 32;

/**
 * A fuzzy match keeps the quote's length, so an edited last word comes out cut ("a transitional administ").
 * Where the reader's quote began or ended at a word boundary, widen the match to the boundary in the new text.
 */
export function snapToWords(text: string, span: TextSpan, exact: string, prefix: string, suffix: string): TextSpan {
  let { start, end } = span;
  const endedOnWord = WORD.test(exact.at(-1) ?? '') && !WORD.test(suffix.charAt(0));
  const startedOnWord = WORD.test(exact.charAt(0)) && !WORD.test(prefix.at(-1) ?? '');
  for (let n = 0; endedOnWord && n < MAX_SNAP && end < text.length && WORD.test(text[end - 1] ?? '') && WORD.test(text[end]!); n++) end++;
  for (let n = 0; startedOnWord && n < MAX_SNAP && start > 0 && WORD.test(text[start] ?? '') && WORD.test(text[start - 1]!); n++) start--;
  return { start, end };
}
