import type { ComponentChildren } from 'preact';
import type { EntityProfile } from '../lib/entities/types';

export interface EntityCardProps {
  profile: EntityProfile;
  /** Display names of other entities, for the "alongside" line. */
  nameOf: (entityId: string) => string | undefined;
  /** Further sections (history, atlas, Wikipedia), shown after what the article says. */
  children?: ComponentChildren;
  /** Heading level id, so the card's container can point `aria-labelledby` at it. */
  headingId?: string;
}

const TYPE_LABEL = { PER: 'Person', LOC: 'Place' } as const;
/** A card is a glance: the first few quotes, and a count of the rest. */
const MAX_QUOTES = 3;

/** The background card for one entity: who or what it is, and what this article says of it. Text only. */
export function EntityCard({ profile, nameOf, children, headingId }: EntityCardProps) {
  const others = (profile.alongside ?? []).map(nameOf).filter((n): n is string => Boolean(n));
  const times = profile.mentionCount === 1 ? 'once' : `${profile.mentionCount} times`;
  return (
    <article class={`bs-card bs-${profile.type.toLowerCase()}`}>
      <header class="bs-head">
        <span class="bs-type">{TYPE_LABEL[profile.type]}</span>
        <h2 class="bs-name" id={headingId}>
          {profile.name}
        </h2>
        {profile.role && <p class="bs-role">{profile.role}</p>}
      </header>
      <section class="bs-section" aria-label="In this article">
        <p class="bs-meta">Mentioned {times} in this article{profile.aliases.length > 1 ? `, as ${profile.aliases.join(', ')}` : ''}.</p>
        <blockquote class="bs-first">{profile.firstSentence}</blockquote>
        {profile.quotes && profile.quotes.length > 0 && (
          <div class="bs-quotes">
            <h3>What {profile.type === 'PER' ? 'they said' : 'was said'}</h3>
            <ul>
              {profile.quotes.slice(0, MAX_QUOTES).map((q) => (
                <li key={q}>“{q}”</li>
              ))}
            </ul>
            {profile.quotes.length > MAX_QUOTES && (
              <p class="bs-small">and {profile.quotes.length - MAX_QUOTES} more in the article</p>
            )}
          </div>
        )}
        {others.length > 0 && <p class="bs-alongside">Alongside: {others.join(', ')}</p>}
      </section>
      {children}
    </article>
  );
}
