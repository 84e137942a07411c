/**
 * Which Wikipedia page is this entity? Pure: the entity, what the article says around it, and (for the second
 * step) candidate pages in; a title and a reason a person can check out. No I/O.
 *
 * Step 1, `planTitle`: the title to ask for first, and the search query to fall back on.
 * Step 2, `pickCandidate`: when the first title is missing, a disambiguation page, or the wrong kind of thing (a
 * basketball player for a place), choose among the disambiguation page's links and the search hits.
 */
import type { EntityType } from '../entities/types';

/** What the article tells about the entity, as the disambiguation uses it. */
export interface DisambiguationInput {
  /** Fullest form the article uses ("John Kerry"). */
  name: string;
  type: EntityType;
  /** Every surface form ("John Kerry", "Kerry"). */
  aliases: string[];
  /** Role or title as written ("secretary of state"). */
  role?: string;
  /** Names of the entities named alongside it, most related first. */
  context: string[];
  /** For places: what the atlas made of the name (its common name and kind), if anything. */
  atlas?: { name: string; kind: 'country' | 'city'; country?: string };
  /** Countries the co-mentioned places lie in, per the atlas ("United States" for Atlanta). */
  contextCountries?: string[];
}

/** A chosen title and why. */
export interface TitleChoice {
  title: string;
  reason: string;
}

/** A page on offer: from a disambiguation page (title only) or a search (with a snippet). */
export interface Candidate {
  title: string;
  description?: string;
}

const PERSON_WORDS =
  /\b(born|politician|diplomat|player|actor|actress|singer|president|minister|governor|senator|mayor|officer|businessman|businesswoman|writer|journalist|lawyer|attorney|footballer|general|leader|king|queen|prince|monarch|activist|economist|scientist|\d{4}[–-]\d{4})\b/i;
const PLACE_WORDS =
  /\b(country|city|capital|state|county|province|region|river|town|village|island|district|municipality|mountain|lake|sea|ocean|kingdom|republic|territory)\b/i;
const STOP_WORDS = new Set(['of', 'the', 'and', 'for', 'a', 'an', 'in', 'to', 'former', 'foreign', 'new']);

/**
 * Known ambiguous place names: the page to ask for, by the country the article's other places point to.
 * `default` applies when no context country matches. Kept small and explicit on purpose.
 */
const AMBIGUOUS_PLACES: Record<string, Record<string, string>> = {
  Georgia: { default: 'Georgia (country)', 'United States': 'Georgia (U.S. state)' },
  Washington: { default: 'Washington, D.C.' },
  Punjab: { default: 'Punjab', India: 'Punjab, India', Pakistan: 'Punjab, Pakistan' },
  Macedonia: { default: 'North Macedonia', Greece: 'Macedonia (Greece)' },
};

/** Does a one-line description fit the entity type? Unknown (no description, or no cue either way) fits. */
export function fitsType(type: EntityType, description: string | undefined): boolean {
  if (!description) return true;
  const person = PERSON_WORDS.test(description);
  const place = PLACE_WORDS.test(description);
  if (type === 'PER') return person || !place;
  return place || !person;
}

/**
 * A name as a title: a dateline or byline in capitals ("CAIRO", "LAURIE") in title case, since Wikipedia titles are
 * case-sensitive after the first letter. Forms of three capitals or fewer (US, UK, USA, UAE) are left as they are: they are
 * abbreviations, and Wikipedia has redirects for them.
 */
export function titleCase(name: string): string {
  const letters = name.replace(/[^\p{L}]/gu, '');
  if (letters.length <= 3 || letters !== letters.toUpperCase() || letters === letters.toLowerCase()) return name;
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w && !STOP_WORDS.has(w));

/** The title to ask for first, why, and the search query (with context terms) to fall back on. */
export function planTitle(input: DisambiguationInput): TitleChoice & { searchQuery: string } {
  const shortest = [...input.aliases].sort((a, b) => a.length - b.length)[0] ?? input.name;
  const contextTerms = input.context.slice(0, 2);
  const name = titleCase(input.name);
  const cased = name !== input.name ? ` ("${input.name}" in title case)` : '';
  if (input.type === 'PER') {
    const searchQuery = [name, input.role, ...contextTerms].filter(Boolean).join(' ');
    if (shortest !== input.name && input.name.split(/\s+/).length > 1) {
      return { title: name, reason: `full name "${name}" from the short form "${shortest}"${cased}`, searchQuery };
    }
    return { title: name, reason: `the name as the article writes it${cased}`, searchQuery };
  }
  // By the article's form first: the atlas's name may be another spelling ("Washington, D.C." for "Washington").
  const known = AMBIGUOUS_PLACES[input.name] ?? AMBIGUOUS_PLACES[input.atlas?.name ?? ''];
  const countries = (input.contextCountries ?? []).filter((c) => c !== input.name && c !== input.atlas?.name);
  const searchQuery = [name, ...(countries.length ? countries.slice(0, 1) : contextTerms)].join(' ');
  if (known) {
    const by = countries.find((c) => known[c] && c !== input.atlas?.name);
    if (by) return { title: known[by] ?? input.name, reason: `ambiguous place; the article's other places are in ${by}`, searchQuery };
    return { title: known['default'] ?? input.name, reason: 'ambiguous place; no context points elsewhere, so the usual sense', searchQuery };
  }
  if (input.atlas?.kind === 'country') {
    const from = input.atlas.name !== input.name ? ` ("${input.name}" is the atlas's alias for it)` : '';
    const near = input.context.length ? `; named with ${input.context.slice(0, 3).join(', ')}` : '';
    return { title: input.atlas.name, reason: `a country in the atlas${from}${near}`, searchQuery };
  }
  if (input.atlas?.kind === 'city') {
    const where = input.atlas.country ? ` (${input.atlas.country})` : '';
    // "New York" asks for the state, "New York City" for the city: a fuller atlas name that begins with the
    // article's form is the same city, named unambiguously.
    if (input.atlas.name.startsWith(`${name} `) || input.atlas.name.startsWith(`${name},`)) {
      return { title: input.atlas.name, reason: `a city in the atlas${where}, by its fuller name "${input.atlas.name}"`, searchQuery };
    }
    // The atlas may hold the local name ("Genève"); the article's own form is the one its language edition uses.
    return { title: name, reason: `a city in the atlas${input.atlas.country ? ` (${input.atlas.country})` : ''}${cased}`, searchQuery };
  }
  return { title: name, reason: `the place name as written (not in the atlas)${cased}`, searchQuery };
}

function score(input: DisambiguationInput, c: Candidate): { points: number; cues: string[] } {
  const cues: string[] = [];
  let points = 0;
  const base = c.title.replace(/\s*\(.*\)$/, '');
  const qualifier = /\((.*)\)$/.exec(c.title)?.[1] ?? '';
  if (/^(disambiguation|name|surname|given name)$/i.test(qualifier)) return { points: -100, cues: ['a list of names'] };
  const nameWords = words(input.name);
  const titleWords = words(c.title);
  if (base.toLowerCase() === input.name.toLowerCase()) {
    points += 3;
    cues.push('same name');
  } else if (nameWords.every((w) => titleWords.includes(w))) {
    points += 2;
    cues.push('contains the name');
    if (input.type === 'PER' && words(base).at(-1) === nameWords.at(-1)) {
      points += 2;
      cues.push('a full name ending in the surname');
    } else if (input.type === 'PER' && nameWords.length === 1) {
      // News writes a person's surname alone ("Kerry"), so "Kerry King" or "Bill Shorten" for a lone "Kerry" or
      // "Bill" is someone else who merely shares a given name.
      return { points: -100, cues: ['the name is only a given name there'] };
    }
  } else return { points: -100, cues: ['another name'] };
  const about = `${c.title} ${qualifier} ${c.description ?? ''}`;
  const person = PERSON_WORDS.test(about);
  const place = PLACE_WORDS.test(about) || /^County\b/.test(c.title);
  if ((input.type === 'PER' && place && !person) || (input.type === 'LOC' && person && !place)) {
    points -= 5;
    cues.push(input.type === 'PER' ? 'a place, not a person' : 'a person, not a place');
  } else if ((input.type === 'PER' && person) || (input.type === 'LOC' && place)) {
    points += 2;
    cues.push(input.type === 'PER' ? 'a person' : 'a place');
  }
  const aboutWords = new Set(words(about));
  const roleHits = words(input.role ?? '').filter((w) => aboutWords.has(w));
  if (roleHits.length) {
    points += 2 * roleHits.length;
    cues.push(`role words: ${roleHits.join(', ')}`);
  }
  const contextHits = [...input.context, ...(input.contextCountries ?? [])].filter((n) =>
    words(n).every((w) => aboutWords.has(w)) || (n === 'United States' && /\bU\.S\.|\bUS\b|\bAmerican\b/.test(about)),
  );
  if (contextHits.length) {
    points += 2 * contextHits.length;
    cues.push(`co-mentioned: ${[...new Set(contextHits)].join(', ')}`);
  }
  return { points, cues };
}

/** Candidates ranked best first, with their points and cues; ties keep the order given (search rank). */
export function rankCandidates(input: DisambiguationInput, candidates: readonly Candidate[]): (Candidate & { points: number; cues: string[] })[] {
  const seen = new Set<string>();
  return candidates
    .filter((c) => !seen.has(c.title) && seen.add(c.title))
    .map((c) => ({ ...c, ...score(input, c) }))
    .sort((a, b) => b.points - a.points);
}

/**
 * The best candidate for the entity, with the cues that chose it; null when none fits its name and type, or when
 * two fit equally well (a bare "Abbott" and Tony, Greg and Diane Abbott): the card then offers them rather than guess.
 */
export function pickCandidate(input: DisambiguationInput, candidates: readonly Candidate[]): TitleChoice | null {
  const [best, second] = rankCandidates(input, candidates);
  if (!best || best.points <= 0 || second?.points === best.points) return null;
  return { title: best.title, reason: best.cues.join('; ') };
}
