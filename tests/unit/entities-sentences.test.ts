import { describe, expect, it } from 'vitest';
import { sentenceAt, splitSentences } from '../../lib/entities/sentences';

describe('sentences', () => {
  it('splits on stops, keeps abbreviations and quotes, and on paragraph breaks', () => {
    const text = 'Mr. Kerry met the U.S. envoy. “It went well,” he said.\n\nNext paragraph here';
    const parts = splitSentences(text).map(([s, e]) => text.slice(s, e));
    expect(parts).toEqual(['Mr. Kerry met the U.S. envoy.', '“It went well,” he said.', 'Next paragraph here']);
  });

  it('finds the sentence holding an offset', () => {
    const text = 'One. Two. Three.';
    const spans = splitSentences(text);
    expect(sentenceAt(spans, text.indexOf('Two'))).toBe(1);
    expect(sentenceAt(spans, 3)).toBe(0);
    expect(sentenceAt(spans, 999)).toBe(-1);
  });
});
