import { expect, paintedTexts, pageState, rangeCentre, readCard, test, waitForPaint } from './fixtures';

const PEOPLE = ['Sergei Lavrov', 'Lavrov', 'John Kerry', 'Kerry', 'Vladimir Putin', 'Bashar al-Assad', 'Assad', 'Obama'];
const PLACES = ['Russia', 'United States', 'US', 'U.S.', 'Syria', 'Moscow', 'Damascus', 'Geneva', 'Israel', 'Jordan', 'Lebanon', 'Iraq', 'Afghanistan'];
/** May go either way (the issue says so). */
const EITHER = ['Kremlin'];

test.describe('the seed page', () => {
  test('highlights exactly its people and places, only in the article body', async ({ context, site, worker }) => {
    const page = await context.newPage();
    const url = `${site.origin}/site/seed/`;
    await page.goto(url);
    await waitForPaint(page);
    const painted = await paintedTexts(page);
    expect(new Set(painted['backstory-person'])).toEqual(new Set(PEOPLE));
    expect(new Set(painted['backstory-place']!.filter((t) => !EITHER.includes(t)))).toEqual(new Set(PLACES));

    // Every mention, and nothing outside the article: the sidebar and footer also name people and places.
    const outside = await page.evaluate(() =>
      ['backstory-person', 'backstory-place'].flatMap((n) =>
        [...CSS.highlights.get(n)!].filter((r) => !r.startContainer.parentElement!.closest('article p:not(.update)')).map((r) => r.toString()),
      ),
    );
    expect(outside).toEqual([]);
    const kerryInText = await page.evaluate(() => (document.querySelector('article')!.textContent!.match(/Kerry/g) ?? []).length);
    const state = await pageState(worker);
    const kerry = state.entities.find((e) => e.name === 'John Kerry');
    expect(kerry?.mentionCount).toBe(kerryInText - 0);
    expect(kerry?.role).toBe('secretary of state');
    expect(state.entities.find((e) => e.name === 'United States')?.mentionCount).toBeGreaterThanOrEqual(11);
    expect(state.entities.find((e) => e.name === 'Vladimir Putin')?.role).toBe('Russian President');
    expect(state.entities.filter((e) => e.type === 'PER').map((e) => e.name).sort()).toEqual(
      ['Bashar al-Assad', 'John Kerry', 'Obama', 'Sergei Lavrov', 'Vladimir Putin'],
    );
    // The live page's DOM is untouched: no element was inserted into the article.
    expect(await page.evaluate(() => document.querySelector('article')!.querySelectorAll('*').length)).toBe(19);
  });

  test('hovering a name opens its card, which closes on leave and on Esc', async ({ context, site }) => {
    const page = await context.newPage();
    await page.goto(`${site.origin}/site/seed/`);
    await waitForPaint(page);
    const at = await rangeCentre(page, 'backstory-person', 'Kerry', 1);
    await page.mouse.move(at.x, at.y);
    await expect.poll(async () => (await readCard(page)).open).toBe(true);
    const card = await readCard(page);
    expect(card.text).toContain('John Kerry');
    expect(card.text).toContain('Person');
    expect(card.text).toContain('secretary of state');
    expect(card.text).toMatch(/Mentioned \d+ times/);
    expect(card.text).toContain('Foreign minister Sergei Lavrov and secretary of state John Kerry announced');

    await page.mouse.move(5, 5);
    await expect.poll(async () => (await readCard(page)).open).toBe(false);

    const again = await rangeCentre(page, 'backstory-place', 'Moscow');
    await page.mouse.move(again.x, again.y);
    await expect.poll(async () => (await readCard(page)).text).toContain('Moscow');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await readCard(page)).open).toBe(false);
  });

  test('a short dwell is needed: passing over a name opens nothing', async ({ context, site }) => {
    const page = await context.newPage();
    await page.goto(`${site.origin}/site/seed/`);
    await waitForPaint(page);
    const at = await rangeCentre(page, 'backstory-place', 'Moscow');
    await page.mouse.move(at.x, at.y);
    await page.mouse.move(5, 5);
    await page.waitForTimeout(400);
    expect((await readCard(page)).open).toBe(false);
  });

  test('the keyboard moves through the names and announces each card', async ({ context, site }) => {
    const page = await context.newPage();
    await page.goto(`${site.origin}/site/seed/`);
    await waitForPaint(page);
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(async () => (await paintedTexts(page))['backstory-focus']).toEqual(['Sergei Lavrov']);
    let card = await readCard(page);
    expect(card.open).toBe(true);
    expect(card.live).toContain('Sergei Lavrov, person, Foreign minister');
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(async () => (await paintedTexts(page))['backstory-focus']).toEqual(['John Kerry']);
    await page.keyboard.press('Alt+Shift+P');
    await expect.poll(async () => (await paintedTexts(page))['backstory-focus']).toEqual(['Sergei Lavrov']);
    await page.keyboard.press('Escape');
    card = await readCard(page);
    expect(card.open).toBe(false);
  });
});
