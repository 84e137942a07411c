// @vitest-environment node
// The background has no DOM; and happy-dom's fetch keeps its own HTTP cache.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAtlas } from '../../lib/knowledge/atlas';
import type { AtlasData } from '../../lib/knowledge/atlas';
import { gatherBackground } from '../../lib/knowledge/card-sources';
import type { KnowledgeSettings } from '../../lib/knowledge/card-sources';
import { indexArticle } from '../../lib/knowledge/history';
import atlasJson from '../../assets/atlas/atlas.json';
import { startWikipediaFixture } from '../servers/wikipedia-fixture';
import type { WikipediaFixture } from '../servers/wikipedia-fixture';
import { freshKnowledgeDb, manualClock } from '../helpers/knowledge-db';
import { seedProfiles } from '../helpers/seed-profiles';

const atlas = createAtlas(atlasJson as unknown as AtlasData);
const { profiles } = seedProfiles();
const entity = (id: string) => {
  const e = profiles.find((p) => p.id === id);
  if (!e) throw new Error(`no seed entity ${id}`);
  return e;
};
const URL_ = 'https://www.dhakatribune.com/world/2013/05/08/russia-us-seek-to-convene-syria-peace-conference';

let fixture: WikipediaFixture;
let settings: KnowledgeSettings;
beforeAll(async () => {
  fixture = await startWikipediaFixture();
  settings = { offline: false, wikipediaLanguage: 'en', wikipediaBaseUrl: fixture.baseUrl, historyEnabled: true };
});
afterAll(() => fixture.close());

async function deps() {
  return { db: await freshKnowledgeDb(), fetch, now: manualClock().now, atlas };
}

describe('gatherBackground on the seed', () => {
  it("Kerry: role, quotes, co-mentions, then Wikipedia's John Kerry", async () => {
    const card = await gatherBackground(entity('kerry'), { url: URL_, otherEntities: profiles, settings }, await deps());
    expect(card.article).toMatchObject({ name: 'John Kerry', role: 'secretary of state', type: 'PER' });
    expect(card.article.quotes).toHaveLength(5);
    expect(card.article.alongside.map((a) => a.name)).toContain('Sergei Lavrov');
    expect(card.atlas).toBeUndefined();
    expect(card.wikipedia).toMatchObject({
      status: 'ok',
      title: 'John Kerry',
      description: 'American politician and diplomat (born 1943)',
      url: 'https://en.wikipedia.org/wiki/John_Kerry',
      thumbnail: { source: `${fixture.baseUrl}/thumb/John_Kerry.png` },
      reason: 'full name "John Kerry" from the short form "Kerry"',
    });
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
  });

  it("Lavrov's card shows what he said", async () => {
    const card = await gatherBackground(entity('lavrov'), { url: URL_, otherEntities: profiles, settings, wikipedia: false }, await deps());
    expect(card.article.quotes[0]).toMatch(/^The task now is to convince the government/);
    expect(card.wikipedia).toBeUndefined();
  });

  it('Jordan: the atlas country with a map, and the country page', async () => {
    const card = await gatherBackground(entity('jordan'), { url: URL_, otherEntities: profiles, settings }, await deps());
    expect(card.atlas).toMatchObject({ kind: 'country', name: 'Jordan', capital: 'Amman' });
    expect(card.atlas?.map.shapes.some((s) => s.focus && s.cca2 === 'JO')).toBe(true);
    expect(card.wikipedia).toMatchObject({ status: 'ok', title: 'Jordan', description: 'Country in West Asia' });
  });

  it('a surname the recogniser did not link still finds John Kerry through the disambiguation page', async () => {
    const bare = { ...entity('kerry'), name: 'Kerry', aliases: ['Kerry'] };
    const card = await gatherBackground(bare, { url: URL_, otherEntities: profiles, settings }, await deps());
    expect(card.wikipedia?.status).toBe('ok');
    expect(card.wikipedia?.title).toBe('John Kerry');
    expect(card.wikipedia?.reason).toMatch(/"Kerry" is a disambiguation page; searched "Kerry secretary of state/);
  });

  it('never offers the disambiguation page itself as a candidate (herald-sun-1\'s "Bill", a bill taken for a person)', async () => {
    const bill = { ...entity('kerry'), id: 'per:bill', name: 'Bill', aliases: ['Bill'], role: undefined, alongside: [] } as typeof profiles[number];
    delete bill.role;
    const card = await gatherBackground(bill, { url: URL_, otherEntities: [bill], settings }, await deps());
    // The search finds the "Bill" page first; ruled out, the same-name "Bill (law)" wins and Bill Shorten (a given
    // name only) never does.
    expect(card.wikipedia).toMatchObject({ status: 'ok', title: 'Bill (law)' });
    expect(card.wikipedia?.reason).toMatch(/^"Bill" is a disambiguation page; searched "Bill" and chose "Bill \(law\)"/);
  });

  it('offline: no request reaches the server', async () => {
    const before = fixture.requests.length;
    const card = await gatherBackground(entity('syria'), { url: URL_, otherEntities: profiles, settings: { ...settings, offline: true } }, await deps());
    expect(card.wikipedia?.status).toBe('offline');
    expect(card.atlas?.kind).toBe('country');
    expect(fixture.requests.length).toBe(before);
  });

  it('history: earlier articles naming the entity, not this one; none when off', async () => {
    const d = await deps();
    await indexArticle(d.db, { url: 'https://news.example/old', title: 'Earlier', site: 'news.example', readAt: 1 }, [{ name: 'John Kerry', type: 'PER', firstSentence: 'Kerry flew in.' }], true);
    await indexArticle(d.db, { url: URL_, title: 'Seed', site: 'dhakatribune.com', readAt: 2 }, profiles, true);
    const on = await gatherBackground(entity('kerry'), { url: URL_, otherEntities: profiles, settings, wikipedia: false }, d);
    expect(on.history.items.map((i) => i.url)).toEqual(['https://news.example/old']);
    const off = await gatherBackground(entity('kerry'), { url: URL_, otherEntities: profiles, settings: { ...settings, historyEnabled: false }, wikipedia: false }, d);
    expect(off.history).toEqual({ enabled: false, items: [] });
  });

  it('warm cache: a second card for the same entity makes no request and is quick', async () => {
    const d = await deps();
    const context = { url: URL_, otherEntities: profiles, settings };
    await gatherBackground(entity('putin'), context, d);
    const before = fixture.requests.length;
    const t0 = performance.now();
    const card = await gatherBackground(entity('putin'), context, d);
    const ms = performance.now() - t0;
    expect(card.wikipedia?.title).toBe('Vladimir Putin');
    expect(fixture.requests.length).toBe(before);
    expect(ms).toBeLessThan(50);
  });
});
