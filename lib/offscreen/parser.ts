/**
 * Where the background runs DOM work. Firefox's background page has a DOM, so Readability runs there directly;
 * Chrome's service worker has none, so it asks the extension's offscreen document, creating it on first use.
 * Either way the page's main thread does none of it.
 */
import { browser } from 'wxt/browser';
import { parseArticle, type ParsedArticle } from '../extraction/parse-article';

const OFFSCREEN_PATH = '/offscreen.html';

export type ArticleParser = (html: string) => Promise<ParsedArticle>;

export function createArticleParser(): ArticleParser {
  if (typeof DOMParser === 'function') return async (html) => parseArticle(html);
  let creating: Promise<void> | null = null;

  async function ensureDocument(): Promise<void> {
    const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
    if (contexts.length) return;
    creating ??= browser.offscreen
      .createDocument({
        url: browser.runtime.getURL(OFFSCREEN_PATH),
        reasons: ['DOM_PARSER'],
        justification: "Run Readability on a copy of the page, off the page's main thread",
      })
      .catch((error: unknown) => {
        // Another caller created it between our check and our call: that is fine.
        if (!String(error).includes('single offscreen')) throw error;
      })
      .finally(() => (creating = null));
    await creating;
  }

  return async (html) => {
    await ensureDocument();
    const reply = (await browser.runtime.sendMessage({ type: 'offscreenParseArticle', data: { html } })) as
      | { ok: true; value: ParsedArticle }
      | { ok: false; error: string }
      | undefined;
    if (!reply) throw new Error('the offscreen document did not answer');
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  };
}
