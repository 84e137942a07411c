/**
 * Screenshots of saving a highlight: the in-page save form by a selection, the page with saved highlights in
 * four colours over the names, and the popup's "This page" tab. Run after `npx wxt build`:
 * `npx tsx scripts/highlight-shots.ts`. Writes assets/screenshots/save-form.png, saved-highlights.png and
 * popup-this-page.png.
 */
import { chromium, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../tests/servers/static-server';

const EXT = fileURLToPath(new URL('../.output/chrome-mv3', import.meta.url));
const OUT = fileURLToPath(new URL('../assets/screenshots/', import.meta.url));

async function select(page: Page, phrase: string) {
  await page.evaluate((phrase) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(phrase);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + phrase.length);
      node.parentElement!.scrollIntoView({ block: 'center' });
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
  }, phrase);
  await page.keyboard.press('Shift');
  await page.waitForTimeout(200);
}

const site = await startStaticServer(fileURLToPath(new URL('../tests/fixtures', import.meta.url)));
const dir = mkdtempSync(join(tmpdir(), 'backstory-shots-'));
const context = await chromium.launchPersistentContext(dir, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1000, height: 800 },
  deviceScaleFactor: 1,
  args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  await worker.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object), offline: true }, settings$: { v: 2 } });
  });
  const page = await context.newPage();
  await page.goto(`${site.origin}/site/seed/`);
  await page.waitForFunction(() => (CSS.highlights.get('backstory-place')?.size ?? 0) > 0);

  // Three quick saves (yellow), recoloured below through the popup, then the form for a fourth.
  for (const phrase of ['announced the agreement in Moscow', 'More than 70,000 people have been killed', 'revive an agreement to create a transitional government']) {
    await select(page, phrase);
    await page.keyboard.press('Alt+Shift+S');
    await page.waitForTimeout(400);
  }
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]!.id!);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}&view=page`);
  const items = popup.locator('.bs-hl');
  await items.nth(2).waitFor();
  for (const [i, colour, note, tags] of [[1, 'green', 'The Geneva communiqué, June 2012.', 'geneva syria'], [2, 'pink', '', 'toll']] as const) {
    await items.nth(i).getByRole('button', { name: 'Edit' }).click();
    await items.nth(i).getByLabel('Note').fill(note);
    await items.nth(i).getByLabel(colour).check();
    await items.nth(i).getByLabel('Tags').fill(tags);
    await items.nth(i).getByRole('button', { name: 'Save changes' }).click();
    await popup.waitForTimeout(300);
  }
  await popup.screenshot({ path: `${OUT}popup-this-page.png` });

  await page.bringToFront();
  await select(page, 'the question of what would happen to Syrian President Bashar al-Assad');
  const box = await page.evaluate(() => {
    const rects = getSelection()!.getRangeAt(0).getClientRects();
    const r = rects[rects.length - 1]!;
    return { x: r.right, y: r.bottom };
  });
  // The floating button sits just below the selection's end: click it with the real mouse.
  await page.mouse.click(box.x, box.y + 20);
  await page.waitForTimeout(300);
  await page.keyboard.type('Why Geneva stalled: Assad’s role was left open.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  await page.keyboard.type('syria assad');
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${OUT}save-form.png` });
  await page.keyboard.press('Control+Enter');
  await page.waitForTimeout(500);
  await page.evaluate(() => getSelection()!.removeAllRanges());
  await page.mouse.click(5, 5);
  await page.waitForTimeout(2000);
  await page.screenshot({ path: `${OUT}saved-highlights.png` });
} finally {
  await context.close();
  await site.close();
  rmSync(dir, { recursive: true, force: true });
}
