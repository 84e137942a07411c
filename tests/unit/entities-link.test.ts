import { describe, expect, it } from 'vitest';
import { isShortFormOf, link, nameTokens, surnames, trimSpan } from '../../lib/entities/link';
import type { Span } from '../../lib/entities/types';

const span = (text: string, surface: string, type: Span['type'], from = 0): Span => {
  const start = text.indexOf(surface, from);
  if (start < 0) throw new Error(`"${surface}" not in text`);
  return { start, end: start + surface.length, type };
};

describe('short forms', () => {
  it.each([
    ['Kerry', 'John Kerry', true],
    ['Assad', 'Bashar al-Assad', true],
    ['Gaulle', 'Charles de Gaulle', true],
    ['Salman', 'Mohammed bin Salman', true],
    ['John', 'John Kerry', false],
    ['Kerry', 'Kerry', false],
    ['Putin', 'John Kerry', false],
  ])('"%s" is a short form of "%s": %s', (short, full, expected) => {
    expect(isShortFormOf(nameTokens(short), nameTokens(full))).toBe(expected);
  });

  it('drops possessives and particles from name tokens', () => {
    expect(nameTokens("Kerry's")).toEqual(['kerry']);
    expect(nameTokens('Bashar al-Assad')).toEqual(['bashar', 'assad']);
  });

  it('names the surnames a full name is later called by', () => {
    expect(surnames('Bashar al-Assad')).toEqual(['al-Assad', 'Assad']);
    expect(surnames('John Kerry')).toEqual(['Kerry']);
    expect(surnames('Obama')).toEqual([]);
  });
});

describe('link', () => {
  it('gives a name and its short forms one id, and finds the repeats the recogniser missed', () => {
    const text = 'Secretary of state John Kerry met Lavrov. Kerry said so. Later, Kerry left.';
    const mentions = link(text, [span(text, 'John Kerry', 'PER'), span(text, 'Kerry', 'PER', 40), span(text, 'Lavrov', 'PER')]);
    const kerry = mentions.filter((m) => m.entityId === 'per:john-kerry').map((m) => text.slice(m.start, m.end));
    expect(kerry).toEqual(['John Kerry', 'Kerry', 'Kerry']);
    expect(mentions.map((m) => m.start)).toEqual([...mentions.map((m) => m.start)].sort((a, b) => a - b));
  });

  it('joins the forms of one place and keeps only people and places', () => {
    const text = 'The United States and the U.S. Congress: US officials at the United Nations.';
    const mentions = link(text, [
      span(text, 'United States', 'LOC'),
      span(text, 'U.S.', 'LOC'),
      span(text, 'US', 'LOC'),
      span(text, 'United Nations', 'ORG'),
    ]);
    expect(new Set(mentions.map((m) => m.entityId))).toEqual(new Set(['loc:united-states']));
    expect(mentions).toHaveLength(3);
  });

  it('a name followed by "Company" is a firm, and does not take the surname from the person (seattletimes-1)', () => {
    const text = 'Said Tyler Besecker, president of Dana F. Besecker Company. Later Besecker said more.';
    const mentions = link(text, [span(text, 'Tyler Besecker', 'PER'), span(text, 'Dana F. Besecker', 'PER'), span(text, 'Besecker', 'PER', text.indexOf('Later'))]);
    expect(mentions.map((m) => [text.slice(m.start, m.end), m.entityId])).toEqual([
      ['Tyler Besecker', 'per:tyler-besecker'],
      ['Besecker', 'per:tyler-besecker'],
    ]);
  });

  it('never adds a repeat inside another recognised span', () => {
    const text = 'Talks in Geneva produced the Geneva Communique.';
    const mentions = link(text, [span(text, 'Geneva', 'LOC'), span(text, 'Geneva Communique', 'MISC')]);
    expect(mentions).toHaveLength(1);
  });

  it.each([
    ["Kerry's", 'Kerry'],
    ['“Syria,”', 'Syria'],
    ['U.S.', 'U.S.'],
    ['Moscow.', 'Moscow'],
  ])('trims "%s" to "%s"', (surface, expected) => {
    const text = `x ${surface} y`;
    const s = trimSpan(text, { start: 2, end: 2 + surface.length, type: 'LOC' });
    expect(text.slice(s.start, s.end)).toBe(expected);
  });
});

describe('dropArticledPeople', () => {
  it('drops a one-word "person" only ever written with "the" before it, and keeps real people', async () => {
    const { dropArticledPeople } = await import('../../lib/entities/link');
    const text = 'The Bill would require it. Shorten said the Bill is flawed. Kerry met the Kerry delegation.';
    const spans = [span(text, 'Bill', 'PER'), span(text, 'Shorten', 'PER'), span(text, 'Bill', 'PER', 30), span(text, 'Kerry', 'PER'), span(text, 'Kerry', 'PER', 70)];
    const kept = dropArticledPeople(text, spans).map((s) => text.slice(s.start, s.end));
    expect(kept).toEqual(['Shorten', 'Kerry', 'Kerry']);
  });
});
