import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** Fixed add-on id for Firefox, so that tests can pin the moz-extension:// UUID. */
export const GECKO_ID = 'backstory@backstory.invalid';

export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description: 'The story behind the names in the news you read: people and places, highlighted, with background cards.',
    // `offscreen` (Chrome only): Readability runs on a copy of the page in an offscreen document, because the
    // service worker has no DOM and the page's main thread should not pay for it.
    permissions: ['storage', 'activeTab', 'contextMenus', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // The background asks Wikipedia's REST API for card summaries (on dwell, or for the popup's entry), with an
    // Api-User-Agent header. A custom base URL (a mirror, the tests' 127.0.0.1 fixture) needs no permission when it
    // answers CORS, as the fixture does; so no broader host access is requested.
    host_permissions: ['https://*.wikipedia.org/*'],
    commands: {
      'next-name': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: "Move to the article's next person or place and open its card",
      },
      'save-highlight': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the selected text as a highlight',
      },
    },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: GECKO_ID } } } : {}),
  }),
});
