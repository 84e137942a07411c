/**
 * Place lookups in the bundled atlas: countries by name, official name or alias, then cities by name. Pure: the
 * atlas data is passed in (the background loads it once), and results are plain JSON-serialisable objects.
 */
import type { AtlasCity, AtlasCountry, AtlasData } from './types';

/** A small map for a card: draw `shapes` in `viewBox`, fill the `focus` one, and put a dot at `marker`. */
export interface PlaceMap {
  /** SVG viewBox "x y width height" in the atlas's map coordinates (equirectangular degrees). */
  viewBox: string;
  shapes: { cca2: string; d: string; focus: boolean }[];
  marker: { x: number; y: number };
}

/** What the atlas knows about a place: the content of a card's atlas section. */
export type AtlasPlace =
  | ({ kind: 'country' } & Omit<AtlasCountry, 'path' | 'bbox' | 'aliases'> & { map: PlaceMap })
  | ({ kind: 'city' } & Omit<AtlasCity, 'aliases'> & {
      country?: { name: string; flag: string; cca2: string };
      /**
       * The atlas's own (local) name when the text used an English one: `name` is then the text's form ("Geneva")
       * and this the local one ("Genève"). Absent when they agree, or when the atlas's name only spells the text's
       * form out ("New York City" for "New York"), which becomes `name`.
       */
      localName?: string;
      map: PlaceMap;
    });

/** An index over atlas data, built once. */
export interface Atlas {
  /** Finds a place by the name a text uses ("U.S.", "Britain", "the United States", "Moscow"); null if unknown. */
  lookupPlace(name: string): AtlasPlace | null;
}

/** Lower case, no accents, no dots, no leading "the", single spaces: "the U.S." and "US" meet as "us". */
export function normalisePlaceName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const MIN_VIEW = { w: 24, h: 14 };

function toXY(lat: number, lon: number): { x: number; y: number } {
  return { x: Math.round((lon + 180) * 10) / 10, y: Math.round((90 - lat) * 10) / 10 };
}

/** A view around a box, padded and at least MIN_VIEW, with the shapes that overlap it. */
function mapAround(data: AtlasData, box: [number, number, number, number], focus: string | null, marker: { x: number; y: number }): PlaceMap {
  const pad = 3;
  let [x0, y0, x1, y1] = [box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad];
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const w = Math.max(x1 - x0, MIN_VIEW.w);
  const h = Math.max(y1 - y0, MIN_VIEW.h);
  [x0, y0, x1, y1] = [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2];
  const shapes = data.countries
    .filter((c) => c.path && c.bbox && c.bbox[0] < x1 && c.bbox[2] > x0 && c.bbox[1] < y1 && c.bbox[3] > y0)
    .map((c) => ({ cca2: c.cca2, d: c.path ?? '', focus: c.cca2 === focus }));
  const r = (n: number) => Math.round(n * 10) / 10;
  return { viewBox: `${r(x0)} ${r(y0)} ${r(w)} ${r(h)}`, shapes, marker };
}

function countryPlace(data: AtlasData, c: AtlasCountry): AtlasPlace {
  const { path: _path, bbox, aliases: _aliases, ...rest } = c;
  const marker = toXY(c.lat, c.lon);
  const box = bbox && bbox[2] - bbox[0] < 180 ? bbox : ([marker.x, marker.y, marker.x, marker.y] as [number, number, number, number]);
  return { kind: 'country', ...rest, map: mapAround(data, box, c.cca2, marker) };
}

/** The English name the text used, when it is one of the city's aliases and not just a shorter form of its name. */
function englishName(city: AtlasCity, asked: string): string | undefined {
  const key = normalisePlaceName(asked);
  if (key === normalisePlaceName(city.name)) return undefined;
  const alias = city.aliases?.find((a) => normalisePlaceName(a) === key);
  return alias && !city.name.startsWith(alias) ? alias : undefined;
}

function cityPlace(data: AtlasData, city: AtlasCity, byCode: Map<string, AtlasCountry>, asked: string): AtlasPlace {
  const { aliases: _aliases, ...rest } = city;
  const marker = toXY(city.lat, city.lon);
  const c = byCode.get(city.cc);
  const english = englishName(city, asked);
  return {
    kind: 'city',
    ...rest,
    ...(english ? { name: english, localName: city.name } : {}),
    ...(c ? { country: { name: c.name, flag: c.flag, cca2: c.cca2 } } : {}),
    map: mapAround(data, [marker.x, marker.y, marker.x, marker.y], city.cc, marker),
  };
}

/** Builds the name index over atlas data. Countries win over cities of the same name; among cities, the largest. */
export function createAtlas(data: AtlasData): Atlas {
  const countries = new Map<string, AtlasCountry>();
  const byCode = new Map<string, AtlasCountry>();
  for (const c of data.countries) {
    byCode.set(c.cca2, c);
    for (const n of [c.name, c.official, c.cca3, ...c.aliases]) {
      const key = normalisePlaceName(n);
      if (!countries.has(key)) countries.set(key, c);
    }
  }
  const cities = new Map<string, AtlasCity>();
  // data.cities is sorted by population, largest first, so the first city of a name wins.
  for (const city of data.cities) {
    for (const n of [city.name, ...(city.aliases ?? [])]) {
      const key = normalisePlaceName(n);
      if (!cities.has(key)) cities.set(key, city);
    }
  }
  return {
    lookupPlace(name) {
      const key = normalisePlaceName(name);
      const country = countries.get(key);
      if (country) return countryPlace(data, country);
      const city = cities.get(key);
      return city ? cityPlace(data, city, byCode, name) : null;
    },
  };
}
