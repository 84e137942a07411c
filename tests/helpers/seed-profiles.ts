import { attributeQuotes, coMentions, quotesByEntity, sentenceSpans } from '../../lib/entities/quotes';
import type { EntityProfile } from '../../lib/entities/types';
import { readFixture } from './fixtures';
import { mentionsByName, SEED_ENTITIES } from './mentions';

/** Roles as the seed writes them: what lib/entities' role extraction is expected to give. */
const SEED_ROLES: Record<string, string> = {
  kerry: 'secretary of state',
  lavrov: 'Foreign minister',
  putin: 'Russian President',
  assad: 'Syrian President',
};

/**
 * Entity profiles for the seed article, built without the recogniser: string-search mentions, this repo's quote
 * attribution and co-mentions, and the roles above. A stand-in for lib/entities' `profile()` in knowledge tests.
 */
export function seedProfiles(): { text: string; profiles: EntityProfile[] } {
  const text = readFixture('seed-article.txt');
  const mentions = mentionsByName(text, SEED_ENTITIES);
  const sentences = sentenceSpans(text);
  const quotes = quotesByEntity(attributeQuotes(text, mentions));
  const alongside = coMentions(text, mentions, sentences);
  const profiles = SEED_ENTITIES.flatMap((e): EntityProfile[] => {
    const own = mentions.filter((m) => m.entityId === e.id);
    const first = own[0];
    if (!first) return [];
    const forms = [...new Set(own.map((m) => text.slice(m.start, m.end)))].sort((a, b) => b.length - a.length);
    const sentence = sentences.find((s) => s.start <= first.start && first.start < s.end);
    const role = SEED_ROLES[e.id];
    return [{
      id: e.id,
      type: e.type,
      name: forms[0] ?? e.names[0] ?? e.id,
      aliases: forms,
      mentionCount: own.length,
      firstStart: first.start,
      ...(role ? { role } : {}),
      firstSentence: sentence ? text.slice(sentence.start, sentence.end).trim() : '',
      ...(quotes[e.id] ? { quotes: quotes[e.id] } : {}),
      alongside: alongside[e.id] ?? [],
    }];
  });
  return { text, profiles };
}
