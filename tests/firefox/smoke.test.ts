/**
 * Firefox smoke test: the built Firefox add-on (`npx wxt build -b firefox` → .output/firefox-mv2) paints the
 * seed article's people and places with CSS highlights that the page itself can see.
 *
 * Drives firefox-esr headless with puppeteer-core over WebDriver BiDi (recipe: shared/E2E.md). Builds nothing.
 * Run: `npm run test:firefox` (node --import tsx tests/firefox/smoke.test.ts). Exits non-zero on failure.
 * FIREFOX_PATH overrides the browser binary.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { startStaticServer, type StaticServer } from '../servers/static-server';

const GECKO_ID = 'backstory@backstory.invalid'; // wxt.config.ts GECKO_ID (not imported: that pulls in the build tool)
const FIXED_UUID = '6d3f1c5e-2b1a-4c4e-9f1e-b5c0a7e3d201';
const EXTENSION_DIR = fileURLToPath(new URL('../../.output/firefox-mv2', import.meta.url));
const SITE_DIR = fileURLToPath(new URL('../fixtures/site', import.meta.url));
const PAINT_TIMEOUT_MS = 20_000;
const OVERALL_TIMEOUT_MS = 60_000;

interface Painted {
  person: string[];
  place: string[];
  outside: string[];
  hasArticle: boolean;
}

async function run(): Promise<void> {
  assert.ok(
    existsSync(join(EXTENSION_DIR, 'manifest.json')),
    `no Firefox build at ${EXTENSION_DIR}: run \`npx wxt build -b firefox\` first`,
  );
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const profile = mkdtempSync(join(tmpdir(), 'backstory-ff-'));
  try {
    server = await startStaticServer(SITE_DIR);
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
      userDataDir: profile,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIXED_UUID }) },
    });
    const addonId = await browser.installExtension(EXTENSION_DIR);
    assert.equal(addonId, GECKO_ID, 'installed add-on id');

    const page = await browser.newPage();
    await page.goto(`${server.origin}/seed/`, { waitUntil: 'load' });

    try {
      await page.waitForFunction(() => (CSS.highlights.get('backstory-person')?.size ?? 0) > 0, {
        timeout: PAINT_TIMEOUT_MS,
        polling: 100,
      });
    } catch {
      const seen = await page.evaluate(() => ({
        hasRegistry: typeof CSS !== 'undefined' && 'highlights' in CSS,
        names: typeof CSS !== 'undefined' && CSS.highlights ? [...CSS.highlights.keys()] : [],
      }));
      assert.fail(`no backstory-person ranges visible to the page within ${PAINT_TIMEOUT_MS} ms (page sees ${JSON.stringify(seen)})`);
    }
    // Painting runs in chunks; give the last chunk a moment, then read everything.
    await new Promise((ok) => setTimeout(ok, 300));

    // No named helpers inside evaluate(): tsx's keepNames would reference a `__name` the page does not have.
    const painted: Painted = await page.evaluate(() => {
      const article = document.querySelector('article');
      const texts: Record<string, string[]> = { 'backstory-person': [], 'backstory-place': [] };
      const outside: string[] = [];
      for (const name of ['backstory-person', 'backstory-place']) {
        for (const r of CSS.highlights.get(name) ?? []) {
          const range = r as Range;
          texts[name]!.push(range.toString());
          const inside =
            article !== null &&
            article.contains(range.startContainer) &&
            article.contains(range.endContainer) &&
            article.contains(range.commonAncestorContainer);
          if (!inside) outside.push(`${name}: "${range.toString()}"`);
        }
      }
      return { person: texts['backstory-person']!, place: texts['backstory-place']!, outside, hasArticle: article !== null };
    });

    console.log(`  persons painted: ${painted.person.length} [${[...new Set(painted.person)].join(', ')}]`);
    console.log(`  places painted:  ${painted.place.length} [${[...new Set(painted.place)].join(', ')}]`);
    assert.ok(painted.hasArticle, 'the seed page has an <article>');
    for (const name of ['John Kerry', 'Kerry', 'Sergei Lavrov']) {
      assert.ok(painted.person.includes(name), `person "${name}" painted (got ${JSON.stringify(painted.person)})`);
    }
    for (const name of ['Syria', 'Moscow']) {
      assert.ok(painted.place.includes(name), `place "${name}" painted (got ${JSON.stringify(painted.place)})`);
    }
    assert.deepEqual(painted.outside, [], 'no painted range lies outside <article>');
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
}

const started = Date.now();
const timer = setTimeout(() => {
  console.error(`FAIL firefox smoke: timed out after ${OVERALL_TIMEOUT_MS / 1000} s`);
  process.exit(1);
}, OVERALL_TIMEOUT_MS);
try {
  await run();
  console.log(`PASS firefox smoke: seed article painted in Firefox (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  clearTimeout(timer);
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error(`FAIL firefox smoke (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  clearTimeout(timer);
  process.exit(1);
}
