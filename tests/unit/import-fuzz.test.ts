/**
 * Import validation under 1,200 malformed inputs (deterministic seed): every one is refused with a message,
 * nothing throws, nothing is written, and nothing leaks onto Object.prototype.
 */
import { IDBFactory } from 'fake-indexeddb';
import { expect, it } from 'vitest';
import { toBackstoryJson } from '../../lib/export/backstory-json';
import { parseImportFile } from '../../lib/export/import-file';
import { toAnnotationCollection } from '../../lib/export/w3c';
import { createHighlightStore } from '../../lib/storage/highlight-store';
import { openBackstoryDb } from '../../lib/storage/schema';
import { seeded } from './page-edits';
import { sampleHighlights } from './sample-highlights';

type J = Record<string, unknown>;
const AT = new Date('2025-07-01T10:00:00Z');
const VALID = JSON.parse(toBackstoryJson(sampleHighlights(3, 2), AT)) as J & { highlights: J[] };
const VALID_W3C = JSON.parse(toAnnotationCollection(sampleHighlights(3, 2), AT)) as J & { first: { items: J[] } };
const long = (n: number) => 'x'.repeat(n);
const POLLUTE = JSON.parse('{"__proto__": {"polluted": true}}') as unknown;

/** Values each field must refuse. */
const BAD: Record<string, unknown[]> = {
  id: [null, 5, '', long(501), [], {}],
  url: [null, '', 'not a url', 'javascript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd', 7, POLLUTE],
  title: [null, 5, long(2001), {}],
  site: [null, false, long(2001)],
  author: [5, null, [], long(2001)],
  color: ['purple', '', null, 'YELLOW', 1, POLLUTE],
  note: [null, 5, long(50_001), [], POLLUTE],
  tags: [null, 'tag', [''], ['a b'], ['#x'], ['a', 'a'], Array.from({ length: 51 }, (_, i) => `t${i}`), [5], POLLUTE],
  createdAt: ['', 'yesterday', '2025-13-45T00:00:00Z', 1_700_000_000, null, '2025-01-01'],
  updatedAt: ['2025-02-30T25:00:00Z', {}, null],
  selectors: [null, [], [{}], 'x', [1, 2], POLLUTE],
};
const BAD_SELECTOR: [number, string, unknown[]][] = [
  [0, 'type', ['RangeSelector', null]],
  [0, 'exact', ['', null, 5, long(20_001)]],
  [0, 'prefix', [null, long(257), 3]],
  [1, 'start', [-1, 1.5, '3', null, 1e9]],
  [1, 'end', [-5, null, 'end']],
];
const BAD_ENVELOPE: Record<string, unknown[]> = {
  format: ['other', null, 1, ''],
  version: [0, 2, '1', null, 99, 1.5],
  exportedAt: ['', 'now', null],
  highlights: [null, {}, 'x', [1], [null], ['x'], [[]]],
};

function pick<T>(rnd: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rnd() * xs.length)] as T;
}

function malformed(rnd: () => number): string {
  const copy = structuredClone(VALID);
  const h = pick(rnd, copy.highlights);
  const kind = Math.floor(rnd() * 9);
  if (kind === 0) {
    const text = JSON.stringify(copy, null, 1);
    return text.slice(0, 1 + Math.floor(rnd() * (text.length - 2))); // Truncated.
  }
  if (kind === 1) {
    const key = pick(rnd, Object.keys(BAD));
    h[key] = pick(rnd, BAD[key] ?? []);
  } else if (kind === 2) {
    const [i, key, values] = pick(rnd, BAD_SELECTOR);
    ((h.selectors as J[])[i] as J)[key] = pick(rnd, values);
  } else if (kind === 3) {
    delete h[pick(rnd, ['id', 'url', 'title', 'site', 'selectors', 'color', 'note', 'tags', 'createdAt', 'updatedAt'])];
  } else if (kind === 4) {
    const key = pick(rnd, Object.keys(BAD_ENVELOPE));
    copy[key] = pick(rnd, BAD_ENVELOPE[key] ?? []);
  } else if (kind === 5) {
    const w3c = structuredClone(VALID_W3C);
    const a = pick(rnd, w3c.first.items);
    const target = a.target as J;
    const change = Math.floor(rnd() * 6);
    if (change === 0) a.target = 'https://example.com/';
    else if (change === 1) target.source = pick(rnd, ['javascript:x', 5, null]);
    else if (change === 2) target.selector = [{ type: 'TextPositionSelector', start: 0, end: 1 }];
    else if (change === 3) a.body = [pick(rnd, [5, null, { value: 5 }, { value: long(50_001) }])];
    else if (change === 4) a.type = pick(rnd, ['Note', null]);
    else (w3c as J).first = pick(rnd, ['https://example.com/page2', { items: 'no' }, null]);
    return JSON.stringify(w3c);
  } else if (kind === 6) {
    const depth = 1000 + Math.floor(rnd() * 20_000);
    return `${'['.repeat(depth)}${']'.repeat(depth)}`;
  } else if (kind === 7) {
    const n = Math.floor(rnd() * 200);
    return Array.from({ length: n }, () => String.fromCharCode(Math.floor(rnd() * 0x3000))).join('') + '{';
  } else {
    return pick(rnd, ['', 'null', '42', '"text"', 'true', '{}', '[]x', '{"format":"backstory"}', '\u0000', 'NaN']);
  }
  return JSON.stringify(copy);
}

it('refuses 1,200 malformed imports without crashing or writing', { timeout: 60_000 }, async () => {
  const db = await openBackstoryDb(new IDBFactory());
  const store = createHighlightStore(db);
  await store.importAll(sampleHighlights(5, 2));
  let writes = 0;
  const rnd = seeded(20250701);
  const errors = new Set<string>();
  for (let i = 0; i < 1200; i++) {
    const text = malformed(rnd);
    const result = parseImportFile(text, AT);
    if (result.ok) {
      writes++;
      await store.importAll(result.value.highlights);
      throw new Error(`accepted malformed input #${i}: ${text.slice(0, 300)}`);
    }
    expect(result.error).toMatch(/^The file /);
    errors.add(result.error.replace(/\d+/g, 'N').slice(0, 60));
  }
  expect(writes).toBe(0);
  expect(await store.count()).toBe(5);
  expect(({} as J).polluted).toBeUndefined();
  expect(errors.size).toBeGreaterThan(20); // Many different, specific messages.
});
