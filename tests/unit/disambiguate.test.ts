import { describe, expect, it } from 'vitest';
import { fitsType, pickCandidate, planTitle, rankCandidates, titleCase } from '../../lib/knowledge/disambiguate';
import type { DisambiguationInput } from '../../lib/knowledge/disambiguate';

const kerry: DisambiguationInput = {
  name: 'John Kerry',
  type: 'PER',
  aliases: ['John Kerry', 'Kerry'],
  role: 'secretary of state',
  context: ['Sergei Lavrov', 'Moscow'],
};
const jordan: DisambiguationInput = {
  name: 'Jordan',
  type: 'LOC',
  aliases: ['Jordan'],
  context: ['Lebanon', 'Israel', 'Syria'],
  atlas: { name: 'Jordan', kind: 'country' },
};

describe('planTitle', () => {
  it.each<[string, DisambiguationInput, string, RegExp]>([
    ['Kerry → John Kerry', kerry, 'John Kerry', /full name "John Kerry" from the short form "Kerry"/],
    ['Putin as written', { name: 'Vladimir Putin', type: 'PER', aliases: ['Vladimir Putin'], context: [] }, 'Vladimir Putin', /as the article writes it/],
    ['Jordan the country', jordan, 'Jordan', /a country in the atlas; named with Lebanon, Israel, Syria/],
    ['U.S. → United States', { name: 'U.S.', type: 'LOC', aliases: ['U.S.'], context: [], atlas: { name: 'United States', kind: 'country' } }, 'United States', /alias/],
    ['Georgia next to Atlanta', { name: 'Georgia', type: 'LOC', aliases: ['Georgia'], context: ['Atlanta'], contextCountries: ['United States'], atlas: { name: 'Georgia', kind: 'country' } }, 'Georgia (U.S. state)', /other places are in United States/],
    ['Georgia next to Tbilisi', { name: 'Georgia', type: 'LOC', aliases: ['Georgia'], context: ['Tbilisi'], contextCountries: ['Georgia'], atlas: { name: 'Georgia', kind: 'country' } }, 'Georgia (country)', /usual sense/],
    ['Geneva the city, by its English name', { name: 'Geneva', type: 'LOC', aliases: ['Geneva'], context: [], atlas: { name: 'Genève', kind: 'city', country: 'Switzerland' } }, 'Geneva', /city in the atlas \(Switzerland\)/],
    // From the disambiguation table (lib/knowledge/DISAMBIGUATION.md), wapo-1:
    ['Washington, whose atlas name is "Washington, D.C.", is still a known ambiguous name', { name: 'Washington', type: 'LOC', aliases: ['Washington'], context: ['Josh Earnest'], contextCountries: ['United States'], atlas: { name: 'Washington, D.C.', kind: 'city', country: 'United States' } }, 'Washington, D.C.', /ambiguous place; no context points elsewhere/],
    ['New York the city asks for "New York City", not the state', { name: 'New York', type: 'LOC', aliases: ['New York'], context: ['Paris'], atlas: { name: 'New York City', kind: 'city', country: 'United States' } }, 'New York City', /by its fuller name "New York City"/],
    ['a dateline in capitals asks for the title-cased city', { name: 'CAIRO', type: 'LOC', aliases: ['CAIRO'], context: [], atlas: { name: 'Cairo', kind: 'city', country: 'Egypt' } }, 'Cairo', /city in the atlas \(Egypt\) \("CAIRO" in title case\)/],
    ['a byline in capitals asks for the title-cased name', { name: 'LAURIE OAKES', type: 'PER', aliases: ['LAURIE OAKES'], context: [] }, 'Laurie Oakes', /in title case/],
  ])('%s', (_, input, title, reason) => {
    const plan = planTitle(input);
    expect(plan.title).toBe(title);
    expect(plan.reason).toMatch(reason);
  });

  it('adds the role and the co-mentioned names to the search query', () => {
    expect(planTitle(kerry).searchQuery).toBe('John Kerry secretary of state Sergei Lavrov Moscow');
    expect(planTitle({ ...jordan, contextCountries: [] }).searchQuery).toBe('Jordan Lebanon Israel');
  });
});

describe('pickCandidate', () => {
  it('picks John Kerry from the "Kerry" disambiguation page when only the surname is known', () => {
    const input: DisambiguationInput = { ...kerry, name: 'Kerry', aliases: ['Kerry'] };
    const links = ['County Kerry', 'Kerry (name)', 'Kerry Group', 'John Kerry', 'Kerry Katona'].map((title) => ({ title }));
    expect(pickCandidate(input, links)).toEqual({ title: 'John Kerry', reason: 'contains the name; a full name ending in the surname' });
  });

  it('prefers a person whose description shares role words', () => {
    const input: DisambiguationInput = { ...kerry, name: 'Kerry', aliases: ['Kerry'] };
    const hits = [
      { title: 'Kerry King', description: 'American guitarist (born 1964)' },
      { title: 'John Kerry', description: 'American politician, 68th secretary of state' },
    ];
    expect(pickCandidate(input, hits)?.title).toBe('John Kerry');
    expect(pickCandidate(input, hits)?.reason).toMatch(/role words: secretary, state/);
  });

  it('picks the country Jordan over Michael Jordan for a place named with Lebanon and Israel', () => {
    const hits = [
      { title: 'Michael Jordan', description: 'American basketball player (born 1963)' },
      { title: 'Jordan', description: 'Country in West Asia' },
      { title: 'Jordan River', description: 'River in the Middle East' },
    ];
    const ranked = rankCandidates(jordan, hits);
    expect(ranked.map((r) => r.title)).toEqual(['Jordan', 'Jordan River', 'Michael Jordan']);
    expect(ranked.at(-1)?.cues).toContain('a person, not a place');
  });

  it('picks the U.S. state for Georgia next to Atlanta', () => {
    const input: DisambiguationInput = { name: 'Georgia', type: 'LOC', aliases: ['Georgia'], context: ['Atlanta'], contextCountries: ['United States'] };
    const links = ['Georgia (country)', 'Georgia (U.S. state)', 'Georgia (name)'].map((title) => ({ title }));
    expect(pickCandidate(input, links)?.title).toBe('Georgia (U.S. state)');
  });

  it('never takes a lone given name for the person who has it ("Bill" is not Bill Shorten)', () => {
    const bill: DisambiguationInput = { name: 'Bill', type: 'PER', aliases: ['Bill'], context: ['Bill Shorten', 'Tony Abbott'] };
    const hits = [
      { title: 'Bill Shorten', description: 'Australian politician (born 1967)' },
      { title: 'Bill (law)', description: 'Proposed law under consideration by a legislature' },
    ];
    expect(pickCandidate(bill, hits.slice(0, 1))).toBeNull();
    expect(rankCandidates(bill, hits).find((c) => c.title === 'Bill Shorten')?.cues).toEqual(['the name is only a given name there']);
    // (The article's "Bill" is a data retention bill the recogniser took for a person: the same-name page wins.)
    expect(pickCandidate(bill, hits)?.title).toBe('Bill (law)');
    // A surname alone still finds the full name that ends in it.
    expect(pickCandidate({ ...bill, name: 'Shorten', aliases: ['Shorten'] }, hits)?.title).toBe('Bill Shorten');
  });

  it('does not guess between equally good candidates (a bare "Abbott")', () => {
    const abbott: DisambiguationInput = { name: 'Abbott', type: 'PER', aliases: ['Abbott'], context: [] };
    const links = ['Abbott (surname)', 'Abbott Laboratories', 'Tony Abbott', 'Greg Abbott', 'Diane Abbott', 'Abbott, Texas'].map((title) => ({ title }));
    expect(pickCandidate(abbott, links)).toBeNull();
    expect(rankCandidates(abbott, links).filter((c) => c.points > 0).map((c) => c.title)).toEqual(['Tony Abbott', 'Greg Abbott', 'Diane Abbott']);
    // A role the article gives breaks the tie.
    const premier = { ...abbott, role: 'prime minister' };
    expect(pickCandidate(premier, [...links.slice(0, 3), { title: 'Tony Abbott', description: 'Prime Minister of Australia from 2013 to 2015' }])?.title).toBe('Tony Abbott');
  });

  it('returns null when nothing carries the name', () => {
    expect(pickCandidate(kerry, [{ title: 'Sergei Lavrov' }])).toBeNull();
  });
});

describe('titleCase', () => {
  it.each([
    ['CAIRO', 'Cairo'],
    ['NEW YORK', 'New York'],
    ['LAURIE', 'Laurie'],
    ['US', 'US'],
    ['U.S.', 'U.S.'],
    ['UAE', 'UAE'],
    ['McCartney', 'McCartney'],
    ['Bashar al-Assad', 'Bashar al-Assad'],
  ])('%s → %s', (name, title) => expect(titleCase(name)).toBe(title));
});

describe('fitsType', () => {
  it.each<[DisambiguationInput['type'], string | undefined, boolean]>([
    ['PER', 'American politician and diplomat (born 1943)', true],
    ['PER', 'County in Ireland', false],
    ['PER', 'President of Russia (2000–2008, since 2012)', true],
    ['LOC', 'Country in West Asia', true],
    ['LOC', 'American basketball player (born 1963)', false],
    ['LOC', 'Capital and largest city of Russia', true],
    ['LOC', undefined, true],
  ])('%s / %s → %s', (type, description, fits) => expect(fitsType(type, description)).toBe(fits));
});
