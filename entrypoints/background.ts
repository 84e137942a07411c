import { browser, defineBackground } from '#imports';
import { detect, profile } from '../lib/entities';
import { createListener } from '../lib/messaging/handle';
import type { BackgroundProtocol } from '../lib/messaging/protocol';
import { sendToTab } from '../lib/messaging/send';
import { backgroundChecks } from '../lib/messaging/validate';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(
    createListener<BackgroundProtocol>(
      {
        analyseArticle: ({ text }) => {
          const mentions = detect(text);
          return { mentions, entities: profile(text, mentions) };
        },
      },
      // Only this extension's own content scripts, from a tab, may ask.
      { checks: backgroundChecks, acceptSender: (sender) => sender.id === browser.runtime.id && sender.tab?.id !== undefined },
    ),
  );

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'next-name') return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId !== undefined) await sendToTab(tabId, 'stepName', { direction: 1 });
  });
});
