/**
 * Full-text search over highlights with MiniSearch: quote, note, tags, title and site; prefix and
 * slightly fuzzy terms (from 3 and 5 characters), all terms required. In memory, built from the store and kept in step by it.
 */
import MiniSearch from 'minisearch';
import type { SavedHighlight } from './types';

const FIELDS = ['quote', 'note', 'tags', 'title', 'site'] as const;

/** The search index of one collection. */
export interface HighlightSearch {
  /** Matching highlights, best first. An empty query returns []. */
  search(query: string, limit?: number): SavedHighlight[];
  put(highlight: SavedHighlight): void;
  remove(id: string): void;
}

function field(h: SavedHighlight, name: string): string {
  if (name === 'quote') return h.selectors[0].exact;
  if (name === 'tags') return h.tags.join(' ');
  if (name === 'note' || name === 'title' || name === 'site') return h[name];
  return '';
}

/** Builds the index: the costly step (see bench:store); do it once per store, ahead of the first query. */
export function createHighlightSearch(highlights: readonly SavedHighlight[]): HighlightSearch {
  const byId = new Map<string, SavedHighlight>();
  const index = new MiniSearch<SavedHighlight>({
    fields: [...FIELDS],
    extractField: (doc, name) => (name === 'id' ? doc.id : field(doc, name)),
    searchOptions: {
      // Prefix and typo matching only for longer terms: "7" or "ne" as prefixes match half the collection.
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      combineWith: 'AND',
      boost: { quote: 2, note: 2, title: 1.5 },
    },
  });
  for (const h of highlights) byId.set(h.id, h);
  index.addAll([...byId.values()]);
  return {
    search(query, limit = 200) {
      if (!query.trim()) return [];
      const hits = index.search(query);
      const out: SavedHighlight[] = [];
      for (const hit of hits) {
        const h = byId.get(String(hit.id));
        if (h) out.push(h);
        if (out.length >= limit) break;
      }
      return out;
    },
    put(h) {
      if (byId.has(h.id)) index.discard(h.id);
      byId.set(h.id, h);
      index.add(h);
    },
    remove(id) {
      if (!byId.delete(id)) return;
      index.discard(id);
    },
  };
}
