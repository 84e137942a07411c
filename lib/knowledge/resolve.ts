/**
 * From an entity to its Wikipedia section: plan a title from the article's context, fetch it, and when it is
 * missing, a disambiguation page or the wrong kind of thing, choose among the page's links and a context search.
 * At most four requests per entity (summary, links, search, summary), all cached. Background only.
 */
import { fitsType, pickCandidate, planTitle, rankCandidates } from './disambiguate';
import type { DisambiguationInput } from './disambiguate';
import { fetchSummary, searchTitles } from './wikipedia';
import type { WikiCandidate, WikipediaDeps, WikipediaSettings, WikiSummary } from './wikipedia';

/** The card's Wikipedia section. Plain data; `extract` is plain text. Credit: CC BY-SA, link to `url`. */
export interface WikipediaSection {
  status: 'ok' | 'disambiguation' | 'none' | 'offline' | 'error';
  /** The title shown (ok) or asked for (otherwise). */
  title: string;
  /** Why this title: for the card's "why this page?" and for the disambiguation table. */
  reason: string;
  description?: string;
  extract?: string;
  thumbnail?: WikiSummary['thumbnail'];
  url?: string;
  wikibaseItem?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** For `disambiguation`: pages to offer instead, best first. */
  candidates?: WikiCandidate[];
  /** For `error` after a 429: when asking again is allowed (ms since the epoch). */
  retryAt?: number;
  message?: string;
}

function fromSummary(summary: WikiSummary, reason: string): WikipediaSection {
  return { status: 'ok', reason, ...summary };
}

/** Looks the entity up on Wikipedia. Never throws; never returns a disambiguation page's text as the entity. */
export async function resolveWikipedia(
  input: DisambiguationInput,
  settings: WikipediaSettings,
  deps: WikipediaDeps,
): Promise<WikipediaSection> {
  const plan = planTitle(input);
  const first = await fetchSummary(plan.title, settings, deps);
  if (first.status === 'throttled') return { status: 'error', title: plan.title, reason: plan.reason, retryAt: first.retryAt, message: 'Wikipedia asked to wait' };
  if (first.status === 'error') return { status: 'error', title: plan.title, reason: plan.reason, message: first.message };
  if (first.status === 'ok' && fitsType(input.type, first.summary.description)) {
    const redirected = first.summary.title !== plan.title ? `; Wikipedia redirects "${plan.title}" to "${first.summary.title}"` : '';
    return fromSummary(first.summary, plan.reason + redirected);
  }

  const why =
    first.status === 'ok' ? `"${first.summary.title}" is ${first.summary.description ?? 'another kind of thing'}` :
    first.status === 'none' ? `no page "${plan.title}"` : `"${first.title}" is a disambiguation page`;
  const links = first.status === 'disambiguation' ? first.candidates : [];
  const hits = await searchTitles(plan.searchQuery, settings, deps);
  // Not the page just ruled out: a search for "Bill" finds the "Bill" disambiguation page itself first.
  const ruledOut = new Set([plan.title, first.status === 'disambiguation' ? first.title : ''].map((t) => t.replace(/_/g, ' ')));
  const candidates = [...(hits === 'throttled' ? [] : hits), ...links].filter((c) => !ruledOut.has(c.title));
  const choice = pickCandidate(input, candidates);
  if (choice) {
    const second = await fetchSummary(choice.title, settings, deps);
    if (second.status === 'ok' && fitsType(input.type, second.summary.description)) {
      return fromSummary(second.summary, `${why}; searched "${plan.searchQuery}" and chose "${choice.title}": ${choice.reason}`);
    }
  }
  if (first.status === 'disambiguation') {
    const ranked = rankCandidates(input, candidates).filter((c) => c.points > -100).slice(0, 8);
    return {
      status: 'disambiguation',
      title: first.title,
      url: first.url,
      reason: `${why}; no candidate fitted clearly`,
      candidates: ranked.map((c) => ({ title: c.title, url: candidates.find((x) => x.title === c.title)?.url ?? first.url, ...(c.description ? { description: c.description } : {}) })),
    };
  }
  return { status: 'none', title: plan.title, reason: `${why}; no search hit fitted` };
}
