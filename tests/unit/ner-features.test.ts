import { describe, expect, it } from 'vitest';
import { documentFeatures, localFeatures, type FeatureTable } from '../../lib/entities/model/features';
import { hash, mix } from '../../lib/entities/model/hash';
import { normalise, prepare, shape } from '../../lib/entities/model/prepare';
import { matchGazetteer } from '../../lib/entities/model/gazetteer';
import { decodeGazetteer, encodeGazetteer, type Gazetteer } from '../../lib/entities/model/gazetteer-codec';
import { tokenise } from '../../lib/entities/model/tokenise';

const gaz: Gazetteer = decodeGazetteer(encodeGazetteer([['new york'], ['kerry'], [], ['john'], ['kerry']]));

describe('word views', () => {
  it.each([
    ['Kerry', 'Xx'],
    ['U.S.', 'X.X.'],
    ['1996-08-22', 'd-d-d'],
    ['BRATISLAVA', 'X'],
    ['al-Assad', 'x-Xx'],
    ['Erdoğan', 'Xx'],
    ["Nyong'o", "Xx'x"],
  ])('shape(%s) = %s', (word, expected) => expect(shape(word)).toBe(expected));

  it('normalises case and digits', () => {
    expect(normalise('Kerry1996')).toBe('kerry0000');
  });

  it('hashes deterministically', () => {
    expect(hash('kerry')).toBe(hash('kerry'));
    expect(hash('kerry')).not.toBe(hash('Kerry'));
    expect(mix(1, 2)).not.toBe(mix(2, 1));
  });
});

describe('prepare', () => {
  it('finds sentence starts, capitals lines and decoding segments', () => {
    const p = prepare(tokenise('BRATISLAVA 1996-08-22\n\nThe minister said. "Still, he left," Meciar said.'));
    const at = (w: string) => p.tokens.findIndex((t) => t.text === w);
    expect(p.capsLine[at('BRATISLAVA')]).toBe(true);
    expect(p.capsLine[at('The')]).toBe(false);
    expect(p.initial[at('The')]).toBe(true);
    expect(p.initial[at('Still')]).toBe(true);
    expect(p.initial[at('Meciar')]).toBe(false);
    expect(p.segments[0]).toEqual([0, 2]);
  });

  it('starts a sentence after an abbreviation that swallowed the full stop, before a function word only', () => {
    const p = prepare(tokenise('fought by the U.S. The president met U.S. President Obama.'));
    expect(p.initial[p.tokens.findIndex((t) => t.text === 'The')]).toBe(true);
    expect(p.initial[p.tokens.findIndex((t) => t.text === 'President')]).toBe(false);
  });
});

describe('gazetteer matching', () => {
  it('matches capitalised phrases, longest and shortest', () => {
    const p = prepare(tokenise('John Kerry flew to New York, not new york.'));
    const { begin, inside } = matchGazetteer(p.lower, p.capitalised, gaz);
    expect([...begin.slice(0, 6)]).toEqual([8, 2 | 16, 0, 0, 1, 0]);
    expect(inside[5]).toBe(1);
    expect(begin[8]).toBe(0); // lower-case "new york" is not a name
  });
});

describe('feature tables', () => {
  it('gives each token its features, and the second pass more where the word recurs', () => {
    const p = prepare(tokenise('John Kerry arrived. Kerry spoke.'));
    const local = localFeatures(p, gaz);
    expect(local.offsets).toHaveLength(p.tokens.length + 1);
    expect(local.offsets[p.tokens.length]).toBe(local.ids.length);
    const first = { type: new Uint8Array([1, 1, 0, 0, 0, 0, 0]), multi: new Uint8Array([1, 3, 0, 0, 0, 0, 0]) };
    const doc = documentFeatures(p, first, local);
    const count = (f: FeatureTable, i: number) => f.offsets[i + 1]! - f.offsets[i]!;
    expect(count(doc, 4)).toBeGreaterThan(count(local, 4)); // the second "Kerry" hears of "John Kerry"
    expect(count(doc, 2)).toBe(count(local, 2)); // "arrived" is not capitalised
    expect(localFeatures(p, gaz).ids).toEqual(local.ids); // deterministic
  });
});
