/**
 * The reader's settings, kept in the extension's own `storage.local` (never the page's origin). Typed and
 * versioned through WXT's storage items, so later versions migrate earlier data.
 */
import { storage } from '#imports';

export interface Settings {
  /** Backstory does nothing on any page while paused. */
  paused: boolean;
  /** Host names where Backstory is turned off ("www.example.com"). */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = { paused: false, disabledSites: [] };

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

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
