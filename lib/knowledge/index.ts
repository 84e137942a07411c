/** Background-card knowledge sources: see README.md. The background imports from here. */
export { gatherBackground, disambiguationInput } from './card-sources';
export type { ArticleSection, CardContext, CardDeps, CardSections, KnowledgeSettings } from './card-sources';
export { openKnowledgeDb, KNOWLEDGE_DB_NAME } from './db';
export type { KnowledgeDb } from './db';
export { clearCache, pruneCache } from './cache';
export { clearHistory, indexArticle, earlierMentions } from './history';
export type { HistoryArticle, HistoryItem } from './history';
export { loadAtlas, lookupPlace } from './atlas';
export type { AtlasPlace, PlaceMap } from './atlas';
export { resolveWikipedia } from './resolve';
export type { WikipediaSection } from './resolve';
export { API_USER_AGENT, DEFAULT_WIKIPEDIA_BASE_URL } from './wikipedia';
