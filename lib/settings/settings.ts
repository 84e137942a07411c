/**
 * The reader's settings, kept in the extension's own `storage.local` (never the page's origin). Typed and
 * versioned through WXT's storage items, so later versions migrate earlier data.
 */
import { storage } from '#imports';
import type { EntityType } from '../entities/types';

export interface Settings {
  /** Backstory does nothing on any page while paused. */
  paused: boolean;
  /** Host names where Backstory is turned off ("www.example.com"). */
  disabledSites: string[];
  /** No network lookups at all (Wikipedia off); the article, history and atlas still show. Default false. */
  offline: boolean;
  /** Wikipedia's language edition ("en", "de"). Default "en". */
  wikipediaLanguage: string;
  /** Wikipedia's base URL; `{lang}` is replaced by the language. Tests and mirrors set their own. */
  wikipediaBaseUrl: string;
  /** Index analysed articles locally and show earlier mentions. Default true. */
  historyEnabled: boolean;
  /** Which types are highlighted on pages. Default both. */
  highlightTypes: EntityType[];
}

/** Kept in sync with lib/knowledge's DEFAULT_WIKIPEDIA_BASE_URL (settings must not import the knowledge chunk). */
export const DEFAULT_WIKIPEDIA_BASE_URL = 'https://{lang}.wikipedia.org';

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  disabledSites: [],
  offline: false,
  wikipediaLanguage: 'en',
  wikipediaBaseUrl: DEFAULT_WIKIPEDIA_BASE_URL,
  historyEnabled: true,
  highlightTypes: ['PER', 'LOC'],
};

/** Version 1 held only `paused` and `disabledSites`. */
export type SettingsV1 = Pick<Settings, 'paused' | 'disabledSites'>;

/** v1 → v2: adds the card settings with their defaults; the reader's existing choices win. */
export function migrateToV2(v1: SettingsV1): Settings {
  return { ...DEFAULT_SETTINGS, ...v1 };
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: migrateToV2 },
});

/**
 * The stored settings completed with defaults: a value written by hand (tests, a half-written sync) may lack
 * fields, and every reader should see a whole `Settings`.
 */
export async function readSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

/** Why Backstory stays off on a page with this host name, or null when it may run. */
export function offReason(settings: Settings, host: string): 'paused' | 'site-off' | null {
  if (settings.paused) return 'paused';
  return settings.disabledSites.includes(host) ? 'site-off' : null;
}

/** The settings with one site turned on or off. */
export function withSite(settings: Settings, host: string, enabled: boolean): Settings {
  const others = settings.disabledSites.filter((h) => h !== host);
  return { ...settings, disabledSites: enabled ? others : [...others, host].sort() };
}

export { isWikipediaBaseUrl, isWikipediaLanguage } from './validate';
