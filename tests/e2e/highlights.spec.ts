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
  test('select, save with a note, reload: painted again', async ({ context, site }) => {
    const page = await context.newPage();
    await page.goto(`${site.origin}/site/seed/`);
    await waitForPaint(page);
    await saveWithForm(page, PHRASE, 'Geneva deal again', 'syria, diplomacy');
    expect((await savedPaint(page)).green).toEqual([PHRASE]);
    await page.reload();
    await expect.poll(async () => (await savedPaint(page)).green).toEqual([PHRASE]);
  });
});
