/**
 * The saved-highlight entries of Backstory's protocol, merged into BackgroundProtocol and ContentProtocol
 * (lib/messaging/protocol.ts). Plain data only: selectors, ids and text, never a Range.
 */
import type { ImportSummary } from '../storage/highlight-store';
import type { ArticleGroup, HighlightDraft, HighlightEdit, SavedHighlight } from '../storage/types';

/** The download formats: Markdown (Obsidian), Backstory JSON backup, Readwise CSV, W3C Web Annotation JSON-LD. */
export const EXPORT_FORMATS = ['markdown', 'json', 'csv', 'w3c'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A file ready to download. */
export interface ExportFile {
  fileName: string;
  mediaType: string;
  text: string;
  count: number;
}

/**
 * Messages the background answers about saved highlights. A content script may only `saveHighlight`,
 * `listHighlights` and `reportAnchoring`, and only for its own tab's URL (taken from the sender, never from the
 * data); every other entry is for this extension's pages.
 */
export interface HighlightMessages {
  /** Saves a new highlight; replies once the IndexedDB transaction is durable. */
  saveHighlight: { data: { draft: HighlightDraft }; reply: SavedHighlight };
  updateHighlight: { data: { id: string; edit: HighlightEdit }; reply: SavedHighlight };
  /** Replies with the removed highlight (keep it for undo), or null. */
  deleteHighlight: { data: { id: string }; reply: SavedHighlight | null };
  restoreHighlight: { data: { highlight: SavedHighlight }; reply: SavedHighlight };
  /** One page's highlights in page order. `url` is ignored for a content script (its own page is used). */
  listHighlights: { data: { url?: string }; reply: SavedHighlight[] };
  /**
   * Grouped by article, newest first (the newest `limit` highlights when given), with how many there are in all
   * and the ids last found orphaned.
   */
  listAllHighlights: { data: { limit?: number }; reply: { groups: ArticleGroup[]; total: number; orphans: string[] } };
  searchHighlights: { data: { query: string }; reply: SavedHighlight[] };
  exportHighlights: { data: { format: ExportFormat; url?: string }; reply: ExportFile };
  importHighlights: { data: { text: string }; reply: ImportSummary & { format: string } };
  /** A content script says which of its page's highlights it could not place. */
  reportAnchoring: { data: { placed: string[]; orphans: string[] }; reply: boolean };
}

/** What the content script knows of the saved highlights on its page (ids only; the text stays in storage). */
export interface SavedPageState {
  url: string;
  placed: string[];
  orphans: string[];
  /** Anchoring time on this page, in milliseconds (reading the text included). */
  anchorMs: number;
}

/** Messages a content script answers about saved highlights (from the popup and the background). */
export interface SavedPageMessages {
  getSavedState: { data: Record<string, never>; reply: SavedPageState };
  /** Scroll to a saved highlight and flash it. */
  revealHighlight: { data: { id: string }; reply: boolean };
  /** Highlights were edited, deleted, restored or imported elsewhere: load and repaint this page's. */
  highlightsChanged: { data: Record<string, never>; reply: boolean };
  /** The context menu or the keyboard command: save the current selection (default colour). */
  saveSelection: { data: Record<string, never>; reply: boolean };
}

/**
 * How many of the newest highlights the lists open with. Older ones are found by search (which covers all), so a
 * collection of 10,000 opens as fast as one of 100.
 */
export const LIST_LIMIT = 300;
