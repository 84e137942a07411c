/**
 * Anchoring on the real saved pages: 30 highlights per page, described on the page as saved, then found
 * again on the unchanged page (all must land exactly) and on edited copies (>= 95% must land on text
 * that still reads as the quote: at most 30% of it edited).
 */
import approxSearch from 'approx-string-match';
import { afterAll, describe, expect, it } from 'vitest';
import { anchorAll, describeRange, readPageText } from '../../lib/anchoring/anchor';
import { rangeToSpan, spanToRange } from '../../lib/anchoring/ranges';
import type { HighlightSelectors } from '../../lib/anchoring/types';
import { editPage, loadPage, pageNames, pickSpans, type EditKind } from './page-edits';

const PER_PAGE = 30;
const EDITS: (EditKind | 'all')[] = ['words', 'paragraphs', 'whitespace', 'markup', 'all'];
/** happy-dom 21's HTML parser keeps only the first <svg> of this page's body (a browser parses it whole). */
const FAKE_DOM_CANNOT_PARSE = new Set(['cnet']);
const strategies = new Map<string, number>();
const tally = new Map<string, { placed: number; total: number }>();

function count(key: string, placed: number, total: number) {
  const t = tally.get(key) ?? { placed: 0, total: 0 };
  tally.set(key, { placed: t.placed + placed, total: t.total + total });
}

function readsAs(found: string, quote: string): boolean {
  if (Math.abs(found.length - quote.length) > quote.length * 0.3) return false;
  const best = approxSearch(found, quote, quote.length)[0];
  return !!best && best.errors <= quote.length * 0.3;
}

describe.each(pageNames().filter((n) => !FAKE_DOM_CANNOT_PARSE.has(n)))('anchoring on %s', (name) => {
  let selectors: HighlightSelectors[] = [];

  it('describes highlights and finds every one again on the unchanged page', () => {
    const page = readPageText(loadPage(name).body);
    const spans = pickSpans(page.text, PER_PAGE);
    expect(spans.length).toBeGreaterThanOrEqual(10);
    selectors = spans.map((span) => {
      const range = spanToRange(page, span);
      const described = range && describeRange(page, range);
      if (!described) throw new Error(`could not describe ${JSON.stringify(span)}`);
      expect(described[0].exact).toBe(page.text.slice(span.start, span.end));
      return described;
    });
    const again = readPageText(loadPage(name).body);
    const anchors = anchorAll(again, selectors);
    const exact = anchors.filter((a, i) => {
      const span = a && rangeToSpan(again, a.range);
      return span?.start === spans[i]?.start && span?.end === spans[i]?.end;
    }).length;
    count('unchanged', exact, spans.length);
    expect(exact).toBe(spans.length);
  }, 30_000);

  it.each(EDITS)('finds them again after %s edits', (kind) => {
    const doc = loadPage(name);
    const kinds: EditKind[] = kind === 'all' ? ['paragraphs', 'words', 'markup', 'whitespace'] : [kind];
    kinds.forEach((k, i) => editPage(doc, k, name.length * 31 + i));
    const page = readPageText(doc.body);
    const anchors = anchorAll(page, selectors);
    for (const a of anchors) {
      const key = `${kind}/${a?.strategy ?? 'orphan'}`;
      strategies.set(key, (strategies.get(key) ?? 0) + 1);
    }
    const placed = anchors.filter((a, i) => {
      const quote = selectors[i]?.[0].exact ?? '';
      const span = a && rangeToSpan(page, a.range);
      return !!span && readsAs(page.text.slice(span.start, span.end), quote);
    }).length;
    count(kind, placed, selectors.length);
  }, 30_000);
});

describe('anchoring rates over all pages', () => {
  afterAll(() => {
    for (const [key, { placed, total }] of tally) {
      console.log(`anchoring ${key.padEnd(10)} ${placed}/${total} = ${((100 * placed) / total).toFixed(1)}%`);
    }
    console.log(`strategies ${JSON.stringify(Object.fromEntries(strategies))}`);
  });

  it.each(EDITS)('places at least 95 percent after %s edits', (kind) => {
    const t = tally.get(kind);
    expect(t?.total).toBeGreaterThan(0);
    expect((t?.placed ?? 0) / (t?.total ?? 1)).toBeGreaterThanOrEqual(0.95);
  });
});
