/**
 * Shape checks for every message the receivers accept. A message that fails its check is answered with an
 * error and never acted on. Each check returns an error string, or null when the data is well formed.
 */
import { MAX_ARTICLE_CHARS, type BackgroundProtocol, type ContentProtocol } from './protocol';

type Check = (data: unknown) => string | null;
type Checks<P> = { [K in keyof P]: Check };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function shape(fields: Record<string, (v: unknown) => boolean>): Check {
  return (data) => {
    if (!isRecord(data)) return 'data must be an object';
    for (const [key, test] of Object.entries(fields)) if (!test(data[key])) return `bad field "${key}"`;
    for (const key of Object.keys(data)) if (!(key in fields)) return `unexpected field "${key}"`;
    return null;
  };
}

const string = (max: number) => (v: unknown) => typeof v === 'string' && v.length <= max;

export const backgroundChecks: Checks<BackgroundProtocol> = {
  analyseArticle: shape({ text: string(MAX_ARTICLE_CHARS), url: string(8192) }),
};

export const contentChecks: Checks<ContentProtocol> = {
  getPageState: shape({}),
  revealEntity: shape({ entityId: string(512) }),
  stepName: shape({ direction: (v) => v === 1 || v === -1 }),
};

/** Splits an incoming message into its type and data, if it is an envelope of this protocol at all. */
export function readEnvelope<P>(message: unknown, checks: Checks<P>): { type: keyof P; data: unknown } | string {
  if (!isRecord(message) || typeof message.type !== 'string') return 'not a message';
  if (!Object.hasOwn(checks, message.type)) return `unknown message "${message.type}"`;
  const type = message.type as keyof P;
  const problem = checks[type](message.data);
  return problem ? `${String(type)}: ${problem}` : { type, data: message.data };
}
