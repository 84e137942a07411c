/**
 * Strict reading of one SavedHighlight from untrusted JSON. Builds a fresh object from the known fields
 * only, so unknown keys (including `__proto__`) never reach storage.
 */
import type { HighlightSelectors } from '../anchoring/types';
import { HIGHLIGHT_COLORS, type SavedHighlight } from '../storage/types';
import { IMPORT_LIMITS as L } from './limits';
import {
  fail,
  readArray,
  readDate,
  readInteger,
  readObject,
  readOneOf,
  readOptionalString,
  readString,
  readUrl,
} from './validate';

/** Reads the [TextQuoteSelector, TextPositionSelector] pair. */
export function readSelectors(value: unknown, path: string): HighlightSelectors {
  const list = readArray(value, path, 2);
  if (list.length !== 2) fail(path, 'expected exactly [TextQuoteSelector, TextPositionSelector]');
  const q = readObject(list[0], `${path}[0]`);
  readOneOf(q, 'type', `${path}[0]`, ['TextQuoteSelector']);
  const p = readObject(list[1], `${path}[1]`);
  readOneOf(p, 'type', `${path}[1]`, ['TextPositionSelector']);
  const start = readInteger(p, 'start', `${path}[1]`, 0, L.maxPosition);
  const end = readInteger(p, 'end', `${path}[1]`, 0, L.maxPosition);
  if (end < start) fail(`${path}[1].end`, `expected at least start (${start}), got ${end}`);
  return [
    {
      type: 'TextQuoteSelector',
      exact: readString(q, 'exact', `${path}[0]`, 1, L.maxQuoteChars),
      prefix: readString(q, 'prefix', `${path}[0]`, 0, L.maxContextChars),
      suffix: readString(q, 'suffix', `${path}[0]`, 0, L.maxContextChars),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

/** Reads tags: strings without whitespace or '#', unique. */
export function readTags(value: unknown, path: string): string[] {
  const list = readArray(value, path, L.maxTags);
  const tags = list.map((tag, i) => {
    if (typeof tag !== 'string' || tag.length === 0 || tag.length > L.maxTagChars || /[\s#]/.test(tag)) {
      fail(`${path}[${i}]`, `a tag of 1 to ${L.maxTagChars} characters without spaces or '#'`, tag);
    }
    return tag;
  });
  if (new Set(tags).size !== tags.length) fail(path, 'expected no repeated tags');
  return tags;
}

/** Reads one highlight as Backstory's JSON export writes it. */
export function readHighlight(value: unknown, path: string): SavedHighlight {
  const o = readObject(value, path);
  const highlight: SavedHighlight = {
    id: readString(o, 'id', path, 1, L.maxIdChars),
    url: readUrl(o, 'url', path),
    title: readString(o, 'title', path, 0, L.maxTitleChars),
    site: readString(o, 'site', path, 0, L.maxTitleChars),
    selectors: readSelectors(o.selectors, `${path}.selectors`),
    color: readOneOf(o, 'color', path, HIGHLIGHT_COLORS),
    note: readString(o, 'note', path, 0, L.maxNoteChars),
    tags: readTags(o.tags, `${path}.tags`),
    createdAt: readDate(o, 'createdAt', path),
    updatedAt: readDate(o, 'updatedAt', path),
  };
  const author = readOptionalString(o, 'author', path, L.maxTitleChars);
  if (author !== undefined) highlight.author = author;
  return highlight;
}
