/**
 * Screenshots of three in-page cards (a person, a country, a city) and the dwell→card figures, against the local
 * fixture site and Wikipedia stand-in. Run after `npx wxt build`: `npx tsx scripts/card-shots.ts`.
 * Writes assets/screenshots/card-{person,country,city}.png and prints the timings as a Markdown table.
 *
 * Timings: from an extension page, `getCard` round trips (messaging + gatherBackground; the card's re-render is one
 * Preact render on top), cold (first ask: the fixture server over HTTP) and warm (answered from the cache).
 */
import { chromium, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../tests/servers/static-server';
import { startWikipediaFixture } from '../tests/servers/wikipedia-fixture';

const EXT = fileURLToPath(new URL('../.output/chrome-mv3', import.meta.url));
const OUT = fileURLToPath(new URL('../assets/screenshots/', import.meta.url));

const site = await startStaticServer(fileURLToPath(new URL('../tests/fixtures', import.meta.url)));
const wiki = await startWikipediaFixture();
const dir = mkdtempSync(join(tmpdir(), 'backstory-shots-'));
const context = await chromium.launchPersistentContext(dir, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1100, height: 1400 },
  deviceScaleFactor: 2,
  args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  await worker.evaluate(async (base) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object), wikipediaBaseUrl: base, offline: false }, settings$: { v: 2 } });
  }, wiki.baseUrl);

  const page = await context.newPage();
  await page.goto(`${site.origin}/site/seed/`);
  await page.waitForFunction(() => (CSS.highlights.get('backstory-place')?.size ?? 0) > 0);

  // Figures first, on a cold cache.
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]!.id!);
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/options.html`);
  await ext.evaluate('window.__name = (f) => f'); // tsx names functions with a helper the page lacks.
  const rows = await ext.evaluate(async (tabId) => {
    const state = (await chrome.tabs.sendMessage(tabId, { type: 'getPageState', data: {} })) as { value: { url: string; entities: { id: string; name: string }[] } };
    const { url, entities } = state.value;
    const out: { name: string; cold: number; warm: number }[] = [];
    for (const id of ['per:john-kerry', 'per:sergei-lavrov', 'loc:jordan', 'loc:damascus', 'loc:geneva', 'loc:moscow']) {
      const ask = async () => {
        const t0 = performance.now();
        const reply = (await chrome.runtime.sendMessage({ type: 'getCard', data: { entityId: id, url, entities, wikipedia: true } })) as { ok: boolean };
        if (!reply.ok) throw new Error(JSON.stringify(reply));
        return performance.now() - t0;
      };
      const cold = await ask();
      const warms = [];
      for (let i = 0; i < 5; i++) warms.push(await ask());
      warms.sort((a, b) => a - b);
      out.push({ name: entities.find((e) => e.id === id)?.name ?? id, cold, warm: warms[2]! });
    }
    return out;
  }, tabId);
  console.log('| entity | cold (ms) | warm, median of 5 (ms) |\n|---|---|---|');
  for (const r of rows) console.log(`| ${r.name} | ${r.cold.toFixed(1)} | ${r.warm.toFixed(1)} |`);
  await ext.close();

  // In-page figures: a fresh page (the cache now warm for these six), hovering names; the content script records a
  // User Timing measure from the card opening (dwell done) to its sections drawn. Then cold ones: Israel and Lebanon
  // were never asked.
  await page.bringToFront();
  const inPage: { name: string; ms: number }[] = [];
  for (const [highlight, text] of [['backstory-person', 'Kerry'], ['backstory-place', 'Jordan'], ['backstory-place', 'Geneva'], ['backstory-place', 'Israel'], ['backstory-place', 'Lebanon'], ['backstory-person', 'Kerry']] as const) {
    await page.mouse.move(5, 5);
    await page.waitForTimeout(500);
    const at = await centre(page, highlight, text);
    await page.mouse.move(at.x, at.y);
    await page.waitForFunction((n) => performance.getEntriesByName('backstory-card-sections').length > n, inPage.length);
    const ms = await page.evaluate((n) => performance.getEntriesByName('backstory-card-sections')[n]!.duration, inPage.length);
    inPage.push({ name: text, ms });
  }
  console.log('\nIn page, card open → sections drawn (ms):', inPage.map((r) => `${r.name} ${r.ms.toFixed(1)}`).join(', '));

  for (const [file, highlight, text, expectText] of [
    ['card-person', 'backstory-person', 'Kerry', 'Wikipedia'],
    ['card-country', 'backstory-place', 'Jordan', 'Atlas'],
    ['card-city', 'backstory-place', 'Geneva', 'Atlas'],
  ] as const) {
    await page.mouse.move(5, 5);
    await page.waitForTimeout(500);
    const at = await centre(page, highlight, text);
    await page.mouse.move(at.x, at.y);
    const box = await waitForCard(page, expectText);
    await page.waitForTimeout(300); // The thumbnail.
    const pad = 8;
    await page.screenshot({ path: join(OUT, `${file}.png`), clip: { x: box.x - pad, y: box.y - pad, width: box.width + 2 * pad, height: box.height + 2 * pad } });
    console.log(`wrote assets/screenshots/${file}.png`);
  }
} finally {
  await context.close();
  rmSync(dir, { recursive: true, force: true });
  await wiki.close();
  await site.close();
}

/** The centre of the first painted `text` in a long paragraph (not the headline), scrolled into view. */
function centre(page: Page, highlight: string, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate(({ highlight, text }) => {
    const range = [...CSS.highlights.get(highlight)!].find((r) => r.toString() === text && (r as Range).startContainer.parentElement!.closest('p')!.textContent!.length > 200) as Range;
    range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0]!;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, { highlight, text });
}

/** Waits until the card's frame shows `text`, and returns the frame's box (through CDP: the root is closed). */
async function waitForCard(page: Page, text: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    for (let i = 0; i < 100; i++) {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
      const frame = find(root, (n) => (n.attributes ?? []).join(' ').includes('bs-frame'));
      if (frame && textOf(frame).includes(text) && !textOf(frame).includes('Looking up')) {
        const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: frame.nodeId })) as { model: { border: number[] } };
        const [x1, y1, , , x3, y3] = model.border as [number, number, number, number, number, number];
        return { x: x1, y: y1, width: x3 - x1, height: y3 - y1 };
      }
      await page.waitForTimeout(100);
    }
    throw new Error(`card never showed "${text}"`);
  } finally {
    await cdp.detach();
  }
}

interface Node { nodeId: number; nodeType: number; nodeName: string; nodeValue?: string; attributes?: string[]; children?: Node[]; shadowRoots?: Node[] }
function find(n: Node, test: (n: Node) => boolean): Node | undefined {
  if (test(n)) return n;
  for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
    const hit = find(c, test);
    if (hit) return hit;
  }
  return undefined;
}
function textOf(n: Node): string {
  if (n.nodeType === 3) return n.nodeValue ?? '';
  if (n.nodeName === 'STYLE') return '';
  return (n.children ?? []).map(textOf).join(' ');
}
