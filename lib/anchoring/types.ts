/**
 * W3C Web Annotation selectors, as Backstory stores them.
 * Positions count Unicode code points (the standard's unit), end exclusive, over the page text that
 * `indexText` produces (whitespace collapsed, see text-index.ts).
 */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  /** Up to QUOTE_CONTEXT_CHARS characters before `exact` (fewer at the start of the text). */
  prefix: string;
  /** Up to QUOTE_CONTEXT_CHARS characters after `exact`. */
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** Code points from the start of the text. */
  start: number;
  /** Exclusive. */
  end: number;
}

/** What a saved highlight carries to find itself again: the quote first, then the position. */
export type HighlightSelectors = [TextQuoteSelector, TextPositionSelector];

/** A span of a JavaScript string, in UTF-16 code units, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/** Which strategy placed a highlight, cheapest first. */
export type AnchorStrategy = 'position' | 'quote' | 'fuzzy';

/** A placed highlight: its span in UTF-16 units of the text, and how it was found. */
export interface TextMatch extends TextSpan {
  strategy: AnchorStrategy;
}

/** Characters of context kept either side of a quote, as Hypothesis does. */
export const QUOTE_CONTEXT_CHARS = 32;
