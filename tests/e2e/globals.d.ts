import type { browser } from 'wxt/browser';

declare global {
  /** The extension API as code evaluated in the service worker sees it. */
  const chrome: typeof browser;
}
