import { describe, expect, it } from 'vitest';
import { describeRange, readPageText } from '../../lib/anchoring/anchor';
import { createPageHighlights } from '../../lib/saving/page-highlights';
import { newHighlight, type HighlightDraft, type SavedHighlight } from '../../lib/storage/types';

function draftFor(phrase: string): HighlightDraft {
  const text = document.body.textContent!;
  const at = text.indexOf(phrase);
  const node = document.querySelector('p')!.firstChild!;
  const range = document.createRange();
  range.setStart(node, at);
  range.setEnd(node, at + phrase.length);
  return { url: 'https://news.example/a', title: 'A', site: 'news.example', selectors: describeRange(readPageText(document.body), range)!, color: 'yellow', note: '', tags: [] };
}

describe('the page session of saved highlights', () => {
  it('places what it can, reports orphans, and never drops them', async () => {
    document.body.innerHTML = '<p>The council voted to rebuild the harbour wall before winter.</p>';
    const kept = newHighlight(draftFor('rebuild the harbour wall'));
    const gone = newHighlight(draftFor('before winter'));
    document.body.innerHTML = '<p>The council voted on Tuesday to rebuild the harbour wall next year.</p>';
    const reports: Array<[string[], string[]]> = [];
    const page = createPageHighlights({
      list: async () => ({ ok: true, value: [kept, gone] }),
      save: async () => ({ ok: false, error: 'unused' }),
      report: async (placed, orphans) => void reports.push([placed, orphans]),
    });
    await page.load();
    expect(page.state()).toMatchObject({ placed: [kept.id], orphans: [gone.id] });
    expect(reports).toEqual([[[kept.id], [gone.id]]]);
  });

  it('saves a range with the page meta, and answers only after the backend', async () => {
    document.head.innerHTML = '<meta property="og:site_name" content="The Example"><meta name="author" content="A. Writer">';
    document.body.innerHTML = '<p>Whales were seen in the river on Monday.</p>';
    let sent: HighlightDraft | undefined;
    const page = createPageHighlights({
      list: async () => ({ ok: true, value: [] }),
      save: async (d) => {
        sent = d;
        return { ok: true, value: newHighlight(d) as SavedHighlight };
      },
      report: async () => undefined,
    });
    const range = document.createRange();
    range.setStart(document.querySelector('p')!.firstChild!, 0);
    range.setEnd(document.querySelector('p')!.firstChild!, 6);
    const reply = await page.save({ range, color: 'pink', note: 'n', tags: ['x'] });
    expect(reply.ok).toBe(true);
    expect(sent).toMatchObject({ site: 'The Example', author: 'A. Writer', color: 'pink', selectors: [{ exact: 'Whales' }, { start: 0, end: 6 }] });
    expect(page.state().placed).toHaveLength(1);
  });
});

describe('a page that renders its article late', () => {
  it('places an orphan once its text arrives', async () => {
    document.body.innerHTML = '<p>The bridge reopened after the flood, the mayor said.</p>';
    const h = newHighlight(draftFor('the mayor said'));
    document.body.innerHTML = '<p>Loading…</p>';
    const page = createPageHighlights({
      list: async () => ({ ok: true, value: [h] }),
      save: async () => ({ ok: false, error: 'unused' }),
      report: async () => undefined,
    });
    await page.load();
    expect(page.state().orphans).toEqual([h.id]);
    expect(page.needsReanchor()).toBe(true);
    document.body.innerHTML = '<p>The bridge reopened after the flood, the mayor said.</p>';
    page.reanchor();
    expect(page.state()).toMatchObject({ placed: [h.id], orphans: [] });
    expect(page.needsReanchor()).toBe(false);
  });
});
