/**
 * The entry points of anchoring: a DOM Range to W3C selectors and back. Touches the DOM, never
 * browser.*, idb or the network. Build one TextIndex per page state and pass it to every call.
 */
import { createCodePointMap } from './code-points';
import { rangeToSpan, spanToRange } from './ranges';
import { indexText, type TextIndex } from './text-index';
import { describeText, locateInText } from './text-quote';
import type { AnchorStrategy, HighlightSelectors } from './types';

/** A page's text, ready to anchor many highlights against. Rebuild it after the page changes. */
export interface PageText extends TextIndex {
  readonly codePoints: ReturnType<typeof createCodePointMap>;
}

/** Indexes `root` once (default: document.body) for describeRange / anchor. */
export function readPageText(root: Node = document.body): PageText {
  const index = indexText(root);
  return { ...index, codePoints: createCodePointMap(index.text) };
}

/**
 * Selectors for a Range (typically the user's selection), or null if it covers no indexed text.
 * The quote is trimmed of surrounding whitespace.
 */
export function describeRange(page: PageText, range: Range): HighlightSelectors | null {
  const span = rangeToSpan(page, range);
  return span ? describeText(page.text, span.start, span.end, page.codePoints) : null;
}

/** A placed highlight. */
export interface Anchor {
  range: Range;
  strategy: AnchorStrategy;
}

/** Finds a highlight in the page: a Range and the strategy that found it, or null for an orphan. */
export function anchor(page: PageText, selectors: HighlightSelectors): Anchor | null {
  const match = locateInText(page.text, selectors, page.codePoints);
  if (!match) return null;
  const range = spanToRange(page, match);
  return range ? { range, strategy: match.strategy } : null;
}

/** Anchors many highlights against one page text; null entries are orphans, in input order. */
export function anchorAll(page: PageText, selectorsList: readonly HighlightSelectors[]): (Anchor | null)[] {
  return selectorsList.map((selectors) => anchor(page, selectors));
}
