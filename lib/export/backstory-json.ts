/**
 * Backstory's own JSON: a complete, versioned backup that re-imports losslessly. Pure.
 */
import type { Result } from '../messaging/result';
import type { SavedHighlight } from '../storage/types';
import { IMPORT_LIMITS } from './limits';
import { readHighlight } from './read-highlight';
import { fail, ImportError, readArray, readDate, readObject, type Json } from './validate';

/** The version this code writes and reads. Bump it, and add a reader for the old one, when the shape changes. */
export const BACKSTORY_JSON_VERSION = 1;

/** The file's envelope. */
export interface BackstoryExport {
  format: 'backstory';
  version: typeof BACKSTORY_JSON_VERSION;
  exportedAt: string;
  highlights: SavedHighlight[];
}

/** Serialises highlights as a Backstory backup (pretty-printed, stable key order). */
export function toBackstoryJson(highlights: readonly SavedHighlight[], exportedAt: Date = new Date()): string {
  const envelope: BackstoryExport = {
    format: 'backstory',
    version: BACKSTORY_JSON_VERSION,
    exportedAt: exportedAt.toISOString(),
    highlights: [...highlights],
  };
  return JSON.stringify(envelope, null, 1);
}

/** Reads a Backstory backup whose JSON is already parsed. Throws ImportError. */
export function readBackstoryExport(value: unknown): SavedHighlight[] {
  const o: Json = readObject(value, '(file)');
  if (o.format !== 'backstory') fail('format', 'the string "backstory"', o.format);
  if (o.version !== BACKSTORY_JSON_VERSION) {
    const v = o.version;
    if (typeof v === 'number' && v > BACKSTORY_JSON_VERSION) {
      fail('version', `this file is version ${v}, from a newer Backstory; this one reads version ${BACKSTORY_JSON_VERSION}. Update Backstory, then import again`);
    }
    fail('version', `${BACKSTORY_JSON_VERSION}`, v);
  }
  readDate(o, 'exportedAt', '(file)');
  const list = readArray(o.highlights, 'highlights', IMPORT_LIMITS.maxHighlights);
  return list.map((h, i) => readHighlight(h, `highlights[${i}]`));
}

/** Parses a Backstory backup from text, or says what is wrong and where. */
export function parseBackstoryJson(text: string): Result<SavedHighlight[]> {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return parsed;
  return guard(() => readBackstoryExport(parsed.value));
}

/** JSON.parse with a size cap and a located message. Never throws. */
export function parseJsonText(text: string): Result<unknown> {
  if (text.length > IMPORT_LIMITS.maxBytes) {
    return { ok: false, error: `The file is too big: more than ${IMPORT_LIMITS.maxBytes / 1024 / 1024} MB.` };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(message);
    const where = at ? ` (${lineColumn(text, Number(at[1]))})` : '';
    return { ok: false, error: `The file is not valid JSON${where}: ${message}` };
  }
}

/** Runs a reader, turning ImportError (and only that) into a failed Result. */
export function guard<T>(read: () => T): Result<T> {
  try {
    return { ok: true, value: read() };
  } catch (e) {
    if (e instanceof ImportError) return { ok: false, error: `The file is not a valid import: ${e.message}` };
    if (e instanceof RangeError) return { ok: false, error: 'The file is nested too deeply to read.' };
    throw e;
  }
}

function lineColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return `line ${line}, column ${position - before.lastIndexOf('\n')}`;
}
