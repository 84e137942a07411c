import { browser, defineBackground } from '#imports';
import { detect, loadRecogniser, profile } from '../lib/entities';
import { createKnowledgeService } from '../lib/knowledge/service';
import { createArticleParser } from '../lib/offscreen/parser';
import { createListener } from '../lib/messaging/handle';
import type { BackgroundProtocol } from '../lib/messaging/protocol';
import { sendToTab } from '../lib/messaging/send';
import { backgroundChecks } from '../lib/messaging/validate';
import { readSettings } from '../lib/settings/settings';
import { createHighlightHandlers } from '../lib/saving/handlers';
import { openHighlightStore, setUpSaveCommands } from '../lib/saving/commands';

export default defineBackground(() => {
  // Decode the recogniser's weights once, at start, so the first article does not wait for it.
  loadRecogniser();
  const knowledge = createKnowledgeService();
  const parseArticle = createArticleParser();
  void knowledge.prune().catch((error: unknown) => console.warn('Backstory: pruning the cache failed', error));

  /** This extension's own pages (popup, options), whether in a tab or not. */
  const extensionPage = (url: string | undefined) => Boolean(url?.startsWith(browser.runtime.getURL('/')));

  browser.runtime.onMessage.addListener(
    createListener<BackgroundProtocol>(
      {
        parseArticle: async ({ html }, sender) => {
          if (sender.tab?.id === undefined) throw new Error('parseArticle comes from a tab');
          return parseArticle(html);
        },
        analyseArticle: async ({ text, url, title }, sender) => {
          if (sender.tab?.id === undefined) throw new Error('analyseArticle comes from a tab');
          const mentions = detect(text);
          const entities = profile(text, mentions);
          const settings = await readSettings();
          // History is a side effect: its failure must not cost the page its highlights.
          void knowledge.indexArticle({ url, title }, entities, settings).catch((error: unknown) => console.warn('Backstory: history', error));
          return { mentions, entities };
        },
        getCard: async ({ entityId, url, entities, wikipedia }) =>
          knowledge.card(entityId, url, entities, wikipedia, await readSettings()),
        clearHistory: async (_data, sender) => {
          // The browser sets sender.url; a content script cannot claim an extension page's URL.
          if (!extensionPage(sender.url)) throw new Error('clearHistory comes from the extension pages');
          await knowledge.clearHistory();
          return true;
        },
        ...createHighlightHandlers({ store: openHighlightStore(), extensionId: browser.runtime.id, extensionBase: browser.runtime.getURL('/') }),
      },
      // Only this extension's own content scripts (in a tab) and its own pages may ask.
      {
        checks: backgroundChecks,
        acceptSender: (sender) => sender.id === browser.runtime.id && (sender.tab?.id !== undefined || extensionPage(sender.url)),
      },
    ),
  );

  setUpSaveCommands();

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'next-name') return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId !== undefined) await sendToTab(tabId, 'stepName', { direction: 1 });
  });
});
