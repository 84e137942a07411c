import { expect, frontTabId, paintedTexts, test, waitForPaint } from './fixtures';


test.describe('the popup', () => {
  test('lists the article people and places, grouped, and reveals one in the page', async ({ context, site, worker, extensionId }) => {
    // Offline: expanding an entry must not reach the real Wikipedia from a test.
    await worker.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object), offline: true } });
    });
    const page = await context.newPage();
    const url = `${site.origin}/site/seed/`;
    await page.goto(url);
    await waitForPaint(page);
    const tabId = await frontTabId(worker);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    const people = popup.locator('section[aria-label="People"] .bs-entity-name');
    const places = popup.locator('section[aria-label="Places"] .bs-entity-name');
    await expect(people).toHaveText(['John Kerry', 'Bashar al-Assad', 'Sergei Lavrov', 'Vladimir Putin', 'Obama']);
    await expect(places.first()).toHaveText('United States');
    expect(await places.allTextContents()).toEqual(expect.arrayContaining(['Syria', 'Russia', 'Moscow', 'Jordan', 'Lebanon', 'Afghanistan']));

    await popup.locator('.bs-entity[data-entity-id="per:vladimir-putin"]').locator('summary').click();
    await expect(popup.locator('.bs-entity[data-entity-id="per:vladimir-putin"]').locator('.bs-role')).toHaveText('Russian President');
    await popup.locator('.bs-entity[data-entity-id="per:vladimir-putin"]').getByRole('button', { name: 'Show in page' }).click();
    await expect.poll(async () => (await paintedTexts(page))['backstory-focus']).toEqual(['Vladimir Putin']);
  });

  test('says so for a page that is not an article, and for the browser own pages', async ({ context, site, worker, extensionId }) => {
    const page = await context.newPage();
    const url = `${site.origin}/site/plain/`;
    await page.goto(url);
    const tabId = await frontTabId(worker);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await expect(popup.locator('[data-state="not-article"]')).toBeVisible();
    expect(await paintedTexts(page)).toEqual({ 'backstory-person': [], 'backstory-place': [], 'backstory-focus': [] });

    const own = await context.newPage();
    await own.goto('chrome://version');
    const ownId = await frontTabId(worker);
    const popup2 = await context.newPage();
    await popup2.goto(`chrome-extension://${extensionId}/popup.html?tab=${ownId}`);
    await expect(popup2.locator('[data-state="restricted"]')).toBeVisible();
  });

  test('pause and per-site off clear the highlights, persist, and undo', async ({ context, site, worker, extensionId }) => {
    const page = await context.newPage();
    const url = `${site.origin}/site/seed/`;
    await page.goto(url);
    await waitForPaint(page);
    const tabId = await frontTabId(worker);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    const count = async () => (await paintedTexts(page))['backstory-person']!.length;

    await popup.getByLabel('Pause').check();
    await expect.poll(count).toBe(0);
    await expect(popup.locator('[data-state="paused"]')).toBeVisible();
    await page.reload();
    await page.waitForTimeout(800);
    expect(await count()).toBe(0);
    await popup.getByLabel('Pause').uncheck();
    await expect.poll(count).toBeGreaterThan(0);

    await popup.getByLabel('On for 127.0.0.1').uncheck();
    await expect.poll(count).toBe(0);
    await page.reload();
    await page.waitForTimeout(800);
    expect(await count()).toBe(0);
    await expect(popup.locator('[data-state="site-off"]')).toBeVisible();
    await popup.getByLabel('On for 127.0.0.1').check();
    await expect.poll(count).toBeGreaterThan(0);
  });
});
