/**
 * All three extraction steps in one context, for tests and tools that have a DOMParser at hand. The product never
 * does this: in the extension, `parseArticle` runs away from the page. Never modifies `doc`.
 */
import { indexArticle, type Extraction, type ExtractOptions } from './extract';
import { parseArticle } from './parse-article';
import { snapshotPage } from './snapshot';

export function extractArticle(doc: Document, options: ExtractOptions): Extraction {
  const snapshot = snapshotPage(doc);
  if (snapshot.status !== 'ok') return snapshot;
  return indexArticle(parseArticle(snapshot.html), snapshot.elements, options);
}
