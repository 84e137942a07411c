// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createKnowledgeService, siteOf } from '../../lib/knowledge/service';
import type { KnowledgeSettings } from '../../lib/knowledge/card-sources';
import { freshKnowledgeDb, manualClock } from '../helpers/knowledge-db';
import { seedProfiles } from '../helpers/seed-profiles';

const { profiles } = seedProfiles();
const base: KnowledgeSettings = { offline: false, wikipediaLanguage: 'en', wikipediaBaseUrl: 'http://127.0.0.1:9', historyEnabled: true };

function service() {
  const fetch = vi.fn<typeof globalThis.fetch>(() => Promise.reject(new Error('no network in this test')));
  const db = freshKnowledgeDb();
  return { fetch, knowledge: createKnowledgeService({ open: () => db, fetch, now: manualClock().now }) };
}

describe('the knowledge service', () => {
  it('offline: answers with the offline sources and never calls fetch', async () => {
    const { fetch, knowledge } = service();
    const card = await knowledge.card('jordan', 'https://a.example/x', profiles, true, { ...base, offline: true });
    expect(card.atlas).toMatchObject({ kind: 'country', capital: 'Amman' });
    expect(card.wikipedia?.status).toBe('offline');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('indexes articles only with history on, and shows them on a later card', async () => {
    const { knowledge } = service();
    expect(await knowledge.indexArticle({ url: 'https://www.old.example/a', title: 'Old' }, profiles, { ...base, historyEnabled: false })).toBe(0);
    expect(await knowledge.indexArticle({ url: 'https://www.old.example/a', title: 'Old' }, profiles, base)).toBe(profiles.length);
    const card = await knowledge.card('kerry', 'https://new.example/b', profiles, false, base);
    expect(card.history.items.map((i) => [i.title, i.site])).toEqual([['Old', 'old.example']]);
    await knowledge.clearHistory();
    expect((await knowledge.card('kerry', 'https://new.example/b', profiles, false, base)).history.items).toEqual([]);
  });

  it('refuses an entity that is not among the article entities', async () => {
    const { knowledge } = service();
    await expect(knowledge.card('nobody', 'https://a.example/', profiles, false, base)).rejects.toThrow('unknown entity');
  });

  it.each([['https://www.bbc.co.uk/news/1', 'bbc.co.uk'], ['http://127.0.0.1:8080/x', '127.0.0.1'], ['not a url', '']])('siteOf(%j) = %j', (url, site) =>
    expect(siteOf(url)).toBe(site));
});
