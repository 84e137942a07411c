/**
 * The knowledge database (`backstory-knowledge`), separate from the highlights database: the Wikipedia cache, the
 * per-host back-off times and the reader's history index. The schema is declared once here. Background only.
 *
 * Hazard (idb): inside a transaction, await only that transaction's requests; awaiting anything else (fetch, a
 * timer) lets it auto-commit, and the next request throws TransactionInactiveError.
 */
import { wrap } from 'idb';
import type { DBSchema, IDBPDatabase } from 'idb';
import type { EntityType } from '../entities/types';

export const KNOWLEDGE_DB_NAME = 'backstory-knowledge';
export const KNOWLEDGE_DB_VERSION = 1;

/** One cached value with its expiry (ms since the epoch). */
export interface CacheRecord {
  key: string;
  value: unknown;
  storedAt: number;
  expiresAt: number;
}

/** A host that answered 429: no request to it before `notBefore` (ms since the epoch). */
export interface BackoffRecord {
  host: string;
  notBefore: number;
}

/** One entity seen in one analysed article: a row of the reader's history. */
export interface HistoryRecord {
  id?: number;
  /** `${type}:${normalised name}`: how an entity is matched across articles. */
  entityKey: string;
  entityName: string;
  entityType: EntityType;
  url: string;
  title: string;
  site: string;
  /** When the reader read it (ms since the epoch). */
  readAt: number;
  /** The article's own date, if it gave one (ISO 8601). */
  published?: string;
  /** The sentence of the entity's first mention. */
  sentence: string;
}

export interface KnowledgeSchema extends DBSchema {
  cache: { key: string; value: CacheRecord; indexes: { 'by-expiry': number } };
  backoff: { key: string; value: BackoffRecord };
  history: {
    key: number;
    value: HistoryRecord;
    indexes: { 'by-entity': string; 'by-url': string; 'by-read': number };
  };
}

export type KnowledgeDb = IDBPDatabase<KnowledgeSchema>;

/**
 * Opens (and creates or upgrades) the knowledge database.
 * @param factory the IndexedDB factory; tests pass a fresh `new IDBFactory()` from fake-indexeddb. // Test seam.
 */
export async function openKnowledgeDb(factory: IDBFactory = indexedDB): Promise<KnowledgeDb> {
  const request = factory.open(KNOWLEDGE_DB_NAME, KNOWLEDGE_DB_VERSION);
  request.addEventListener('upgradeneeded', (event) => {
    const db = request.result;
    if (event.oldVersion < 1) {
      db.createObjectStore('cache', { keyPath: 'key' }).createIndex('by-expiry', 'expiresAt');
      db.createObjectStore('backoff', { keyPath: 'host' });
      const history = db.createObjectStore('history', { keyPath: 'id', autoIncrement: true });
      history.createIndex('by-entity', 'entityKey');
      history.createIndex('by-url', 'url');
      history.createIndex('by-read', 'readAt');
    }
  });
  return (await wrap(request)) as unknown as KnowledgeDb;
}
