/**
 * Notices when the page rewrites the article under the highlights (a live blog, a framework re-render, an ad
 * script): if any highlighted text node leaves the document or changes, `onChange` runs once the page has been
 * quiet for a moment. Re-runs are capped per page so a page that never stops changing costs little.
 */

const QUIET_MS = 400;
const MAX_RERUNS = 8;
const reruns = new WeakMap<Document, number>();

export function watchArticle(nodes: readonly Text[], onChange: () => void, doc: Document = document): () => void {
  const win = doc.defaultView ?? window;
  const lengths = nodes.map((n) => n.data.length);
  let timer: number | undefined;
  const changed = () => nodes.some((n, i) => !n.isConnected || n.data.length !== lengths[i]);
  const observer = new MutationObserver(() => {
    win.clearTimeout(timer);
    timer = win.setTimeout(() => {
      if (!changed()) return;
      const count = (reruns.get(doc) ?? 0) + 1;
      reruns.set(doc, count);
      if (count <= MAX_RERUNS) onChange();
    }, QUIET_MS);
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
  return () => {
    observer.disconnect();
    win.clearTimeout(timer);
  };
}
