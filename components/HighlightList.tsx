import type { ArticleGroup, HighlightEdit, SavedHighlight } from '../lib/storage/types';
import { HighlightItem } from './HighlightItem';

export interface HighlightActions {
  orphans: ReadonlySet<string>;
  onReveal?: (id: string) => void;
  onEdit: (id: string, edit: HighlightEdit) => void;
  onDelete: (id: string) => void;
}

/** A flat list (one page's highlights, in page order). */
export function HighlightList({ highlights, ...actions }: { highlights: readonly SavedHighlight[] } & HighlightActions) {
  return (
    <ul class="bs-hls">
      {highlights.map((h) => (
        <HighlightItem key={h.id} highlight={h} orphan={actions.orphans.has(h.id)} {...itemActions(actions)} />
      ))}
    </ul>
  );
}

/** Highlights grouped by article, newest first; each article's title links to it. */
export function HighlightGroups({ groups, ...actions }: { groups: readonly ArticleGroup[] } & Omit<HighlightActions, 'onReveal'>) {
  return (
    <div class="bs-articles">
      {groups.map((g) => (
        <section class="bs-article" key={g.url} aria-label={g.title || g.url} data-url={g.url}>
          <h3 class="bs-article-title">
            <a href={g.url} target="_blank" rel="noreferrer">{g.title || g.url}</a>
          </h3>
          <p class="bs-article-meta">
            {g.site} · {g.highlights.length} {g.highlights.length === 1 ? 'highlight' : 'highlights'} · {g.latest.slice(0, 10)}
          </p>
          <HighlightList highlights={g.highlights} {...actions} />
        </section>
      ))}
    </div>
  );
}

function itemActions(a: HighlightActions) {
  return { onEdit: a.onEdit, onDelete: a.onDelete, ...(a.onReveal ? { onReveal: a.onReveal } : {}) };
}
