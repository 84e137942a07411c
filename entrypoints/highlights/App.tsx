import { useState } from 'preact/hooks';
import { ExportImport } from '../../components/ExportImport';
import { HighlightFiltersBar } from '../../components/HighlightFiltersBar';
import { HighlightGroups } from '../../components/HighlightList';
import { UndoBar } from '../../components/UndoBar';
import { filterChoices, filterGroups, NO_FILTERS } from '../../lib/saving/filter';
import { useHighlights } from '../../lib/saving/use-highlights';

/** The full-page view of all saved highlights: search, filters, edit, delete with undo, export and import. */
export function App() {
  const saved = useHighlights({});
  const [filters, setFilters] = useState(NO_FILTERS);
  const { model } = saved;
  const { sites, tags } = filterChoices(model.groups);
  const groups = filterGroups(model.groups, filters, model.orphans);
  return (
    <main class="bs-page">
      <header>
        <h1>Your highlights</h1>
        <p class="bs-article-meta">{model.total} saved, on this device only.</p>
      </header>
      <input
        class="bs-search"
        type="search"
        aria-label="Search highlights"
        placeholder="Search quotes, notes, tags, titles, sites"
        value={model.query}
        onInput={(e) => saved.search(e.currentTarget.value)}
      />
      <HighlightFiltersBar filters={filters} sites={sites} tags={tags} onChange={setFilters} />
      {model.notice && (
        <p class={`bs-notice bs-notice-${model.notice.kind}`} role={model.notice.kind === 'error' ? 'alert' : 'status'}>
          {model.notice.text}
        </p>
      )}
      <ExportImport pageScope={false} onExport={(f) => void saved.exportAs(f, 'all')} onImport={(file) => void saved.importFile(file)} />
      {model.deleted && <UndoBar text="Highlight deleted." onUndo={() => void saved.undo()} onDismiss={saved.dismissUndo} />}
      {groups.length ? (
        <HighlightGroups groups={groups} orphans={model.orphans} onEdit={(id, e) => void saved.edit(id, e)} onDelete={(id) => void saved.remove(id)} />
      ) : (
        <p class="bs-state" data-state="no-highlights">{model.total ? 'Nothing matches.' : 'No saved highlights yet.'}</p>
      )}
    </main>
  );
}
