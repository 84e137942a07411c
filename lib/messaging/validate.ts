/**
 * Shape checks for every message the receivers accept. A message that fails its check is answered with an
 * error and never acted on. Each check returns an error string, or null when the data is well formed.
 */
import {
  MAX_ARTICLE_CHARS,
  MAX_CARD_ENTITIES,
  MAX_HTML_CHARS,
  type BackgroundProtocol,
  type ContentProtocol,
  type OffscreenProtocol,
} from './protocol';
import { highlightChecks, savedPageChecks } from '../saving/checks';

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
const count = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_ARTICLE_CHARS;
const list = (max: number, item: (v: unknown) => boolean) => (v: unknown) => Array.isArray(v) && v.length <= max && v.every(item);
const optional = (test: (v: unknown) => boolean) => (v: unknown) => v === undefined || test(v);

/** One `EntityProfile`, bounded in every field; unknown fields are refused. */
const entityProfile = shape({
  id: string(512),
  type: (v) => v === 'PER' || v === 'LOC',
  name: string(512),
  aliases: list(64, string(512)),
  mentionCount: count,
  firstStart: count,
  role: optional(string(512)),
  firstSentence: string(8192),
  quotes: optional(list(64, string(4096))),
  alongside: optional(list(32, string(512))),
});

export const backgroundChecks: Checks<BackgroundProtocol> = {
  parseArticle: shape({ html: string(MAX_HTML_CHARS) }),
  analyseArticle: shape({ text: string(MAX_ARTICLE_CHARS), url: string(8192), title: string(2048) }),
  getCard: (data) => {
    const problem = shape({
      entityId: string(512),
      url: string(8192),
      entities: list(MAX_CARD_ENTITIES, (e) => entityProfile(e) === null),
      wikipedia: (v) => typeof v === 'boolean',
    })(data);
    if (problem) return problem;
    const { entityId, entities } = data as { entityId: string; entities: { id: string }[] };
    return entities.some((e) => e.id === entityId) ? null : 'entityId is not among entities';
  },
  clearHistory: shape({}),
  ...highlightChecks,
};

export const offscreenChecks: Checks<OffscreenProtocol> = {
  offscreenParseArticle: shape({ html: string(MAX_HTML_CHARS) }),
};

export const contentChecks: Checks<ContentProtocol> = {
  getPageState: shape({}),
  revealEntity: shape({ entityId: string(512) }),
  stepName: shape({ direction: (v) => v === 1 || v === -1 }),
  ...savedPageChecks,
};

/** Whether a message is addressed to this protocol at all; other receivers' messages are left to them. */
export function isAddressedTo<P>(message: unknown, checks: Checks<P>): boolean {
  return isRecord(message) && typeof message.type === 'string' && Object.hasOwn(checks, message.type);
}

/** Splits an incoming message into its type and data, if it is an envelope of this protocol at all. */
export function readEnvelope<P>(message: unknown, checks: Checks<P>): { type: keyof P; data: unknown } | string {
  if (!isRecord(message) || typeof message.type !== 'string') return 'not a message';
  if (!Object.hasOwn(checks, message.type)) return `unknown message "${message.type}"`;
  const type = message.type as keyof P;
  const problem = checks[type](message.data);
  return problem ? `${String(type)}: ${problem}` : { type, data: message.data };
}
