import type { ExportFormat } from '../lib/saving/protocol';
import type { HighlightsModel } from '../lib/saving/use-highlights';
import type { HighlightEdit } from '../lib/storage/types';
import { ExportImport } from './ExportImport';
import { HighlightGroups, HighlightList } from './HighlightList';
import { UndoBar } from './UndoBar';

export interface HighlightsPanelProps {
  view: 'page' | 'all';
  model: HighlightsModel;
  /** Why there is no page list (the content script did not answer), if so. */
  noPage?: string;
  onSearch: (query: string) => void;
  onReveal: (id: string) => void;
  onEdit: (id: string, edit: HighlightEdit) => void;
  onDelete: (id: string) => void;
  onUndo: () => void;
  onDismissUndo: () => void;
  onExport: (format: ExportFormat, scope: 'page' | 'all') => void;
  onImport: (file: File) => void;
  /** Where the full-page view is (a link at the foot), if shown. */
  fullViewUrl?: string;
  onOpenFullView?: () => void;
}

/** The popup's "This page" and "All highlights" tabs. */
export function HighlightsPanel(props: HighlightsPanelProps) {
  const { model, view } = props;
  const actions = { orphans: model.orphans, onEdit: props.onEdit, onDelete: props.onDelete };
  return (
    <div class="bs-highlights" data-view={view}>
      {view === 'all' && (
        <input
          class="bs-search"
          type="search"
          aria-label="Search highlights"
          placeholder="Search quotes, notes, tags, titles, sites"
          value={model.query}
          onInput={(e) => props.onSearch(e.currentTarget.value)}
        />
      )}
      {model.notice && (
        <p class={`bs-notice bs-notice-${model.notice.kind}`} role={model.notice.kind === 'error' ? 'alert' : 'status'}>
          {model.notice.text}
        </p>
      )}
      {view === 'page' ? pageList(props, actions) : allList(props, actions)}
      {model.deleted && <UndoBar text="Highlight deleted." onUndo={props.onUndo} onDismiss={props.onDismissUndo} />}
      <ExportImport pageScope={view === 'page' && model.page !== null} onExport={props.onExport} onImport={props.onImport} />
      {props.fullViewUrl && (
        <a
          class="bs-full-view"
          href={props.fullViewUrl}
          onClick={(e) => {
            if (!props.onOpenFullView) return;
            e.preventDefault();
            props.onOpenFullView();
          }}
        >
          Open all highlights in a tab
        </a>
      )}
    </div>
  );
}

type Actions = Parameters<typeof HighlightGroups>[0] extends infer P ? Omit<P, 'groups'> : never;

function pageList(props: HighlightsPanelProps, actions: Actions) {
  const { page } = props.model;
  if (page === null) return <p class="bs-state">{props.noPage ?? 'Looking at this tab…'}</p>;
  if (!page.length) {
    return <p class="bs-state" data-state="no-highlights">No saved highlights on this page yet. Select text, then press “Save highlight” (or Alt+Shift+S).</p>;
  }
  return <HighlightList highlights={page} {...actions} onReveal={props.onReveal} />;
}

function allList(props: HighlightsPanelProps, actions: Actions) {
  const { groups, query, total } = props.model;
  if (!total) return <p class="bs-state" data-state="no-highlights">No saved highlights yet.</p>;
  if (!groups.length) return <p class="bs-state">Nothing matches “{query}”.</p>;
  const shown = groups.reduce((n, g) => n + g.highlights.length, 0);
  return (
    <>
      {!query.trim() && shown < total && (
        <p class="bs-small" data-state="capped">The newest {shown} of {total}; search to find older ones.</p>
      )}
      <HighlightGroups groups={groups} {...actions} />
    </>
  );
}
