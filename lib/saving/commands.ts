/**
 * Background wiring for saving: the database opened lazily (once), the "Save highlight" context menu and the
 * `save-highlight` keyboard command. Both only tell the tab to save its selection: the page does the anchoring.
 */
import { browser } from '#imports';
import { sendToTab } from '../messaging/send';
import { createHighlightStore, type HighlightStore } from '../storage/highlight-store';
import { requestPersistence } from '../storage/persistence';
import { openBackstoryDb } from '../storage/schema';

export const SAVE_MENU_ID = 'backstory-save-highlight';
export const SAVE_COMMAND = 'save-highlight';

/** A getter for the one store of this service-worker lifetime; a failed open is retried on the next call. */
export function openHighlightStore(): () => Promise<HighlightStore> {
  let pending: Promise<HighlightStore> | null = null;
  return () => {
    pending ??= openBackstoryDb().then((db) => {
      // The database closes itself for an upgrade or a deletion elsewhere: open it afresh next time.
      const forget = () => (pending = null);
      db.addEventListener('versionchange', forget);
      db.addEventListener('close', forget);
      return createHighlightStore(db);
    });
    pending.catch(() => (pending = null));
    return pending;
  };
}

/** Registers the context menu (at install) and the listeners for it and the keyboard command. */
export function setUpSaveCommands(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: SAVE_MENU_ID, title: 'Save highlight', contexts: ['selection'] }, () => {
      // Reading lastError marks a duplicate id (an update) as handled.
      void browser.runtime.lastError;
    });
    // The extension origin's data should survive disk pressure; Chromium grants this to extensions.
    void requestPersistence();
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_MENU_ID && tab?.id !== undefined) void sendToTab(tab.id, 'saveSelection', {});
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== SAVE_COMMAND) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId !== undefined) await sendToTab(tabId, 'saveSelection', {});
  });
}
