import type { EntityType, Mention } from '../../lib/entities/types';

/** One entity for `mentionsByName`: its id, type and every surface form, in any order. */
export interface NamedEntity {
  id: string;
  type: EntityType;
  names: string[];
}

/**
 * Builds mentions by plain string search for whole-word names, longest form first and never overlapping, so tests
 * of the knowledge sources don't depend on the recogniser.
 */
export function mentionsByName(text: string, entities: readonly NamedEntity[]): Mention[] {
  const forms = entities
    .flatMap((e) => e.names.map((name) => ({ name, e })))
    .sort((a, b) => b.name.length - a.name.length);
  const taken: Mention[] = [];
  for (const { name, e } of forms) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))) {
      const start = m.index;
      const end = start + name.length;
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      taken.push({ start, end, type: e.type, entityId: e.id });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** The seed article's people and places, as the recogniser would link them. */
export const SEED_ENTITIES: NamedEntity[] = [
  { id: 'kerry', type: 'PER', names: ['John Kerry', 'Kerry'] },
  { id: 'lavrov', type: 'PER', names: ['Sergei Lavrov', 'Lavrov'] },
  { id: 'putin', type: 'PER', names: ['Vladimir Putin', 'Putin'] },
  { id: 'assad', type: 'PER', names: ['Bashar al-Assad', 'Assad'] },
  { id: 'obama', type: 'PER', names: ['Obama'] },
  { id: 'syria', type: 'LOC', names: ['Syria'] },
  { id: 'moscow', type: 'LOC', names: ['Moscow'] },
  { id: 'geneva', type: 'LOC', names: ['Geneva'] },
  { id: 'russia', type: 'LOC', names: ['Russia'] },
  { id: 'us', type: 'LOC', names: ['United States', 'U.S.', 'US'] },
  { id: 'israel', type: 'LOC', names: ['Israel'] },
  { id: 'jordan', type: 'LOC', names: ['Jordan'] },
  { id: 'lebanon', type: 'LOC', names: ['Lebanon'] },
  { id: 'damascus', type: 'LOC', names: ['Damascus'] },
  { id: 'iraq', type: 'LOC', names: ['Iraq'] },
  { id: 'afghanistan', type: 'LOC', names: ['Afghanistan'] },
];
