/**
 * Small validators for untrusted import data. Each reads one field and either returns it typed or throws
 * an ImportError naming where it is and what was expected, e.g. `highlights[12].color: expected one of ...`.
 * The parsers catch ImportError and turn it into a Result; nothing else throws out of them.
 */

/** A problem with an import file, located by a JSON path. */
export class ImportError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(path ? `${path}: ${problem}` : problem);
    this.name = 'ImportError';
  }
}

export type Json = Record<string, unknown>;

/** A short, safe rendering of a bad value for a message. */
function show(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  return String(value);
}

/** Throws an ImportError: `expected <expected>, got <value>`, or `problem` verbatim when no value is given. */
export function fail(path: string, expected: string, value?: unknown): never {
  throw new ImportError(path, arguments.length > 2 ? `expected ${expected}, got ${show(value)}` : expected);
}

export function readObject(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'an object', value);
  return value as Json;
}

export function readArray(value: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(value)) fail(path, 'an array', value);
  if (value.length > max) fail(path, `expected at most ${max} entries, got ${value.length}`);
  return value;
}

export function readString(obj: Json, key: string, path: string, min: number, max: number): string {
  const value = Object.hasOwn(obj, key) ? obj[key] : undefined;
  const at = `${path}.${key}`;
  if (typeof value !== 'string') fail(at, 'a string', value);
  if (value.length < min) fail(at, min === 1 ? 'expected a non-empty string' : `expected at least ${min} characters`);
  if (value.length > max) fail(at, `expected at most ${max} characters, got ${value.length}`);
  return value;
}

export function readOptionalString(obj: Json, key: string, path: string, max: number): string | undefined {
  return Object.hasOwn(obj, key) && obj[key] !== undefined ? readString(obj, key, path, 0, max) : undefined;
}

export function readInteger(obj: Json, key: string, path: string, min: number, max: number): number {
  const value = Object.hasOwn(obj, key) ? obj[key] : undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(`${path}.${key}`, `an integer from ${min} to ${max}`, value);
  }
  return value;
}

export function readOneOf<T extends string>(obj: Json, key: string, path: string, allowed: readonly T[]): T {
  const value = Object.hasOwn(obj, key) ? obj[key] : undefined;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail(`${path}.${key}`, `one of ${allowed.join('|')}`, value);
  }
  return value as T;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 date-time, returned normalised to UTC `toISOString()` form. */
export function readDate(obj: Json, key: string, path: string): string {
  const value = readString(obj, key, path, 1, 40);
  const time = ISO_DATE.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(time)) fail(`${path}.${key}`, 'an ISO 8601 date-time like 2025-01-31T12:00:00Z', value);
  return new Date(time).toISOString();
}

/** An http(s) URL; anything else (javascript:, data:, file:) is refused. */
export function readUrl(obj: Json, key: string, path: string): string {
  const value = readString(obj, key, path, 1, 4096);
  let protocol = '';
  try {
    protocol = new URL(value).protocol;
  } catch {
    fail(`${path}.${key}`, 'an absolute URL', value);
  }
  if (protocol !== 'http:' && protocol !== 'https:') fail(`${path}.${key}`, 'an http or https URL', value);
  return value;
}
