/**
 * Loads the bundled atlas once per service-worker life. The JSON is a separate chunk imported on first use, so a
 * background that never shows a place never parses it. Background only: never import this from a content script.
 */
import type { Atlas, AtlasPlace } from './lookup';
import { createAtlas } from './lookup';
import type { AtlasData } from './types';

let pending: Promise<Atlas> | undefined;

/** The atlas, loaded and indexed on first call and memoised after. */
export function loadAtlas(): Promise<Atlas> {
  pending ??= import('../../../assets/atlas/atlas.json').then((m) => createAtlas(m.default as unknown as AtlasData));
  return pending;
}

/** Convenience for the background: look a place up in the bundled atlas. */
export async function lookupPlace(name: string): Promise<AtlasPlace | null> {
  return (await loadAtlas()).lookupPlace(name);
}
