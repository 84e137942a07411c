import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extraction/extract-local';
import { buildTextIndex, locate, rangeFor } from '../../lib/extraction/text-index';

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`, 'text/html');
}

const paragraph = (n: number) =>
  `<p>Paragraph ${n}: the minister travelled from Moscow to Geneva for talks that lasted well into the night, and spoke to reporters about the outcome at length afterwards.</p>`;

describe('text index', () => {
  it('joins inline neighbours directly and blocks with a blank line, and maps offsets back to ranges', () => {
    const doc = page('<p>Secretary <a href="#">John</a> Kerry said</p><p>Next</p>');
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const index = buildTextIndex(nodes);
    expect(index.text).toBe('Secretary John Kerry said\n\nNext');
    const start = index.text.indexOf('John Kerry');
    const first = locate(index, start)!;
    const last = locate(index, start + 'John Kerry'.length - 1)!;
    expect(first.node.data.slice(first.offset)).toBe('John');
    expect(last.node.data.slice(0, last.offset + 1)).toBe(' Kerry');
    expect(rangeFor(index, start, start + 4, doc)).not.toBeNull();
    expect(rangeFor(index, index.text.indexOf('\n'), index.text.indexOf('\n') + 1, doc)).toBeNull();
  });

  it('stops before the character cap, never cutting a node', () => {
    const doc = page('<p>aaaa</p><p>bbbb</p>');
    const nodes = [...doc.querySelectorAll('p')].map((p) => p.firstChild as Text);
    expect(buildTextIndex(nodes, 9).text).toBe('aaaa');
  });
});

describe('extractArticle', () => {
  const article = `<header><nav><a>World</a> <a>Angela Merkel visits Berlin</a></nav></header>
    <main><article><h1>Headline</h1>${Array.from({ length: 8 }, (_, i) => paragraph(i)).join('')}
    <p>A reader wrote: <input value="Vladimir Putin"> and <span contenteditable="true">Boris Johnson</span> here, then went on about the weather in the capital for quite a long sentence.</p>
    </article></main><aside><h3>Most read</h3><ul><li>Narendra Modi in Delhi</li></ul></aside><footer>Contact us in Dhaka</footer>`;

  it('reads the article text from the live nodes without touching the page', () => {
    const doc = page(article);
    const before = doc.body.innerHTML;
    const result = extractArticle(doc, { maxChars: 1e6 });
    expect(result.status).toBe('article');
    if (result.status !== 'article') return;
    expect(doc.body.innerHTML).toBe(before);
    expect(result.index.nodes.every((n) => n.ownerDocument === doc && n.isConnected)).toBe(true);
    expect(result.index.text).toContain('Paragraph 0: the minister travelled from Moscow');
    expect(result.index.text).not.toMatch(/Merkel|Modi|Dhaka/);
    expect(result.index.text).not.toContain('Boris Johnson');
  });

  it('says when a page is not an article', () => {
    expect(extractArticle(page('<form><input></form><p>Sign in</p>'), { maxChars: 1e6 }).status).toBe('not-article');
  });

  it('leaves out the extension own UI', () => {
    const doc = page(article.replace('</article>', '<backstory-ui><p>John Kerry is a card in the page, and the card says a lot of things here.</p></backstory-ui></article>'));
    const result = extractArticle(doc, { maxChars: 1e6, excludeSelector: 'backstory-ui' });
    expect(result.status === 'article' && result.index.text.includes('card in the page')).toBe(false);
  });
});

describe('isStale', () => {
  it('tells when an indexed node changed or left the page', async () => {
    const { isStale } = await import('../../lib/page/watch');
    const doc = page('<p>Kerry spoke</p><p>Lavrov listened</p>');
    const nodes = [...doc.querySelectorAll('p')].map((p) => p.firstChild as Text);
    const index = buildTextIndex(nodes);
    expect(isStale(index)).toBe(false);
    nodes[0]!.data = 'Kerry';
    expect(isStale(index)).toBe(true);
    nodes[0]!.data = 'Kerry spoke';
    expect(isStale(index)).toBe(false);
    nodes[1]!.remove();
    expect(isStale(index)).toBe(true);
  });
});

describe('the three extraction steps', () => {
  const body = Array.from({ length: 6 }, (_, i) => paragraph(i)).join('');

  it('lines the parsed copy up with the live page even with <noscript> content', async () => {
    const { snapshotPage } = await import('../../lib/extraction/snapshot');
    const { parseArticle } = await import('../../lib/extraction/parse-article');
    const doc = page(`<noscript></noscript><article>${body}</article>`);
    // In a live page (scripting on) <noscript> holds its markup as one text node.
    doc.querySelector('noscript')!.textContent = '<div><p>Enable JavaScript</p></div>';
    const snapshot = snapshotPage(doc);
    if (snapshot.status !== 'ok') throw new Error(snapshot.status);
    const parsed = parseArticle(snapshot.html);
    if (parsed.status !== 'article') throw new Error(parsed.status);
    // Every text names the live element it lies in.
    for (const { i, data } of parsed.texts) expect(snapshot.elements[i]!.textContent).toContain(data);
  });

  it('finds text by a forward search when the copy does not line up', async () => {
    const { traceToLive } = await import('../../lib/extraction/trace');
    const doc = page('<div><p>One sentence here.</p><p>Two sentences there.</p><p>One sentence here.</p></div>');
    const elements = [doc.body, ...doc.body.getElementsByTagName('*')];
    // Indices shifted by one, as if the parser had added an element before them.
    const nodes = traceToLive([{ i: 3, data: 'Two sentences there.' }, { i: 9, data: 'One sentence here.' }], elements);
    expect(nodes.map((n) => n.data)).toEqual(['Two sentences there.', 'One sentence here.']);
    expect(nodes[1]).toBe(doc.querySelectorAll('p')[2]!.firstChild);
  });
});
