/**
 * `npm start`: opens Chromium with the freshly built Backstory loaded, on the demo article served from
 * 127.0.0.1. With `--headless` (or no display), it instead writes screenshots of the highlights, a hover card and
 * the popup to assets/screenshots/ and exits.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { startStaticServer } from '../tests/servers/static-server';

const EXTENSION = fileURLToPath(new URL('../.output/chrome-mv3', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../tests/fixtures', import.meta.url));
const SHOTS = fileURLToPath(new URL('../assets/screenshots', import.meta.url));
const headless = process.argv.includes('--headless') || (!process.env.DISPLAY && process.platform === 'linux');

const server = await startStaticServer(FIXTURES, Number(process.env.PORT ?? 0));
const article = `${server.origin}/site/seed/`;
const context = await chromium.launchPersistentContext(fileURLToPath(new URL('../.output/demo-profile', import.meta.url)), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless,
  viewport: headless ? { width: 1280, height: 860 } : null,
  args: [
    `--disable-extensions-except=${EXTENSION}`,
    `--load-extension=${EXTENSION}`,
    '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(article);
console.log(`Backstory is loaded. Demo article: ${article}`);

if (!headless) {
  console.log('Hover a highlighted name, press Alt+Shift+N to walk through them, or open the toolbar popup. Close the browser to stop.');
  context.on('close', () => void server.close().then(() => process.exit(0)));
} else {
  mkdirSync(SHOTS, { recursive: true });
  await page.waitForFunction(() => (CSS.highlights.get('backstory-person')?.size ?? 0) > 0, undefined, { timeout: 20_000 });
  await page.screenshot({ path: `${SHOTS}/seed-highlights.png` });
  const at = await page.evaluate(() => {
    const range = [...CSS.highlights.get('backstory-person')!].find((r) => r.toString() === 'Kerry') as Range;
    const rect = range.getClientRects()[0]!;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await page.mouse.move(at.x, at.y);
  await page.waitForTimeout(700);
  await page.screenshot({ path: `${SHOTS}/seed-hover-card.png` });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]!.id!);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html?tab=${tabId}`);
  await popup.locator('.bs-entity').first().waitFor();
  await popup.locator('.bs-entity summary').first().click();
  await popup.screenshot({ path: `${SHOTS}/popup.png` });
  console.log(`Screenshots written to ${SHOTS}: seed-highlights.png, seed-hover-card.png, popup.png`);
  await context.close();
  await server.close();
}
