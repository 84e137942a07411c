import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, pageState, paintedTexts, SITE_DIR, test, waitForPaint } from './fixtures';

const PAGES = readdirSync(join(SITE_DIR, 'pages'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(SITE_DIR, 'pages', d.name, 'expected.html')))
  .map((d) => d.name);

/** Waits until the content script has finished with the page, whatever the outcome. */
async function settled(worker: import('@playwright/test').Worker) {
  // The content script arrives at document_idle: until then nothing answers.
  const read = () => pageState(worker).catch(() => ({ status: 'reading', entities: [] }));
  let state = await read();
  for (let i = 0; i < 150 && state.status === 'reading'; i++) {
    await new Promise((r) => setTimeout(r, 200));
    state = await read();
  }
  return state;
}

test.describe('real news pages', () => {
  test('highlights lie only in the article region, never in boilerplate', async ({ context, site, worker }) => {
    test.setTimeout(240_000);
    expect(PAGES.length).toBeGreaterThanOrEqual(8);
    let withNames = 0;
    for (const name of PAGES) {
      const page = await context.newPage();
      await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
      await page.goto(`${site.origin}/pages/${name}/source.html`, { waitUntil: 'domcontentloaded' });
      const state = await settled(worker);
      expect(state.status, name).toBe('ready');
      const expected = await (await fetch(`${site.origin}/pages/${name}/expected.html`)).text();
      // Where each painted range lies: its text node must be article text (it appears in the article Readability
      // is expected to extract), and no range may sit in navigation, headers, footers or asides.
      const misplaced = await page.evaluate((expectedHtml) => {
        const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
        const article = norm(new DOMParser().parseFromString(expectedHtml, 'text/html').body.textContent ?? '');
        const bad: string[] = [];
        for (const name of ['backstory-person', 'backstory-place']) {
          for (const range of CSS.highlights.get(name) ?? []) {
            const r = range as Range;
            const text = norm((r.startContainer as Text).data);
            const boiler = r.startContainer.parentElement?.closest('nav, footer, aside, [role="navigation"], [role="contentinfo"]');
            if (!article.includes(text) || boiler) bad.push(`${r.toString()} in "${text.slice(0, 60)}"`);
          }
        }
        return bad;
      }, expected);
      expect(misplaced, name).toEqual([]);
      const painted = await paintedTexts(page);
      if (painted['backstory-person']!.length + painted['backstory-place']!.length > 0) withNames++;
      await page.close();
    }
    expect(withNames).toBeGreaterThanOrEqual(PAGES.length - 2);
  });
});

test.describe('hostile pages', () => {
  test('an enormous page is capped: the tab stays responsive and only the article is read', async ({ context, site, worker }) => {
    const page = await context.newPage();
    await page.goto(`${site.origin}/site/huge/`);
    const state = await settled(worker);
    expect(state.status).toBe('ready');
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(100_000);
    const outside = await page.evaluate(() =>
      ['backstory-person', 'backstory-place'].flatMap((n) => [...(CSS.highlights.get(n) ?? [])].filter((r) => !r.startContainer.parentElement!.closest('article'))).length,
    );
    expect(outside).toBe(0);
    expect((await paintedTexts(page))['backstory-person']).toContain('Antonio Guterres');

    const bare = await context.newPage();
    await bare.goto(`${site.origin}/site/huge/no-article.html`);
    expect(['too-large', 'not-article']).toContain((await settled(worker)).status);
    expect(await paintedTexts(bare)).toEqual({ 'backstory-person': [], 'backstory-place': [], 'backstory-focus': [] });
  });

  test('form fields and editable areas are never highlighted; a page that rewrites itself leaves nothing stale', async ({ context, site }) => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
    page.on('pageerror', (e) => !e.message.includes('page-own-error') && errors.push(e.message));
    await page.goto(`${site.origin}/site/hostile/`);
    await waitForPaint(page);
    expect((await paintedTexts(page))['backstory-person']).toContain('William Ruto');
    // The page rewrites a paragraph after 1.5 s: the new names appear and the old range is gone.
    await expect.poll(async () => (await paintedTexts(page))['backstory-person'], { timeout: 15_000 }).toContain('Abiy Ahmed');
    const audit = await page.evaluate(() =>
      ['backstory-person', 'backstory-place'].flatMap((n) =>
        [...(CSS.highlights.get(n) ?? [])].map((r) => {
          const el = r.startContainer.parentElement;
          return { text: r.toString(), connected: r.startContainer.isConnected, editable: Boolean(el?.closest('textarea, [contenteditable="true"]')) };
        }),
      ),
    );
    expect(audit.filter((a) => !a.connected || a.editable || a.text.trim() === '')).toEqual([]);
    const texts = audit.map((a) => a.text);
    expect(texts).not.toContain('Boris Johnson');
    expect(texts).not.toContain('Angela Merkel');
    expect(errors).toEqual([]);
  });

  test('single-page-app navigation re-runs Backstory and old highlights go', async ({ context, site }) => {
    const page = await context.newPage();
    await page.goto(`${site.origin}/site/spa/`);
    await waitForPaint(page);
    expect((await paintedTexts(page))['backstory-person']).toContain('Angela Merkel');
    await page.click('#next');
    await expect.poll(async () => (await paintedTexts(page))['backstory-person'], { timeout: 15_000 }).toContain('Emmanuel Macron');
    const painted = await paintedTexts(page);
    expect(painted['backstory-person']).not.toContain('Angela Merkel');
    expect(painted['backstory-person']).not.toContain('Merkel');
    expect(painted['backstory-place']).toContain('Lagos');
    expect(painted['backstory-place']).not.toContain('Berlin');
  });
});
