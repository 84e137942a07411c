/**
 * npm run bench:store: fills 10,000 highlights across 1,000 pages and times what the reader waits for.
 * Runs in Node on fake-indexeddb (slower than a browser's IndexedDB) and happy-dom (slower than a real DOM),
 * so the figures are upper bounds. Each figure is the median of several runs.
 */
import { existsSync } from 'node:fs';
import { LIST_LIMIT } from '../lib/saving/protocol';
import 'fake-indexeddb/auto'; // idb needs the IDB* globals.
import { IDBFactory } from 'fake-indexeddb';
import { loadavg } from 'node:os';
import { anchorAll, describeRange, readPageText } from '../lib/anchoring/anchor';
import { spanToRange } from '../lib/anchoring/ranges';
import { locateInText } from '../lib/anchoring/text-quote';
import type { HighlightSelectors } from '../lib/anchoring/types';
import { toBackstoryJson } from '../lib/export/backstory-json';
import { toReadwiseCsv } from '../lib/export/csv';
import { parseImportFile } from '../lib/export/import-file';
import { toMarkdown } from '../lib/export/markdown';
import { toAnnotationCollection } from '../lib/export/w3c';
import { createHighlightStore } from '../lib/storage/highlight-store';
import { openBackstoryDb } from '../lib/storage/schema';
import { groupByArticle } from '../lib/storage/articles';
import { editPage, loadPage, pickSpans } from '../tests/unit/page-edits';
import { sampleHighlights } from '../tests/unit/sample-highlights';

const HIGHLIGHTS = 10_000;
const PAGES = 1_000;
const ANCHOR_PAGE = 'nytimes-4';

async function median(runs: number, job: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await job();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

function report(label: string, ms: number, goal: number): void {
  const verdict = ms <= goal ? 'ok' : 'OVER';
  console.log(`${label.padEnd(44)} ${ms.toFixed(1).padStart(8)} ms   goal <= ${goal} ms   ${verdict}`);
}

function editedPage(): Document {
  const doc = loadPage(ANCHOR_PAGE);
  for (const kind of ['paragraphs', 'words', 'markup', 'whitespace'] as const) editPage(doc, kind, 7);
  return doc;
}

async function main(): Promise<void> {
  console.log(`bench:store: ${HIGHLIGHTS} highlights over ${PAGES} pages; Node ${process.version}, fake-indexeddb, happy-dom`);
  console.log(`load average at start: ${loadavg().map((n) => n.toFixed(1)).join(' ')} (figures scale with it)`);
  const sample = sampleHighlights(HIGHLIGHTS, PAGES);
  const calibration = await median(3, () => JSON.parse(JSON.stringify(sample)));
  console.log(`calibration: JSON round trip of the 10,000 records ${calibration.toFixed(0)} ms (about 30 ms on an idle laptop)\n`);
  const highlights = sampleHighlights(HIGHLIGHTS, PAGES);
  const json = toBackstoryJson(highlights);

  // Import: parse + validate the whole file, then one transaction into a fresh database each run.
  report('import all (parse, validate, write)', await median(3, async () => {
    const store = createHighlightStore(await openBackstoryDb(new IDBFactory()));
    const batch = parseImportFile(json);
    if (!batch.ok) throw new Error(batch.error);
    const result = await store.importAll(batch.value.highlights);
    if (!result.ok || result.value.added !== HIGHLIGHTS) throw new Error('import failed');
  }), 2000);

  const db = await openBackstoryDb(new IDBFactory());
  await createHighlightStore(db).importAll(highlights);

  report('open the popup list: newest 300, grouped (as the popup opens)', await median(5, () => createHighlightStore(db).listAll(LIST_LIMIT)), 50);
  report('list all 10,000, grouped (no limit; not what the popup does)', await median(5, () => createHighlightStore(db).listAll()), 50);
  const all = await createHighlightStore(db).exportAll();
  report('  of which reading 10,000 from fake-indexeddb', await median(5, () => db.getAllFromIndex('highlights', 'by-createdAt')), 50);
  report('  of which grouping and sorting', await median(5, () => groupByArticle(all)), 50);
  const url = highlights[0]?.url ?? '';
  report('open the popup list: this page', await median(5, () => createHighlightStore(db).listByUrl(url)), 50);

  const store = createHighlightStore(db);
  report('search: first query (builds the index)', await median(1, () => store.search('harbour')), 1000);
  const queries = ['lisbon', 'whale strandings', 'revisited', 'news 7', 'مرحبا', 'rebuild mayor', 'tag-3', 'railwya'];
  report('search: one query, index built', await median(queries.length, async () => {
    for (const q of queries) await store.search(q);
  }) / queries.length, 30);

  const exports: [string, (h: typeof highlights) => string][] = [
    ['Markdown', toMarkdown],
    ['JSON', (h) => toBackstoryJson(h)],
    ['CSV (Readwise)', toReadwiseCsv],
    ['W3C JSON-LD', (h) => toAnnotationCollection(h)],
  ];
  for (const [name, serialise] of exports) {
    report(`export all: ${name} (read + serialise)`, await median(3, async () => serialise(await store.exportAll())), 1000);
    report(`  of which serialising ${name}`, await median(3, () => serialise(all)), 1000);
  }

  // Anchoring: 50 highlights described on a real page, found again on a fresh copy (index build included).
  const saved = readPageText(loadPage(ANCHOR_PAGE).body);
  const selectors = pickSpans(saved.text, 50)
    .map((span) => {
      const range = spanToRange(saved, span);
      return range && describeRange(saved, range);
    })
    .filter((s): s is HighlightSelectors => s !== null);
  // Three costs: indexing the page text (DOM walk), locating (pure, the anchoring algorithm), and making
  // Ranges. happy-dom's Range.setStart/setEnd walk the whole document; a browser's do not.
  for (const [state, doc] of [['unchanged', loadPage(ANCHOR_PAGE)], ['edited', editedPage()]] as const) {
    const page = readPageText(doc.body);
    const locate = () => selectors.map((s) => locateInText(page.text, s, page.codePoints));
    locate(); // Warm-up.
    const label = `anchor ${selectors.length} highlights, ${ANCHOR_PAGE} ${state}`;
    report(`${label}: locate`, await median(5, locate), 20);
    report(`${label}: index page text`, await median(5, () => readPageText(doc.body)), 20);
    report(`${label}: all, with happy-dom Ranges`, await median(3, () => anchorAll(readPageText(doc.body), selectors)), 20);
    const found = locate();
    const by = (k: string) => found.filter((m) => (m?.strategy ?? 'orphan') === k).length;
    console.log(`  (${by('position')} by position, ${by('quote')} by quote, ${by('fuzzy')} fuzzy, ${by('orphan')} orphans; ${page.text.length} characters)`);
  }
  await anchorInChromium(selectors, [['unchanged', loadPage(ANCHOR_PAGE)], ['edited', editedPage()]]);
}

/**
 * The same anchoring in a real browser, where Ranges cost what they cost in the product: the product's own
 * lib/anchoring, bundled with esbuild, on the same page in headless Chromium. Skipped (said so) without Chromium.
 */
async function anchorInChromium(selectors: HighlightSelectors[], pages: ReadonlyArray<readonly [string, Document]>): Promise<void> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) return console.log(`anchoring in Chromium: skipped, no browser at ${executablePath}`);
  const { build } = await import('esbuild');
  const bundle = await build({
    stdin: { contents: "import { anchorAll, readPageText } from './lib/anchoring/anchor'; (globalThis as any).__anchoring = { anchorAll, readPageText };", resolveDir: process.cwd(), loader: 'ts' },
    bundle: true, format: 'iife', write: false,
  });
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    for (const [state, doc] of pages) {
      const page = await browser.newPage();
      await page.route(/.*/, (route) => route.abort());
      await page.setContent(doc.documentElement.outerHTML, { waitUntil: 'domcontentloaded' });
      await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
      const times = await page.evaluate((list) => {
        const { anchorAll, readPageText } = (globalThis as unknown as { __anchoring: { anchorAll: Function; readPageText: Function } }).__anchoring;
        const runs: number[] = [];
        for (let i = 0; i < 7; i++) {
          const t0 = performance.now();
          anchorAll(readPageText(document.body), list);
          runs.push(performance.now() - t0);
        }
        return runs.sort((a, b) => a - b);
      }, selectors);
      report(`anchor ${selectors.length} highlights, ${ANCHOR_PAGE} ${state}: all, in Chromium (index + locate + Ranges)`, times[3]!, 20);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
