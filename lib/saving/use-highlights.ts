/**
 * The saved-highlight state of an extension page (popup, full-page view): this page's list and orphans, all
 * highlights grouped by article, search, edit, delete with undo, export and import. Talks to the background
 * (which alone opens the database) and tells the open tab to repaint after a change.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { checkImportSize } from '../export/limits';
import { sendToBackground, sendToTab } from '../messaging/send';
import { groupByArticle } from '../storage/articles';
import { requestPersistence } from '../storage/persistence';
import type { ArticleGroup, HighlightEdit, SavedHighlight } from '../storage/types';
import { downloadFile } from './download';
import { LIST_LIMIT, type ExportFormat } from './protocol';

export interface Notice {
  kind: 'info' | 'error';
  text: string;
}

export interface HighlightsModel {
  /** This page's highlights in page order; null while unknown or when there is no page. */
  page: SavedHighlight[] | null;
  /** All highlights (or the search results) grouped by article, newest first. */
  groups: ArticleGroup[];
  total: number;
  orphans: ReadonlySet<string>;
  query: string;
  /** The last deleted highlight, until undone or dismissed. */
  deleted: SavedHighlight | null;
  notice: Notice | null;
}

export interface HighlightsTarget {
  /** The article's tab, when one is open. */
  tabId?: number;
  /** Its URL (from the content script's page state). */
  pageUrl?: string;
}

export function useHighlights({ tabId, pageUrl }: HighlightsTarget) {
  const [model, setModel] = useState<HighlightsModel>({ page: null, groups: [], total: 0, orphans: new Set(), query: '', deleted: null, notice: null });
  const patch = (next: Partial<HighlightsModel>) => setModel((m) => ({ ...m, ...next }));
  const notify = (notice: Notice | null) => patch({ notice });

  const refresh = useCallback(
    async (query = model.query) => {
      const [all, page, state] = await Promise.all([
        sendToBackground('listAllHighlights', { limit: LIST_LIMIT }),
        pageUrl ? sendToBackground('listHighlights', { url: pageUrl }) : Promise.resolve(null),
        tabId !== undefined ? sendToTab(tabId, 'getSavedState', {}) : Promise.resolve(null),
      ]);
      if (!all.ok) return notify({ kind: 'error', text: all.error });
      const orphans = new Set(all.value.orphans);
      // The open page knows best which of its highlights it could not place.
      if (state?.ok) {
        for (const id of state.value.placed) orphans.delete(id);
        for (const id of state.value.orphans) orphans.add(id);
      }
      let groups = all.value.groups;
      if (query.trim()) {
        const found = await sendToBackground('searchHighlights', { query });
        groups = found.ok ? groupByArticle(found.value) : [];
      }
      const total = all.value.total;
      patch({ groups, total, orphans, query, page: page?.ok ? page.value : null });
    },
    [tabId, pageUrl, model.query],
  );

  useEffect(() => {
    void refresh();
    // A good moment to ask the browser to keep the data: the reader opened their highlights.
    void requestPersistence();
  }, [tabId, pageUrl]);

  /** Repaints the article's tab; from the full-page view (no tab), every tab whose page may hold the highlight. */
  const changed = async () => {
    const tabs = tabId !== undefined ? [tabId] : (await browser.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id]));
    // A tab without Backstory simply does not answer.
    await Promise.all(tabs.map((id) => sendToTab(id, 'highlightsChanged', {})));
    await refresh();
  };

  return {
    model,
    search: (query: string) => void refresh(query),
    reveal: (id: string) => tabId !== undefined && void sendToTab(tabId, 'revealHighlight', { id }),
    edit: async (id: string, edit: HighlightEdit) => {
      const reply = await sendToBackground('updateHighlight', { id, edit });
      notify(reply.ok ? null : { kind: 'error', text: reply.error });
      await changed();
    },
    remove: async (id: string) => {
      const reply = await sendToBackground('deleteHighlight', { id });
      if (!reply.ok) return notify({ kind: 'error', text: reply.error });
      patch({ deleted: reply.value, notice: null });
      await changed();
    },
    undo: async () => {
      const highlight = model.deleted;
      if (!highlight) return;
      const reply = await sendToBackground('restoreHighlight', { highlight });
      patch({ deleted: null, notice: reply.ok ? null : { kind: 'error', text: reply.error } });
      await changed();
    },
    dismissUndo: () => patch({ deleted: null }),
    exportAs: async (format: ExportFormat, scope: 'page' | 'all') => {
      const reply = await sendToBackground('exportHighlights', scope === 'page' && pageUrl ? { format, url: pageUrl } : { format });
      if (!reply.ok) return notify({ kind: 'error', text: `Export failed: ${reply.error}` });
      downloadFile(reply.value);
      notify({ kind: 'info', text: `Exported ${reply.value.count} highlights to ${reply.value.fileName}.` });
    },
    importFile: async (file: File) => {
      const tooBig = checkImportSize(file.size);
      if (tooBig) return notify({ kind: 'error', text: `${file.name}: ${tooBig}` });
      const reply = await sendToBackground('importHighlights', { text: await file.text() });
      if (!reply.ok) return notify({ kind: 'error', text: `${file.name} was not imported, and nothing was changed. ${reply.error}` });
      const { added, skipped } = reply.value;
      notify({ kind: 'info', text: `Imported ${added} highlights from ${file.name}${skipped ? ` (${skipped} already here, skipped)` : ''}.` });
      await changed();
    },
  };
}

export type HighlightsController = ReturnType<typeof useHighlights>;
