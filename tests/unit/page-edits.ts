/**
 * Test support for anchoring on real pages: load a fixture page into happy-dom, pick highlights
 * deterministically, and make edited copies the way sites edit articles. Not a test file itself.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import type { TextSpan } from '../../lib/anchoring/types';

export const PAGES_DIR = join(import.meta.dirname, '../fixtures/pages');

/** The fixture pages, by folder name. */
export function pageNames(): string[] {
  return readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/**
 * A fresh document for a fixture page, no scripts run and nothing fetched. The page is moved into the
 * window's own document because happy-dom's createRange() belongs to that document, not a DOMParser one.
 */
export function loadPage(name: string): Document {
  const html = readFileSync(join(PAGES_DIR, name, 'source.html'), 'utf8');
  const win = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  const parsed = new win.DOMParser().parseFromString(html, 'text/html');
  const doc = win.document;
  const imported = doc.importNode(parsed.documentElement, true);
  doc.documentElement.remove();
  doc.appendChild(imported);
  return doc as unknown as Document;
}

/** A small deterministic PRNG (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Up to `count` spans of `text`, spread evenly over it: two thirds whole sentences, one third short
 * phrases (3 to 6 words) taken from inside sentences.
 */
export function pickSpans(text: string, count: number): TextSpan[] {
  const sentences: TextSpan[] = [];
  for (const m of text.matchAll(/[A-Z][^.!?]{30,240}[.!?]/g)) {
    if (m[0].split(' ').length >= 6) sentences.push({ start: m.index, end: m.index + m[0].length });
  }
  const picked: TextSpan[] = [];
  const step = Math.max(1, sentences.length / count);
  for (let k = 0; k < count && Math.floor(k * step) < sentences.length; k++) {
    const s = sentences[Math.floor(k * step)];
    if (!s) continue;
    if (k % 3 !== 2) {
      picked.push(s);
      continue;
    }
    const words = [...text.slice(s.start, s.end).matchAll(/\S+/g)];
    const from = words[1];
    const to = words[Math.min(words.length - 1, 1 + 2 + (k % 4))];
    if (from && to) picked.push({ start: s.start + from.index, end: s.start + to.index + to[0].length });
  }
  return picked;
}

/** The kinds of edit a site makes to an article after a reader highlighted it. */
export type EditKind = 'words' | 'paragraphs' | 'whitespace' | 'markup';

const WORDS = ['reportedly', 'officials', 'however', 'the', 'updated', 'said', 'new'];

function textNodes(doc: Document, min: number): Text[] {
  const walker = doc.createTreeWalker(doc.body, 4);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    const tag = t.parentElement?.tagName;
    if (tag !== 'SCRIPT' && tag !== 'STYLE' && t.data.trim().length >= min) out.push(t);
  }
  return out;
}

/** Applies one kind of edit across the page, deterministically for a given seed. */
export function editPage(doc: Document, kind: EditKind, seed: number): void {
  const rnd = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  if (kind === 'words') {
    // One word changed in one text node in six (so some quotes and many contexts change).
    for (const t of textNodes(doc, 40)) {
      if (rnd() > 1 / 6) continue;
      const words = t.data.split(' ');
      const i = Math.floor(rnd() * words.length);
      words[i] = pick(WORDS);
      t.data = words.join(' ');
    }
  } else if (kind === 'paragraphs') {
    // A new paragraph before one paragraph in five, and two at the top of the body.
    const make = () => {
      const p = doc.createElement('p');
      p.textContent = `Update ${Math.floor(rnd() * 1000)}: this story has been ${pick(WORDS)} revised with new details.`;
      return p;
    };
    for (const p of [...doc.body.querySelectorAll('p')]) if (rnd() < 0.2) p.before(make());
    doc.body.prepend(make(), make());
  } else if (kind === 'whitespace') {
    for (const t of textNodes(doc, 10)) {
      if (rnd() < 0.5) t.data = `\n    ${t.data.replace(/ /g, () => (rnd() < 0.1 ? '  \n\t' : rnd() < 0.05 ? '\u00a0' : ' '))}  `;
    }
  } else {
    // Wrap a word in <b>, unwrap links, and add empty spans.
    for (const t of textNodes(doc, 40)) {
      if (rnd() > 0.25) continue;
      const at = t.data.indexOf(' ', Math.floor(rnd() * t.data.length));
      if (at <= 0) continue;
      const rest = t.splitText(at + 1);
      const end = rest.data.indexOf(' ');
      if (end <= 0) continue;
      const after = rest.splitText(end);
      const b = doc.createElement('b');
      rest.replaceWith(b);
      b.append(rest);
      after.before(doc.createElement('span'));
    }
    for (const a of [...doc.body.querySelectorAll('a')]) if (rnd() < 0.3) a.replaceWith(...a.childNodes);
  }
}
