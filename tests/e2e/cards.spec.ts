import { startWikipediaFixture, type WikipediaFixture } from '../servers/wikipedia-fixture';
import { expect, frontTabId, inspectCard, paintedTexts, rangeCentre, setSettings, test, waitForPaint } from './fixtures';

let wiki: WikipediaFixture;
test.beforeAll(async () => {
  wiki = await startWikipediaFixture();
});
test.afterAll(async () => {
  await wiki.close();
});
test.beforeEach(() => {
  wiki.requests.length = 0;
});

test.describe('background cards', () => {
  test('Kerry: the article section at once, then Wikipedia with its thumbnail', async ({ context, site, worker }) => {
    await setSettings(worker, { wikipediaBaseUrl: wiki.baseUrl, offline: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/site/seed/`);
    await waitForPaint(page);
    expect(wiki.requests).toEqual([]); // Nothing is looked up on page load.
    const at = await rangeCentre(page, 'backstory-person', 'Kerry', 1);
    await page.mouse.move(at.x, at.y);
    await expect.poll(async () => (await inspectCard(page)).text).toContain('secretary of state');
    const first = await inspectCard(page);
    expect(first.text).toContain('What they said');
    await expect.poll(async () => (await inspectCard(page)).text, { timeout: 15_000 }).toContain('American politician and diplomat');
    const card = await inspectCard(page);
    expect(card.text).toContain('Read more on Wikipedia');
    expect(card.text).toContain('CC BY-SA');
    expect(card.images).toEqual([`${wiki.baseUrl}/thumb/John_Kerry.png`]);
    expect(wiki.requests.some((r) => r.includes('/page/summary/John_Kerry'))).toBe(true);
  });

  test("Lavrov's card shows what he said", async ({ context, site, worker }) => {
    await setSettings(worker, { wikipediaBaseUrl: wiki.baseUrl, offline: true });
    const page = await context.newPage();
    await page.goto(`${site.origin}/site/seed/`);
    await waitForPaint(page);
    const at = await rangeCentre(page, 'backstory-person', 'Lavrov', 0);
    await page.mouse.move(at.x, at.y);
    await expect.poll(async () => (await inspectCard(page)).text).toContain(
      'The task now is to convince the government and all the opposition groups',
    );
  });

  test('Jordan: the atlas shows the country and a map', async ({ context, site, worker }) => {
    await setSettings(worker, { wikipediaBaseUrl: wiki.baseUrl, offline: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/site/seed/`);
    await waitForPaint(page);
    const at = await rangeCentre(page, 'backstory-place', 'Jordan');
    await page.mouse.move(at.x, at.y);
    await expect.poll(async () => (await inspectCard(page)).text, { timeout: 15_000 }).toContain('Capital Amman');
    const card = await inspectCard(page);
    expect(card.text).toContain('Hashemite Kingdom of Jordan');
    expect(card.tags).toEqual(expect.arrayContaining(['svg', 'path', 'circle']));
  });

  test('offline mode: no request reaches the server, the offline sources still show', async ({ context, site, worker }) => {
    await setSettings(worker, { wikipediaBaseUrl: wiki.baseUrl, offline: true });
    const page = await context.newPage();
    await page.goto(`${site.origin}/site/seed/`);
    await waitForPaint(page);
    for (const [name, text] of [['backstory-person', 'Kerry'], ['backstory-place', 'Jordan']] as const) {
      const at = await rangeCentre(page, name, text, name === 'backstory-person' ? 1 : 0);
      await page.mouse.move(at.x, at.y);
      await expect.poll(async () => (await inspectCard(page)).text).toContain('Wikipedia is off (offline mode)');
      await page.mouse.move(5, 5);
      await expect.poll(async () => (await inspectCard(page)).open).toBe(false);
    }
    const at = await rangeCentre(page, 'backstory-place', 'Jordan');
    await page.mouse.move(at.x, at.y);
    await expect.poll(async () => (await inspectCard(page)).text).toContain('Capital Amman');
    expect((await inspectCard(page)).text).toContain('Mentioned');
    await page.waitForTimeout(300);
    expect(wiki.requests).toEqual([]);
  });

  test("the XSS payload in Damascus's summary never runs", async ({ context, site, worker }) => {
    await setSettings(worker, { wikipediaBaseUrl: wiki.baseUrl, offline: false });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${site.origin}/site/seed/`);
    await waitForPaint(page);
    const at = await rangeCentre(page, 'backstory-place', 'Damascus');
    await page.mouse.move(at.x, at.y);
    await expect.poll(async () => (await inspectCard(page)).text, { timeout: 15_000 }).toContain('Capital and largest city of Syria');
    await page.waitForTimeout(500);
    const card = await inspectCard(page);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(card.tags).not.toContain('script');
    expect(card.handlers).toEqual([]);
    expect(card.images.every((src) => src.startsWith(`${wiki.baseUrl}/thumb/`))).toBe(true);
  });
});

test.describe('history, popup and settings', () => {
  test('an earlier article shows in the card; clearing history in the settings removes it', async ({ context, site, worker, extensionId }) => {
    await setSettings(worker, { wikipediaBaseUrl: wiki.baseUrl, offline: true });
    const earlier = await context.newPage();
    await earlier.goto(`${site.origin}/pages/wapo-1/source.html`);
    await waitForPaint(earlier);
    const earlierTitle = await earlier.title();
    await earlier.close();

    const page = await context.newPage();
    await page.goto(`${site.origin}/site/seed/`);
    await waitForPaint(page);
    const hoverSyria = async () => {
      await page.mouse.move(5, 5);
      await expect.poll(async () => (await inspectCard(page)).open).toBe(false);
      const at = await rangeCentre(page, 'backstory-place', 'Syria');
      await page.mouse.move(at.x, at.y);
      await expect.poll(async () => (await inspectCard(page)).text).toContain('Atlas');
      return (await inspectCard(page)).text;
    };
    const before = await hoverSyria();
    expect(before).toContain('Earlier in your reading');
    expect(before).toContain(earlierTitle.slice(0, 30));

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByRole('button', { name: 'Clear history' }).click();
    await expect(options.getByRole('status')).toHaveText('History cleared.');
    await page.bringToFront();
    expect(await hoverSyria()).not.toContain('Earlier in your reading');
  });

  test('the popup shows the same sections for an expanded entry, and links to the settings', async ({ context, site, worker, extensionId }) => {
    await setSettings(worker, { wikipediaBaseUrl: wiki.baseUrl, offline: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/site/seed/`);
    await waitForPaint(page);
    const tabId = await frontTabId(worker);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await expect(popup.getByRole('link', { name: 'Settings' })).toBeVisible();
    const jordan = popup.locator('.bs-entity[data-entity-id="loc:jordan"]');
    await jordan.locator('summary').click();
    await expect(jordan.locator('.bs-atlas')).toContainText('Amman');
    await expect(jordan.locator('svg.bs-map')).toBeVisible();
    const kerry = popup.locator('.bs-entity[data-entity-id="per:john-kerry"]');
    await kerry.locator('summary').click();
    await expect(kerry.locator('.bs-desc')).toHaveText('American politician and diplomat (born 1943)');
    await expect(kerry.locator('img.bs-thumb')).toHaveAttribute('src', `${wiki.baseUrl}/thumb/John_Kerry.png`);
  });

  test('the settings page turns a highlight type off, and the page follows', async ({ context, site, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`${site.origin}/site/seed/`);
    await waitForPaint(page);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByRole('checkbox', { name: 'Places', exact: true }).uncheck();
    // The page is read again with the new types: people come back, places do not.
    await expect
      .poll(async () => {
        const painted = await paintedTexts(page);
        return { places: painted['backstory-place']!.length, people: painted['backstory-person']!.length > 0 };
      })
      .toEqual({ places: 0, people: true });
  });

  test('the settings page lists the sites turned off, and removing one turns it back on', async ({ context, site, worker, extensionId }) => {
    await setSettings(worker, { disabledSites: ['127.0.0.1', 'news.example'] });
    const page = await context.newPage();
    await page.goto(`${site.origin}/site/seed/`);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.locator('.bs-sites li')).toHaveText([/127\.0\.0\.1/, /news\.example/]);
    await options.getByRole('button', { name: 'Turn Backstory back on for 127.0.0.1' }).click();
    await expect(options.locator('.bs-sites li')).toHaveText([/news\.example/]);
    await waitForPaint(page);
  });
});
