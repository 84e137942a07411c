import type { EntityProfile } from '../lib/entities/types';
import { CardSections, type SectionsState } from './CardSections';
import { EntityCard } from './EntityCard';

export interface EntityListProps {
  entities: EntityProfile[];
  onReveal: (entityId: string) => void;
  /** Further sections of the entries opened so far, by entity id. */
  sections?: Record<string, SectionsState>;
  /** An entry was expanded: the caller fetches its sections. */
  onOpen?: (entityId: string) => void;
}

/** The article's people and places, grouped by type, most salient first, each with its card. */
export function EntityList({ entities, onReveal, sections = {}, onOpen }: EntityListProps) {
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const nameOf = (id: string) => names.get(id);
  const groups = [
    { type: 'PER', title: 'People' },
    { type: 'LOC', title: 'Places' },
  ] as const;
  return (
    <div class="bs-groups">
      {groups.map(({ type, title }) => {
        const members = entities.filter((e) => e.type === type);
        if (!members.length) return null;
        return (
          <section class="bs-group" key={type} aria-label={title}>
            <h2 class="bs-group-title">
              {title} <span class="bs-count">{members.length}</span>
            </h2>
            <ul class="bs-entities">
              {members.map((entity) => (
                <li key={entity.id} class="bs-entity" data-entity-id={entity.id}>
                  <details onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && onOpen?.(entity.id)}>
                    <summary>
                      <span class={`bs-dot bs-dot-${type.toLowerCase()}`} aria-hidden="true" />
                      <span class="bs-entity-name">{entity.name}</span>
                      <span class="bs-entity-count" aria-label={`${entity.mentionCount} mentions`}>
                        {entity.mentionCount}
                      </span>
                    </summary>
                    <EntityCard profile={entity} nameOf={nameOf}>
                      {sections[entity.id] && <CardSections state={sections[entity.id]!} />}
                    </EntityCard>
                    <button type="button" class="bs-reveal" onClick={() => onReveal(entity.id)}>
                      Show in page
                    </button>
                  </details>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
