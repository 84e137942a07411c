import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createHighlightStore, type HighlightStore } from '../../lib/storage/highlight-store';
import { describeStorageError, requestPersistence } from '../../lib/storage/persistence';
import { DB_VERSION, openBackstoryDb, type BackstoryDatabase, type HighlightV1 } from '../../lib/storage/schema';
import { newHighlight, type SavedHighlight } from '../../lib/storage/types';
import { sampleHighlights } from './sample-highlights';

let factory: IDBFactory;
let db: BackstoryDatabase;
let store: HighlightStore;

beforeEach(async () => {
  factory = new IDBFactory();
  db = await openBackstoryDb(factory);
  store = createHighlightStore(db, () => new Date('2025-06-01T00:00:00Z'));
});

function unwrap<T>(r: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('highlight store', () => {
  it('saves, lists by page in page order, and groups all by article newest first', async () => {
    const [a, b, c] = sampleHighlights(3, 2) as [SavedHighlight, SavedHighlight, SavedHighlight];
    for (const h of [a, b, c]) unwrap(await store.save(h));
    expect((await store.listByUrl(`${a.url}#section-2`)).map((h) => h.id)).toEqual([a, c].sort((x, y) => x.selectors[1].start - y.selectors[1].start).map((h) => h.id));
    const groups = await store.listAll();
    expect(groups.map((g) => g.url)).toEqual([c.url, b.url]);
    expect(groups[0]?.highlights.map((h) => h.id)).toEqual([c.id, a.id]);
  });

  it('lists only the newest highlights when asked for a limit, read by a cursor', async () => {
    const list = sampleHighlights(7, 3);
    unwrap(await store.importAll(list));
    const newest = [...list].sort((x, y) => y.createdAt.localeCompare(x.createdAt)).slice(0, 4).map((h) => h.id);
    const groups = await store.listAll(4);
    expect(groups.flatMap((g) => g.highlights.map((h) => h.id)).sort()).toEqual([...newest].sort());
    expect((await store.listAll()).flatMap((g) => g.highlights)).toHaveLength(7);
  });

  it('updates note, colour and tags and stamps updatedAt', async () => {
    const [a] = sampleHighlights(1, 1) as [SavedHighlight];
    unwrap(await store.save(a));
    const next = unwrap(await store.update(a.id, { note: 'new', color: 'pink', tags: ['x'] }));
    expect(next).toMatchObject({ note: 'new', color: 'pink', tags: ['x'], updatedAt: '2025-06-01T00:00:00.000Z' });
    expect(await store.get(a.id)).toEqual(next);
    const missing = await store.update('nope', { note: 'x' });
    expect(missing.ok).toBe(false);
  });

  it('deletes with undo', async () => {
    const [a] = sampleHighlights(1, 1) as [SavedHighlight];
    unwrap(await store.save(a));
    const removed = unwrap(await store.remove(a.id));
    expect(await store.count()).toBe(0);
    unwrap(await store.restore(removed as SavedHighlight));
    expect(await store.get(a.id)).toEqual(a);
  });

  it('searches quote, note, tags, title and site, and stays in step with writes', async () => {
    for (const h of sampleHighlights(40, 5)) unwrap(await store.save(h));
    expect((await store.search('lisbon')).length).toBeGreaterThan(0);
    expect((await store.search('مرحبا')).length).toBeGreaterThan(0);
    expect((await store.search('revisited harbour')).length).toBeGreaterThan(0);
    const [first] = await store.search('railway');
    unwrap(await store.update(first?.id ?? '', { note: 'zeppelin' }));
    expect((await store.search('zeppelin')).map((h) => h.id)).toEqual([first?.id]);
    unwrap(await store.remove(first?.id ?? ''));
    expect(await store.search('zeppelin')).toEqual([]);
  });

  it('imports in one transaction, skipping ids it has and repeats in the file', async () => {
    const all = sampleHighlights(10, 3);
    unwrap(await store.save(all[0] as SavedHighlight));
    const summary = unwrap(await store.importAll([...all, all[1] as SavedHighlight]));
    expect(summary).toEqual({ added: 9, skipped: 2 });
    expect(await store.exportAll()).toHaveLength(10);
  });

  it('writes nothing when any record of an import fails', async () => {
    const all = sampleHighlights(10, 3);
    const broken = { ...all[7], note: (() => 'not cloneable') as unknown as string } as SavedHighlight;
    const result = await store.importAll([...all.slice(0, 7), broken, ...all.slice(8)]);
    expect(result.ok).toBe(false);
    expect(await store.count()).toBe(0);
  });

  it('creates a highlight from a draft with a normalised URL', () => {
    const [a] = sampleHighlights(1, 1) as [SavedHighlight];
    const h = newHighlight({ ...a, url: 'https://x.example/a?b=1#frag' }, new Date(0), 'id-1');
    expect(h).toMatchObject({ id: 'id-1', url: 'https://x.example/a?b=1', createdAt: '1970-01-01T00:00:00.000Z' });
  });
});

describe('migrations', () => {
  it('upgrades version 1 data to the current version', async () => {
    const f = new IDBFactory();
    const v1 = await openBackstoryDb(f, 1);
    const [a] = sampleHighlights(1, 1) as [SavedHighlight];
    const { tags: _tags, updatedAt: _updated, ...old } = a;
    const record: HighlightV1 = old;
    await v1.put('highlights', record as SavedHighlight);
    v1.close();

    const current = await openBackstoryDb(f);
    expect(current.version).toBe(DB_VERSION);
    expect(await current.get('highlights', a.id)).toEqual({ ...record, tags: [], updatedAt: a.createdAt });
    expect(await current.getAllFromIndex('highlights', 'by-createdAt')).toHaveLength(1);
    expect(current.objectStoreNames.contains('highlights')).toBe(true);
  });
});

describe('persistence and errors', () => {
  it.each([
    [{ persisted: async () => true, persist: async () => false }, 'granted'],
    [{ persisted: async () => false, persist: async () => true }, 'granted'],
    [{ persisted: async () => false, persist: async () => false }, 'denied'],
    [undefined, 'unsupported'],
  ])('requestPersistence %#', async (storage, expected) => {
    expect(await requestPersistence(storage as unknown as StorageManager)).toBe(expected);
  });

  it('explains a full disk', () => {
    const error = new DOMException('quota', 'QuotaExceededError');
    expect(describeStorageError(error, 'save the highlight')).toMatch(/storage for Backstory is full.*Export/);
  });

  it('reports a quota failure on save as a result, not a throw', async () => {
    const failing = {
      transaction: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    } as unknown as BackstoryDatabase;
    const result = await createHighlightStore(failing).save(sampleHighlights(1, 1)[0] as SavedHighlight);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/is full/) });
  });
});
