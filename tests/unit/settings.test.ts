import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from '#imports';
import {
  DEFAULT_SETTINGS,
  isWikipediaBaseUrl,
  isWikipediaLanguage,
  migrateToV2,
  type Settings,
} from '../../lib/settings/settings';

describe('settings v2', () => {
  beforeEach(() => fakeBrowser.reset());

  it('migrates v1 data: keeps the reader\'s choices, adds the card settings', () => {
    expect(migrateToV2({ paused: true, disabledSites: ['a.example'] })).toEqual({
      ...DEFAULT_SETTINGS,
      paused: true,
      disabledSites: ['a.example'],
    });
  });

  it('runs the migration on stored v1 data when the item opens', async () => {
    await fakeBrowser.storage.local.set({ settings: { paused: false, disabledSites: ['b.example'] } });
    // A fresh item over the same key, as the extension defines it: version 1 data (no meta) is migrated.
    const item = storage.defineItem<Settings>('local:settings', {
      fallback: DEFAULT_SETTINGS,
      version: 2,
      migrations: { 2: migrateToV2 },
    });
    expect(await item.getValue()).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['b.example'] });
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 2 } });
  });

  it.each([
    ['en', true], ['zh-yue', true], ['simple', true], ['EN', false], ['e', false], ['en/../x', false], ['', false],
  ])('language %j valid: %s', (code, valid) => expect(isWikipediaLanguage(code)).toBe(valid));

  it.each([
    ['https://{lang}.wikipedia.org', true],
    ['http://127.0.0.1:4000', true],
    ['https://mirror.example/', false],
    ['https://x.example/api', false],
    ['javascript:alert(1)', false],
    ['https://user:pw@x.example', false],
  ])('base URL %j valid: %s', (url, valid) => expect(isWikipediaBaseUrl(url)).toBe(valid));
});
