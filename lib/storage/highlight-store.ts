/**
 * The highlights repository over the Backstory database. Background and extension pages only.
 * Every write is one transaction with `durability: 'strict'`, awaited to completion before the returned
 * promise resolves: when it says ok, the highlight is on disk (an MV3 service worker may stop any time).
 * Failures come back as `{ok: false, error}` with a message a reader can act on; nothing throws.
 */
import type { Result } from '../messaging/result';
import { byNewest, groupByArticle } from './articles';
import { describeStorageError } from './persistence';
import type { BackstoryDatabase } from './schema';
import { createHighlightSearch, type HighlightSearch } from './search';
import type { ArticleGroup, HighlightEdit, SavedHighlight } from './types';
import { normaliseUrl } from './types';

/** What an import did. */
export interface ImportSummary {
  added: number;
  /** Already stored (same id), or repeated in the file. */
  skipped: number;
}

/** The repository. Create one per database connection. */
export interface HighlightStore {
  /** Adds or replaces a highlight. */
  save(highlight: SavedHighlight): Promise<Result<SavedHighlight>>;
  /** Changes note, colour or tags, and sets updatedAt. */
  update(id: string, edit: HighlightEdit): Promise<Result<SavedHighlight>>;
  /** Deletes and returns the highlight (keep it to undo), or null if there was none. */
  remove(id: string): Promise<Result<SavedHighlight | null>>;
  /** Puts a removed highlight back as it was (undo). */
  restore(highlight: SavedHighlight): Promise<Result<SavedHighlight>>;
  get(id: string): Promise<SavedHighlight | undefined>;
  /** One page's highlights in page order ("This page"). The URL is normalised first. */
  listByUrl(url: string): Promise<SavedHighlight[]>;
  /**
   * Everything grouped by article, newest first ("All highlights"); with `limit`, only the newest `limit`
   * highlights, read by a cursor so a large collection opens as fast as a small one.
   */
  listAll(limit?: number): Promise<ArticleGroup[]>;
  /** Full-text search on quote, note, tags, title and site. Builds the index on first use. */
  search(query: string, limit?: number): Promise<SavedHighlight[]>;
  /** Adds every highlight whose id is new, in ONE transaction: all are written or none. Validate first. */
  importAll(highlights: readonly SavedHighlight[]): Promise<Result<ImportSummary>>;
  /** All highlights (or one page's), newest first, for the serialisers in lib/export. */
  exportAll(url?: string): Promise<SavedHighlight[]>;
  count(): Promise<number>;
}

const STRICT = { durability: 'strict' } as const;

/** Creates the repository over an open database (see openBackstoryDb). */
export function createHighlightStore(db: BackstoryDatabase, now: () => Date = () => new Date()): HighlightStore {
  let index: HighlightSearch | null = null;

  async function write<T>(action: string, run: () => Promise<T>): Promise<Result<T>> {
    try {
      return { ok: true, value: await run() };
    } catch (error) {
      return { ok: false, error: describeStorageError(error, action) };
    }
  }

  async function putOne(highlight: SavedHighlight): Promise<SavedHighlight> {
    const tx = db.transaction('highlights', 'readwrite', STRICT);
    await Promise.all([tx.store.put(highlight), tx.done]);
    index?.put(highlight);
    return highlight;
  }

  const all = async () => (await db.getAllFromIndex('highlights', 'by-createdAt')).reverse();

  return {
    save: (highlight) => write('save the highlight', () => putOne(highlight)),
    restore: (highlight) => write('restore the highlight', () => putOne(highlight)),

    update: (id, edit) =>
      write('change the highlight', async () => {
        const tx = db.transaction('highlights', 'readwrite', STRICT);
        const old = await tx.store.get(id);
        if (!old) {
          tx.abort(); // Nothing was written; end the transaction now.
          await tx.done.catch(() => undefined);
          throw new Error(`there is no highlight with id ${id}`);
        }
        const next: SavedHighlight = { ...old, ...edit, updatedAt: now().toISOString() };
        await Promise.all([tx.store.put(next), tx.done]);
        index?.put(next);
        return next;
      }),

    remove: (id) =>
      write('delete the highlight', async () => {
        const tx = db.transaction('highlights', 'readwrite', STRICT);
        const old = await tx.store.get(id);
        if (old) await tx.store.delete(id);
        await tx.done;
        index?.remove(id);
        return old ?? null;
      }),

    get: (id) => db.get('highlights', id),

    async listByUrl(url) {
      const list = await db.getAllFromIndex('highlights', 'by-url', normaliseUrl(url));
      return list.sort((a, b) => a.selectors[1].start - b.selectors[1].start || byNewest(a, b));
    },

    async listAll(limit) {
      if (limit === undefined) return groupByArticle(await all());
      const newest: SavedHighlight[] = [];
      let cursor = await db.transaction('highlights').store.index('by-createdAt').openCursor(null, 'prev');
      while (cursor && newest.length < limit) {
        newest.push(cursor.value);
        cursor = await cursor.continue();
      }
      return groupByArticle(newest);
    },

    async search(query, limit) {
      index ??= createHighlightSearch(await all());
      return index.search(query, limit);
    },

    importAll: (highlights) =>
      write('import the highlights', async () => {
        const tx = db.transaction('highlights', 'readwrite', STRICT);
        const existing = new Set(await tx.store.getAllKeys());
        const fresh: SavedHighlight[] = [];
        for (const h of highlights) {
          if (existing.has(h.id)) continue;
          existing.add(h.id);
          fresh.push(h);
        }
        const pending: Promise<unknown>[] = [];
        try {
          for (const h of fresh) pending.push(tx.store.add(h));
          await Promise.all([...pending, tx.done]);
        } catch (error) {
          // Abort, so that nothing of the batch is kept, whichever request failed.
          for (const p of pending) p.catch(() => undefined);
          try {
            tx.abort();
          } catch {
            // Already aborted by the failed request.
          }
          await tx.done.catch(() => undefined);
          throw error;
        }
        for (const h of fresh) index?.put(h);
        return { added: fresh.length, skipped: highlights.length - fresh.length };
      }),

    async exportAll(url) {
      if (url === undefined) return all();
      return (await db.getAllFromIndex('highlights', 'by-url', normaliseUrl(url))).sort(byNewest);
    },

    count: () => db.count('highlights'),
  };
}
