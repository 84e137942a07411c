import '../../lib/highlighting/highlights.css';
import { browser, defineContentScript } from '#imports';
import { contentChecks } from '../../lib/messaging/validate';
import { createListener } from '../../lib/messaging/handle';
import type { ContentProtocol } from '../../lib/messaging/protocol';
import { sendToBackground } from '../../lib/messaging/send';
import { createPageSession } from '../../lib/page/session';
import { offReason, settingsItem, type Settings } from '../../lib/settings/settings';

/** After an SPA navigation, the new article usually renders within this time. */
const SPA_SETTLE_MS = 600;

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main(ctx) {
    const session = createPageSession((text, url) => sendToBackground('analyseArticle', { text, url }));
    /** Runs or stops Backstory as the settings say; `restart` re-reads the page even if it was read already. */
    const apply = (settings: Settings, restart = false) => {
      const reason = offReason(settings, location.hostname);
      const status = session.state().status;
      if (reason) session.stop(reason);
      else if (restart || (status !== 'ready' && status !== 'reading')) void session.start();
    };

    const listener = createListener<ContentProtocol>(
      {
        getPageState: () => session.state(),
        revealEntity: ({ entityId }) => session.reveal(entityId),
        stepName: ({ direction }) => session.step(direction),
      },
      { checks: contentChecks, acceptSender: (sender) => sender.id === browser.runtime.id },
    );
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));

    ctx.onInvalidated(settingsItem.watch((settings) => apply(settings)));
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      session.stop('reading');
      ctx.setTimeout(async () => apply(await settingsItem.getValue(), true), SPA_SETTLE_MS);
    });
    ctx.onInvalidated(() => session.stop());

    apply(await settingsItem.getValue(), true);
  },
});
