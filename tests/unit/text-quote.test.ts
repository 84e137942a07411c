import { describe, expect, it } from 'vitest';
import { createCodePointMap } from '../../lib/anchoring/code-points';
import { describeText, locateInText, snapToWords } from '../../lib/anchoring/text-quote';
import { matchQuote } from '../../lib/anchoring/match-quote';

const TEXT =
  'The mayor of Lisbon met the mayor of Porto on Tuesday. Later, the mayor of Lisbon said the talks went well, ' +
  'and the mayor of Porto agreed. 🌍 Nobody else spoke. مرحبا بالعالم ends the story.';

describe('code points', () => {
  it.each([
    ['abc', 2, 2],
    ['a😀b', 3, 2],
    ['😀😀x', 4, 2],
    ['😀😀x', 5, 3],
  ])('%s: utf16 %i is code point %i and back', (text, u, cp) => {
    const map = createCodePointMap(text);
    expect(map.toCodePoint(u)).toBe(cp);
    expect(map.toUtf16(cp)).toBe(u);
  });
});

describe('describeText / locateInText', () => {
  const at = (quote: string, nth = 0) => {
    let i = -1;
    for (let k = 0; k <= nth; k++) i = TEXT.indexOf(quote, i + 1);
    return i;
  };

  it('keeps 32 characters of context and counts positions in code points', () => {
    const start = at('Nobody');
    const [quote, position] = describeText(TEXT, start, start + 6);
    expect(quote.prefix).toHaveLength(32);
    expect(quote.prefix.endsWith('🌍 ')).toBe(true);
    expect(position.start).toBe(start - 1); // The globe is two UTF-16 units, one code point.
  });

  it.each([
    ['unchanged: by position', TEXT, 'position'],
    ['text inserted before: by quote and context', `BREAKING. ${TEXT}`, 'quote'],
    ['a word of the quote changed: fuzzy', TEXT.replace('mayor of Lisbon said', 'mayor of Lisboa said'), 'fuzzy'],
  ])('%s', (_, edited, strategy) => {
    const start = at('mayor of Lisbon said');
    const selectors = describeText(TEXT, start, start + 'mayor of Lisbon said'.length);
    const found = locateInText(edited, selectors);
    expect(found?.strategy).toBe(strategy);
    expect(edited.slice(found?.start, found?.end)).toMatch(/^mayor of Lisbo. said$/);
  });

  it('tells repeated quotes apart by their context', () => {
    const start = at('the mayor of Porto', 1);
    const selectors = describeText(TEXT, start, start + 18);
    const found = locateInText(`Intro. ${TEXT}`, selectors);
    expect(found?.start).toBe(start + 7);
  });

  it('finds right-to-left text', () => {
    const start = at('مرحبا');
    const selectors = describeText(TEXT, start, start + 'مرحبا بالعالم'.length);
    expect(locateInText(`x ${TEXT}`, selectors)?.start).toBe(start + 2);
  });

  it('reports an orphan when the quote is gone', () => {
    const start = at('Nobody else spoke.');
    const selectors = describeText(TEXT, start, start + 18);
    expect(locateInText(TEXT.replace('Nobody else spoke.', 'Zzz qqq.'), selectors)).toBeNull();
  });

  it('matchQuote scores context above position', () => {
    const m = matchQuote('aaa quote bbb ... ccc quote ddd', 'quote', { prefix: 'ccc ', suffix: ' ddd', hint: 0 });
    expect(m?.start).toBe(22);
  });
});

describe('fuzzy matches end on word boundaries', () => {
  it.each([
    ['an edited last word is taken whole', 'to create a transitional administration that', { start: 10, end: 33 }, 'a transitional government', ' ', ' that', { start: 10, end: 39 }],
    ['an edited first word is taken whole', 'the rebuilding of the wall', { start: 6, end: 26 }, 'reconstruction of the wall', 'the ', '', { start: 4, end: 26 }],
    ['a quote that ended mid-word stays so', 'a transitional administration', { start: 2, end: 22 }, 'transitional adminis', 'a ', 'tration', { start: 2, end: 22 }],
  ])('%s', (_why, text, span, exact, prefix, suffix, expected) => expect(snapToWords(text, span, exact, prefix, suffix)).toEqual(expected));
});
