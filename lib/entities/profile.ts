/**
 * Builds what the article itself says about each entity (the card's first section) from the text and its
 * mentions: fullest name, short forms, count, first sentence, role, what a person said (attributed quotes), and
 * who else stands in the same sentences.
 * Pure. Profiles come out most salient first: most mentions, then earliest.
 */
import { attributeQuotes, quotesByEntity } from './quotes';
import { findRole } from './roles';
import { sentenceAt, splitSentences } from './sentences';
import type { EntityProfile, Mention } from './types';

const MAX_ALONGSIDE = 6;

export function profile(text: string, mentions: readonly Mention[]): EntityProfile[] {
  const sentences = splitSentences(text);
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = groups.get(m.entityId);
    if (list) list.push(m);
    else groups.set(m.entityId, [m]);
  }
  const bySentence = new Map<number, Set<string>>();
  for (const m of mentions) {
    const i = sentenceAt(sentences, m.start);
    if (i < 0) continue;
    const set = bySentence.get(i) ?? new Set<string>();
    set.add(m.entityId);
    bySentence.set(i, set);
  }
  const quotes = quotesByEntity(attributeQuotes(text, mentions));
  const profiles: EntityProfile[] = [];
  for (const [id, list] of groups) {
    const first = list[0]!;
    const aliases = [...new Set(list.map((m) => text.slice(m.start, m.end)))].sort((a, b) => b.length - a.length);
    const sentence = sentences[sentenceAt(sentences, first.start)];
    const profile: EntityProfile = {
      id,
      type: first.type,
      name: aliases[0]!,
      aliases,
      mentionCount: list.length,
      firstStart: first.start,
      firstSentence: sentence ? text.slice(sentence[0], sentence[1]) : text.slice(first.start, first.end),
      alongside: alongside(id, list, sentences, bySentence),
    };
    const role = first.type === 'PER' ? findRole(text, list) : undefined;
    if (role) profile.role = role;
    const said = quotes[id];
    if (said?.length) profile.quotes = said;
    profiles.push(profile);
  }
  return profiles.sort((a, b) => b.mentionCount - a.mentionCount || a.firstStart - b.firstStart);
}

function alongside(
  id: string,
  list: readonly Mention[],
  sentences: Array<[number, number]>,
  bySentence: Map<number, Set<string>>,
): string[] {
  const counts = new Map<string, number>();
  const visited = new Set<number>();
  for (const m of list) {
    const i = sentenceAt(sentences, m.start);
    if (visited.has(i)) continue;
    visited.add(i);
    for (const other of bySentence.get(i) ?? []) if (other !== id) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, MAX_ALONGSIDE).map(([other]) => other);
}
