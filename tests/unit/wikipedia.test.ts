// @vitest-environment node
// The background has no DOM; and happy-dom's fetch keeps its own HTTP cache, which would hide our cache's behaviour.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchSummary, normaliseTitle, searchTitles, toPlainText, API_USER_AGENT } from '../../lib/knowledge/wikipedia';
import type { WikipediaDeps, WikipediaSettings } from '../../lib/knowledge/wikipedia';
import { startWikipediaFixture } from '../servers/wikipedia-fixture';
import type { WikipediaFixture } from '../servers/wikipedia-fixture';
import { freshKnowledgeDb, manualClock } from '../helpers/knowledge-db';

let fixture: WikipediaFixture;
let settings: WikipediaSettings;
beforeAll(async () => {
  fixture = await startWikipediaFixture();
  settings = { language: 'en', baseUrl: fixture.baseUrl };
});
afterAll(() => fixture.close());

async function deps(clock = manualClock()): Promise<WikipediaDeps & { seen: Headers[] }> {
  const seen: Headers[] = [];
  const spy: typeof fetch = (input, init) => {
    seen.push(new Headers(init?.headers));
    return fetch(input, init);
  };
  return { db: await freshKnowledgeDb(), fetch: spy, now: clock.now, seen };
}

const summaryRequests = () => fixture.requests.filter((r) => r.startsWith('/api/rest_v1/'));

describe('fetchSummary', () => {
  it('returns a standard page as plain data, with the Api-User-Agent header', async () => {
    const d = await deps();
    const result = await fetchSummary('John Kerry', settings, d);
    expect(result).toMatchObject({
      status: 'ok',
      summary: {
        title: 'John Kerry',
        description: 'American politician and diplomat (born 1943)',
        url: 'https://en.wikipedia.org/wiki/John_Kerry',
        wikibaseItem: 'Q22316',
        lang: 'en',
        dir: 'ltr',
        thumbnail: { source: `${fixture.baseUrl}/thumb/John_Kerry.png`, width: 320, height: 400 },
      },
    });
    expect(d.seen[0]?.get('Api-User-Agent')).toBe(API_USER_AGENT);
    // The title was normalised before asking, so no 301 round trip.
    expect(fixture.requests.at(-1)).toBe('/api/rest_v1/page/summary/John_Kerry');
  });

  it('follows a redirect page to its target', async () => {
    const result = await fetchSummary('US', settings, await deps());
    expect(result.status === 'ok' && result.summary.title).toBe('United States');
  });

  it('answers 404 with "none", and a redirect to a missing page too', async () => {
    const d = await deps();
    expect(await fetchSummary('Backstory_nonexistent_page', settings, d)).toEqual({ status: 'none', title: 'Backstory nonexistent page' });
    expect((await fetchSummary('Kremlin', settings, d)).status).toBe('none');
  });

  it('never returns a disambiguation page as the entity: it returns the candidates', async () => {
    const result = await fetchSummary('Kerry', settings, await deps());
    expect(result.status).toBe('disambiguation');
    expect(result.status === 'disambiguation' && result.candidates.map((c) => c.title)).toEqual(
      expect.arrayContaining(['County Kerry', 'John Kerry']),
    );
    expect(JSON.stringify(result)).not.toContain('may refer to');
  });

  it('strips markup from the extract and the description (the XSS fixture)', async () => {
    const result = await fetchSummary('Damascus', settings, await deps());
    expect(result.status).toBe('ok');
    const text = JSON.stringify(result);
    expect(text).not.toMatch(/<script|onerror|<img/i);
    expect(result.status === 'ok' && result.summary.extract).toBe(
      'Damascus is the capital and largest city of Syria. It is one of the oldest continuously inhabited cities in the world.',
    );
  });

  it('serves a second request from the cache, without the network, until it expires', async () => {
    const clock = manualClock();
    const d = await deps(clock);
    await fetchSummary('Sergei Lavrov', settings, d);
    const before = summaryRequests().length;
    const again = await fetchSummary('Sergei_Lavrov', settings, d);
    expect(again.status).toBe('ok');
    expect(summaryRequests().length).toBe(before);
    clock.advance(3600 * 1000); // The fixture's max-age=300 is floored to an hour.
    await fetchSummary('Sergei Lavrov', settings, d);
    expect(summaryRequests().length).toBe(before + 1);
  });

  it('backs off on 429: no request before Retry-After has passed, then asks again', async () => {
    const clock = manualClock();
    const d = await deps(clock);
    fixture.throttleNext(1, 30);
    expect(await fetchSummary('Vladimir Putin', settings, d)).toEqual({ status: 'throttled', retryAt: clock.now() + 30_000 });
    const count = fixture.requests.length;
    clock.advance(29_000);
    expect((await fetchSummary('Vladimir Putin', settings, d)).status).toBe('throttled');
    expect(fixture.requests.length).toBe(count);
    clock.advance(1_000);
    expect((await fetchSummary('Vladimir Putin', settings, d)).status).toBe('ok');
  });

  it('reports a throttled title with its Retry-After', async () => {
    const clock = manualClock();
    expect(await fetchSummary('Throttled_page', settings, await deps(clock))).toEqual({ status: 'throttled', retryAt: clock.now() + 2000 });
  });

  it('reports a network failure as an error, not a throw', async () => {
    const d = await deps();
    const failing: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await fetchSummary('Syria', settings, { ...d, fetch: failing })).toEqual({ status: 'error', message: 'Failed to fetch' });
  });

  it('uses the language edition in the base URL template', async () => {
    const urls: string[] = [];
    const d = await deps();
    const recording: typeof fetch = (input) => {
      urls.push(String(input));
      return Promise.reject(new TypeError('offline'));
    };
    await fetchSummary('Syrien', { language: 'de', baseUrl: 'https://{lang}.wikipedia.org' }, { ...d, fetch: recording });
    expect(urls).toEqual(['https://de.wikipedia.org/api/rest_v1/page/summary/Syrien']);
  });
});

describe('searchTitles', () => {
  it('finds pages with snippets as plain text', async () => {
    const hits = await searchTitles('Kerry secretary of state', settings, await deps());
    expect(hits !== 'throttled' && hits[0]).toMatchObject({ title: 'John Kerry', url: 'https://en.wikipedia.org/wiki/John_Kerry' });
    expect(JSON.stringify(hits)).not.toContain('searchmatch');
  });
});

describe('text helpers', () => {
  it.each([
    ['john kerry', 'John_kerry'], // Only the first letter: titles are otherwise case-sensitive.
    ['  Bashar al-Assad ', 'Bashar_al-Assad'],
  ])('normaliseTitle(%s) = %s', (a, b) => expect(normaliseTitle(a)).toBe(b));

  it('toPlainText drops scripts, tags and handlers', () => {
    expect(toPlainText('a<script>alert(1)</script> <img src=x onerror=alert(2)>b &amp; c')).toBe('a b & c');
  });
});
