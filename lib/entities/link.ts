/**
 * Joins a name's short forms into one entity within one text ("John Kerry" … "Kerry", "Bashar al-Assad" …
 * "Assad", "the United States" … "U.S."), gives every entity a stable id, and finds the mentions of a known
 * name that the recogniser missed (document-level consistency). Pure.
 */
import { canonicalPlace, isKnownPlaceAlias } from './places';
import type { EntityType, Mention, Span } from './types';

/** Name particles that a short form drops or keeps ("al-Assad" → "Assad", "de Gaulle" → "Gaulle"). */
const PARTICLE = /^(al|el|ad|as|an|bin|ibn|bint|abu|de|del|della|der|di|da|du|la|le|van|von|ten|ter|dos|das)[-‘’'](?=\p{L})/iu;

/** The tokens a person's name is compared by: lower-cased, particles dropped, possessives gone. */
export function nameTokens(surface: string): string[] {
  return surface
    .split(/\s+/)
    .map((t) => t.replace(/['’]s$/i, '').replace(PARTICLE, '').toLowerCase())
    .filter((t) => t && !/^(al|el|bin|ibn|de|van|von|der|da|di|du|la|le)$/.test(t));
}

/** Whether `short` names the same person as `full`: its tokens end `full`'s ("Kerry" ~ "John Kerry"). */
export function isShortFormOf(short: string[], full: string[]): boolean {
  if (short.length === 0 || short.length >= full.length) return false;
  const tail = full.slice(full.length - short.length);
  return tail.every((t, i) => t === short[i]);
}

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Trims what a recogniser may leave on a span: possessive endings, quotes and punctuation at either end. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  const surface = () => text.slice(start, end);
  for (;;) {
    const before = [start, end];
    if (/['’]s$/.test(surface())) end -= 2;
    else if (/['’]$/.test(surface()) && /s['’]$/.test(surface())) end -= 1;
    while (end > start && /[\s,;:!?"“”‘’)(\]]/.test(text[end - 1]!)) end--;
    if (end > start && text[end - 1] === '.' && !/\.\p{L}\.$|^\p{Lu}\.$|\b\p{Lu}\.$/u.test(surface())) end--;
    while (start < end && /[\s,;:!?."“”‘’(\[-]/.test(text[start]!)) start++;
    if (before[0] === start && before[1] === end) break;
  }
  return { ...span, start, end };
}

/** Courtesy and office titles that come before a name but are not part of it ("Mr Osborne", "Secretary Ian Lang"). */
const TITLE =
  /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|President|Secretary|Senator|Sen|Gov|Governor|Rep|Gen|General|Judge|Justice|Chancellor|Minister|Premier|Mayor|Prof|Professor|Rev|Father|Sister|Coach|Captain|Capt|Col|Lt|Sgt)\.?\s+)+(?=\p{Lu})/u;

/** Drops a leading title from a person's span; other spans are returned as they are. */
export function trimTitle(text: string, span: Span): Span {
  if (span.type !== 'PER') return span;
  const title = TITLE.exec(text.slice(span.start, span.end))?.[0];
  return title ? { ...span, start: span.start + title.length } : span;
}

/** The canonical key of a surface form of a type: places by their alias table, people by their tokens. */
const placeKey = (surface: string) => canonicalPlace(surface);

/**
 * Turns recogniser spans into highlighted mentions: PER and LOC only, short forms joined, ids assigned
 * (`per:john-kerry`, `loc:united-states`), and missed repeats of a known name added. Output is sorted by start.
 */
export function link(text: string, spans: Span[]): Mention[] {
  const trimmed = harmonise(text, spans.map((s) => trimTitle(text, trimSpan(text, s))).filter((s) => s.end > s.start));
  const named = trimmed.filter((s): s is Span & { type: EntityType } => s.type === 'PER' || s.type === 'LOC');
  const withMissed = [...named, ...findMissed(text, named, trimmed)].sort((a, b) => a.start - b.start);
  const kept = dropArticledPeople(text, withMissed);
  const personIds = personCanonicals(kept.filter((s) => s.type === 'PER').map((s) => text.slice(s.start, s.end)));
  return kept.map((s) => {
    const surface = text.slice(s.start, s.end);
    const canonical = s.type === 'PER' ? personIds.get(surface) ?? surface : placeKey(surface);
    return { start: s.start, end: s.end, type: s.type, entityId: `${s.type.toLowerCase()}:${slug(canonical) || 'x'}` };
  });
}

/** A determiner, maybe with one word after it, right before a name: "the Bill", "the British Bill", "this Bill". */
const DETERMINED = /\b(?:the|this|that|these|those|a|an|its|their|our)\s+(?:[\p{L}’'-]+\s+)?$/iu;

/**
 * A one-word "person" the text only ever writes after a determiner ("The Bill would require…", "the British
 * Bill", "this Bill") is a thing: English puts no article before a person's name. Its mentions go, unless the word
 * is the surname of a person named in full elsewhere in the text.
 */
export function dropArticledPeople<S extends Span>(text: string, spans: S[]): S[] {
  const surnamesOfFullNames = new Set<string>();
  const determinedOnly = new Map<string, boolean>();
  for (const s of spans) {
    if (s.type !== 'PER') continue;
    const surface = text.slice(s.start, s.end);
    if (/\s/.test(surface)) {
      for (const short of surnames(surface)) surnamesOfFullNames.add(short);
      continue;
    }
    const determined = DETERMINED.test(text.slice(Math.max(0, s.start - 40), s.start));
    determinedOnly.set(surface, (determinedOnly.get(surface) ?? true) && determined);
  }
  return spans.filter((s) => {
    if (s.type !== 'PER') return true;
    const surface = text.slice(s.start, s.end);
    return !(determinedOnly.get(surface) && !surnamesOfFullNames.has(surface));
  });
}

/**
 * Buildings named for the institution in them ("the White House said"): news data sets call them places, but a
 * reader is not pointed at a place by them, so they are not highlighted as one.
 */
const INSTITUTIONS = new Set(['White House', 'Pentagon', 'Downing Street', 'Elysee', 'Élysée', 'Quai d’Orsay']);

/**
 * A word that makes the name before it a firm's ("Dana F. Besecker Company", "J.P. Morgan & Co."): the name is
 * the firm's, not a person's, and must not claim the person's surname ("Besecker" said → Tyler Besecker).
 */
const COMPANY_AFTER = /^\s+(?:Company|Co\.|Inc\b|Corp\b|Corporation|LLC|Ltd\b|& Co\b|& Sons)/;

/**
 * Makes one name's type agree across the text. A person's surname ("Assad" after "Bashar al-Assad"), typed PER at
 * more of its other occurrences than not, is PER everywhere ("Assad and his government"); a known place alias
 * ("US", "U.S.") typed as a place elsewhere is one everywhere ("US intelligence"). Other words keep their types:
 * "Leeds" the club and Leeds the city may share a sports page. Institution buildings lose their place type, and a
 * person's name followed by "Company", "Inc." and the like its person type.
 */
export function harmonise(text: string, spans: Span[]): Span[] {
  const votes = new Map<string, { PER: number; LOC: number; other: number }>();
  const personSurnames = new Set<string>();
  for (const s of spans) {
    const surface = text.slice(s.start, s.end);
    const v = votes.get(surface) ?? { PER: 0, LOC: 0, other: 0 };
    if (s.type === 'PER' || s.type === 'LOC') v[s.type]++;
    else v.other++;
    votes.set(surface, v);
    if (s.type === 'PER') for (const short of surnames(surface)) personSurnames.add(short);
  }
  return spans.map((s) => {
    const surface = text.slice(s.start, s.end);
    if (s.type === 'LOC' && INSTITUTIONS.has(surface)) return { ...s, type: 'ORG' };
    if (s.type === 'PER' && COMPANY_AFTER.test(text.slice(s.end, s.end + 16))) return { ...s, type: 'ORG' };
    const v = votes.get(surface)!;
    const others = v.PER + v.LOC + v.other - 1;
    if (s.type !== 'PER' && personSurnames.has(surface) && v.PER * 2 > others) return { ...s, type: 'PER' };
    if (s.type !== 'LOC' && s.type !== 'PER' && isKnownPlaceAlias(surface) && v.LOC * 2 > others) {
      return { ...s, type: 'LOC' };
    }
    return s;
  });
}

/** Maps each person surface form to the fullest name it is a short form of (the first-seen fullest one). */
function personCanonicals(surfaces: string[]): Map<string, string> {
  const distinct = [...new Set(surfaces)];
  const tokens = new Map(distinct.map((s) => [s, nameTokens(s)] as const));
  const result = new Map<string, string>();
  for (const surface of distinct) {
    const own = tokens.get(surface)!;
    let best = surface;
    for (const other of distinct) {
      const full = tokens.get(other)!;
      if (isShortFormOf(own, full) && full.length > nameTokens(best).length) best = other;
    }
    result.set(surface, best);
  }
  return result;
}

/**
 * Whole-word occurrences of names already recognised elsewhere in the text that no span covers: a recogniser that
 * found "Kerry" nine times but missed the tenth gets the tenth. Short forms of one letter or lower-case are skipped.
 */
function findMissed(text: string, named: Array<Span & { type: EntityType }>, all: Span[]) {
  // Covered characters, so a candidate is checked against every span in constant time per character.
  const covered = new Uint8Array(text.length);
  for (const s of all) covered.fill(1, s.start, s.end);
  const overlaps = (start: number, end: number) => {
    for (let k = start; k < end; k++) if (covered[k]) return true;
    return false;
  };
  const seen = new Map<string, EntityType>();
  for (const s of named) {
    const surface = text.slice(s.start, s.end);
    if (surface.length > 1 && /^\p{Lu}/u.test(surface)) seen.set(surface, s.type);
    if (s.type === 'PER') for (const short of surnames(surface)) if (!seen.has(short)) seen.set(short, 'PER');
  }
  const found: Array<Span & { type: EntityType }> = [];
  for (const [surface, type] of seen) {
    // indexOf and a look at the characters either side: the same test as a whole-word pattern, far faster.
    for (let start = text.indexOf(surface); start >= 0; start = text.indexOf(surface, start + 1)) {
      const end = start + surface.length;
      if (WORD_CHAR.test(text[start - 1] ?? '') || WORD_CHAR.test(text[end] ?? '')) continue;
      if (text[end] === '.' && /\p{L}/u.test(text[end + 1] ?? '')) continue;
      if (overlaps(start, end)) continue;
      found.push({ start, end, type });
      covered.fill(1, start, end);
    }
  }
  return found;
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** The short forms a full name is later referred to by: its surname, with and without a particle. */
export function surnames(surface: string): string[] {
  const words = surface.split(/\s+/);
  if (words.length < 2) return [];
  const last = words[words.length - 1]!.replace(/['’]s$/, '');
  const bare = last.replace(PARTICLE, '');
  return [...new Set([last, bare])].filter((w) => w.length > 2 && /\p{Lu}/u.test(w));
}
