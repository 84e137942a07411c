/**
 * Notices when the page rewrites what Backstory has marked in it (a live blog, a framework re-render, an ad
 * script). After any change, once the page has been quiet for a moment, `isStale` is asked; if it says so,
 * `onChange` runs. A change made before watching began counts too, unless told otherwise. Runs are capped per budget, so a
 * page that never stops changing costs little.
 */
import type { TextIndex } from '../extraction/text-index';

const QUIET_MS = 400;
const MAX_RERUNS = 8;
/** The article's re-runs, counted per document across sessions (SPA navigation makes new sessions). */
const articleBudgets = new WeakMap<Document, { left: number }>();

/** Whether the live page no longer holds the text the index was built from. */
export function isStale(index: TextIndex): boolean {
  return index.nodes.some((node, i) => {
    const start = index.starts[i]!;
    return !node.isConnected || node.data !== index.text.slice(start, start + index.lengths[i]!);
  });
}

export interface WatchOptions {
  quietMs?: number;
  /** Shared between watches that together may run at most `left` more times. */
  budget: { left: number };
  /** Also check once at the start, for a change made before watching began. Default: true. */
  checkAtStart?: boolean;
}

/** Watches the document; returns a function that stops watching. */
export function watchQuietly(doc: Document, isStaleNow: () => boolean, onChange: () => void, options: WatchOptions): () => void {
  const win = doc.defaultView ?? window;
  let timer: number | undefined;
  const schedule = () => {
    win.clearTimeout(timer);
    timer = win.setTimeout(() => {
      if (options.budget.left <= 0 || !isStaleNow()) return;
      options.budget.left--;
      onChange();
    }, options.quietMs ?? QUIET_MS);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
  if (options.checkAtStart ?? true) schedule();
  return () => {
    observer.disconnect();
    win.clearTimeout(timer);
  };
}

/** Re-runs the article's session when its indexed text changes (at most 8 times per page). */
export function watchArticle(index: TextIndex, onChange: () => void, doc: Document = document): () => void {
  let budget = articleBudgets.get(doc);
  if (!budget) articleBudgets.set(doc, (budget = { left: MAX_RERUNS }));
  return watchQuietly(doc, () => isStale(index), onChange, { budget });
}
