/**
 * The reader's own history: which earlier articles named the same person or place. Each analysed page's entities
 * are indexed in the knowledge database, on this device only. Every function takes the on/off setting's value:
 * with history off, nothing is written and nothing is read.
 */
import type { EntityProfile, EntityType } from '../entities/types';
import type { HistoryRecord, KnowledgeDb } from './db';

/** The article being indexed. */
export interface HistoryArticle {
  url: string;
  title: string;
  /** Host or site name ("dhakatribune.com"). */
  site: string;
  /** When the reader read it (ms since the epoch). */
  readAt: number;
  /** The article's own date (ISO 8601), if known. */
  published?: string;
}

/** One earlier article that named the entity: a line of the card's history section. Plain data. */
export interface HistoryItem {
  url: string;
  title: string;
  site: string;
  readAt: number;
  published?: string;
  sentence: string;
}

/** How an entity is matched across articles: its type and its name, lower case, without dots or extra spaces. */
export function entityKey(type: EntityType, name: string): string {
  return `${type}:${name.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim()}`;
}

/**
 * Indexes an analysed article's entities, replacing what an earlier analysis of the same URL stored.
 * Returns the number of rows written (0 with history off).
 */
export async function indexArticle(
  db: KnowledgeDb,
  article: HistoryArticle,
  entities: readonly Pick<EntityProfile, 'name' | 'type' | 'firstSentence'>[],
  enabled: boolean,
): Promise<number> {
  if (!enabled) return 0;
  const tx = db.transaction('history', 'readwrite');
  const old = await tx.store.index('by-url').getAllKeys(article.url);
  await Promise.all(old.map((key) => tx.store.delete(key)));
  const rows: HistoryRecord[] = entities.map((e) => ({
    entityKey: entityKey(e.type, e.name),
    entityName: e.name,
    entityType: e.type,
    url: article.url,
    title: article.title,
    site: article.site,
    readAt: article.readAt,
    ...(article.published ? { published: article.published } : {}),
    sentence: e.firstSentence,
  }));
  await Promise.all(rows.map((row) => tx.store.add(row)));
  await tx.done;
  return rows.length;
}

/**
 * Earlier articles that named the entity (by its name or any alias, same type), excluding `excludeUrl`, newest
 * first, one per URL, at most `limit` (default 5). Empty with history off.
 */
export async function earlierMentions(
  db: KnowledgeDb,
  entity: Pick<EntityProfile, 'name' | 'type' | 'aliases'>,
  options: { excludeUrl: string; enabled: boolean; limit?: number },
): Promise<HistoryItem[]> {
  if (!options.enabled) return [];
  const keys = [...new Set([entity.name, ...entity.aliases].map((n) => entityKey(entity.type, n)))];
  const index = db.transaction('history').store.index('by-entity');
  const rows = (await Promise.all(keys.map((k) => index.getAll(k)))).flat();
  const byUrl = new Map<string, HistoryRecord>();
  for (const row of rows.sort((a, b) => b.readAt - a.readAt)) {
    if (row.url !== options.excludeUrl && !byUrl.has(row.url)) byUrl.set(row.url, row);
  }
  return [...byUrl.values()].slice(0, options.limit ?? 5).map((r) => ({
    url: r.url,
    title: r.title,
    site: r.site,
    readAt: r.readAt,
    ...(r.published ? { published: r.published } : {}),
    sentence: r.sentence,
  }));
}

/** Deletes the whole history index (the settings' "clear history"). */
export async function clearHistory(db: KnowledgeDb): Promise<void> {
  await db.clear('history');
}
