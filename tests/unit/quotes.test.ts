import { describe, expect, it } from 'vitest';
import { attributeQuotes, coMentions, quotesByEntity, sentenceSpans } from '../../lib/entities/quotes';
import { readFixture } from '../helpers/fixtures';
import { mentionsByName, SEED_ENTITIES } from '../helpers/mentions';

const seed = readFixture('seed-article.txt');
const seedMentions = mentionsByName(seed, SEED_ENTITIES);

describe('attributeQuotes on the seed', () => {
  const byEntity = quotesByEntity(attributeQuotes(seed, seedMentions));

  it('gives Kerry his five quotes, in order', () => {
    const kerry = byEntity['kerry'] ?? [];
    expect(kerry.map((q) => q.slice(0, 30))).toEqual([
      'The alternative (to a negotiat',
      'The alternative is that the hu',
      'as soon as is practical - poss',
      'a growing crescendo of nations',
      'So much will depend on what ha',
    ]);
  });

  it('gives Lavrov the quote continued by "he said" and the one he "added"', () => {
    expect(byEntity['lavrov']).toEqual([
      'The task now is to convince the government and all the opposition groups ... to sit at the negotiating table',
      expect.stringMatching(/^At the conference that we are proposing to convene.*Geneva Communique$/),
    ]);
  });

  it('gives no one else a quote', () => {
    expect(Object.keys(byEntity).sort()).toEqual(['kerry', 'lavrov']);
  });
});

describe('attributeQuotes, patterns', () => {
  const people = [
    { id: 'a', type: 'PER' as const, names: ['Angela Merkel', 'Merkel'] },
    { id: 'b', type: 'PER' as const, names: ['Emmanuel Macron', 'Macron'] },
  ];
  it.each([
    ['"We will not give in to this," Merkel said.', 'a'],
    ['"We will not give in to this," said Merkel.', 'a'],
    ['"We will not give in to this," said French President Emmanuel Macron.', 'b'],
    ['Macron told reporters: "We will not give in to this."', 'b'],
    ['Merkel met Macron. "We will not give in to this," she said.', 'b'],
    ['Merkel said the deal was fine. “We will not give in to this,” Macron also added.', 'b'],
    ['"We will not give in to this," says chancellor Angela Merkel.', 'a'],
  ])('%s → %s', (text, id) => {
    const quotes = attributeQuotes(text, mentionsByName(text, people));
    expect(quotes.map((q) => [q.entityId, q.quote])).toEqual([[id, expect.stringMatching(/^We will not give in to this\.?$/)]]);
  });

  it('gives a quote that follows "X said." in the same paragraph to X, and not across paragraphs', () => {
    const text = '“We will not give in to this,” Merkel said. “Not now, not ever.”\n\n“That is not our view at all.”';
    const quotes = attributeQuotes(text, mentionsByName(text, people));
    expect(quotes.map((q) => [q.entityId, q.cue, q.quote])).toEqual([
      ['a', 'named', 'We will not give in to this'],
      ['a', 'continued', 'Not now, not ever.'],
    ]);
  });

  it('takes "she" for the person who opens the paragraph before, over the last one quoted', () => {
    const text = '“We will not give in to this,” said Macron.\n\nMerkel issued a plea.\n\n“Let us talk about it now,” she said.';
    expect(attributeQuotes(text, mentionsByName(text, people)).map((q) => q.entityId)).toEqual(['b', 'a']);
  });

  it.each([
    ['Merkel called it a "historic day" in Berlin.'],
    ['"We will not give in to this." Nobody said more.'],
  ])('leaves unattributed: %s', (text) => {
    expect(attributeQuotes(text, mentionsByName(text, people))).toEqual([]);
  });
});

describe('coMentions', () => {
  it('lists who and what appears alongside Lavrov on the seed', () => {
    const alongside = coMentions(seed, seedMentions);
    expect(alongside['lavrov']?.slice(0, 2)).toEqual(['kerry', 'moscow']);
    expect(alongside['jordan']).toEqual(expect.arrayContaining(['lebanon', 'israel', 'syria']));
  });

  it('splits sentences without cutting inside abbreviations followed by lower case', () => {
    const spans = sentenceSpans('He left the U.S. wars behind. Then he spoke.');
    expect(spans).toHaveLength(2);
  });
});
