import '../../lib/highlighting/highlights.css';
import { browser, defineContentScript } from '#imports';
import { contentChecks } from '../../lib/messaging/validate';
import { createListener } from '../../lib/messaging/handle';
import type { ContentProtocol } from '../../lib/messaging/protocol';
import { sendToBackground } from '../../lib/messaging/send';
import { createPageSession } from '../../lib/page/session';
import { mountSavedHighlights } from '../../lib/saving/mount';
import { DEFAULT_SETTINGS, offReason, readSettings, settingsItem, type Settings } from '../../lib/settings/settings';

/** After an SPA navigation, the new article usually renders within this time. */
const SPA_SETTLE_MS = 600;

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main(ctx) {
    let settings: Settings = await readSettings();
    const session = createPageSession((text, url, title) => sendToBackground('analyseArticle', { text, url, title }), {
      parse: (html) => sendToBackground('parseArticle', { html }),
      types: () => settings.highlightTypes,
      // Wikipedia too: a card opens only on dwell or from the keyboard, never for every name on load.
      loadSections: (entityId, url, entities) => sendToBackground('getCard', { entityId, url, entities, wikipedia: true }),
    });
    /** Runs or stops Backstory as the settings say; `restart` re-reads the page even if it was read already. */
    const apply = (next: Settings, restart = false) => {
      const typesChanged = next.highlightTypes.join() !== settings.highlightTypes.join();
      settings = next;
      const reason = offReason(settings, location.hostname);
      if (reason) session.stop(reason);
      else if (restart || typesChanged || (session.state().status !== 'ready' && session.state().status !== 'reading')) void session.start();
    };

    const saved = mountSavedHighlights(ctx);
    const listener = createListener<ContentProtocol>(
      {
        ...saved.handlers,
        getPageState: () => session.state(),
        revealEntity: ({ entityId }) => session.reveal(entityId),
        stepName: ({ direction }) => session.step(direction),
      },
      { checks: contentChecks, acceptSender: (sender) => sender.id === browser.runtime.id },
    );
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));

    ctx.onInvalidated(settingsItem.watch((next) => apply({ ...DEFAULT_SETTINGS, ...next })));
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      session.stop('reading');
      ctx.setTimeout(async () => apply(await readSettings(), true), SPA_SETTLE_MS);
    });
    ctx.onInvalidated(() => session.stop());

    apply(settings, true);
  },
});
