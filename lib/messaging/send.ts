/** Typed senders. Each resolves to a `Result`, including when the receiver is missing or the channel fails. */
import { browser } from 'wxt/browser';
import { fail, type Result } from './result';
import type { BackgroundProtocol, ContentProtocol, DataOf, ReplyOf } from './protocol';

function settle<T>(reply: unknown): Result<T> {
  if (typeof reply === 'object' && reply !== null && 'ok' in reply) return reply as Result<T>;
  return fail('no reply');
}

export async function sendToBackground<K extends keyof BackgroundProtocol>(
  type: K,
  data: DataOf<BackgroundProtocol, K>,
): Promise<Result<ReplyOf<BackgroundProtocol, K>>> {
  try {
    return settle(await browser.runtime.sendMessage({ type, data }));
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

export async function sendToTab<K extends keyof ContentProtocol>(
  tabId: number,
  type: K,
  data: DataOf<ContentProtocol, K>,
): Promise<Result<ReplyOf<ContentProtocol, K>>> {
  try {
    return settle(await browser.tabs.sendMessage(tabId, { type, data }));
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}
