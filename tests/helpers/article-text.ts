import { Window } from 'happy-dom';
import { readFixture } from './fixtures';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre';

/**
 * The text of an HTML fragment's blocks as the product reads an article: each innermost block's text content,
 * whitespace collapsed, blocks joined by blank lines. `scope` picks the article inside a whole page.
 */
export function blocksText(html: string, scope = 'body'): string {
  const window = new Window();
  try {
    const doc = window.document;
    doc.body.innerHTML = html;
    const root = doc.body.querySelector(scope) ?? doc.body;
    const blocks = [...root.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
    return blocks
      .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n\n');
  } finally {
    void window.happyDOM.close();
  }
}

/** A real page's article text: the blocks of its Readability `expected.html` (tests/fixtures/pages/<page>/). */
export function articleText(page: string): string {
  return blocksText(readFixture(`pages/${page}/expected.html`));
}

/** The seed page's article text: the blocks of its `<article>` (tests/fixtures/site/seed/index.html). */
export function seedArticleText(): string {
  const html = readFixture('site/seed/index.html');
  return blocksText(html.slice(html.indexOf('<body'), html.lastIndexOf('</body>')), 'article');
}
