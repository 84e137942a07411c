import { describe, expect, it } from 'vitest';
import { createAtlas, lookupPlace, normalisePlaceName } from '../../lib/knowledge/atlas';
import type { AtlasData } from '../../lib/knowledge/atlas';
import atlasJson from '../../assets/atlas/atlas.json';

const atlas = createAtlas(atlasJson as unknown as AtlasData);

describe('normalisePlaceName', () => {
  it.each([
    ['U.S.', 'us'],
    ['the United States', 'united states'],
    ['  Great   Britain ', 'great britain'],
  ])('%s → %s', (name, key) => expect(normalisePlaceName(name)).toBe(key));
});

describe('lookupPlace', () => {
  it.each([
    ['US', 'US'],
    ['U.S.', 'US'],
    ['United States', 'US'],
    ['the United States', 'US'],
    ['America', 'US'],
    ['UK', 'GB'],
    ['Britain', 'GB'],
    ['United Kingdom', 'GB'],
    ['Jordan', 'JO'],
    ['Hashemite Kingdom of Jordan', 'JO'],
    ['Syria', 'SY'],
    ['Russia', 'RU'],
    ['Lebanon', 'LB'],
    ['Israel', 'IL'],
  ])('%s is the country %s', (name, cca2) => {
    const place = atlas.lookupPlace(name);
    expect(place?.kind).toBe('country');
    expect(place?.kind === 'country' && place.cca2).toBe(cca2);
  });

  it('gives a country its official name, capital, region, population and flag', () => {
    const jordan = atlas.lookupPlace('Jordan');
    expect(jordan).toMatchObject({
      kind: 'country',
      name: 'Jordan',
      official: 'Hashemite Kingdom of Jordan',
      capital: 'Amman',
      region: 'Asia',
      subregion: 'Western Asia',
      flag: '🇯🇴',
    });
    expect(jordan?.kind === 'country' && jordan.population).toBeGreaterThan(5_000_000);
  });

  it('draws a map around Jordan with its neighbours and the focus on Jordan', () => {
    const jordan = atlas.lookupPlace('Jordan');
    const map = jordan?.map;
    expect(map?.shapes.filter((s) => s.focus).map((s) => s.cca2)).toEqual(['JO']);
    expect(map?.shapes.map((s) => s.cca2)).toEqual(expect.arrayContaining(['SY', 'IL', 'SA', 'IQ']));
    expect(map?.shapes.every((s) => /^M[\d. LMZ-]+$/.test(s.d))).toBe(true);
    const [x, y, w, h] = (map?.viewBox ?? '').split(' ').map(Number);
    expect(map && map.marker.x > (x ?? 0) && map.marker.x < (x ?? 0) + (w ?? 0)).toBe(true);
    expect(map && map.marker.y > (y ?? 0) && map.marker.y < (y ?? 0) + (h ?? 0)).toBe(true);
  });

  it.each([
    ['Moscow', 'RU', true],
    ['Damascus', 'SY', true],
    ['Geneva', 'CH', false],
    ['Zurich', 'CH', false],
    ['Kiev', 'UA', true],
  ])('%s is a city in %s (capital: %s)', (name, cc, capital) => {
    const place = atlas.lookupPlace(name);
    expect(place).toMatchObject({ kind: 'city', cc });
    expect(place?.kind === 'city' && place.country?.cca2).toBe(cc);
    expect(place?.kind === 'city' && Boolean(place.capital)).toBe(capital);
    expect(place?.kind === 'city' && place.population).toBeGreaterThan(150_000);
  });

  it.each([
    ['Geneva', 'Geneva', 'Genève'],
    ['Genève', 'Genève', undefined],
    ['Cologne', 'Cologne', 'Köln'],
    ['New York', 'New York City', undefined],
    ['Washington', 'Washington, D.C.', undefined],
  ])('%s: the city is named %s, with the local name %s beside it', (asked, name, localName) => {
    const place = atlas.lookupPlace(asked);
    expect(place?.kind).toBe('city');
    expect(place?.name).toBe(name);
    expect(place?.kind === 'city' ? place.localName : 'not a city').toBe(localName);
  });

  it('returns null for names it does not know', () => {
    expect(atlas.lookupPlace('Narnia')).toBeNull();
  });

  it('serialises to JSON unchanged (cards receive it over messaging)', () => {
    const place = atlas.lookupPlace('Moscow');
    expect(JSON.parse(JSON.stringify(place))).toEqual(place);
  });

  it('loads the bundled atlas lazily for the background', async () => {
    expect((await lookupPlace('Lebanon'))?.kind).toBe('country');
  });
});
