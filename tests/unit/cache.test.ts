import { describe, expect, it } from 'vitest';
import {
  backOff, cacheGet, cachePut, clearCache, DEFAULT_RETRY_AFTER_MS, DEFAULT_TTL_MS, MIN_TTL_MS, notBefore, pruneCache,
  retryAfterMs, ttlFromCacheControl,
} from '../../lib/knowledge/cache';
import { openKnowledgeDb } from '../../lib/knowledge/db';
import { IDBFactory } from 'fake-indexeddb';
import { freshKnowledgeDb, manualClock } from '../helpers/knowledge-db';

describe('cache expiry', () => {
  it('returns a value until it expires, then nothing', async () => {
    const db = await freshKnowledgeDb();
    const clock = manualClock();
    await cachePut(db, 'k', { a: 1 }, clock.now(), 1000);
    expect(await cacheGet(db, 'k', clock.now())).toEqual({ a: 1 });
    clock.advance(999);
    expect(await cacheGet(db, 'k', clock.now())).toEqual({ a: 1 });
    clock.advance(1);
    expect(await cacheGet(db, 'k', clock.now())).toBeUndefined();
  });

  it('stores nothing for a ttl of 0 (no-store)', async () => {
    const db = await freshKnowledgeDb();
    await cachePut(db, 'k', 1, 0, 0);
    expect(await cacheGet(db, 'k', 0)).toBeUndefined();
  });

  it('prunes expired records only', async () => {
    const db = await freshKnowledgeDb();
    await cachePut(db, 'old', 1, 0, 10);
    await cachePut(db, 'new', 2, 0, 1000);
    expect(await pruneCache(db, 500)).toBe(1);
    expect(await cacheGet(db, 'new', 500)).toBe(2);
    await clearCache(db);
    expect(await cacheGet(db, 'new', 500)).toBeUndefined();
  });

  it.each([
    [null, DEFAULT_TTL_MS],
    ['no-store', 0],
    ['s-maxage=1209600, max-age=300', MIN_TTL_MS],
    ['public, max-age=86400', 86_400_000],
    ['public', DEFAULT_TTL_MS],
  ])('Cache-Control %s → %d ms', (header, ttl) => {
    expect(ttlFromCacheControl(header)).toBe(ttl);
  });
});

describe('back-off', () => {
  it.each([
    ['2', 2000],
    [null, DEFAULT_RETRY_AFTER_MS],
    ['soon', DEFAULT_RETRY_AFTER_MS],
    [new Date(10_000).toUTCString(), 10_000],
  ])('Retry-After %s → %d ms', (header, ms) => {
    expect(retryAfterMs(header, 0)).toBe(ms);
  });

  it('persists the not-before time across reopening the database (a restarted service worker)', async () => {
    const factory = new IDBFactory();
    const first = await openKnowledgeDb(factory);
    await backOff(first, 'en.wikipedia.org', 5000);
    await backOff(first, 'en.wikipedia.org', 3000);
    first.close();
    const second = await openKnowledgeDb(factory);
    expect(await notBefore(second, 'en.wikipedia.org')).toBe(5000);
    expect(await notBefore(second, 'de.wikipedia.org')).toBe(0);
  });
});
