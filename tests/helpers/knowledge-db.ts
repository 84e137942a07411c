import { IDBFactory } from 'fake-indexeddb';
import { openKnowledgeDb } from '../../lib/knowledge/db';
import type { KnowledgeDb } from '../../lib/knowledge/db';

/** A knowledge database on a fresh in-memory IndexedDB: nothing is shared between tests. */
export function freshKnowledgeDb(): Promise<KnowledgeDb> {
  return openKnowledgeDb(new IDBFactory());
}

/** A clock tests move by hand. */
export function manualClock(start = Date.UTC(2026, 0, 1)): { now: () => number; advance: (ms: number) => void } {
  let t = start;
  return { now: () => t, advance: (ms) => (t += ms) };
}
