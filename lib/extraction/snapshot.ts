/**
 * The page side of extraction, step one: decide cheaply whether the page is an article at all, and take a copy
 * of it as HTML for Readability to parse away from the page's main thread. The live document is only read.
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { MAX_HTML_CHARS } from '../messaging/protocol';

/** Past this many elements the page is read from its main region or not at all. */
export const MAX_ELEMENTS = 40_000;

export type Snapshot =
  | {
      status: 'ok';
      /** A whole HTML document: the page's metadata and its body (or main region). */
      html: string;
      /**
       * The live elements in the order the parsed copy will list `[body, ...body.getElementsByTagName('*')]`;
       * `undefined` stands for a `<body>` the copy adds around a main region.
       */
      elements: Array<Element | undefined>;
    }
  | { status: 'not-article' | 'too-large' };

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The HTML here is the page's own, untouched: it is only ever given to `DOMParser` (`parseArticle`), whose
 * documents run no scripts and load nothing, and only text node data comes back. It is never inserted anywhere.
 */
export function snapshotPage(doc: Document): Snapshot {
  if (!doc.body || !isProbablyReaderable(doc)) return { status: 'not-article' };
  const root = pickRoot(doc as Document & { body: HTMLElement });
  if (!root) return { status: 'too-large' };
  const head = [...(doc.head?.querySelectorAll('meta, title, script[type="application/ld+json"]') ?? [])]
    .map((el) => el.outerHTML)
    .join('');
  const lang = escapeAttribute(doc.documentElement.lang ?? '');
  const body = root === doc.body ? root.outerHTML : `<body>${root.outerHTML}</body>`;
  if (body.length > MAX_HTML_CHARS) return { status: 'too-large' };
  const elements: Array<Element | undefined> = root === doc.body ? [root] : [undefined, root];
  for (const el of root.getElementsByTagName('*')) elements.push(el);
  return { status: 'ok', html: `<!doctype html><html lang="${lang}"><head>${head}</head>${body}</html>`, elements };
}

/** The element to read: the body, or on an enormous page its main region when that is small enough. */
function pickRoot(doc: Document & { body: HTMLElement }): Element | null {
  if (doc.body.getElementsByTagName('*').length <= MAX_ELEMENTS) return doc.body;
  for (const selector of ['article', '[itemprop="articleBody"]', 'main', '[role="main"]']) {
    const el = doc.querySelector(selector);
    if (el && el.getElementsByTagName('*').length <= MAX_ELEMENTS) return el;
  }
  return null;
}
