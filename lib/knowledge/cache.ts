/**
 * An expiring key-value cache in the knowledge database, for Wikipedia answers (summaries, searches, candidates),
 * and the persisted per-host back-off, so a restarted service worker still respects a 429's Retry-After.
 */
import type { KnowledgeDb } from './db';

/** How long an answer is kept when the server says nothing: 7 days. */
export const DEFAULT_TTL_MS = 7 * 24 * 3600 * 1000;
/**
 * The shortest time an answer is kept. Wikipedia's summaries say `max-age=300` for browsers; re-asking every five
 * minutes while a reader hovers the same names would be the flood its etiquette asks clients to avoid.
 */
export const MIN_TTL_MS = 3600 * 1000;
/** How long "no such page" is kept: pages get created, so a day. */
export const NEGATIVE_TTL_MS = 24 * 3600 * 1000;

/**
 * The time to keep a response, from its Cache-Control header: `no-store` → 0 (don't keep), `max-age=N` → N seconds
 * but at least MIN_TTL_MS, nothing → `fallback`.
 */
export function ttlFromCacheControl(header: string | null, fallback = DEFAULT_TTL_MS): number {
  if (!header) return fallback;
  if (/\bno-store\b/i.test(header)) return 0;
  const maxAge = /(?:^|[,\s])max-age=(\d+)/i.exec(header);
  if (!maxAge?.[1]) return fallback;
  return Math.max(Number(maxAge[1]) * 1000, MIN_TTL_MS);
}

/** The cached value for `key`, or undefined if absent or expired at `now`. Expired records are left for `pruneCache`. */
export async function cacheGet<T>(db: KnowledgeDb, key: string, now: number): Promise<T | undefined> {
  const record = await db.get('cache', key);
  if (!record || record.expiresAt <= now) return undefined;
  return record.value as T;
}

/** Stores a JSON-serialisable value for `ttlMs` from `now`. A ttl of 0 or less stores nothing. */
export async function cachePut(db: KnowledgeDb, key: string, value: unknown, now: number, ttlMs: number): Promise<void> {
  if (ttlMs <= 0) return;
  await db.put('cache', { key, value, storedAt: now, expiresAt: now + ttlMs });
}

/** Deletes every record expired at `now`; returns how many. Run it now and then (e.g. on browser start). */
export async function pruneCache(db: KnowledgeDb, now: number): Promise<number> {
  const tx = db.transaction('cache', 'readwrite');
  let cursor = await tx.store.index('by-expiry').openCursor(IDBKeyRange.upperBound(now));
  let count = 0;
  while (cursor) {
    await cursor.delete();
    count++;
    cursor = await cursor.continue();
  }
  await tx.done;
  return count;
}

/** Empties the cache (not the history). */
export async function clearCache(db: KnowledgeDb): Promise<void> {
  await db.clear('cache');
}

/** The time before which `host` must not be asked again, or 0. */
export async function notBefore(db: KnowledgeDb, host: string): Promise<number> {
  return (await db.get('backoff', host))?.notBefore ?? 0;
}

/** Records that `host` asked us to wait until `until`. Keeps the later of the stored and the new time. */
export async function backOff(db: KnowledgeDb, host: string, until: number): Promise<void> {
  const current = await notBefore(db, host);
  await db.put('backoff', { host, notBefore: Math.max(current, until) });
}

/** Default wait when a 429 carries no usable Retry-After: one minute. */
export const DEFAULT_RETRY_AFTER_MS = 60_000;

/** Parses Retry-After (seconds, or an HTTP date) into a wait in ms from `now`; DEFAULT_RETRY_AFTER_MS if absent. */
export function retryAfterMs(header: string | null, now: number): number {
  if (!header) return DEFAULT_RETRY_AFTER_MS;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? DEFAULT_RETRY_AFTER_MS : Math.max(0, date - now);
}
