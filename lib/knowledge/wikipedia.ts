/**
 * Wikipedia client: REST page summaries and Action API search, links and redirects, with the etiquette Wikipedia
 * asks for: an `Api-User-Agent`, a cache, and a persisted back-off on 429. Background only; `fetch` is injected.
 * Nothing here returns HTML: extracts and descriptions are plain text with any markup removed.
 */
import { backOff, cacheGet, cachePut, NEGATIVE_TTL_MS, notBefore, retryAfterMs, ttlFromCacheControl } from './cache';
import type { KnowledgeDb } from './db';

export const API_USER_AGENT = 'Backstory/0.1 (https://github.com/backstory-ext/backstory)';
/** The default base URL; `{lang}` is replaced by the language edition. */
export const DEFAULT_WIKIPEDIA_BASE_URL = 'https://{lang}.wikipedia.org';
const MAX_REDIRECTS = 3;

/** Where to ask: the language edition and base URL (tests and mirrors point it at a local server). */
export interface WikipediaSettings {
  language: string;
  baseUrl: string;
}

/** What the client needs from its environment. */
export interface WikipediaDeps {
  db: KnowledgeDb;
  fetch: typeof fetch; // Test seam.
  now: () => number; // Test seam.
}

/** A page summary as a card shows it. Plain, JSON-serialisable data. */
export interface WikiSummary {
  title: string;
  description?: string;
  /** Plain text: any markup in the source is removed. Render as text. */
  extract: string;
  thumbnail?: { source: string; width: number; height: number };
  /** The article on Wikipedia: "read more", and the CC BY-SA credit's link. */
  url: string;
  wikibaseItem?: string;
  coordinates?: { lat: number; lon: number };
  lang: string;
  dir: 'ltr' | 'rtl';
}

/** A page a disambiguation page or a search offers. */
export interface WikiCandidate {
  title: string;
  url: string;
  /** Search snippet or description, plain text, when known. */
  description?: string;
}

/** The answer for one title. A disambiguation page is never an `ok` summary. */
export type SummaryResult =
  | { status: 'ok'; summary: WikiSummary }
  | { status: 'disambiguation'; title: string; url: string; candidates: WikiCandidate[] }
  | { status: 'none'; title: string }
  | { status: 'throttled'; retryAt: number }
  | { status: 'error'; message: string };

/** "john kerry" → "John_kerry": underscores and an upper-case first letter, as Wikipedia normalises titles (the rest is case-sensitive). */
export function normaliseTitle(title: string): string {
  return title.trim().replace(/\s+/g, '_').replace(/^./u, (c) => c.toUpperCase());
}

/** Removes tags and decodes the few entities a summary uses: for text that must never be read as HTML. */
export function toPlainText(text: string): string {
  return text
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<[^>]*>?/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' })[e] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

function origin(settings: WikipediaSettings): string {
  return settings.baseUrl.replace('{lang}', encodeURIComponent(settings.language)).replace(/\/+$/, '');
}

function pageUrl(settings: WikipediaSettings, title: string): string {
  return `https://${encodeURIComponent(settings.language)}.wikipedia.org/wiki/${encodeURIComponent(normaliseTitle(title))}`;
}

const httpUrl = (u: unknown): u is string => typeof u === 'string' && /^https?:\/\//i.test(u);

type Fetched = { kind: 'response'; response: Response } | { kind: 'throttled'; retryAt: number };

/** One GET with the etiquette: refuse while backed off, identify ourselves, record a 429's Retry-After. */
async function politeGet(url: string, deps: WikipediaDeps): Promise<Fetched> {
  const host = new URL(url).host;
  const now = deps.now();
  const waitUntil = await notBefore(deps.db, host);
  if (waitUntil > now) return { kind: 'throttled', retryAt: waitUntil };
  const response = await deps.fetch(url, { headers: { 'Api-User-Agent': API_USER_AGENT }, redirect: 'manual' });
  if (response.status === 429) {
    const retryAt = now + retryAfterMs(response.headers.get('retry-after'), now);
    await backOff(deps.db, host, retryAt);
    return { kind: 'throttled', retryAt };
  }
  return { kind: 'response', response };
}

/** Action API GET (`origin=*` for CORS); undefined on any failure. */
async function actionApi<T>(params: Record<string, string>, settings: WikipediaSettings, deps: WikipediaDeps): Promise<T | 'throttled' | undefined> {
  const query = new URLSearchParams({ ...params, format: 'json', formatversion: '2', origin: '*' });
  const got = await politeGet(`${origin(settings)}/w/api.php?${query}`, deps);
  if (got.kind === 'throttled') return 'throttled';
  if (!got.response.ok) return undefined;
  return (await got.response.json()) as T;
}

/** Resolves a redirect page via the Action API: for browsers, where a manual redirect's Location is opaque. */
async function resolveRedirect(title: string, settings: WikipediaSettings, deps: WikipediaDeps): Promise<string | undefined> {
  type Body = { query?: { redirects?: { to: string }[] } };
  const body = await actionApi<Body>({ action: 'query', titles: title, redirects: '1' }, settings, deps);
  const to = typeof body === 'object' ? body.query?.redirects?.at(-1)?.to : undefined;
  return to ? normaliseTitle(to) : undefined;
}

/** The candidates a disambiguation page links to (main namespace, in page order). */
export async function disambiguationCandidates(title: string, settings: WikipediaSettings, deps: WikipediaDeps): Promise<WikiCandidate[]> {
  type Body = { query?: { pages?: Record<string, { links?: { ns: number; title: string }[] }> | { links?: { ns: number; title: string }[] }[] } };
  const body = await actionApi<Body>({ action: 'query', prop: 'links', titles: title.replace(/_/g, ' '), plnamespace: '0', pllimit: '50' }, settings, deps);
  if (typeof body !== 'object') return [];
  const pages = Object.values(body.query?.pages ?? {});
  return pages
    .flatMap((p) => p.links ?? [])
    .filter((l) => l.ns === 0)
    .map((l) => ({ title: l.title, url: pageUrl(settings, l.title) }));
}

/** Full-text search (Action API `list=search`), cached. Hits carry the snippet as plain text. */
export async function searchTitles(query: string, settings: WikipediaSettings, deps: WikipediaDeps, limit = 8): Promise<WikiCandidate[] | 'throttled'> {
  const key = `search:${settings.language}:${limit}:${query}`;
  const cached = await cacheGet<WikiCandidate[]>(deps.db, key, deps.now());
  if (cached) return cached;
  type Body = { query?: { search?: { title: string; snippet?: string }[] } };
  const body = await actionApi<Body>({ action: 'query', list: 'search', srsearch: query, srlimit: String(limit), srnamespace: '0' }, settings, deps);
  if (body === 'throttled') return 'throttled';
  const hits = (body?.query?.search ?? []).map((h) => ({
    title: h.title,
    url: pageUrl(settings, h.title),
    ...(h.snippet ? { description: toPlainText(h.snippet) } : {}),
  }));
  if (body) await cachePut(deps.db, key, hits, deps.now(), ttlFromCacheControl(null));
  return hits;
}

interface RawSummary {
  type?: string;
  title?: string;
  titles?: { normalized?: string };
  description?: string;
  extract?: string;
  thumbnail?: { source?: unknown; width?: number; height?: number };
  content_urls?: { desktop?: { page?: unknown } };
  wikibase_item?: string;
  coordinates?: { lat: number; lon: number };
  lang?: string;
  dir?: string;
}

function toSummary(raw: RawSummary, settings: WikipediaSettings, requested: string): WikiSummary {
  const title = raw.titles?.normalized ?? raw.title?.replace(/_/g, ' ') ?? requested.replace(/_/g, ' ');
  const thumb = raw.thumbnail;
  const description = raw.description ? toPlainText(raw.description) : '';
  return {
    title: toPlainText(title),
    ...(description ? { description } : {}),
    extract: toPlainText(raw.extract ?? ''),
    ...(thumb && httpUrl(thumb.source) && /\.(jpe?g|png|gif)(\?|$)/i.test(thumb.source)
      ? { thumbnail: { source: thumb.source, width: thumb.width ?? 0, height: thumb.height ?? 0 } }
      : {}),
    url: httpUrl(raw.content_urls?.desktop?.page) ? raw.content_urls.desktop.page : pageUrl(settings, title),
    ...(raw.wikibase_item ? { wikibaseItem: raw.wikibase_item } : {}),
    ...(raw.coordinates ? { coordinates: { lat: raw.coordinates.lat, lon: raw.coordinates.lon } } : {}),
    lang: raw.lang ?? settings.language,
    dir: raw.dir === 'rtl' ? 'rtl' : 'ltr',
  };
}

/**
 * The summary of one title, from the cache or the REST API. Follows redirects itself (Location where visible, else
 * the Action API), at most MAX_REDIRECTS. A disambiguation page comes back as its candidates, never as a summary.
 * 404 → `none` (cached a day); 429 or an active back-off → `throttled` with no request made in the latter case.
 */
export async function fetchSummary(title: string, settings: WikipediaSettings, deps: WikipediaDeps): Promise<SummaryResult> {
  let current = normaliseTitle(title);
  const key = `summary:${settings.language}:${current}`;
  const cached = await cacheGet<SummaryResult>(deps.db, key, deps.now());
  if (cached) return cached;
  try {
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const got = await politeGet(`${origin(settings)}/api/rest_v1/page/summary/${encodeURIComponent(current)}`, deps);
      if (got.kind === 'throttled') return { status: 'throttled', retryAt: got.retryAt };
      const { response } = got;
      if (response.status >= 300 && response.status < 400 || response.type === 'opaqueredirect') {
        const location = response.headers.get('location');
        const next = location ? normaliseTitle(decodeURIComponent(location.split('/').pop() ?? '')) : await resolveRedirect(current, settings, deps);
        if (!next || next === current) break;
        current = next;
        continue;
      }
      const ttl = ttlFromCacheControl(response.headers.get('cache-control'));
      if (response.status === 404) {
        const none: SummaryResult = { status: 'none', title: current.replace(/_/g, ' ') };
        await cachePut(deps.db, key, none, deps.now(), NEGATIVE_TTL_MS);
        return none;
      }
      if (!response.ok) return { status: 'error', message: `Wikipedia answered ${response.status}` };
      const raw = (await response.json()) as RawSummary;
      const result: SummaryResult =
        raw.type === 'disambiguation'
          ? { status: 'disambiguation', title: toSummary(raw, settings, current).title, url: toSummary(raw, settings, current).url, candidates: await disambiguationCandidates(current, settings, deps) }
          : { status: 'ok', summary: toSummary(raw, settings, current) };
      await cachePut(deps.db, key, result, deps.now(), ttl);
      return result;
    }
    return { status: 'error', message: 'Too many redirects' };
  } catch (e) {
    return { status: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}
