/**
 * Finds the article in the live page without rewriting it, in three steps: `snapshotPage` (page: the readerable
 * gate and an HTML copy), `parseArticle` (Readability on the copy, off the page's main thread) and `traceToLive`
 * (page: the live text nodes behind the article). `indexArticle` is the last step's whole result.
 */
import type { ParsedArticle } from './parse-article';
import { buildTextIndex, type TextIndex } from './text-index';
import { traceToLive } from './trace';

export type Extraction =
  | { status: 'article'; index: TextIndex; title: string; siteName: string; lang: string }
  | { status: 'not-article' | 'too-large' };

export interface ExtractOptions {
  /** The most characters of article text kept. */
  maxChars: number;
  /** Elements whose text is never taken (the extension's own UI). */
  excludeSelector?: string;
}

/** Builds the article's text index from a parse of a snapshot, against the snapshot's live elements. */
export function indexArticle(
  parsed: ParsedArticle,
  elements: ReadonlyArray<Element | undefined>,
  options: ExtractOptions,
): Extraction {
  if (parsed.status !== 'article') return { status: 'not-article' };
  const nodes = traceToLive(parsed.texts, elements, options.excludeSelector);
  if (!nodes.length) return { status: 'not-article' };
  return { status: 'article', index: buildTextIndex(nodes, options.maxChars), title: parsed.title, siteName: parsed.siteName, lang: parsed.lang };
}
