/**
 * The page side of extraction, step two: find the live text nodes behind the article's text. Each is looked for
 * under its element's live twin (the first unused text node there with the same data); when the copy's elements
 * do not line up with the live page's (a script built markup the parser would not), a forward search through the
 * page's text nodes in document order finds it instead.
 */
import type { ArticleText } from './parse-article';

/** Text that is never highlighted: form fields, editable areas, code the page runs. */
const EDITABLE = 'input, textarea, select, option, script, style, noscript, template, [contenteditable]:not([contenteditable="false"])';
/** How far the fallback search looks ahead, in text nodes. */
const LOOKAHEAD = 4000;

export function traceToLive(texts: readonly ArticleText[], elements: ReadonlyArray<Element | undefined>, excludeSelector?: string): Text[] {
  const out: Text[] = [];
  const pools = new Map<Element, { nodes: Text[]; next: number }>();
  let all: Text[] | null = null;
  let position: Map<Text, number> | null = null;
  let last: Text | undefined;
  const used = new Set<Text>();
  for (const { i, data } of texts) {
    const twin = elements[i];
    let found: Text | undefined;
    if (twin) {
      let pool = pools.get(twin);
      if (!pool) pools.set(twin, (pool = { nodes: textNodesOf(twin), next: 0 }));
      for (let k = pool.next; k < pool.nodes.length; k++) {
        if (pool.nodes[k]!.data === data && !used.has(pool.nodes[k]!)) {
          found = pool.nodes[k];
          pool.next = k + 1;
          break;
        }
      }
    }
    if (!found) {
      if (!all) {
        const root = elements.find((e) => e !== undefined);
        all = root ? textNodesOf(root) : [];
        position = new Map(all.map((n, k) => [n, k]));
      }
      const from = last ? (position!.get(last) ?? -1) + 1 : 0;
      for (let k = from; k < Math.min(all.length, from + LOOKAHEAD); k++) {
        if (all[k]!.data === data && !used.has(all[k]!)) {
          found = all[k];
          break;
        }
      }
    }
    if (!found) continue;
    last = found;
    if (isExcluded(found, excludeSelector)) continue;
    used.add(found);
    out.push(found);
  }
  return out;
}

function textNodesOf(el: Element): Text[] {
  const nodes: Text[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

function isExcluded(node: Text, excludeSelector?: string): boolean {
  const parent = node.parentElement;
  if (!parent) return true;
  if (parent.closest(EDITABLE) || parent.isContentEditable) return true;
  return excludeSelector ? parent.closest(excludeSelector) !== null : false;
}
