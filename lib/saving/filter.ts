/** Filters for the full-page highlights view. Pure. */
import { groupByArticle } from '../storage/articles';
import type { ArticleGroup, HighlightColor } from '../storage/types';

export interface HighlightFilters {
  /** '' for any. */
  site: string;
  tag: string;
  color: HighlightColor | '';
  orphansOnly: boolean;
}

export const NO_FILTERS: HighlightFilters = { site: '', tag: '', color: '', orphansOnly: false };

/** The groups keeping only matching highlights (and only articles with one left). */
export function filterGroups(groups: readonly ArticleGroup[], f: HighlightFilters, orphans: ReadonlySet<string>): ArticleGroup[] {
  const kept = groups.flatMap((g) =>
    g.highlights.filter(
      (h) =>
        (!f.site || h.site === f.site) &&
        (!f.tag || h.tags.includes(f.tag)) &&
        (!f.color || h.color === f.color) &&
        (!f.orphansOnly || orphans.has(h.id)),
    ),
  );
  return groupByArticle(kept);
}

/** The sites and tags present, sorted, to offer as filter choices. */
export function filterChoices(groups: readonly ArticleGroup[]): { sites: string[]; tags: string[] } {
  const all = groups.flatMap((g) => g.highlights);
  const sort = (s: Iterable<string>) => [...new Set(s)].sort((a, b) => a.localeCompare(b));
  return { sites: sort(all.map((h) => h.site).filter(Boolean)), tags: sort(all.flatMap((h) => h.tags)) };
}
