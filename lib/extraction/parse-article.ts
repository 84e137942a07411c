/**
 * Readability on a copy of the page, away from the page's main thread (Chrome's offscreen document, Firefox's
 * background page). Each element of the copy is marked with its position, so every text node of the article can
 * be named by the element it sits in: `{i, data}`. The page traces these back to its live text nodes. The marks
 * survive Readability's moves and re-tagging, and its re-parsing of the page's HTML on a retry.
 */
import { Readability } from '@mozilla/readability';

const MARK = 'data-backstory-i';

/** One text node of the article: its data, and the index of the element it lies in (see `Snapshot.elements`). */
export interface ArticleText {
  i: number;
  data: string;
}

export type ParsedArticle =
  | { status: 'article'; title: string; siteName: string; lang: string; texts: ArticleText[] }
  | { status: 'not-article' };

/** Parses a snapshot's HTML and returns the article's text nodes, or says there is no article. Pure DOM. */
export function parseArticle(html: string, parser: DOMParser = new DOMParser()): ParsedArticle {
  const doc = parser.parseFromString(html, 'text/html');
  // A DOMParser document has scripting off, so <noscript> content becomes elements; in the live page (scripting
  // on) it is one text node. Fold it back so element positions match the live page's.
  for (const noscript of [...doc.body.getElementsByTagName('noscript')]) noscript.replaceChildren(noscript.textContent ?? '');
  const elements = [doc.body, ...doc.body.getElementsByTagName('*')];
  for (let i = 0; i < elements.length; i++) elements[i]!.setAttribute(MARK, String(i));

  const article = new Readability(doc, { serializer: (node: Node) => node }).parse();
  const content = article?.content as Element | null | undefined;
  if (!content) return { status: 'not-article' };
  const texts: ArticleText[] = [];
  const walker = content.ownerDocument.createTreeWalker(content, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!node.data.trim()) continue;
    const marked = node.parentElement?.closest(`[${MARK}]`);
    if (marked) texts.push({ i: Number(marked.getAttribute(MARK)), data: node.data });
  }
  if (!texts.length) return { status: 'not-article' };
  return { status: 'article', title: article?.title ?? '', siteName: article?.siteName ?? '', lang: article?.lang ?? '', texts };
}
