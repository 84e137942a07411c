import { describe, expect, it } from 'vitest';
import { exportFile, slug } from '../../lib/saving/export-file';
import { filterChoices, filterGroups, NO_FILTERS } from '../../lib/saving/filter';
import { savableRange } from '../../lib/saving/selection';
import { parseTags } from '../../lib/saving/tags';
import { groupByArticle } from '../../lib/storage/articles';
import { sampleHighlights } from './sample-highlights';

describe('tags as typed', () => {
  it.each([
    ['a, #b  c', ['a', 'b', 'c']],
    ['x x,x', ['x']],
    ['  ', []],
    ['#a#b', ['ab']],
  ])('%j', (text, tags) => expect(parseTags(text)).toEqual(tags));
});

describe('export files', () => {
  const at = new Date('2025-06-01T12:00:00Z');
  it.each([
    ['markdown', /\.md$/, 'text/markdown'],
    ['json', /\.json$/, 'application/json'],
    ['csv', /\.csv$/, 'text/csv'],
    ['w3c', /\.jsonld$/, 'application/ld+json'],
  ] as const)('%s', (format, name, type) => {
    const file = exportFile(sampleHighlights(3, 1), format, at);
    expect(file.fileName).toMatch(/^backstory-highlights-2025-06-01\./);
    expect(file.fileName).toMatch(name);
    expect(file.mediaType).toContain(type);
    expect(file.count).toBe(3);
  });
  it('names a page export after its title', () => {
    expect(exportFile([], 'json', at, 'Café: «Syria» talks!').fileName).toBe('backstory-cafe-syria-talks-2025-06-01.json');
    expect(slug('!!!')).toBe('');
  });
});

describe('full-page filters', () => {
  const highlights = sampleHighlights(12, 3);
  const groups = groupByArticle(highlights);
  it('keeps everything with no filter', () => {
    expect(filterGroups(groups, NO_FILTERS, new Set()).flatMap((g) => g.highlights)).toHaveLength(12);
  });
  it('filters by colour, tag, site and orphans', () => {
    const color = highlights[0]!.color;
    expect(filterGroups(groups, { ...NO_FILTERS, color }, new Set()).flatMap((g) => g.highlights).every((h) => h.color === color)).toBe(true);
    const tag = filterChoices(groups).tags[0]!;
    expect(filterGroups(groups, { ...NO_FILTERS, tag }, new Set()).flatMap((g) => g.highlights).every((h) => h.tags.includes(tag))).toBe(true);
    const site = highlights[1]!.site;
    expect(filterGroups(groups, { ...NO_FILTERS, site }, new Set()).every((g) => g.site === site)).toBe(true);
    const orphans = filterGroups(groups, { ...NO_FILTERS, orphansOnly: true }, new Set([highlights[2]!.id]));
    expect(orphans.flatMap((g) => g.highlights.map((h) => h.id))).toEqual([highlights[2]!.id]);
  });
});

describe('which selections can be saved', () => {
  const select = (html: string, within: string) => {
    document.body.innerHTML = html;
    const el = document.querySelector(within)!;
    const range = document.createRange();
    range.selectNodeContents(el);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return savableRange(selection);
  };
  it('takes article text', () => expect(select('<p>Some words</p>', 'p')?.toString()).toBe('Some words'));
  it('refuses editable areas', () => expect(select('<div contenteditable><p>mine</p></div>', 'p')).toBeNull());
  it("refuses Backstory's own UI", () => expect(select('<backstory-save><p>form</p></backstory-save>', 'p')).toBeNull());
  it('refuses a very long selection', () => expect(select(`<p>${'word '.repeat(1200)}</p>`, 'p')).toBeNull());
  it('refuses only whitespace', () => expect(select('<p>   </p>', 'p')).toBeNull());
});
