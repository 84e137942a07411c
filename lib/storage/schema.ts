/**
 * The Backstory database: its schema, declared once as a DBSchema type, and its migrations.
 * Open it only in the background and extension pages: IndexedDB opened in a content script would
 * belong to the page's origin, not to the extension.
 */
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { SavedHighlight } from './types';

export const DB_NAME = 'backstory';
/** The current schema version. Add a migration to MIGRATIONS with every bump. */
export const DB_VERSION = 2;

/** The current schema. */
export interface BackstoryDB extends DBSchema {
  highlights: {
    key: string;
    value: SavedHighlight;
    indexes: { 'by-url': string; 'by-createdAt': string; 'by-tag': string };
  };
}

export type BackstoryDatabase = IDBPDatabase<BackstoryDB>;
type UpgradeTransaction = IDBPTransaction<BackstoryDB, StoreNames<BackstoryDB>[], 'versionchange'>;

/** A highlight as version 1 stored it: no tags, no updatedAt. Kept for the migration and its test. */
export type HighlightV1 = Omit<SavedHighlight, 'tags' | 'updatedAt'>;

/**
 * MIGRATIONS[v] takes the database from version v - 1 to v, inside the upgrade transaction.
 * Hazard (from idb's docs): await only requests of `tx` in here, never anything else, or the
 * transaction commits early.
 */
const MIGRATIONS: Record<number, (db: BackstoryDatabase, tx: UpgradeTransaction) => Promise<void>> = {
  1: async (db) => {
    const store = db.createObjectStore('highlights', { keyPath: 'id' });
    store.createIndex('by-url', 'url');
  },
  2: async (_db, tx) => {
    const store = tx.objectStore('highlights');
    store.createIndex('by-createdAt', 'createdAt');
    store.createIndex('by-tag', 'tags', { multiEntry: true });
    for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
      const old = cursor.value as Partial<SavedHighlight> & HighlightV1;
      await cursor.update({ ...old, tags: old.tags ?? [], updatedAt: old.updatedAt ?? old.createdAt });
    }
  },
};

/**
 * Opens (creating or upgrading) the database. `factory` is injectable so tests use a fresh fake-indexeddb
 * IDBFactory each; `version` exists only so a test can create an older schema. // Test seam.
 * The connection closes itself when another context wants to upgrade it.
 */
export function openBackstoryDb(
  factory: IDBFactory = indexedDB,
  version: number = DB_VERSION,
): Promise<BackstoryDatabase> {
  const request = factory.open(DB_NAME, version);
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as BackstoryDatabase;
    const tx = wrap(request.transaction as IDBTransaction) as unknown as UpgradeTransaction;
    let chain = Promise.resolve();
    for (let v = event.oldVersion + 1; v <= version; v++) {
      const migrate = MIGRATIONS[v];
      if (migrate) chain = chain.then(() => migrate(db, tx));
    }
    chain.catch(() => tx.abort());
  });
  return (wrap(request) as Promise<unknown>).then((value) => {
    const db = value as BackstoryDatabase;
    db.addEventListener('versionchange', () => db.close());
    return db;
  });
}
