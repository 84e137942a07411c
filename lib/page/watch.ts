/**
 * Notices when the page rewrites the article under the highlights (a live blog, a framework re-render, an ad
 * script): if any indexed text node has left the document or no longer holds the text it was read with,
 * `onChange` runs once the page has been quiet for a moment. A rewrite that happened while the background was
 * still recognising counts too. Re-runs are capped per page so a page that never stops changing costs little.
 */
import type { TextIndex } from '../extraction/text-index';

const QUIET_MS = 400;
const MAX_RERUNS = 8;
const reruns = new WeakMap<Document, number>();

/** Whether the live page no longer holds the text the index was built from. */
export function isStale(index: TextIndex): boolean {
  return index.nodes.some((node, i) => {
    const start = index.starts[i]!;
    return !node.isConnected || node.data !== index.text.slice(start, start + index.lengths[i]!);
  });
}

export function watchArticle(index: TextIndex, onChange: () => void, doc: Document = document): () => void {
  const win = doc.defaultView ?? window;
  let timer: number | undefined;
  const schedule = () => {
    win.clearTimeout(timer);
    timer = win.setTimeout(() => {
      if (!isStale(index)) return;
      const count = (reruns.get(doc) ?? 0) + 1;
      reruns.set(doc, count);
      if (count <= MAX_RERUNS) onChange();
    }, QUIET_MS);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
  schedule();
  return () => {
    observer.disconnect();
    win.clearTimeout(timer);
  };
}
