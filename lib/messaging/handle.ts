/**
 * Typed registration of message handlers. The listener checks the sender first, then the message's shape,
 * and answers with a `Result`; a handler's exception becomes an error reply, never an unhandled rejection.
 */
import type { Browser } from 'wxt/browser';
import { fail, ok, type Result } from './result';
import { isAddressedTo, readEnvelope } from './validate';
import type { DataOf, ReplyOf } from './protocol';

type Sender = Browser.runtime.MessageSender;
export type Handlers<P> = {
  [K in keyof P]: (data: DataOf<P, K>, sender: Sender) => ReplyOf<P, K> | Promise<ReplyOf<P, K>>;
};

export interface ListenerOptions<P> {
  checks: { [K in keyof P]: (data: unknown) => string | null };
  /** Decides whether a sender may talk to this receiver at all. */
  acceptSender: (sender: Sender) => boolean;
}

/**
 * Builds an `onMessage` listener. It calls `sendResponse` and returns true, the form both real browsers and
 * WXT's fake browser accept for asynchronous replies. A message of another protocol gets no answer at all, so the
 * context it is meant for (say, the offscreen document beside the popup) can answer it.
 */
export function createListener<P>(handlers: Handlers<P>, options: ListenerOptions<P>) {
  return (message: unknown, sender: Sender, sendResponse: (reply: Result<unknown>) => void): boolean => {
    if (!isAddressedTo(message, options.checks)) return false;
    void answer(message, sender).then(sendResponse);
    return true;
  };

  async function answer(message: unknown, sender: Sender): Promise<Result<unknown>> {
    if (!options.acceptSender(sender)) return fail('sender not allowed');
    const envelope = readEnvelope(message, options.checks);
    if (typeof envelope === 'string') return fail(envelope);
    try {
      const handler = handlers[envelope.type] as (data: unknown, sender: Sender) => unknown;
      return ok(await handler(envelope.data, sender));
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error));
    }
  }
}
