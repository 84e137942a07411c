/**
 * The card's Wikipedia section against the local fixture server: a disambiguation page, a 429 with Retry-After,
 * and the language setting.
 */
import { startWikipediaFixture, type WikipediaFixture } from '../servers/wikipedia-fixture';
import { expect, inspectCard, rangeCentre, setSettings, test, waitForPaint } from './fixtures';
import type { Page, Worker } from '@playwright/test';

let wiki: WikipediaFixture;
test.beforeAll(async () => {
  wiki = await startWikipediaFixture();
});
test.afterAll(async () => {
  await wiki.close();
});
test.beforeEach(() => {
  wiki.requests.length = 0;
  wiki.hosts.length = 0;
});

async function hover(page: Page, name: string, text: string, nth = 0): Promise<void> {
  await page.mouse.move(5, 5);
  await expect.poll(async () => (await inspectCard(page)).open).toBe(false);
  const at = await rangeCentre(page, name, text, nth);
  await page.mouse.move(at.x, at.y);
}

/** The back-off time the background stored for a host, from its knowledge database (ms since the epoch). */
function storedBackoff(worker: Worker, host: string): Promise<number | undefined> {
  return worker.evaluate(
    (host) =>
      new Promise<number | undefined>((resolve, reject) => {
        const open = indexedDB.open('backstory-knowledge');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('backoff').objectStore('backoff').get(host);
          get.onsuccess = () => resolve((get.result as { notBefore?: number } | undefined)?.notBefore);
          get.onerror = () => reject(get.error);
        };
      }),
    host,
  );
}

test.describe('the Wikipedia section', () => {
  test('a bare name whose page is a disambiguation page shows the candidates, never that page as the entity', async ({ context, site, worker }) => {
    await setSettings(worker, { wikipediaBaseUrl: wiki.baseUrl, offline: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/site/ambiguous/`);
    await waitForPaint(page);
    await hover(page, 'backstory-person', 'Abbott');
    await expect.poll(async () => (await inspectCard(page)).text, { timeout: 15_000 }).toContain('This name could mean');
    const card = await inspectCard(page);
    for (const name of ['Tony Abbott', 'Greg Abbott', 'Diane Abbott']) expect(card.text).toContain(name);
    expect(card.text).not.toContain('may refer to'); // The disambiguation page's extract.
    expect(card.text).not.toContain('Abbott Laboratories'); // Not a person who could be this Abbott.
    expect(wiki.requests).toContain('/api/rest_v1/page/summary/Abbott');
  });

  test('a 429 with Retry-After: the quiet back-off line, and no request before the retry time', async ({ context, site, worker }) => {
    await setSettings(worker, { wikipediaBaseUrl: wiki.baseUrl, offline: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/site/seed/`);
    await waitForPaint(page);
    wiki.throttleNext(1, 120);
    const before = Date.now();
    await hover(page, 'backstory-person', 'Kerry', 1);
    await expect.poll(async () => (await inspectCard(page)).text, { timeout: 15_000 }).toContain('it asked us to wait');
    const asked = [...wiki.requests];
    expect(new Set(asked)).toEqual(new Set(['/api/rest_v1/page/summary/John_Kerry'])); // The throttled one (and its preflight).
    const retryAt = await storedBackoff(worker, new URL(wiki.baseUrl).host);
    expect(retryAt).toBeGreaterThanOrEqual(before + 119_000); // Retry-After: 120 s, honoured.

    // Other cards, and the same one again, wait too: nothing reaches the server.
    await hover(page, 'backstory-place', 'Jordan');
    await expect.poll(async () => (await inspectCard(page)).text, { timeout: 15_000 }).toContain('it asked us to wait');
    expect((await inspectCard(page)).text).toContain('Capital Amman'); // The offline sources still show.
    await hover(page, 'backstory-person', 'Lavrov');
    await expect.poll(async () => (await inspectCard(page)).text, { timeout: 15_000 }).toContain('it asked us to wait');
    await hover(page, 'backstory-person', 'Kerry', 1);
    await expect.poll(async () => (await inspectCard(page)).text, { timeout: 15_000 }).toContain('it asked us to wait');
    await page.waitForTimeout(300);
    expect(wiki.requests).toEqual(asked);
  });

  test('the language setting picks the edition asked', async ({ context, site, worker }) => {
    const port = new URL(wiki.baseUrl).port;
    await setSettings(worker, { wikipediaBaseUrl: `http://{lang}.localhost:${port}`, wikipediaLanguage: 'de', offline: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/site/seed/`);
    await waitForPaint(page);
    await hover(page, 'backstory-person', 'Kerry', 1);
    await expect.poll(async () => (await inspectCard(page)).text, { timeout: 15_000 }).toContain('American politician and diplomat');
    expect(wiki.requests).toContain('/api/rest_v1/page/summary/John_Kerry');
    // Thumbnails come from the summary's own URL (the fixture's 127.0.0.1); every API request went to the edition.
    const apiHosts = () => new Set(wiki.hosts.filter((_, i) => !wiki.requests[i]?.startsWith('/thumb/')));
    expect(apiHosts()).toEqual(new Set([`de.localhost:${port}`]));

    await setSettings(worker, { wikipediaLanguage: 'fr' });
    wiki.hosts.length = 0;
    wiki.requests.length = 0;
    await hover(page, 'backstory-person', 'Lavrov');
    await expect.poll(() => wiki.requests.includes('/api/rest_v1/page/summary/Sergei_Lavrov'), { timeout: 15_000 }).toBe(true);
    expect(apiHosts()).toEqual(new Set([`fr.localhost:${port}`]));
  });
});
