/**
 * Finds the article in the live page without rewriting it: Readability runs on a clone, and the article's text
 * nodes are then traced back to the live ones. Each clone element carries its live twin's index in an attribute,
 * which survives Readability's moves, re-tagging and even its re-parsing of the page's HTML on a retry.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { buildTextIndex, type TextIndex } from './text-index';

const MARK = 'data-backstory-i';

/** Past this many elements Readability alone would freeze the tab; the page is read from its main region or not at all. */
export const MAX_ELEMENTS = 40_000;

export type Extraction =
  | { status: 'article'; index: TextIndex; title: string; siteName: string; lang: string }
  | { status: 'not-article' | 'too-large' };

export interface ExtractOptions {
  /** The most characters of article text kept. */
  maxChars: number;
  /** Elements whose text is never taken (the extension's own UI). */
  excludeSelector?: string;
}

/** Text that is never highlighted: form fields, editable areas, code the page runs. */
const EDITABLE = 'input, textarea, select, option, script, style, noscript, template, [contenteditable]:not([contenteditable="false"])';

/** Reads the live document's article, or says why there is none. Never modifies `doc`. */
export function extractArticle(doc: Document, options: ExtractOptions): Extraction {
  if (!doc.body || !isProbablyReaderable(doc)) return { status: 'not-article' };
  const root = pickRoot(doc as Document & { body: HTMLElement });
  if (!root) return { status: 'too-large' };

  const live = [root, ...root.getElementsByTagName('*')];
  const clone = doc.implementation.createHTMLDocument(doc.title);
  const copy = clone.importNode(root, true);
  const copies = [copy, ...copy.getElementsByTagName('*')];
  for (let i = 0; i < copies.length; i++) copies[i]!.setAttribute(MARK, String(i));
  if (copy.tagName === 'BODY') clone.body.replaceWith(copy);
  else clone.body.append(copy);
  for (const meta of doc.head?.querySelectorAll('meta, title, script[type="application/ld+json"]') ?? []) {
    clone.head.append(clone.importNode(meta, true));
  }

  const article = new Readability(clone, { serializer: (node: Node) => node }).parse();
  if (!article?.content) return { status: 'not-article' };
  const nodes = traceToLive(article.content as Element, live, options.excludeSelector);
  if (!nodes.length) return { status: 'not-article' };
  return {
    status: 'article',
    index: buildTextIndex(nodes, options.maxChars),
    title: article.title ?? doc.title,
    siteName: article.siteName ?? '',
    lang: article.lang ?? doc.documentElement.lang ?? '',
  };
}

/** The element to read: the whole document, or on an enormous page its main region when that is small enough. */
function pickRoot(doc: Document & { body: HTMLElement }): Element | null {
  if (doc.getElementsByTagName('*').length <= MAX_ELEMENTS) return doc.body;
  for (const selector of ['article', '[itemprop="articleBody"]', 'main', '[role="main"]']) {
    const el = doc.querySelector(selector);
    if (el && el.getElementsByTagName('*').length <= MAX_ELEMENTS) return el;
  }
  return null;
}

/**
 * The live text nodes behind the article's text nodes, in order. A clone text node is found again under its
 * nearest marked ancestor's live twin, as the first not-yet-used live text node there with the same data.
 */
function traceToLive(content: Element, live: Element[], excludeSelector?: string): Text[] {
  const out: Text[] = [];
  const pools = new Map<Element, { nodes: Text[]; next: number }>();
  const walker = content.ownerDocument.createTreeWalker(content, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!node.data.trim()) continue;
    const marked = node.parentElement?.closest(`[${MARK}]`);
    const twin = marked ? live[Number(marked.getAttribute(MARK))] : undefined;
    if (!twin) continue;
    let pool = pools.get(twin);
    if (!pool) pools.set(twin, (pool = { nodes: textNodesOf(twin), next: 0 }));
    let found = pool.next;
    while (found < pool.nodes.length && pool.nodes[found]!.data !== node.data) found++;
    if (found === pool.nodes.length) continue;
    pool.next = found + 1;
    const liveNode = pool.nodes[found]!;
    if (isExcluded(liveNode, excludeSelector)) continue;
    out.push(liveNode);
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
