/**
 * The shape of the bundled atlas (assets/atlas/atlas.json), written by scripts/build-atlas.ts and read by
 * lib/knowledge/atlas. Map coordinates are an equirectangular projection in degrees: x = lon + 180, y = 90 - lat,
 * so the whole world is the box 0 0 360 180.
 */
export interface AtlasData {
  /** Where the data came from, package@version, and when it was built. */
  sources: string[];
  builtAt: string;
  countries: AtlasCountry[];
  cities: AtlasCity[];
}

export interface AtlasCountry {
  cca2: string;
  cca3: string;
  name: string;
  official: string;
  capital?: string;
  region: string;
  subregion?: string;
  /** Absent where no source had it. */
  population?: number;
  flag: string;
  demonym?: string;
  lat: number;
  lon: number;
  /** Other names a text may use ("USA", "America", "Britain"), as written. */
  aliases: string[];
  /** SVG path data of the outline in map coordinates; absent for countries too small for the 1:110m map. */
  path?: string;
  /** Outline bounds in map coordinates: [minX, minY, maxX, maxY]. */
  bbox?: [number, number, number, number];
}

export interface AtlasCity {
  name: string;
  /** ISO 3166-1 alpha-2 of its country. */
  cc: string;
  population: number;
  lat: number;
  lon: number;
  capital?: true;
  /** English names where the data has the local one ("Geneva" for "Genève"). */
  aliases?: string[];
}
