/** The offline atlas: see lib/knowledge/atlas/README.md. */
export { createAtlas, normalisePlaceName } from './atlas/lookup';
export type { Atlas, AtlasPlace, PlaceMap } from './atlas/lookup';
export { loadAtlas, lookupPlace } from './atlas/load';
export type { AtlasCity, AtlasCountry, AtlasData } from './atlas/types';
