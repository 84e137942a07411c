/**
 * Page benchmark: what Backstory costs a news page's main thread, next to Readability alone.
 *
 *   npm run bench:page          # runs `wxt build` first, then this script
 *   tsx scripts/bench-page.ts   # uses the existing .output/chrome-mv3
 *
 * Pages: every <dir>/source.html under BENCH_PAGES_DIR (default /work/shared/data/pages; skipped with a message
 * when missing), plus the seed fixture, all served from 127.0.0.1 with every other request aborted (these
 * machines have no internet; aborting keeps loads quick and the same for both browsers). BENCH_RUNS (default 3)
 * fresh loads per page and side; the per-page figure is the median of the runs.
 *
 * Per page, in headless Chromium (CHROMIUM_PATH, default /usr/bin/chromium):
 *  - with the built extension: the content script's own `timings` (extractMs, paintMs, longestTaskMs, totalMs),
 *    read from its page state through the service worker once the status is no longer 'reading';
 *  - in a second browser without the extension, on the same page: `isProbablyReaderable(document)`,
 *    `document.cloneNode(true)` and `new Readability(clone).parse()`, each timed with performance.now();
 *  - the content script's size, raw and gzip -9; and the plain (non-article) fixture's cost.
 * Benchmarks print figures; they do not assert. Exit code is 0 unless the benchmark itself cannot run.
 */
import { chromium, type Browser, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startStaticServer, type StaticServer } from '../tests/servers/static-server';

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const CONTENT_JS = join(EXTENSION_DIR, 'content-scripts/content.js');
const SITE_DIR = join(ROOT, 'tests/fixtures/site');
const PAGES_DIR = process.env.BENCH_PAGES_DIR ?? '/work/shared/data/pages';
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3) || 3);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const STATE_TIMEOUT_MS = 30_000;
const READABILITY_JS = require.resolve('@mozilla/readability/Readability.js');
const READERABLE_JS = require.resolve('@mozilla/readability/Readability-readerable.js');
const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Goals the figures are read against (printed, never asserted). */
const GOALS = { ratio: 1.3, longestTaskMs: 50, gzipKB: 40 };

interface Timings {
  extractMs: number;
  paintMs: number;
  longestTaskMs: number;
  totalMs: number;
}
interface PageState {
  status: string;
  url: string;
  entities: unknown[];
  timings?: Timings;
}
interface Target {
  name: string;
  url: string;
}
interface Row {
  name: string;
  status: string;
  names: number;
  extractMs?: number;
  paintMs?: number;
  mainMs?: number;
  longestTaskMs?: number;
  totalMs?: number;
  readerableMs: number;
  cloneMs: number;
  parseMs: number;
  ratio?: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
/** Nearest-rank percentile. */
const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
};
const defined = (xs: Array<number | undefined>): number[] => xs.filter((x): x is number => typeof x === 'number');
const fmt = (x: number | undefined, digits = 1): string => (x === undefined || Number.isNaN(x) ? '—' : x.toFixed(digits));
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** Aborts every request that is not for our own servers, so no load waits on the (absent) internet. */
async function localOnly(context: BrowserContext): Promise<void> {
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    return url.hostname === '127.0.0.1' ? route.continue() : route.abort();
  });
}

async function load(page: Page, url: string): Promise<void> {
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
  } catch {
    // A page whose load event never comes is still read at document_idle; carry on from what is there.
  }
}

async function serviceWorker(context: BrowserContext): Promise<Worker> {
  // The MV3 service worker may have stopped between pages; find (or wait for) the live one.
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
}

/** The front tab's page state once the content script has finished reading, or the last state seen. */
async function settledState(context: BrowserContext, expectedUrl: string): Promise<PageState | { status: string; error: string }> {
  const deadline = Date.now() + STATE_TIMEOUT_MS;
  let last: PageState | { status: string; error: string } = { status: 'no reply', error: '' };
  while (Date.now() < deadline) {
    try {
      const worker = await serviceWorker(context);
      const state = await worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        if (tab?.id === undefined) throw new Error('no active tab');
        const reply = await chrome.tabs.sendMessage(tab.id, { type: 'getPageState', data: {} });
        if (!reply?.ok) throw new Error(reply?.error ?? 'no reply');
        return reply.value as { status: string; url: string; entities: unknown[]; timings?: Timings };
      });
      last = state;
      if (state.url === expectedUrl && state.status !== 'reading') return state;
    } catch (error) {
      last = { status: 'no reply', error: error instanceof Error ? error.message : String(error) };
    }
    await sleep(100);
  }
  return last;
}

/** Readability and friends alone, in the page's main world, on a fresh load without the extension. */
async function readabilityAlone(page: Page, url: string): Promise<{ readerableMs: number; cloneMs: number; parseMs: number; ok: boolean }> {
  await load(page, url);
  await page.addScriptTag({ path: READERABLE_JS });
  await page.addScriptTag({ path: READABILITY_JS });
  // A string, not a function: tsx's keepNames would otherwise add `__name` calls the page does not define.
  return page.evaluate(`(() => {
    let t = performance.now();
    isProbablyReaderable(document);
    const readerableMs = performance.now() - t;
    t = performance.now();
    document.cloneNode(true);
    const cloneMs = performance.now() - t;
    const clone = document.cloneNode(true);
    t = performance.now();
    const article = new Readability(clone).parse();
    const parseMs = performance.now() - t;
    return { readerableMs, cloneMs, parseMs, ok: !!(article && article.content) };
  })()`);
}

function listTargets(pagesOrigin: string | null, siteOrigin: string): Target[] {
  const targets: Target[] = [];
  if (pagesOrigin) {
    for (const dir of readdirSync(PAGES_DIR).sort()) {
      if (existsSync(join(PAGES_DIR, dir, 'source.html'))) targets.push({ name: dir, url: `${pagesOrigin}/${dir}/source.html` });
    }
  }
  targets.push({ name: 'seed (fixture)', url: `${siteOrigin}/seed/` });
  return targets;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')) || !existsSync(CONTENT_JS)) {
    console.error(`bench:page: no Chromium build at ${EXTENSION_DIR}; run \`npx wxt build\` (npm run bench:page does).`);
    process.exit(1);
  }
  if (!existsSync(CHROMIUM)) {
    console.log(`bench:page: skipped, no Chromium at ${CHROMIUM} (set CHROMIUM_PATH).`);
    return;
  }
  const havePages = existsSync(PAGES_DIR) && statSync(PAGES_DIR).isDirectory();
  if (!havePages) console.log(`bench:page: ${PAGES_DIR} not found, so the real news pages are skipped; measuring the fixtures only.`);

  const servers: StaticServer[] = [];
  const profile = mkdtempSync(join(tmpdir(), 'backstory-bench-'));
  let withExt: BrowserContext | undefined;
  let plainBrowser: Browser | undefined;
  try {
    const site = await startStaticServer(SITE_DIR);
    servers.push(site);
    const pagesServer = havePages ? await startStaticServer(PAGES_DIR) : null;
    if (pagesServer) servers.push(pagesServer);
    const targets = listTargets(pagesServer?.origin ?? null, site.origin);

    withExt = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...ARGS],
    });
    await serviceWorker(withExt);
    await localOnly(withExt);
    const extPage = withExt.pages()[0] ?? (await withExt.newPage());
    for (const other of withExt.pages()) if (other !== extPage) await other.close();

    plainBrowser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    const plainContext = await plainBrowser.newContext({ viewport: { width: 1280, height: 900 } });
    await localOnly(plainContext);
    const plainPage = await plainContext.newPage();

    console.log(`bench:page: ${targets.length} pages × ${RUNS} runs, Chromium ${withExt.browser()?.version() ?? plainBrowser.version()}\n`);
    const rows: Row[] = [];
    for (const target of targets) {
      const ext: Array<PageState | { status: string; error: string }> = [];
      const alone: Array<Awaited<ReturnType<typeof readabilityAlone>>> = [];
      for (let run = 0; run < RUNS; run++) {
        // Alternate the sides so neither always runs on a warmer machine.
        await load(extPage, target.url);
        await extPage.bringToFront();
        ext.push(await settledState(withExt, extPage.url()));
        alone.push(await readabilityAlone(plainPage, target.url));
      }
      const timed = ext.filter((s): s is PageState & { timings: Timings } => 'timings' in s && s.timings !== undefined);
      const pick = (k: keyof Timings) => (timed.length ? median(timed.map((s) => s.timings[k])) : undefined);
      const mainRuns = timed.map((s) => s.timings.extractMs + s.timings.paintMs);
      const parseMs = median(alone.map((a) => a.parseMs));
      const mainMs = mainRuns.length ? median(mainRuns) : undefined;
      const statuses = [...new Set(ext.map((s) => ('error' in s && s.error ? `${s.status}: ${s.error}` : s.status)))];
      const row: Row = {
        name: target.name,
        status: statuses.join(' / '),
        names: median(ext.map((s) => ('entities' in s ? s.entities.length : 0))),
        extractMs: pick('extractMs'),
        paintMs: pick('paintMs'),
        mainMs,
        longestTaskMs: pick('longestTaskMs'),
        totalMs: pick('totalMs'),
        readerableMs: median(alone.map((a) => a.readerableMs)),
        cloneMs: median(alone.map((a) => a.cloneMs)),
        parseMs,
        ratio: mainMs !== undefined && parseMs > 0 ? mainMs / parseMs : undefined,
      };
      rows.push(row);
      console.log(`  ${row.name}: ${row.status}, main ${fmt(row.mainMs)} ms, Readability.parse ${fmt(row.parseMs)} ms`);
    }

    // A page that is not an article: what does Backstory cost there?
    const plainUrl = `${site.origin}/plain/`;
    const plainStates: Array<PageState | { status: string; error: string }> = [];
    const plainAlone: Array<Awaited<ReturnType<typeof readabilityAlone>>> = [];
    for (let run = 0; run < RUNS; run++) {
      await load(extPage, plainUrl);
      await extPage.bringToFront();
      plainStates.push(await settledState(withExt, extPage.url()));
      plainAlone.push(await readabilityAlone(plainPage, plainUrl));
    }

    // ---- Output -------------------------------------------------------------------------------------------
    const header = ['page', 'status', 'names', 'extract', 'paint', 'main', 'longest', 'total', 'readerable', 'clone', 'R.parse', 'main/R'];
    console.log(`\nPer page (ms, median of ${RUNS} runs; main = extractMs + paintMs; total = document_idle → last highlight painted)\n`);
    console.log(
      table(
        header,
        rows.map((r) => [
          r.name, r.status, String(r.names), fmt(r.extractMs), fmt(r.paintMs), fmt(r.mainMs), fmt(r.longestTaskMs),
          fmt(r.totalMs), fmt(r.readerableMs, 2), fmt(r.cloneMs), fmt(r.parseMs), fmt(r.ratio, 2),
        ]),
      ),
    );

    const figures: Array<[string, number[]]> = [
      ['Backstory extractMs', defined(rows.map((r) => r.extractMs))],
      ['Backstory paintMs', defined(rows.map((r) => r.paintMs))],
      ['Backstory main thread (extract+paint)', defined(rows.map((r) => r.mainMs))],
      ['Backstory longest task', defined(rows.map((r) => r.longestTaskMs))],
      ['document_idle → painted (totalMs)', defined(rows.map((r) => r.totalMs))],
      ['isProbablyReaderable alone', rows.map((r) => r.readerableMs)],
      ['document.cloneNode(true) alone', rows.map((r) => r.cloneMs)],
      ['Readability.parse alone', rows.map((r) => r.parseMs)],
      ['ratio main / Readability.parse', defined(rows.map((r) => r.ratio))],
    ];
    console.log(`\nSummary across ${rows.length} pages (per-page medians)\n`);
    console.log(
      table(
        ['figure', 'n', 'median', 'p90', 'max'],
        figures.map(([name, xs]) => [
          name, String(xs.length),
          xs.length ? fmt(median(xs), name.startsWith('ratio') ? 2 : 1) : '—',
          xs.length ? fmt(percentile(xs, 90), name.startsWith('ratio') ? 2 : 1) : '—',
          xs.length ? fmt(Math.max(...xs), name.startsWith('ratio') ? 2 : 1) : '—',
        ]),
      ),
    );

    const js = readFileSync(CONTENT_JS);
    const gz = gzipSync(js, { level: 9 });
    const cssPath = join(EXTENSION_DIR, 'content-scripts/content.css');
    const css = existsSync(cssPath) ? readFileSync(cssPath) : null;
    console.log(`\nContent script: content.js ${(js.length / 1024).toFixed(1)} KB raw, ${(gz.length / 1024).toFixed(1)} KB gzip -9` +
      (css ? ` (+ content.css ${css.length} B raw, ${gzipSync(css, { level: 9 }).length} B gzip)` : ''));

    const pStatus = [...new Set(plainStates.map((s) => s.status))].join(' / ');
    const pTimed = plainStates.filter((s): s is PageState & { timings: Timings } => 'timings' in s && s.timings !== undefined);
    console.log(
      `Non-article page (tests/fixtures/site/plain): status ${pStatus}, extractMs ` +
        (pTimed.length
          ? `${fmt(median(pTimed.map((s) => s.timings.extractMs)))} ms`
          : 'not reported (the content script sets no timings when the run ends without an article)') +
        `; isProbablyReaderable alone there ${fmt(median(plainAlone.map((a) => a.readerableMs)), 2)} ms`,
    );

    const ratios = defined(rows.map((r) => r.ratio));
    const longest = defined(rows.map((r) => r.longestTaskMs));
    const gzKB = gz.length / 1024;
    const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
    console.log('\nGoals (reported, not asserted)');
    console.log(`  main thread ≤ ${GOALS.ratio}× Readability.parse alone: median ${fmt(ratios.length ? median(ratios) : NaN, 2)}×, p90 ${fmt(ratios.length ? percentile(ratios, 90) : NaN, 2)}×, worst ${fmt(ratios.length ? Math.max(...ratios) : NaN, 2)}× → ${verdict(ratios.length > 0 && Math.max(...ratios) <= GOALS.ratio)} (${ratios.filter((r) => r > GOALS.ratio).length}/${ratios.length} pages over)`);
    console.log(`  no Backstory task > ${GOALS.longestTaskMs} ms: worst ${fmt(longest.length ? Math.max(...longest) : NaN)} ms → ${verdict(longest.length > 0 && Math.max(...longest) <= GOALS.longestTaskMs)} (${longest.filter((x) => x > GOALS.longestTaskMs).length}/${longest.length} pages over)`);
    console.log(`  content script ≤ ${GOALS.gzipKB} KB gzip: ${gzKB.toFixed(1)} KB → ${verdict(gzKB <= GOALS.gzipKB)}`);
  } finally {
    await withExt?.close().catch(() => undefined);
    await plainBrowser?.close().catch(() => undefined);
    for (const s of servers) await s.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
}

await main();
