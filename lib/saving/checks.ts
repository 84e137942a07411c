/**
 * Shape checks for the saved-highlight messages, merged into lib/messaging/validate.ts. Each returns an error
 * string or null. Highlights and selectors are read with the import readers (lib/export), so the same bounds
 * hold for a message as for a file, and unknown fields are refused.
 */
import { readSelectors, readHighlight, readTags } from '../export/read-highlight';
import { IMPORT_LIMITS as L } from '../export/limits';
import { ImportError, readOneOf, readOptionalString, readString, readUrl, type Json } from '../export/validate';
import { HIGHLIGHT_COLORS } from '../storage/types';
import { EXPORT_FORMATS, type HighlightMessages, type SavedPageMessages } from './protocol';

type Check = (data: unknown) => string | null;

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Runs a reader that throws ImportError; its message (path and problem) becomes the check's answer. */
function reading(read: (data: Json) => void, allowed: readonly string[]): Check {
  return (data) => {
    if (!isRecord(data)) return 'data must be an object';
    const extra = Object.keys(data).find((k) => !allowed.includes(k));
    if (extra !== undefined) return `unexpected field "${extra}"`;
    try {
      read(data);
      return null;
    } catch (error) {
      if (error instanceof ImportError) return error.message;
      throw error;
    }
  };
}

const ID_MAX = L.maxIdChars;
const DRAFT_FIELDS = ['url', 'title', 'site', 'author', 'selectors', 'color', 'note', 'tags'];
const EDIT_FIELDS = ['color', 'note', 'tags'];

function readDraft(o: Json): void {
  readUrl(o, 'url', 'draft');
  readString(o, 'title', 'draft', 0, L.maxTitleChars);
  readString(o, 'site', 'draft', 0, L.maxTitleChars);
  readOptionalString(o, 'author', 'draft', L.maxTitleChars);
  readSelectors(o.selectors, 'draft.selectors');
  readOneOf(o, 'color', 'draft', HIGHLIGHT_COLORS);
  readString(o, 'note', 'draft', 0, L.maxNoteChars);
  readTags(o.tags, 'draft.tags');
}

function fields(o: Json, path: string, allowed: readonly string[]): Json {
  if (!isRecord(o)) throw new ImportError(path, 'expected an object');
  const extra = Object.keys(o).find((k) => !allowed.includes(k));
  if (extra !== undefined) throw new ImportError(`${path}.${extra}`, 'unexpected field');
  return o;
}

const idOnly = reading((d) => readString(d, 'id', 'data', 1, ID_MAX), ['id']);
const idList = (o: Json, key: string) => {
  const v = o[key];
  if (!Array.isArray(v) || v.length > 10_000 || !v.every((id) => typeof id === 'string' && id.length > 0 && id.length <= ID_MAX)) {
    throw new ImportError(`data.${key}`, 'expected a list of ids');
  }
};

export const highlightChecks: { [K in keyof HighlightMessages]: Check } = {
  saveHighlight: reading((d) => readDraft(fields(d.draft as Json, 'draft', DRAFT_FIELDS)), ['draft']),
  updateHighlight: reading((d) => {
    readString(d, 'id', 'data', 1, ID_MAX);
    const edit = fields(d.edit as Json, 'edit', EDIT_FIELDS);
    if (edit.color !== undefined) readOneOf(edit, 'color', 'edit', HIGHLIGHT_COLORS);
    if (edit.note !== undefined) readString(edit, 'note', 'edit', 0, L.maxNoteChars);
    if (edit.tags !== undefined) readTags(edit.tags, 'edit.tags');
  }, ['id', 'edit']),
  deleteHighlight: idOnly,
  restoreHighlight: reading((d) => readHighlight(fields(d.highlight as Json, 'highlight', [...DRAFT_FIELDS, 'id', 'createdAt', 'updatedAt']), 'highlight'), ['highlight']),
  listHighlights: reading((d) => d.url !== undefined && readUrl(d, 'url', 'data'), ['url']),
  listAllHighlights: reading((d) => {
    const { limit } = d;
    if (limit !== undefined && !(typeof limit === 'number' && Number.isInteger(limit) && limit > 0 && limit <= 100_000)) {
      throw new ImportError('data.limit', 'expected a whole number from 1 to 100000');
    }
  }, ['limit']),
  searchHighlights: reading((d) => readString(d, 'query', 'data', 0, 500), ['query']),
  exportHighlights: reading((d) => {
    readOneOf(d, 'format', 'data', EXPORT_FORMATS);
    if (d.url !== undefined) readUrl(d, 'url', 'data');
  }, ['format', 'url']),
  // A file's size is checked before it is read; this bounds the message too.
  importHighlights: reading((d) => readString(d, 'text', 'data', 1, L.maxBytes), ['text']),
  reportAnchoring: reading((d) => {
    idList(d, 'placed');
    idList(d, 'orphans');
  }, ['placed', 'orphans']),
};

const empty = reading(() => undefined, []);

export const savedPageChecks: { [K in keyof SavedPageMessages]: Check } = {
  getSavedState: empty,
  revealHighlight: idOnly,
  highlightsChanged: empty,
  saveSelection: empty,
};
