import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backgroundChecks, contentChecks } from '../../lib/messaging/validate';
import { callerOf, refusal } from '../../lib/saving/access';
import { createHighlightHandlers } from '../../lib/saving/handlers';
import { orphansItem } from '../../lib/saving/orphans';
import { createHighlightStore } from '../../lib/storage/highlight-store';
import { openBackstoryDb } from '../../lib/storage/schema';
import { describeStorageError } from '../../lib/storage/persistence';
import type { HighlightDraft, SavedHighlight } from '../../lib/storage/types';
import { sampleHighlights } from './sample-highlights';

const EXT_ID = 'backstory-test';
const BASE = 'chrome-extension://backstory-test/';
type Sender = Parameters<ReturnType<typeof createHighlightHandlers>['saveHighlight']>[1];
/** Only the fields the rules read; the rest of a Tab does not matter here. */
const popup = { id: EXT_ID, url: `${BASE}popup.html?tab=3` } as Sender;
const tab = (url: string) => ({ id: EXT_ID, url, tab: { id: 3, url } }) as unknown as Sender;

const draft: HighlightDraft = {
  url: 'https://news.example/a',
  title: 'A',
  site: 'news.example',
  selectors: [
    { type: 'TextQuoteSelector', exact: 'quote', prefix: 'the ', suffix: ' here' },
    { type: 'TextPositionSelector', start: 4, end: 9 },
  ],
  color: 'green',
  note: 'n',
  tags: ['t'],
};

describe('saved-highlight shape checks', () => {
  it('accepts well-formed messages', () => {
    expect(backgroundChecks.saveHighlight({ draft })).toBeNull();
    expect(backgroundChecks.updateHighlight({ id: 'x', edit: { color: 'pink', tags: [] } })).toBeNull();
    expect(backgroundChecks.listHighlights({})).toBeNull();
    expect(backgroundChecks.exportHighlights({ format: 'w3c', url: 'https://a.example/' })).toBeNull();
    expect(contentChecks.revealHighlight({ id: 'x' })).toBeNull();
  });

  it.each([
    ['an unknown draft field', 'saveHighlight', { draft: { ...draft, id: 'mine' } }],
    ['a draft colour not offered', 'saveHighlight', { draft: { ...draft, color: 'purple' } }],
    ['a javascript: url', 'saveHighlight', { draft: { ...draft, url: 'javascript:alert(1)' } }],
    ['an empty quote', 'saveHighlight', { draft: { ...draft, selectors: [{ ...draft.selectors[0], exact: '' }, draft.selectors[1]] } }],
    ['end before start', 'saveHighlight', { draft: { ...draft, selectors: [draft.selectors[0], { type: 'TextPositionSelector', start: 9, end: 4 }] } }],
    ['an over-long note', 'saveHighlight', { draft: { ...draft, note: 'x'.repeat(50_001) } }],
    ['a tag with a space', 'updateHighlight', { id: 'x', edit: { tags: ['a b'] } }],
    ['an edit of the quote', 'updateHighlight', { id: 'x', edit: { selectors: draft.selectors } }],
    ['an unknown format', 'exportHighlights', { format: 'pdf' }],
    ['an extra field', 'listAllHighlights', { all: true }],
    ['an empty import', 'importHighlights', { text: '' }],
    ['a non-string id', 'deleteHighlight', { id: 7 }],
    ['not an object', 'searchHighlights', 'q'],
  ] as const)('refuses %s', (_why, type, data) => expect(backgroundChecks[type](data)).not.toBeNull());

  it('names where a draft is wrong', () => {
    expect(backgroundChecks.saveHighlight({ draft: { ...draft, color: 'purple' } })).toMatch(/^draft\.color: expected one of/);
  });
});

describe('who may ask what', () => {
  it.each([
    ['the popup', popup, 'importHighlights', null],
    ['a content script saving', tab('https://news.example/a'), 'saveHighlight', null],
    ['a content script listing its page', tab('https://news.example/a'), 'listHighlights', null],
    ['a content script listing all', tab('https://news.example/a'), 'listAllHighlights', 'extension'],
    ['a content script searching', tab('https://news.example/a'), 'searchHighlights', 'extension'],
    ['a content script exporting', tab('https://news.example/a'), 'exportHighlights', 'extension'],
    ['a content script deleting', tab('https://news.example/a'), 'deleteHighlight', 'extension'],
    ['another extension', { ...popup, id: 'other' } as Sender, 'listHighlights', 'not allowed'],
    ['a tab on a browser page', tab('chrome://settings/'), 'listHighlights', 'not allowed'],
  ] as const)('%s', (_who, sender, type, problem) => {
    const why = refusal(callerOf(sender, EXT_ID, BASE), type);
    if (problem === null) expect(why).toBeNull();
    else expect(why).toContain(problem);
  });
});

describe('background handlers', () => {
  let handlers: ReturnType<typeof createHighlightHandlers>;
  let stored: SavedHighlight[];

  beforeEach(async () => {
    fakeBrowser.reset();
    const store = createHighlightStore(await openBackstoryDb(new IDBFactory()));
    handlers = createHighlightHandlers({ store: async () => store, extensionId: EXT_ID, extensionBase: BASE, now: () => new Date('2025-06-01T00:00:00Z') });
    stored = sampleHighlights(4, 2);
    await store.importAll(stored);
  });

  it('files a content script save under its own page, whatever the draft says', async () => {
    const saved = await handlers.saveHighlight({ draft: { ...draft, url: 'https://bank.example/' } }, tab('https://news.example/a#part-2'));
    expect(saved.url).toBe('https://news.example/a');
    expect(saved.createdAt).toBe('2025-06-01T00:00:00.000Z');
  });

  it("lists only the content script's own page, ignoring a url in the data", async () => {
    const own = stored[0]!.url;
    const other = stored[1]!.url;
    const list = await handlers.listHighlights({ url: other }, tab(own));
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((h) => h.url === own)).toBe(true);
  });

  it('refuses a content script everything else', async () => {
    const page = tab(stored[0]!.url);
    await expect(handlers.listAllHighlights({}, page)).rejects.toThrow(/extension's pages only/);
    await expect(handlers.deleteHighlight({ id: stored[1]!.id }, page)).rejects.toThrow(/extension's pages only/);
    await expect(handlers.exportHighlights({ format: 'json' }, page)).rejects.toThrow();
    await expect(handlers.importHighlights({ text: '{}' }, page)).rejects.toThrow();
  });

  it('deletes and restores from the popup; exports a page; imports nothing from a broken file', async () => {
    const removed = await handlers.deleteHighlight({ id: stored[0]!.id }, popup);
    expect(removed?.id).toBe(stored[0]!.id);
    await handlers.restoreHighlight({ highlight: removed! }, popup);
    const file = await handlers.exportHighlights({ format: 'csv', url: stored[0]!.url }, popup);
    expect(file.fileName).toMatch(/\.csv$/);
    expect(file.count).toBe(2);
    await expect(handlers.importHighlights({ text: '{"format":"backstory","version":1}' }, popup)).rejects.toThrow(/exportedAt|highlights/);
    const all = await handlers.listAllHighlights({}, popup);
    expect(all.groups.flatMap((g) => g.highlights)).toHaveLength(4);
  });

  it("records orphans only among the reporting page's own highlights", async () => {
    const own = stored.filter((h) => h.url === stored[0]!.url);
    const other = stored.find((h) => h.url !== stored[0]!.url)!;
    await handlers.reportAnchoring({ placed: [], orphans: [own[0]!.id, other.id] }, tab(stored[0]!.url));
    expect(await orphansItem.getValue()).toEqual([own[0]!.id]);
    await handlers.reportAnchoring({ placed: [own[0]!.id], orphans: [] }, tab(stored[0]!.url));
    expect(await orphansItem.getValue()).toEqual([]);
  });
});

describe('storage failures reach the reader', () => {
  it('a full disk comes back as the store explains it, and nothing is saved', async () => {
    fakeBrowser.reset();
    const store = createHighlightStore(await openBackstoryDb(new IDBFactory()));
    const full = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const failing = { ...store, save: async () => ({ ok: false as const, error: describeStorageError(full, 'save the highlight') }) };
    const handlers = createHighlightHandlers({ store: async () => failing, extensionId: EXT_ID, extensionBase: BASE });
    await expect(handlers.saveHighlight({ draft }, tab('https://news.example/a'))).rejects.toThrow(/storage for Backstory is full/);
    expect(await store.count()).toBe(0);
  });
});
