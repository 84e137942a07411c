import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detect, profile } from '../../lib/entities';

/** The seed article's body, as the content script hands it over: paragraphs joined by blank lines. */
const html = readFileSync('tests/fixtures/site/seed/index.html', 'utf8');
const body = [...html.matchAll(/<p>(.*?)<\/p>/gs)]
  .map((m) => m[1]!.replace(/&amp;/g, '&'))
  .filter((p) => !p.startsWith('&copy;'))
  .join('\n\n');

describe('detect() on the seed article', () => {
  const mentions = detect(body);
  const surfaces = (type: string) => new Set(mentions.filter((m) => m.type === type).map((m) => body.slice(m.start, m.end)));

  it('finds exactly its people and places', () => {
    expect(surfaces('PER')).toEqual(new Set(['Sergei Lavrov', 'Lavrov', 'John Kerry', 'Kerry', 'Vladimir Putin', 'Bashar al-Assad', 'Assad', 'Obama']));
    const places = surfaces('LOC');
    places.delete('Kremlin');
    expect(places).toEqual(
      new Set(['Russia', 'United States', 'US', 'U.S.', 'Syria', 'Moscow', 'Damascus', 'Geneva', 'Israel', 'Jordan', 'Lebanon', 'Iraq', 'Afghanistan']),
    );
  });

  it('counts every "Kerry" for John Kerry and every form of the United States as one place', () => {
    const ids = (id: string) => mentions.filter((m) => m.entityId === id).length;
    expect(ids('per:john-kerry')).toBe(body.match(/Kerry/g)!.length);
    expect(ids('per:bashar-al-assad')).toBe(body.match(/Assad/g)!.length);
    expect(ids('loc:united-states')).toBe(body.match(/United States|\bUS\b|U\.S\./g)!.length);
  });

  it('builds profiles with roles, most mentioned first', () => {
    const profiles = profile(body, mentions);
    expect(profiles[0]!.mentionCount).toBeGreaterThanOrEqual(profiles[1]!.mentionCount);
    const byName = new Map(profiles.map((p) => [p.name, p]));
    expect(byName.get('Sergei Lavrov')?.role).toBe('Foreign minister');
    expect(byName.get('John Kerry')?.role).toBe('secretary of state');
    expect(byName.get('John Kerry')?.aliases).toEqual(['John Kerry', 'Kerry']);
    expect(byName.get('Jordan')?.firstSentence).toMatch(/^Further, both the United States and Russia/);
    expect(byName.get('Jordan')?.alongside).toContain('loc:lebanon');
  });

  it('fills "what they said" from the attributed quotes', () => {
    const byName = new Map(profile(body, mentions).map((p) => [p.name, p]));
    expect(byName.get('Sergei Lavrov')?.quotes?.join(' ')).toContain(
      'The task now is to convince the government and all the opposition groups',
    );
    expect(byName.get('John Kerry')?.quotes?.length).toBeGreaterThan(0);
    expect(byName.get('Jordan')?.quotes).toBeUndefined();
  });

  it('returns mentions sorted and within the text', () => {
    for (let i = 1; i < mentions.length; i++) expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
    expect(detect('')).toEqual([]);
  });
});
