/**
 * Places written in several ways that are one place. Keys are the canonical names; every alias, the canonical
 * name included, maps to it. Kept short on purpose: the forms news text actually uses.
 */
const ALIASES: Record<string, string[]> = {
  'United States': ['US', 'U.S.', 'U.S', 'USA', 'U.S.A.', 'United States of America', 'America'],
  'United Kingdom': ['UK', 'U.K.', 'Britain', 'Great Britain'],
  'United Arab Emirates': ['UAE', 'U.A.E.'],
  'Soviet Union': ['USSR', 'U.S.S.R.'],
  'Democratic Republic of the Congo': ['DRC', 'DR Congo'],
  'New York City': ['NYC', 'N.Y.C.'],
  'South Korea': ['Republic of Korea'],
  'North Korea': ['DPRK'],
};

const CANONICAL = new Map<string, string>();
for (const [name, aliases] of Object.entries(ALIASES)) {
  CANONICAL.set(name.toLowerCase(), name);
  for (const alias of aliases) CANONICAL.set(alias.toLowerCase(), name);
}

/** The canonical name of a place ("U.S." and "the US" give "United States"); the name itself when it has none. */
export function canonicalPlace(surface: string): string {
  const bare = surface.replace(/^the\s+/i, '');
  return CANONICAL.get(bare.toLowerCase()) ?? bare;
}

/** Whether a surface form is one of the known multi-form places (and so certainly a place). */
export function isKnownPlaceAlias(surface: string): boolean {
  return CANONICAL.has(surface.replace(/^the\s+/i, '').toLowerCase());
}
