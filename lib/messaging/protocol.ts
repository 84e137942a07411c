/**
 * The one protocol between Backstory's parts. Entries are named by receiver and verb; each takes one `data`
 * object and replies with plain data wrapped in a `Result`. Nothing here carries a Node, Range or Error.
 */
import type { EntityProfile, Mention } from '../entities/types';
import type { ParsedArticle } from '../extraction/parse-article';
import type { CardSections } from '../knowledge/card-sources';
import type { HighlightMessages, SavedPageMessages } from '../saving/protocol';

export type { CardSections };

/** What the content script knows of its page, as the popup shows it. */
export interface PageState {
  status: PageStatus;
  url: string;
  title: string;
  /** People and places, most salient first. */
  entities: EntityProfile[];
  /** Mentions the recogniser found but the live page no longer had in place. */
  unplaced: number;
  /** Set when status is 'error'. */
  error?: string;
  /** What the last run cost the page's main thread, in milliseconds. */
  timings?: PageTimings;
}

export interface PageTimings {
  /** On the page: the readerable gate, the HTML snapshot, and tracing the parsed article back to live text. */
  extractMs: number;
  /** Building ranges and painting them, summed over chunks. */
  paintMs: number;
  /** The longest single task Backstory ran on the main thread. */
  longestTaskMs: number;
  /** From the start of the run to the last highlight painted, waiting for the background included. */
  totalMs: number;
}

export type PageStatus = 'reading' | 'ready' | 'not-article' | 'paused' | 'site-off' | 'too-large' | 'error';

/** Messages the background answers (sent by content scripts and extension pages). */
export interface BackgroundProtocol {
  /** Run Readability on a snapshot of a page (`snapshotPage`), off the page's main thread. From a tab only. */
  parseArticle: { data: { html: string }; reply: ParsedArticle };
  /** Recognise the people and places in an article's text. Off the page's main thread. */
  analyseArticle: {
    /** `title` is the article's title, for the reader's history. From a tab only. */
    data: { text: string; url: string; title: string };
    reply: { mentions: Mention[]; entities: EntityProfile[] };
  };
  /**
   * A card's further sections (history, atlas, Wikipedia) for one of the article's entities. `entities` is the
   * article's profiles (the entity itself among them); `wikipedia` asks Wikipedia too (hover dwell, popup), which the
   * offline setting overrides. From content scripts and this extension's pages.
   */
  getCard: {
    data: { entityId: string; url: string; entities: EntityProfile[]; wikipedia: boolean };
    reply: CardSections;
  };
  /** Empties the reader's history index (the settings' "Clear history"). From this extension's pages only. */
  clearHistory: { data: Record<string, never>; reply: boolean };
}

/** Messages Chrome's offscreen document answers (sent by the background only): DOM work a service worker can't do. */
export interface OffscreenProtocol {
  offscreenParseArticle: { data: { html: string }; reply: ParsedArticle };
}

/** Messages a content script answers (sent by the popup and the background to one tab). */
export interface ContentProtocol {
  getPageState: { data: Record<string, never>; reply: PageState };
  /** Scroll to an entity's first mention and flash it. */
  revealEntity: { data: { entityId: string }; reply: boolean };
  /** Move the keyboard focus to the next (1) or previous (-1) name and open its card. */
  stepName: { data: { direction: 1 | -1 }; reply: boolean };
}

export type Envelope<P, K extends keyof P = keyof P> = K extends keyof P
  ? { type: K; data: P[K] extends { data: infer D } ? D : never }
  : never;

export type DataOf<P, K extends keyof P> = P[K] extends { data: infer D } ? D : never;
export type ReplyOf<P, K extends keyof P> = P[K] extends { reply: infer R } ? R : never;

/** The most HTML a snapshot may carry (UTF-16 units); see `snapshotPage`. */
export const MAX_HTML_CHARS = 12_000_000;
/** The most text the background accepts for one analysis (characters). Longer articles are cut by the sender. */
export const MAX_ARTICLE_CHARS = 400_000;
/** The most entity profiles one `getCard` may carry (an article's people and places). */
export const MAX_CARD_ENTITIES = 400;

// Saved highlights (lib/saving/protocol.ts), merged into the call maps above.
/** The background also answers the saved-highlight messages. */
export interface BackgroundProtocol extends HighlightMessages {}
/** A content script also answers the saved-highlight messages. */
export interface ContentProtocol extends SavedPageMessages {}
