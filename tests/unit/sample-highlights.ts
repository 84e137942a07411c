/**
 * Deterministic sample highlights for tests and the benchmark, with the awkward text real quotes have:
 * commas, double quotes, newlines, emoji and right-to-left script.
 */
import type { SavedHighlight } from '../../lib/storage/types';
import { HIGHLIGHT_COLORS } from '../../lib/storage/types';

const QUOTES = [
  'The mayor said, "We will rebuild", and left.',
  'Line one\nline two, with a comma\r\nand a CRLF',
  'Emoji 🌊🐋 in the quote — and a dash',
  'مرحبا بالعالم: the minister spoke in Arabic',
  'Plain words about the harbour in Lisbon',
  '"Quoted", she wrote; then \'single\' quotes',
  '= looks like a formula, +1, -2, @cell',
];
const WORDS = 'harbour council budget whale strandings election river bridge museum stadium railway'.split(' ');

function uuid(n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${hex}`;
}

/** `count` highlights over `pages` pages, evenly; the same for the same arguments. */
export function sampleHighlights(count: number, pages: number): SavedHighlight[] {
  const out: SavedHighlight[] = [];
  const base = Date.UTC(2025, 0, 1);
  for (let i = 0; i < count; i++) {
    const page = i % pages;
    const word = WORDS[i % WORDS.length] ?? 'word';
    const quote = `${QUOTES[i % QUOTES.length] ?? ''} ${word} ${i}`;
    const start = 100 + ((i * 37) % 5000);
    const created = new Date(base + i * 60_000).toISOString();
    const h: SavedHighlight = {
      id: uuid(i + 1),
      url: `https://news${page % 50}.example.com/articles/${page}`,
      title: `Article ${page}: the ${WORDS[page % WORDS.length]} story, "revisited"`,
      site: `News ${page % 50}`,
      selectors: [
        { type: 'TextQuoteSelector', exact: quote, prefix: `before ${i}, `, suffix: ` after ${word}` },
        { type: 'TextPositionSelector', start, end: start + [...quote].length },
      ],
      color: HIGHLIGHT_COLORS[i % HIGHLIGHT_COLORS.length] ?? 'yellow',
      note: i % 3 === 0 ? `Note ${i}: "why", it matters,\nsecond line 🙂` : '',
      tags: i % 4 === 0 ? [word, `tag-${i % 7}`] : [],
      createdAt: created,
      updatedAt: created,
    };
    if (page % 2 === 0) h.author = `Author ${page % 13}, Jr.`;
    out.push(h);
  }
  return out;
}
