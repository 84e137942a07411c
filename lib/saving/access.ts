/**
 * Who may ask the background what about saved highlights. Pure: decided from the browser-set sender only.
 * The browser fills `sender.url`/`sender.tab`; a content script cannot forge them, while anything in `data`
 * can be whatever a compromised page made its content script send. So a tab's page URL comes from the sender.
 */
import type { HighlightMessages } from './protocol';

/** The parts of a runtime.MessageSender the rules read. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export type Caller = { kind: 'extension' } | { kind: 'tab'; url: string };

/** What a content script may do: its own page's highlights, nothing else. */
const TAB_ALLOWED: ReadonlySet<keyof HighlightMessages> = new Set(['saveHighlight', 'listHighlights', 'reportAnchoring']);

/**
 * Classifies a sender. `extensionBase` is `browser.runtime.getURL('/')`. An extension page is recognised by its
 * URL (popup, full-page view, options; in a tab or not); a content script by its tab and frame URL.
 */
export function callerOf(sender: SenderInfo, extensionId: string, extensionBase: string): Caller | null {
  if (sender.id !== extensionId) return null;
  if (sender.url?.startsWith(extensionBase)) return { kind: 'extension' };
  const url = sender.url ?? sender.tab?.url;
  if (sender.tab?.id !== undefined && url && /^https?:/.test(url)) return { kind: 'tab', url };
  return null;
}

/** Null when `caller` may send `type`, else why not. */
export function refusal(caller: Caller | null, type: keyof HighlightMessages): string | null {
  if (!caller) return 'sender not allowed';
  if (caller.kind === 'extension' || TAB_ALLOWED.has(type)) return null;
  return `${type} comes from the extension's pages only`;
}
