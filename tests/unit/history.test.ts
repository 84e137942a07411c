import { describe, expect, it } from 'vitest';
import { clearHistory, earlierMentions, entityKey, indexArticle } from '../../lib/knowledge/history';
import { freshKnowledgeDb } from '../helpers/knowledge-db';

const kerry = { name: 'John Kerry', type: 'PER' as const, aliases: ['John Kerry', 'Kerry'], firstSentence: '' };
const article = (n: number, sentence = `Kerry spoke, day ${n}.`) => ({
  article: { url: `https://news.example/${n}`, title: `Story ${n}`, site: 'news.example', readAt: n * 1000 },
  entities: [{ ...kerry, firstSentence: sentence }, { name: 'Moscow', type: 'LOC' as const, firstSentence: 'In Moscow.' }],
});

describe('history', () => {
  it('finds earlier articles, newest first, excluding the current page, capped', async () => {
    const db = await freshKnowledgeDb();
    for (const n of [1, 2, 3, 4]) await indexArticle(db, article(n).article, article(n).entities, true);
    const items = await earlierMentions(db, kerry, { excludeUrl: 'https://news.example/4', enabled: true, limit: 2 });
    expect(items).toEqual([
      { url: 'https://news.example/3', title: 'Story 3', site: 'news.example', readAt: 3000, sentence: 'Kerry spoke, day 3.' },
      { url: 'https://news.example/2', title: 'Story 2', site: 'news.example', readAt: 2000, sentence: 'Kerry spoke, day 2.' },
    ]);
  });

  it('matches by alias and type: an article that only said "Kerry" counts; a place named Kerry does not', async () => {
    const db = await freshKnowledgeDb();
    await indexArticle(db, article(1).article, [{ name: 'Kerry', type: 'PER', firstSentence: 'Kerry said.' }], true);
    await indexArticle(db, article(2).article, [{ name: 'Kerry', type: 'LOC', firstSentence: 'In Kerry.' }], true);
    const items = await earlierMentions(db, kerry, { excludeUrl: 'x', enabled: true });
    expect(items.map((i) => i.sentence)).toEqual(['Kerry said.']);
  });

  it('replaces an article on re-analysis instead of duplicating it', async () => {
    const db = await freshKnowledgeDb();
    await indexArticle(db, article(1).article, article(1).entities, true);
    await indexArticle(db, article(1).article, article(1, 'Kerry, again.').entities, true);
    const items = await earlierMentions(db, kerry, { excludeUrl: 'x', enabled: true });
    expect(items.map((i) => i.sentence)).toEqual(['Kerry, again.']);
  });

  it('writes and reads nothing when history is off, and clears all', async () => {
    const db = await freshKnowledgeDb();
    expect(await indexArticle(db, article(1).article, article(1).entities, false)).toBe(0);
    expect(await earlierMentions(db, kerry, { excludeUrl: 'x', enabled: true })).toEqual([]);
    await indexArticle(db, article(2).article, article(2).entities, true);
    expect(await earlierMentions(db, kerry, { excludeUrl: 'x', enabled: false })).toEqual([]);
    await clearHistory(db);
    expect(await earlierMentions(db, kerry, { excludeUrl: 'x', enabled: true })).toEqual([]);
  });

  it('keys entities by type and a normalised name', () => {
    expect(entityKey('LOC', 'U.S.')).toBe(entityKey('LOC', 'us'));
  });
});
