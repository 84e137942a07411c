/**
 * A local stand-in for Wikipedia's REST summary and Action APIs, on 127.0.0.1 and a random port, answering from the
 * recorded-looking JSON in tests/fixtures/wikipedia/. Used by unit tests now and by the end-to-end tests later
 * (point the Wikipedia base URL setting at `baseUrl`). Every request's path and query is kept in `requests`.
 *
 * Answers, as the real APIs do:
 * - GET /api/rest_v1/page/summary/{title}: 200 with the summary; 301 to the normalised title for spaces or a lower
 *   case first letter; 302 for a redirect page (routes.json); 429 + Retry-After for throttled titles or after
 *   `throttleNext`; 404 with the REST error body otherwise. `{{base}}` in thumbnails becomes this server's URL.
 * - GET /w/api.php?action=query&list=search&srsearch=…: full-text search over the fixture pages.
 * - GET /w/api.php?action=query&prop=links&titles=…: the links of a disambiguation page (links/*.json).
 * - GET /w/api.php?action=query&redirects=1&titles=…: where a redirect page leads (routes.json).
 * - GET /thumb/{name}.png: a tiny PNG.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

const DIR = join(process.cwd(), 'tests', 'fixtures', 'wikipedia');

/** A running fixture server. */
export interface WikipediaFixture {
  /** e.g. "http://127.0.0.1:43121", with no trailing slash. */
  baseUrl: string;
  /** Path and query of every request received, in order. */
  requests: string[];
  /**
   * The Host header of every request, in the order of `requests`: with a base URL of `http://{lang}.localhost:PORT`
   * (Chromium sends *.localhost to the loopback), it names the language edition asked for ("de.localhost:PORT").
   */
  hosts: string[];
  /** Answer the next `count` API requests with 429 and `Retry-After: retryAfterSeconds`. */
  throttleNext(count: number, retryAfterSeconds: number): void;
  close(): Promise<void>;
}

interface Routes {
  redirects: Record<string, string>;
  throttled: Record<string, number>;
}

interface Summary {
  type: string;
  title: string;
  pageid: number;
  description?: string;
  extract: string;
  timestamp: string;
}

function loadSummaries(): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of readdirSync(join(DIR, 'summary'))) {
    out.set(file.replace(/\.json$/, ''), readFileSync(join(DIR, 'summary', file), 'utf8'));
  }
  return out;
}

function send(res: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'access-control-allow-origin': '*',
    'access-control-allow-headers': 'Api-User-Agent',
    // Lets a page without host permission read a 429's Retry-After, as the extension can on wikipedia.org.
    'access-control-expose-headers': 'Retry-After',
    ...headers,
  });
  res.end(body);
}

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };
const SUMMARY_TYPE = {
  'content-type': 'application/json; charset=utf-8; profile="https://www.mediawiki.org/wiki/Specs/Summary/1.5.0"',
  'cache-control': 's-maxage=1209600, max-age=300',
};

function summary(res: ServerResponse, raw: string, routes: Routes, pages: Map<string, string>, base: string): void {
  const title = decodeURIComponent(raw);
  const normalised = title.replace(/ /g, '_').replace(/^./u, (c) => c.toUpperCase());
  if (normalised !== title) {
    return send(res, 301, '', { location: encodeURIComponent(normalised) });
  }
  const retry = routes.throttled[title];
  if (retry !== undefined) {
    return send(res, 429, JSON.stringify({ type: 'https://mediawiki.org/wiki/HyperSwitch/errors/too_many_requests', title: 'Too many requests' }), { ...JSON_TYPE, 'retry-after': String(retry) });
  }
  const target = routes.redirects[title];
  if (target) return send(res, 302, '', { location: encodeURIComponent(target) });
  const page = pages.get(title);
  if (page) return send(res, 200, page.replaceAll('{{base}}', base), SUMMARY_TYPE);
  send(
    res,
    404,
    JSON.stringify({
      type: 'https://mediawiki.org/wiki/HyperSwitch/errors/not_found',
      title: 'Not found.',
      method: 'get',
      detail: 'Page or revision not found.',
      uri: `/en.wikipedia.org/v1/page/summary/${raw}`,
    }),
    JSON_TYPE,
  );
}

function search(res: ServerResponse, query: string, limit: number, pages: Map<string, string>): void {
  const terms = query.toLowerCase().split(/\s+/).filter((t) => t.length > 1);
  const scored = [...pages.values()]
    .map((raw) => JSON.parse(raw) as Summary)
    .map((p) => {
      const title = p.title.replace(/_/g, ' ').toLowerCase();
      const text = `${title} ${p.description ?? ''} ${p.extract}`.toLowerCase();
      const score = terms.reduce((s, t) => s + (title.includes(t) ? 3 : 0) + (text.includes(t) ? 1 : 0), 0);
      return { p, score, inTitle: terms.some((t) => title.includes(t)) };
    })
    .filter((s) => s.inTitle)
    .sort((a, b) => b.score - a.score || a.p.title.localeCompare(b.p.title))
    .slice(0, limit);
  const body = {
    batchcomplete: '',
    continue: { sroffset: limit, continue: '-||' },
    query: {
      searchinfo: { totalhits: scored.length },
      search: scored.map(({ p }) => ({
        ns: 0,
        title: p.title.replace(/_/g, ' '),
        pageid: p.pageid,
        size: 1000 + p.extract.length * 40,
        wordcount: p.extract.split(/\s+/).length * 30,
        snippet: (p.description ?? '').replace(new RegExp(`(${terms.map((t) => t.replace(/\W/g, '')).join('|')})`, 'gi'), '<span class="searchmatch">$1</span>'),
        timestamp: p.timestamp,
      })),
    },
  };
  send(res, 200, JSON.stringify(body), JSON_TYPE);
}

function links(res: ServerResponse, titles: string): void {
  const file = join(DIR, 'links', `${titles.replace(/ /g, '_')}.json`);
  if (existsSync(file)) return send(res, 200, readFileSync(file, 'utf8'), JSON_TYPE);
  send(res, 200, JSON.stringify({ batchcomplete: '', query: { pages: { '-1': { ns: 0, title: titles, missing: '' } } } }), JSON_TYPE);
}

function redirects(res: ServerResponse, titles: string, routes: Routes): void {
  const from = titles.replace(/ /g, '_');
  const to = routes.redirects[from];
  const query = to
    ? { redirects: [{ from: from.replace(/_/g, ' '), to: to.replace(/_/g, ' ') }], pages: [{ ns: 0, title: to.replace(/_/g, ' ') }] }
    : { pages: [{ ns: 0, title: from.replace(/_/g, ' ') }] };
  send(res, 200, JSON.stringify({ batchcomplete: true, query }), JSON_TYPE);
}

/** Starts the fixture server on 127.0.0.1 and a free port. */
export async function startWikipediaFixture(): Promise<WikipediaFixture> {
  const routes = JSON.parse(readFileSync(join(DIR, 'routes.json'), 'utf8')) as Routes;
  const pages = loadSummaries();
  const png = readFileSync(join(DIR, 'thumbnail.png'));
  const requests: string[] = [];
  const hosts: string[] = [];
  let throttle = { count: 0, retryAfter: 0 };
  let base = '';

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', base);
    requests.push(url.pathname + url.search);
    hosts.push(req.headers.host ?? '');
    if (req.method === 'OPTIONS') return send(res, 204, '');
    if (url.pathname.startsWith('/thumb/')) return send(res, 200, png, { 'content-type': 'image/png' });
    if (throttle.count > 0) {
      throttle.count--;
      return send(res, 429, JSON.stringify({ title: 'Too many requests' }), { ...JSON_TYPE, 'retry-after': String(throttle.retryAfter) });
    }
    const rest = url.pathname.match(/^\/api\/rest_v1\/page\/summary\/(.+)$/);
    if (rest?.[1]) return summary(res, rest[1], routes, pages, base);
    if (url.pathname === '/w/api.php' && url.searchParams.get('action') === 'query') {
      if (url.searchParams.get('list') === 'search') {
        return search(res, url.searchParams.get('srsearch') ?? '', Number(url.searchParams.get('srlimit') ?? 10), pages);
      }
      if (url.searchParams.get('prop') === 'links') return links(res, url.searchParams.get('titles') ?? '');
      if (url.searchParams.get('redirects')) return redirects(res, url.searchParams.get('titles') ?? '', routes);
    }
    send(res, 404, JSON.stringify({ error: { code: 'badrequest', info: 'Not a fixture route' } }), JSON_TYPE);
  };

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl: base,
    requests,
    hosts,
    throttleNext(count, retryAfter) {
      throttle = { count, retryAfter };
    },
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
