import { describe, expect, it } from 'vitest';
import { harmonise, isShortFormOf, link, nameTokens, surnames, trimSpan } from '../../lib/entities/link';
import type { Span } from '../../lib/entities/types';

const spanOf = (text: string, surface: string, type: Span['type'], from = 0): Span => {
  const start = text.indexOf(surface, from);
  return { start, end: start + surface.length, type };
};

describe('short forms', () => {
  it.each([
    ['Bashar al-Assad', ['bashar', 'assad']],
    ['Charles de Gaulle', ['charles', 'gaulle']],
    ['Mohammed bin Salman', ['mohammed', 'salman']],
    ["Kerry's", ['kerry']],
  ])('nameTokens(%s)', (surface, expected) => expect(nameTokens(surface)).toEqual(expected));

  it('joins a surname to the full name', () => {
    expect(isShortFormOf(['kerry'], ['john', 'kerry'])).toBe(true);
    expect(isShortFormOf(['john'], ['john', 'kerry'])).toBe(false);
  });

  it('trims possessives and punctuation', () => {
    const text = 'said Kerry’s aide.';
    expect(trimSpan(text, { start: 5, end: 12, type: 'PER' })).toEqual({ start: 5, end: 10, type: 'PER' });
  });
});

describe('link', () => {
  const text = 'John Kerry met Assad. Kerry said Bashar al-Assad must go, and Kerry left the U.S. for Syria.';

  it('gives a name and its short forms one id, and finds missed repeats', () => {
    const spans = [
      spanOf(text, 'John Kerry', 'PER'),
      spanOf(text, 'Assad', 'PER'),
      spanOf(text, 'Kerry', 'PER', 15),
      spanOf(text, 'Bashar al-Assad', 'PER'),
      spanOf(text, 'U.S.', 'LOC'),
      spanOf(text, 'Syria', 'LOC'),
    ];
    const mentions = link(text, spans);
    const ids = mentions.map((m) => `${text.slice(m.start, m.end)}=${m.entityId}`);
    expect(ids).toEqual([
      'John Kerry=per:john-kerry',
      'Assad=per:bashar-al-assad',
      'Kerry=per:john-kerry',
      'Bashar al-Assad=per:bashar-al-assad',
      'Kerry=per:john-kerry', // missed by the recogniser, found as a repeat
      'U.S.=loc:united-states',
      'Syria=loc:syria',
    ]);
  });

  it('does not add a repeat where the recogniser typed the words otherwise', () => {
    const t = 'Leeds United fans travelled. John Leeds said Leeds played well.';
    const spans = [spanOf(t, 'Leeds United', 'ORG'), spanOf(t, 'John Leeds', 'PER'), spanOf(t, 'Leeds', 'ORG', 40)];
    expect(link(t, spans).map((m) => t.slice(m.start, m.end))).toEqual(['John Leeds']);
  });
});

describe('harmonise', () => {
  it('makes a lone ORG surname agree with the person, and buildings stop being places', () => {
    const t = 'Bashar al-Assad spoke. Assad and his government, said the White House. Assad left.';
    const spans = [
      spanOf(t, 'Bashar al-Assad', 'PER'),
      spanOf(t, 'Assad', 'ORG', 20),
      spanOf(t, 'Assad', 'PER', 70),
      spanOf(t, 'White House', 'LOC'),
    ];
    expect(harmonise(t, spans).map((s) => s.type)).toEqual(['PER', 'PER', 'PER', 'ORG']);
  });
});
