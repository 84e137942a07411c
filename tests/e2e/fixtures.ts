/**
 * Playwright fixtures: Debian's Chromium with the built extension loaded (recipe: shared/E2E.md), the fixture
 * site served from 127.0.0.1, and helpers to read what Backstory painted and the card it shows.
 */
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer, type StaticServer } from '../servers/static-server';

export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
export const SITE_DIR = fileURLToPath(new URL('../fixtures', import.meta.url));

export async function launchWithExtension(extensionDir = EXTENSION_DIR): Promise<{ context: BrowserContext; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  return { context, dir };
}

type Fixtures = { site: StaticServer; context: BrowserContext; extensionId: string; worker: Worker };

export const test = base.extend<{ context: BrowserContext; extensionId: string; worker: Worker }, { site: StaticServer }>({
  site: [
    async ({}, use) => {
      const server = await startStaticServer(SITE_DIR);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({}, use) => {
    const { context, dir } = await launchWithExtension();
    await use(context);
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  },
  worker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
});
export type { Fixtures };
export const expect = test.expect;

/** The text of every range painted under each Backstory highlight name, in the page's main world. */
export function paintedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const name of ['backstory-person', 'backstory-place', 'backstory-focus']) {
      const h = CSS.highlights.get(name);
      out[name] = h ? [...h].map((r) => r.toString()) : [];
    }
    return out;
  });
}

/** Waits until Backstory has painted at least one name. */
export async function waitForPaint(page: Page): Promise<void> {
  await page.waitForFunction(() => (CSS.highlights.get('backstory-person')?.size ?? 0) + (CSS.highlights.get('backstory-place')?.size ?? 0) > 0);
}

/** The centre of the first painted range whose text is `text`, in viewport coordinates, scrolled into view. */
export async function rangeCentre(page: Page, name: string, text: string, nth = 0): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ name, text, nth }) => {
      const ranges = [...(CSS.highlights.get(name) ?? [])].filter((r) => r.toString() === text) as Range[];
      const range = ranges[nth];
      if (!range) throw new Error(`no painted range "${text}" under ${name}`);
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    { name, text, nth },
  );
}

/**
 * The card as a reader meets it: its text and whether it is shown. The card lives in a closed shadow root,
 * which page scripts cannot open; the DevTools protocol can, so the test reads it as assistive tech would.
 */
export async function readCard(page: Page): Promise<{ open: boolean; text: string; live: string }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = find(root, (n) => n.nodeName === 'BACKSTORY-UI');
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return { open: false, text: '', live: '' };
    const frame = find(shadow, (n) => attr(n, 'class') === 'bs-frame');
    const live = find(shadow, (n) => attr(n, 'class') === 'bs-live');
    const open = frame !== undefined && attr(frame, 'hidden') === undefined;
    return { open, text: frame ? textOf(frame) : '', live: live ? textOf(live) : '' };
  } finally {
    await cdp.detach();
  }
}

/**
 * The card's text plus what it is made of: the tag names inside its frame (lower case), the `src` of each image, and
 * any `on*` attribute found. For checks that text alone cannot make (a thumbnail, a map, no injected script).
 */
export async function inspectCard(page: Page): Promise<{ open: boolean; text: string; tags: string[]; images: string[]; handlers: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = find(root, (n) => n.nodeName === 'BACKSTORY-UI');
    const frame = host?.shadowRoots?.[0] && find(host.shadowRoots[0], (n) => attr(n, 'class') === 'bs-frame');
    if (!frame) return { open: false, text: '', tags: [], images: [], handlers: [] };
    const tags = new Set<string>();
    const images: string[] = [];
    const handlers: string[] = [];
    const walk = (n: CdpNode) => {
      if (n.nodeType === 1) {
        const tag = n.nodeName.toLowerCase();
        tags.add(tag);
        if (tag === 'img') images.push(attr(n, 'src') ?? '');
        const a = n.attributes ?? [];
        for (let i = 0; i < a.length; i += 2) if (/^on/i.test(a[i]!)) handlers.push(`${tag}[${a[i]}]`);
      }
      for (const child of n.children ?? []) walk(child);
    };
    walk(frame);
    return { open: attr(frame, 'hidden') === undefined, text: textOf(frame), tags: [...tags], images, handlers };
  } finally {
    await cdp.detach();
  }
}

/** Writes the extension's settings (WXT's 'local:settings' item is the `settings` key, its version in `settings$`). */
export async function setSettings(worker: Worker, settings: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (patch) => {
    const { settings: current } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(current as object | undefined), ...patch }, settings$: { v: 2 } });
  }, settings);
}

interface CdpNode {
  nodeName: string;
  nodeType: number;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function attr(node: CdpNode, name: string): string | undefined {
  const a = node.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
}

function find(node: CdpNode, test: (n: CdpNode) => boolean): CdpNode | undefined {
  if (test(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const hit = find(child, test);
    if (hit) return hit;
  }
  return undefined;
}

function textOf(node: CdpNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeName === 'STYLE') return '';
  return (node.children ?? []).map(textOf).join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * The id of the tab in front. Without the "tabs" permission the extension cannot see tab URLs, so tests find
 * their tab as the one they opened last (a new page is brought to the front).
 */
export async function frontTabId(worker: Worker): Promise<number> {
  return worker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]!.id!);
}

/** Asks the front tab's content script for its page state, from the extension's service worker. */
export async function pageState(worker: Worker): Promise<{ status: string; entities: Array<{ id: string; name: string; type: string; mentionCount: number; role?: string }>; timings?: Record<string, number> }> {
  const tabId = await frontTabId(worker);
  return worker.evaluate(async (tabId) => {
    const reply = await chrome.tabs.sendMessage(tabId, { type: 'getPageState', data: {} });
    if (!reply?.ok) throw new Error(reply?.error ?? 'no reply');
    return reply.value;
  }, tabId);
}

/** The text inside a closed shadow root hosted by `hostTag` (read over CDP, as assistive tech would). */
export async function readShadowText(page: Page, hostTag: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const shadow = find(root, (n) => n.nodeName === hostTag.toUpperCase())?.shadowRoots?.[0];
    return shadow ? textOf(shadow) : '';
  } finally {
    await cdp.detach();
  }
}

/** Clicks, with the real mouse, the first element in `hostTag`'s closed shadow root whose text is `text`. */
export async function clickInShadow(page: Page, hostTag: string, text: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  let box: number[] | undefined;
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode & { backendNodeId?: number } };
    const shadow = find(root, (n) => n.nodeName === hostTag.toUpperCase())?.shadowRoots?.[0];
    const target = shadow && (find(shadow, (n) => n.nodeType === 1 && n.nodeName !== 'STYLE' && textOf(n) === text && !(n.children ?? []).some((c) => c.nodeType === 1 && textOf(c) === text)) as (CdpNode & { backendNodeId?: number }) | undefined);
    if (!target?.backendNodeId) throw new Error(`no "${text}" in <${hostTag}>`);
    ({ model: { content: box } } = (await cdp.send('DOM.getBoxModel', { backendNodeId: target.backendNodeId })) as { model: { content: number[] } });
  } finally {
    await cdp.detach();
  }
  const [x1, y1, x2, , , y3] = box!;
  await page.mouse.click((x1! + x2!) / 2, (y1! + y3!) / 2);
}
