/**
 * The saved highlights of the page the content script runs in: load them (own page only; the background takes
 * the URL from the sender), anchor them (quote + position, cheapest first, fuzzy last), paint them by colour,
 * report orphans, reveal one, and save a new one from a Range. Keeps ids and ranges; the popup gets ids only.
 */
import { anchorAll, describeRange, readPageText } from '../anchoring/anchor';
import { clearSaved, flashSaved, paintSaved } from '../highlighting/saved-painter';
import type { Result } from '../messaging/result';
import type { HighlightColor, HighlightDraft, SavedHighlight } from '../storage/types';
import type { SavedPageState } from './protocol';

const FLASH_MS = 1600;

/** The background calls this module needs (sendToBackground in the extension; fakes in tests). */
export interface SavedHighlightsBackend {
  list: () => Promise<Result<SavedHighlight[]>>;
  save: (draft: HighlightDraft) => Promise<Result<SavedHighlight>>;
  report: (placed: string[], orphans: string[]) => Promise<unknown>;
}

export interface SaveRequest {
  range: Range;
  color: HighlightColor;
  note: string;
  tags: string[];
}

export interface PageHighlights {
  /** (Re)loads this page's highlights and repaints them. */
  load(): Promise<void>;
  /** Saves a highlight for `range`; resolves once it is durable (or with the error). */
  save(request: SaveRequest): Promise<Result<SavedHighlight>>;
  reveal(id: string): boolean;
  /** True when a placed range lost its text (the page rewrote it) or some highlight is still an orphan. */
  needsReanchor(): boolean;
  /** Anchors the loaded highlights again against the page as it is now (no request to the background). */
  reanchor(): void;
  state(): SavedPageState;
  clear(): void;
}

/** Title, site and author of the page, as the draft records them. */
function pageMeta(doc: Document): Pick<HighlightDraft, 'title' | 'site' | 'author'> {
  const meta = (selector: string) => doc.querySelector<HTMLMetaElement>(selector)?.content?.trim() || undefined;
  const author = meta('meta[name="author"]') ?? meta('meta[property="article:author"]');
  return {
    title: (meta('meta[property="og:title"]') ?? doc.title) || doc.URL,
    site: meta('meta[property="og:site_name"]') ?? doc.location?.hostname ?? '',
    ...(author ? { author: author.slice(0, 2000) } : {}),
  };
}

export function createPageHighlights(backend: SavedHighlightsBackend, doc: Document = document): PageHighlights {
  const win = doc.defaultView ?? window;
  let highlights: SavedHighlight[] = [];
  let ranges = new Map<string, Range>();
  let orphans: string[] = [];
  let anchorMs = 0;
  let generation = 0;
  let flashTimer: number | undefined;

  function repaint() {
    const byColor = new Map<HighlightColor, Range[]>();
    for (const h of highlights) {
      const range = ranges.get(h.id);
      if (range) byColor.set(h.color, [...(byColor.get(h.color) ?? []), range]);
    }
    paintSaved(byColor);
  }

  function place(list: SavedHighlight[]) {
    const t0 = win.performance.now();
    // Reading the page's text costs the main thread; a page with nothing saved on it must not pay for it.
    const anchors = list.length ? anchorAll(readPageText(doc.body), list.map((h) => h.selectors)) : [];
    anchorMs = win.performance.now() - t0;
    ranges = new Map();
    orphans = [];
    list.forEach((h, i) => {
      const a = anchors[i];
      if (a) ranges.set(h.id, a.range);
      else orphans.push(h.id);
    });
    highlights = list;
    repaint();
  }

  return {
    async load() {
      const run = ++generation;
      const reply = await backend.list();
      if (run !== generation || !reply.ok) return;
      place(reply.value);
      if (reply.value.length) void backend.report([...ranges.keys()], orphans);
    },

    async save({ range, color, note, tags }) {
      const selectors = describeRange(readPageText(doc.body), range);
      if (!selectors) return { ok: false, error: 'Could not save: the selection holds no text of the page.' };
      const reply = await backend.save({ url: doc.URL, ...pageMeta(doc), selectors, color, note, tags });
      if (reply.ok) {
        generation++; // A load still in flight would not know this one.
        highlights = [...highlights.filter((h) => h.id !== reply.value.id), reply.value];
        ranges.set(reply.value.id, range.cloneRange());
        repaint();
      }
      return reply;
    },

    reveal(id) {
      const range = ranges.get(id);
      if (!range) return false;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
      flashSaved(range);
      win.clearTimeout(flashTimer);
      flashTimer = win.setTimeout(() => flashSaved(null), FLASH_MS);
      return true;
    },

    needsReanchor: () =>
      orphans.length > 0 ||
      [...ranges.values()].some((r) => r.collapsed || !r.startContainer.isConnected || !r.endContainer.isConnected),

    reanchor() {
      if (!highlights.length) return;
      const before = orphans.join();
      place(highlights);
      if (orphans.join() !== before) void backend.report([...ranges.keys()], orphans);
    },

    state: () => ({ url: doc.URL, placed: [...ranges.keys()], orphans: [...orphans], anchorMs }),

    clear() {
      generation++;
      highlights = [];
      ranges = new Map();
      orphans = [];
      clearSaved();
      flashSaved(null);
    },
  };
}
