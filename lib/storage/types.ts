/**
 * The saved-highlight data model, shared by storage, export and (later) the UI. Plain, structured-cloneable
 * data only: it crosses messages and goes into IndexedDB as is.
 */
import type { HighlightSelectors } from '../anchoring/types';

/** The four highlight colours, in the order the UI offers them. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** One highlight a reader saved. */
export interface SavedHighlight {
  /** A UUID (crypto.randomUUID()), or the IRI of an imported W3C annotation that had no UUID. */
  id: string;
  /** The page, normalised by normaliseUrl (no fragment). */
  url: string;
  title: string;
  /** The site's name (or host). */
  site: string;
  author?: string;
  /** [TextQuoteSelector, TextPositionSelector], positions in code points. */
  selectors: HighlightSelectors;
  color: HighlightColor;
  /** '' when there is none. */
  note: string;
  /** Without '#', no whitespace, in the order the reader gave them. */
  tags: string[];
  /** ISO 8601, UTC (`Date.prototype.toISOString`), so that strings sort by time. */
  createdAt: string;
  updatedAt: string;
}

/** The fields a reader can change after saving. */
export type HighlightEdit = Partial<Pick<SavedHighlight, 'color' | 'note' | 'tags'>>;

/** One article and its highlights, as the "All highlights" list groups them. */
export interface ArticleGroup {
  url: string;
  title: string;
  site: string;
  author?: string;
  /** createdAt of its newest highlight. */
  latest: string;
  /** Newest first. */
  highlights: SavedHighlight[];
}

/** The URL a highlight is filed under: the fragment dropped, so in-page links share one article. */
export function normaliseUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url.split('#')[0] ?? url;
  }
}

/** What a content script knows when the reader saves: everything but the id and the dates. */
export type HighlightDraft = Omit<SavedHighlight, 'id' | 'createdAt' | 'updatedAt'>;

/** A new SavedHighlight from a draft, with a fresh id and both dates set to `now`. */
export function newHighlight(
  draft: HighlightDraft,
  now: Date = new Date(),
  id: string = crypto.randomUUID(), // Test seam.
): SavedHighlight {
  const at = now.toISOString();
  return { ...draft, url: normaliseUrl(draft.url), id, createdAt: at, updatedAt: at };
}
