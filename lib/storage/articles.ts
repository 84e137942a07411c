/**
 * Grouping highlights by article for the lists. Pure.
 */
import type { ArticleGroup, SavedHighlight } from './types';

/**
 * Groups highlights by URL: articles by their newest highlight, newest first; highlights newest first
 * within each. Title, site and author come from the newest highlight of the article.
 */
export function groupByArticle(highlights: readonly SavedHighlight[]): ArticleGroup[] {
  const sorted = [...highlights].sort(byNewest);
  const groups = new Map<string, ArticleGroup>();
  for (const h of sorted) {
    let group = groups.get(h.url);
    if (!group) {
      group = { url: h.url, title: h.title, site: h.site, latest: h.createdAt, highlights: [] };
      if (h.author !== undefined) group.author = h.author;
      groups.set(h.url, group);
    }
    group.highlights.push(h);
  }
  return [...groups.values()];
}

/** Newest createdAt first; ties by id so the order is stable. */
export function byNewest(a: SavedHighlight, b: SavedHighlight): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
