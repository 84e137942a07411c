import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { clickInShadow, expect, frontTabId, readShadowText, test, waitForPaint } from './fixtures';

const PHRASE = 'revive an agreement to create a transitional government';

/** Selects the first occurrence of `phrase` in the page, then releases Shift (a trusted key-up, as a keyboard selection ends). */
async function select(page: Page, phrase: string): Promise<void> {
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
    throw new Error(`no "${phrase}" in the page`);
  }, phrase);
  await page.keyboard.press('Shift');
}

/** Texts painted under each saved-highlight colour, from the page's main world. */
function savedPaint(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const c of ['yellow', 'green', 'blue', 'pink']) out[c] = [...(CSS.highlights.get(`backstory-saved-${c}`) ?? [])].map((r) => r.toString());
    return out;
  });
}

async function saveWithForm(page: Page, phrase: string, note: string, tags: string, colourSteps = 1): Promise<void> {
  await select(page, phrase);
  await expect.poll(() => readShadowText(page, 'backstory-save')).toBe('Save highlight');
  await clickInShadow(page, 'backstory-save', 'Save highlight');
  await expect.poll(() => readShadowText(page, 'backstory-save')).toContain('Note');
  await page.keyboard.type(note);
  // Tab to the colour group (the checked swatch), then arrow to the next colours.
  await page.keyboard.press('Tab');
  for (let i = 0; i < colourSteps; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  await page.keyboard.type(tags);
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => readShadowText(page, 'backstory-save')).toBe('Saved');
}

test.describe('saved highlights', () => {
  test('select, save with a note, reload: painted again', async ({ context, site, worker }) => {
    const page = await context.newPage();
    await page.goto(`${site.origin}/site/seed/`);
    await waitForPaint(page);
    await saveWithForm(page, PHRASE, 'Geneva deal again', 'syria, diplomacy');
    expect((await savedPaint(page)).green).toEqual([PHRASE]);
    await page.reload();
    await expect.poll(async () => (await savedPaint(page)).green).toEqual([PHRASE]);
    const state = await worker.evaluate(async (tabId) => (await chrome.tabs.sendMessage(tabId, { type: 'getSavedState', data: {} })).value, await frontTabId(worker));
    console.log(`anchoring on the seed page: ${state.anchorMs.toFixed(1)} ms for ${state.placed.length} highlight(s)`);
  });
});

/** Opens the popup as a page, pointed at the article's tab, on one of its tabs. */
async function openPopup(context: import('@playwright/test').BrowserContext, extensionId: string, tabId: number, view: 'page' | 'all'): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}&view=${view}`);
  return popup;
}

/** All saved highlights, asked of the background from an extension page. */
function listAll(popup: Page): Promise<Array<{ id: string; note: string; color: string; tags: string[] }>> {
  return popup.evaluate(async () => {
    const reply = await chrome.runtime.sendMessage({ type: 'listAllHighlights', data: {} });
    if (!reply.ok) throw new Error(reply.error);
    return reply.value.groups.flatMap((g: { highlights: unknown[] }) => g.highlights);
  });
}

test.describe('saved highlights in the popup', () => {
  test('the popup shows it; reveal, edit, then delete and undo', async ({ context, site, worker, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`${site.origin}/site/seed/`);
    await waitForPaint(page);
    await saveWithForm(page, PHRASE, 'first note', 'syria', 0);
    const tabId = await frontTabId(worker);
    const popup = await openPopup(context, extensionId, tabId, 'page');
    const item = popup.locator('.bs-hl');
    await expect(item).toHaveCount(1);
    await expect(item.locator('.bs-hl-quote')).toHaveText(PHRASE);
    await expect(item.locator('.bs-hl-note')).toHaveText('first note');
    await expect(item.locator('.bs-tag')).toHaveText(['#syria']);

    await item.getByRole('button', { name: 'Show in page' }).click();
    await expect.poll(() => page.evaluate(() => [...(CSS.highlights.get('backstory-saved-focus') ?? [])].map((r) => r.toString()))).toEqual([PHRASE]);

    await item.getByRole('button', { name: 'Edit' }).click();
    await item.getByLabel('Note').fill('edited note');
    await item.getByLabel('blue').check();
    await item.getByLabel('Tags').fill('syria geneva');
    await item.getByRole('button', { name: 'Save changes' }).click();
    await expect(item.locator('.bs-hl-note')).toHaveText('edited note');
    await expect(item.locator('.bs-tag')).toHaveText(['#syria', '#geneva']);
    await expect.poll(async () => (await savedPaint(page)).blue).toEqual([PHRASE]);
    expect((await savedPaint(page)).yellow).toEqual([]);

    await item.getByRole('button', { name: 'Delete' }).click();
    await expect(popup.locator('.bs-hl')).toHaveCount(0);
    await expect.poll(async () => (await savedPaint(page)).blue).toEqual([]);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect(popup.locator('.bs-hl .bs-hl-note')).toHaveText('edited note');
    await expect.poll(async () => (await savedPaint(page)).blue).toEqual([PHRASE]);

    await popup.getByRole('tab', { name: 'All highlights' }).click();
    await expect(popup.locator('.bs-article-title')).toHaveText([/Syria peace conference/]);
    await popup.getByLabel('Search highlights').fill('geneva');
    await expect(popup.locator('.bs-hl')).toHaveCount(1);
    await popup.getByLabel('Search highlights').fill('zanzibar');
    await expect(popup.locator('.bs-hl')).toHaveCount(0);
  });

  test('export each format and parse it; wipe, import the JSON back; a broken file changes nothing', async ({ context, site, worker, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`${site.origin}/site/seed/`);
    await waitForPaint(page);
    await saveWithForm(page, PHRASE, 'a note, with "quotes"', 'syria', 2);
    await saveWithForm(page, 'More than 70,000 people have been killed', '', 'toll', 3);
    const tabId = await frontTabId(worker);
    const popup = await openPopup(context, extensionId, tabId, 'page');
    await expect(popup.locator('.bs-hl')).toHaveCount(2);

    const files: Record<string, string> = {};
    for (const [format, label] of [['markdown', 'Markdown (Obsidian)'], ['json', 'JSON (Backstory backup)'], ['csv', 'CSV (Readwise)'], ['w3c', 'W3C Web Annotation (JSON-LD)']]) {
      await popup.getByLabel('Format').selectOption({ label: label! });
      await popup.getByLabel('Of').selectOption('all');
      const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export' }).click()]);
      files[format!] = await readFile((await download.path())!, 'utf8');
      expect(download.suggestedFilename()).toMatch(/^backstory-highlights-\d{4}-\d{2}-\d{2}\.(md|json|csv|jsonld)$/);
    }
    const json = JSON.parse(files.json!);
    expect(json).toMatchObject({ format: 'backstory', version: 1 });
    expect(json.highlights).toHaveLength(2);
    expect(files.csv!.split(/\r?\n/)[0]).toBe('Highlight,Title,Author,URL,Note,Location,Date');
    expect(files.csv).toContain('"a note, with ""quotes""');
    expect(files.markdown!.startsWith('---\n')).toBe(true);
    expect(files.markdown).toMatch(/^url: "http:\/\/127\.0\.0\.1:\d+\/site\/seed\/"$/m);
    expect(files.markdown).toContain(`> ${PHRASE}`);
    const w3c = JSON.parse(files.w3c!);
    expect(w3c.type).toBe('AnnotationCollection');
    expect(w3c.first.items).toHaveLength(2);

    // Wipe: delete the extension's database from an extension page (the background's connection gives way).
    const before = await listAll(popup);
    await popup.evaluate(() => new Promise((resolve, reject) => {
      const request = indexedDB.deleteDatabase('backstory');
      request.onsuccess = resolve;
      request.onerror = () => reject(request.error);
    }));
    expect(await listAll(popup)).toEqual([]);

    await popup.locator('input[type=file]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(files.json!) });
    await expect(popup.locator('.bs-notice-info')).toContainText('Imported 2 highlights from backup.json');
    expect(await listAll(popup)).toEqual(before);
    await expect.poll(async () => (await savedPaint(page)).blue).toEqual([PHRASE]);

    // The same file again: merged by id, nothing added.
    await popup.locator('input[type=file]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(files.json!) });
    await expect(popup.locator('.bs-notice-info')).toContainText('Imported 0 highlights from backup.json (2 already here, skipped)');

    // A broken file: a clear message saying what and where, and nothing written.
    const broken = { ...json, highlights: [json.highlights[0], { ...json.highlights[1], id: 'new-id', color: 'purple' }] };
    await popup.locator('input[type=file]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await expect(popup.getByRole('alert')).toContainText('broken.json was not imported, and nothing was changed.');
    await expect(popup.getByRole('alert')).toContainText('highlights[1].color');
    await popup.locator('input[type=file]').setInputFiles({ name: 'future.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...json, version: 9 })) });
    await expect(popup.getByRole('alert')).toContainText('version');
    await popup.locator('input[type=file]').setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(files.json!.slice(0, 200)) });
    await expect(popup.getByRole('alert')).toContainText('cut.json');
    expect(await listAll(popup)).toEqual(before);
  });
});

test.describe('the full-page view', () => {
  test('filters by colour, tag, site and orphans; an edit there repaints the open article', async ({ context, site, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`${site.origin}/site/seed/`);
    await waitForPaint(page);
    await saveWithForm(page, PHRASE, 'one', 'geneva', 0);
    await saveWithForm(page, 'More than 70,000 people have been killed', 'two', 'toll', 3);
    const view = await context.newPage();
    await view.goto(`chrome-extension://${extensionId}/highlights.html`);
    await expect(view.locator('.bs-hl')).toHaveCount(2);
    await view.locator('.bs-filters label', { hasText: 'Colour' }).locator('select').selectOption('pink');
    await expect(view.locator('.bs-hl .bs-hl-note')).toHaveText(['two']);
    await view.locator('.bs-filters label', { hasText: 'Colour' }).locator('select').selectOption('');
    await view.locator('.bs-filters label', { hasText: 'Tag' }).locator('select').selectOption('geneva');
    await expect(view.locator('.bs-hl .bs-hl-note')).toHaveText(['one']);
    await view.locator('.bs-filters label', { hasText: 'Tag' }).locator('select').selectOption('');
    await view.locator('.bs-filters label', { hasText: 'Site' }).locator('select').selectOption({ index: 1 });
    await expect(view.locator('.bs-hl')).toHaveCount(2);
    await view.getByLabel('Only highlights not found in their page').check();
    await expect(view.locator('.bs-hl')).toHaveCount(0);
    await view.getByLabel('Only highlights not found in their page').uncheck();

    const id = await view.locator('.bs-hl', { hasText: 'one' }).getAttribute('data-highlight-id');
    const item = view.locator(`.bs-hl[data-highlight-id="${id}"]`);
    await item.getByRole('button', { name: 'Edit' }).click();
    await item.getByLabel('blue').check();
    await item.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(async () => (await savedPaint(page)).blue).toEqual([PHRASE]);
  });
});

test.describe('finding highlights again', () => {
  test('after the site edits the page a little, highlights are found again; a removed one is listed as an orphan', async ({ context, site, worker, extensionId }) => {
    const page = await context.newPage();
    const url = `${site.origin}/site/seed/`;
    await page.goto(url);
    await waitForPaint(page);
    const gone = 'More than 70,000 people have been killed';
    await saveWithForm(page, PHRASE, 'kept', '', 0);
    await saveWithForm(page, gone, 'the toll', '', 0);
    // The site's next version: words added before the quote, a word changed inside it, one paragraph cut.
    await page.route(url, async (route) => {
      const html = await (await route.fetch()).text();
      await route.fulfill({
        contentType: 'text/html',
        body: html
          .replace('The aim is to revive', 'The stated aim, officials said on Wednesday, is to revive')
          .replace('transitional government', 'transitional administration')
          .replace(/<p>More than 70,000[^<]*/, '<p>'),
      });
    });
    await page.reload();
    await expect.poll(async () => (await savedPaint(page)).yellow).toEqual(['revive an agreement to create a transitional administration']);
    const tabId = await frontTabId(worker);
    const popup = await openPopup(context, extensionId, tabId, 'page');
    const orphan = popup.locator('.bs-hl[data-orphan="true"]');
    await expect(orphan).toHaveCount(1);
    await expect(orphan.locator('.bs-hl-quote')).toHaveText(gone);
    await expect(orphan.locator('.bs-hl-orphan')).toHaveText('Not found in the page');
    await expect(popup.locator('.bs-hl')).toHaveCount(2);
    // Listed, never dropped: "All highlights" still has both, the orphan marked.
    await popup.getByRole('tab', { name: 'All highlights' }).click();
    await expect(popup.locator('.bs-hl')).toHaveCount(2);
    await expect(popup.locator('.bs-hl[data-orphan="true"] .bs-hl-quote')).toHaveText(gone);
  });
});

test.describe('saved highlights and the page', () => {
  test('the page cannot read the saved data, nor drive saving', async ({ context, site, worker }) => {
    const page = await context.newPage();
    await page.goto(`${site.origin}/site/seed/`);
    await waitForPaint(page);
    await saveWithForm(page, PHRASE, 'secret-note-7781', 'private-tag', 1);
    await page.reload();
    await expect.poll(async () => (await savedPaint(page)).green).toEqual([PHRASE]);
    const seen = await page.evaluate(async () => ({
      html: document.documentElement.outerHTML,
      databases: (await indexedDB.databases()).map((d) => d.name),
    }));
    expect(seen.html).not.toContain('secret-note-7781');
    expect(seen.html).not.toContain('private-tag');
    expect(seen.databases).not.toContain('backstory');

    // A script's synthetic key press and mouse-up do nothing: only the reader's own input saves.
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((e) => e.textContent!.includes('Kremlin'))!;
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'S', code: 'KeyS', altKey: true, shiftKey: true, bubbles: true }));
    });
    await page.waitForTimeout(500);
    expect(await readShadowText(page, 'backstory-save')).toBe('');
    const state = await worker.evaluate(async (tabId) => (await chrome.tabs.sendMessage(tabId, { type: 'getSavedState', data: {} })).value, await frontTabId(worker));
    expect(state.placed).toHaveLength(1);
  });

  test('the keyboard shortcut saves the selection; a real page keeps its highlight over a reload', async ({ context, site, worker }) => {
    const page = await context.newPage();
    await page.goto(`${site.origin}/pages/nytimes-2/source.html`, { waitUntil: 'domcontentloaded' });
    const phrase = await page.evaluate(() => {
      // The longest text node of a paragraph: one node, so the helper can select it.
      const nodes = [...document.querySelectorAll('p')].flatMap((p) => [...p.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE));
      const longest = nodes.sort((a, b) => b.textContent!.length - a.textContent!.length)[0]!;
      return longest.textContent!.trim().slice(0, 80).trim();
    });
    await page.waitForTimeout(500);
    await select(page, phrase);
    await page.keyboard.press('Alt+Shift+S');
    await expect.poll(() => readShadowText(page, 'backstory-save')).toBe('Saved');
    expect((await savedPaint(page)).yellow).toEqual([phrase]);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await expect.poll(async () => (await savedPaint(page)).yellow).toEqual([phrase]);
    const state = await worker.evaluate(async (tabId) => (await chrome.tabs.sendMessage(tabId, { type: 'getSavedState', data: {} })).value, await frontTabId(worker));
    expect(state.orphans).toEqual([]);

    // The context menu's click reaches the tab as saveSelection (menus cannot be clicked in headless Chromium).
    const second = await page.evaluate(() => {
      const nodes = [...document.querySelectorAll('p')].flatMap((p) => [...p.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE));
      return nodes.sort((a, b) => b.textContent!.length - a.textContent!.length)[1]!.textContent!.trim().slice(0, 60).trim();
    });
    await select(page, second);
    const tabId = await frontTabId(worker);
    expect(await worker.evaluate(async (tabId) => (await chrome.tabs.sendMessage(tabId, { type: 'saveSelection', data: {} })).value, tabId)).toBe(true);
    await expect.poll(async () => (await savedPaint(page)).yellow!.sort()).toEqual([phrase, second].sort());
    console.log(`anchoring on nytimes-2: ${state.anchorMs.toFixed(1)} ms for ${state.placed.length} highlight(s)`);
  });
});
