/**
 * The one call the background makes when a card needs content: the four sources, in the card's order, as one
 * JSON-serialisable object to send over messaging. Article and history are offline; the atlas is bundled;
 * Wikipedia is asked only when allowed (never with the offline setting, and only when `wikipedia` is requested:
 * on hover dwell or for the popup's few entities, not for every name on page load).
 */
import type { EntityProfile, EntityType } from '../entities/types';
import type { Atlas, AtlasPlace } from './atlas';
import { loadAtlas } from './atlas';
import type { KnowledgeDb } from './db';
import type { DisambiguationInput } from './disambiguate';
import { earlierMentions } from './history';
import type { HistoryItem } from './history';
import { resolveWikipedia } from './resolve';
import type { WikipediaSection } from './resolve';

/** The settings the sources read. Defaults for phase 2's settings store: offline false, 'en', the default URL, history on. */
export interface KnowledgeSettings {
  /** No network lookups at all. */
  offline: boolean;
  wikipediaLanguage: string;
  /** `{lang}` is replaced by the language ("https://{lang}.wikipedia.org"); tests and mirrors set their own. */
  wikipediaBaseUrl: string;
  historyEnabled: boolean;
}

/** The card's first section: what this article says about the entity. */
export interface ArticleSection {
  name: string;
  type: EntityType;
  role?: string;
  mentionCount: number;
  firstSentence: string;
  quotes: string[];
  alongside: { id: string; name: string; type: EntityType }[];
}

/** Everything a card shows, in order. Plain data. */
export interface CardSections {
  article: ArticleSection;
  history: { enabled: boolean; items: HistoryItem[] };
  atlas?: AtlasPlace;
  wikipedia?: WikipediaSection;
}

export interface CardContext {
  url: string;
  /** The article's other entities (to name co-mentions and to disambiguate). */
  otherEntities: readonly EntityProfile[];
  settings: KnowledgeSettings;
  /** Ask Wikipedia too (on dwell, or for the popup). Default true. */
  wikipedia?: boolean;
}

export interface CardDeps {
  db: KnowledgeDb;
  fetch: typeof fetch; // Test seam.
  now: () => number; // Test seam.
  /** The atlas; the bundled one when absent. */
  atlas?: Atlas; // Test seam.
}

function articleSection(entity: EntityProfile, others: readonly EntityProfile[]): ArticleSection {
  const byId = new Map(others.map((e) => [e.id, e]));
  return {
    name: entity.name,
    type: entity.type,
    ...(entity.role ? { role: entity.role } : {}),
    mentionCount: entity.mentionCount,
    firstSentence: entity.firstSentence,
    quotes: entity.quotes ?? [],
    alongside: (entity.alongside ?? []).flatMap((id) => {
      const e = byId.get(id);
      return e ? [{ id, name: e.name, type: e.type }] : [];
    }),
  };
}

/** What the disambiguation needs from the article: context names, and the countries its places lie in. */
export function disambiguationInput(entity: EntityProfile, others: readonly EntityProfile[], atlas: Atlas): DisambiguationInput {
  const byId = new Map(others.map((e) => [e.id, e]));
  const related = (entity.alongside ?? []).flatMap((id) => byId.get(id) ?? []);
  const context = (related.length ? related : others.filter((e) => e.id !== entity.id)).map((e) => e.name);
  const countries = related
    .filter((e) => e.type === 'LOC')
    .map((e) => atlas.lookupPlace(e.name))
    .map((p) => (p?.kind === 'country' ? p.name : p?.country?.name))
    .filter((n): n is string => Boolean(n));
  const self = entity.type === 'LOC' ? atlas.lookupPlace(entity.name) : null;
  return {
    name: entity.name,
    type: entity.type,
    aliases: entity.aliases,
    ...(entity.role ? { role: entity.role } : {}),
    context: context.slice(0, 6),
    contextCountries: [...new Set(countries)],
    ...(self ? { atlas: { name: self.name, kind: self.kind, ...(self.kind === 'city' && self.country ? { country: self.country.name } : {}) } } : {}),
  };
}

/** Gathers a card's sections for one entity. Never throws for a source's failure: that source reports it. */
export async function gatherBackground(entity: EntityProfile, context: CardContext, deps: CardDeps): Promise<CardSections> {
  const atlas = deps.atlas ?? (await loadAtlas());
  const { settings } = context;
  const sections: CardSections = {
    article: articleSection(entity, context.otherEntities),
    history: {
      enabled: settings.historyEnabled,
      items: await earlierMentions(deps.db, entity, { excludeUrl: context.url, enabled: settings.historyEnabled }),
    },
  };
  if (entity.type === 'LOC') {
    const place = atlas.lookupPlace(entity.name);
    if (place) sections.atlas = place;
  }
  if (context.wikipedia === false) return sections;
  const input = disambiguationInput(entity, context.otherEntities, atlas);
  if (settings.offline) {
    sections.wikipedia = { status: 'offline', title: input.name, reason: 'offline setting: no network lookups' };
    return sections;
  }
  sections.wikipedia = await resolveWikipedia(
    input,
    { language: settings.wikipediaLanguage, baseUrl: settings.wikipediaBaseUrl },
    { db: deps.db, fetch: deps.fetch, now: deps.now },
  );
  return sections;
}
