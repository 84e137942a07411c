/**
 * The background's handlers for saved highlights, spread into its one listener. Every handler first checks
 * the caller (access.ts); a content script's page URL comes from the sender, never from the data. Writes
 * answer only after the store's transaction is durable.
 */
import type { Browser } from 'wxt/browser';
import { parseImportFile } from '../export/import-file';
import type { Handlers } from '../messaging/handle';
import type { Result } from '../messaging/result';
import type { HighlightStore } from '../storage/highlight-store';
import { newHighlight, normaliseUrl } from '../storage/types';
import { callerOf, refusal, type Caller } from './access';
import { exportFile } from './export-file';
import { forgetOrphan, orphansItem, recordAnchoring } from './orphans';
import type { HighlightMessages } from './protocol';

export interface HighlightHandlerOptions {
  /** Opened lazily, once (see openBackstoryDb). */
  store: () => Promise<HighlightStore>;
  extensionId: string;
  /** browser.runtime.getURL('/'). */
  extensionBase: string;
  now?: () => Date; // Test seam.
}

type Sender = Browser.runtime.MessageSender;

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

export function createHighlightHandlers(options: HighlightHandlerOptions): Handlers<HighlightMessages> {
  const now = options.now ?? (() => new Date());
  /** The caller, or a thrown refusal (the listener turns it into an error reply). */
  const allow = (sender: Sender, type: keyof HighlightMessages): Caller => {
    const caller = callerOf(sender, options.extensionId, options.extensionBase);
    const why = refusal(caller, type);
    if (why || !caller) throw new Error(why ?? 'sender not allowed');
    return caller;
  };

  return {
    saveHighlight: async ({ draft }, sender) => {
      const caller = allow(sender, 'saveHighlight');
      const url = caller.kind === 'tab' ? normaliseUrl(caller.url) : draft.url;
      return value(await (await options.store()).save(newHighlight({ ...draft, url }, now())));
    },
    updateHighlight: async ({ id, edit }, sender) => {
      allow(sender, 'updateHighlight');
      return value(await (await options.store()).update(id, edit));
    },
    deleteHighlight: async ({ id }, sender) => {
      allow(sender, 'deleteHighlight');
      const removed = value(await (await options.store()).remove(id));
      await forgetOrphan(id);
      return removed;
    },
    restoreHighlight: async ({ highlight }, sender) => {
      allow(sender, 'restoreHighlight');
      return value(await (await options.store()).restore(highlight));
    },
    listHighlights: async ({ url }, sender) => {
      const caller = allow(sender, 'listHighlights');
      const page = caller.kind === 'tab' ? caller.url : url;
      if (page === undefined) throw new Error('listHighlights needs a url');
      return (await options.store()).listByUrl(page);
    },
    listAllHighlights: async ({ limit }, sender) => {
      allow(sender, 'listAllHighlights');
      const store = await options.store();
      const [groups, total, orphans] = await Promise.all([store.listAll(limit), store.count(), orphansItem.getValue()]);
      return { groups, total, orphans };
    },
    searchHighlights: async ({ query }, sender) => {
      allow(sender, 'searchHighlights');
      return (await options.store()).search(query);
    },
    exportHighlights: async ({ format, url }, sender) => {
      allow(sender, 'exportHighlights');
      const highlights = await (await options.store()).exportAll(url);
      return exportFile(highlights, format, now(), url === undefined ? undefined : (highlights[0]?.title ?? 'page'));
    },
    importHighlights: async ({ text }, sender) => {
      allow(sender, 'importHighlights');
      const batch = parseImportFile(text, now());
      if (!batch.ok) throw new Error(batch.error);
      const summary = value(await (await options.store()).importAll(batch.value.highlights));
      return { ...summary, format: batch.value.format };
    },
    reportAnchoring: async ({ placed, orphans }, sender) => {
      const caller = allow(sender, 'reportAnchoring');
      // Only this page's own highlights: from a tab, its URL; from an extension page, any.
      const store = await options.store();
      const ids = caller.kind === 'tab' ? (await store.listByUrl(caller.url)).map((h) => h.id) : [...placed, ...orphans];
      await recordAnchoring(new Set(ids), placed, orphans);
      return true;
    },
  };
}
