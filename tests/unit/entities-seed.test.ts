import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/entities';

// The seed page: a short news page the project may use. Its article body runs from after the "Update : …" line
// to "Top Brokers".
const page = readFileSync(join(import.meta.dirname, '../fixtures/ner/seed.txt'), 'utf8');
const body = page.slice(page.indexOf('\n', page.indexOf('Update :')) + 1, page.indexOf('Top Brokers')).trim();
const mentions = detect(body);
const surfaces = (id: string) => mentions.filter((m) => m.entityId === id).map((m) => body.slice(m.start, m.end));
const count = (word: string) => body.split(new RegExp(`\\b${word.replace('.', '\\.')}(?![\\w])`)).length - 1;

describe('the seed page', () => {
  it('finds exactly its people', () => {
    const people = new Set(mentions.filter((m) => m.type === 'PER').map((m) => m.entityId));
    expect([...people].sort()).toEqual(
      ['per:bashar-al-assad', 'per:john-kerry', 'per:obama', 'per:sergei-lavrov', 'per:vladimir-putin'].sort(),
    );
  });

  it('finds exactly its places (the Kremlin may go either way)', () => {
    const places = new Set(mentions.filter((m) => m.type === 'LOC').map((m) => m.entityId));
    places.delete('loc:kremlin');
    const expected = ['russia', 'united-states', 'syria', 'moscow', 'damascus', 'geneva', 'israel', 'jordan',
      'lebanon', 'iraq', 'afghanistan'].map((p) => `loc:${p}`);
    expect([...places].sort()).toEqual(expected.sort());
  });

  it('joins every short form to its entity', () => {
    expect(surfaces('per:john-kerry').filter((s) => s === 'Kerry')).toHaveLength(count('Kerry') - 1);
    expect(surfaces('per:bashar-al-assad').filter((s) => s === 'Assad')).toHaveLength(count('Assad') - 1);
    expect(new Set(surfaces('loc:united-states'))).toEqual(new Set(['United States', 'US', 'U.S.']));
    const us = surfaces('loc:united-states').length;
    expect(us).toBe(count('United States') + count('US') + count('U.S.'));
  });

  it('highlights no institution, group or adjective', () => {
    const highlighted = mentions.map((m) => body.slice(m.start, m.end));
    for (const word of ['White House', 'United Nations', 'Islamists', 'Russian', 'Syrian', 'Syrians']) {
      expect(highlighted).not.toContain(word);
    }
  });
});
