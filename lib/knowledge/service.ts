/**
 * The background's knowledge service: one lazily opened database, the history index fed after each analysis, and
 * cards answered from the four sources. Holds no state beyond the database handle, so a restarted service worker
 * loses nothing. Background only.
 */
import type { EntityProfile } from '../entities/types';
import type { CardSections, KnowledgeSettings } from './card-sources';
import { gatherBackground } from './card-sources';
import { pruneCache } from './cache';
import { openKnowledgeDb, type KnowledgeDb } from './db';
import { clearHistory, indexArticle } from './history';

export interface KnowledgeService {
  /** Indexes an analysed article's entities (nothing with history off). */
  indexArticle(article: { url: string; title: string }, entities: readonly EntityProfile[], settings: KnowledgeSettings): Promise<number>;
  /** A card's sections for `entityId`, one of `entities`. With `offline`, makes no network request at all. */
  card(entityId: string, url: string, entities: readonly EntityProfile[], wikipedia: boolean, settings: KnowledgeSettings): Promise<CardSections>;
  clearHistory(): Promise<void>;
  /** Drops expired cache records; run at startup. */
  prune(): Promise<number>;
}

export interface KnowledgeServiceDeps {
  open?: () => Promise<KnowledgeDb>; // Test seam.
  fetch?: typeof fetch; // Test seam.
  now?: () => number; // Test seam.
}

/** The site a history row names: the host without "www.". */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function createKnowledgeService(deps: KnowledgeServiceDeps = {}): KnowledgeService {
  let dbPromise: Promise<KnowledgeDb> | null = null;
  const db = () => {
    dbPromise ??= (deps.open ?? (() => openKnowledgeDb()))().catch((error: unknown) => {
      dbPromise = null; // Let the next call try again.
      throw error;
    });
    return dbPromise;
  };
  const now = deps.now ?? Date.now;
  // Bound late: a service worker's global fetch, called as a plain function.
  const doFetch: typeof fetch = deps.fetch ?? ((input, init) => fetch(input, init));

  return {
    async indexArticle(article, entities, settings) {
      if (!settings.historyEnabled || !/^https?:/.test(article.url)) return 0;
      return indexArticle(await db(), { ...article, site: siteOf(article.url), readAt: now() }, entities, true);
    },
    async card(entityId, url, entities, wikipedia, settings) {
      const entity = entities.find((e) => e.id === entityId);
      if (!entity) throw new Error('unknown entity');
      const refuse: typeof fetch = () => Promise.reject(new Error('offline: no network lookups'));
      return gatherBackground(entity, { url, otherEntities: entities, settings, wikipedia }, {
        db: await db(),
        // Belt and braces: with the offline setting, no fetch can happen even if a source tried.
        fetch: settings.offline ? refuse : doFetch,
        now,
      });
    },
    async clearHistory() {
      await clearHistory(await db());
    },
    async prune() {
      return pruneCache(await db(), now());
    },
  };
}
