import { browser } from 'wxt/browser';
import { parseArticle } from '../../lib/extraction/parse-article';
import { createListener } from '../../lib/messaging/handle';
import type { OffscreenProtocol } from '../../lib/messaging/protocol';
import { offscreenChecks } from '../../lib/messaging/validate';

// Only the background asks (no tab, and this extension's own id).
browser.runtime.onMessage.addListener(
  createListener<OffscreenProtocol>(
    { offscreenParseArticle: ({ html }) => parseArticle(html) },
    { checks: offscreenChecks, acceptSender: (sender) => sender.id === browser.runtime.id && sender.tab === undefined },
  ),
);
