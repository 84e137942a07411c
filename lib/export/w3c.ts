/**
 * W3C Web Annotation JSON-LD: an AnnotationCollection whose one embedded AnnotationPage holds every
 * highlight. TextPositionSelector counts code points (Backstory stores them that way). The colour travels as
 * the standard `styleClass` on the target, with a `stylesheet`. Title, site and author have no place in
 * the model, so a W3C round trip keeps them only as the URL's host; the Backstory JSON is the lossless backup.
 */
import type { Result } from '../messaging/result';
import { HIGHLIGHT_COLORS, type HighlightColor, type SavedHighlight } from '../storage/types';
import { guard, parseJsonText } from './backstory-json';
import { IMPORT_LIMITS as L } from './limits';
import { readSelectors, readTags } from './read-highlight';
import { fail, readArray, readDate, readObject, readString, readUrl, type Json } from './validate';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** The media type to download the export with. */
export const ANNO_MEDIA_TYPE = 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"';

const SWATCH: Record<HighlightColor, string> = { yellow: '#fde68a', green: '#bbf7d0', blue: '#bfdbfe', pink: '#fbcfe8' };
const STYLE_PREFIX = 'backstory-';
const STYLESHEET = {
  type: 'CssStylesheet',
  value: HIGHLIGHT_COLORS.map((c) => `.${STYLE_PREFIX}${c} { background-color: ${SWATCH[c]}; }`).join(' '),
};

const toIri = (id: string) => (/^[a-z][a-z0-9+.-]*:/i.test(id) ? id : `urn:uuid:${id}`);

function toAnnotation(h: SavedHighlight): Json {
  const body: Json[] = [];
  if (h.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: h.note, format: 'text/plain' });
  for (const tag of h.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  return {
    id: toIri(h.id),
    type: 'Annotation',
    motivation: h.note ? 'commenting' : 'highlighting',
    created: h.createdAt,
    modified: h.updatedAt,
    ...(body.length ? { body } : {}),
    stylesheet: STYLESHEET,
    target: { source: h.url, styleClass: `${STYLE_PREFIX}${h.color}`, selector: h.selectors },
  };
}

/** Serialises highlights as one W3C AnnotationCollection. */
export function toAnnotationCollection(highlights: readonly SavedHighlight[], exportedAt: Date = new Date()): string {
  const collection = {
    '@context': ANNO_CONTEXT,
    id: `urn:backstory:export:${exportedAt.toISOString()}`,
    type: 'AnnotationCollection',
    label: 'Backstory highlights',
    generated: exportedAt.toISOString(),
    total: highlights.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: highlights.map(toAnnotation) },
  };
  return JSON.stringify(collection, null, 1);
}

const types = (o: Json): unknown[] => (Array.isArray(o.type) ? o.type : [o.type]);

/** The annotations in a collection, a page, an array, or a single annotation. Throws ImportError. */
function annotationList(root: unknown): { items: unknown[]; path: string } {
  if (Array.isArray(root)) return { items: readArray(root, '(file)', L.maxHighlights), path: '(file)' };
  const o = readObject(root, '(file)');
  if (types(o).includes('Annotation')) return { items: [o], path: '' };
  if (types(o).includes('AnnotationPage')) return { items: readArray(o.items, 'items', L.maxHighlights), path: 'items' };
  if (!types(o).includes('AnnotationCollection')) fail('type', 'AnnotationCollection, AnnotationPage or Annotation', o.type);
  if (o.first === undefined) return { items: [], path: 'first.items' };
  if (typeof o.first === 'string') fail('first', 'expected an embedded AnnotationPage (pages on the web are not fetched)');
  const first = readObject(o.first, 'first');
  return { items: readArray(first.items, 'first.items', L.maxHighlights), path: 'first.items' };
}

function readBodies(value: unknown, path: string): { note: string; tags: string[] } {
  if (value === undefined) return { note: '', tags: [] };
  const list = Array.isArray(value) ? readArray(value, path, L.maxTags + 10) : [value];
  const notes: string[] = [];
  const tags: string[] = [];
  list.forEach((b, i) => {
    if (typeof b === 'string') return; // A body by reference: nothing to show.
    const at = Array.isArray(value) ? `${path}[${i}]` : path;
    const body = readObject(b, at);
    const text = readString(body, 'value', at, 0, L.maxNoteChars);
    if (body.purpose === 'tagging') tags.push(text);
    else notes.push(text);
  });
  const note = notes.join('\n\n');
  if (note.length > L.maxNoteChars) fail(path, `expected notes of at most ${L.maxNoteChars} characters in all`);
  return { note, tags: readTags([...new Set(tags)], `${path}(tags)`) };
}

function readAnnotation(value: unknown, path: string, now: string): SavedHighlight {
  const a = readObject(value, path);
  if (!types(a).includes('Annotation')) fail(`${path}.type`, '"Annotation"', a.type);
  const id = readString(a, 'id', path, 1, L.maxIdChars).replace(/^urn:uuid:/i, '');
  if (typeof a.target !== 'object') fail(`${path}.target`, 'an object with source and selector (whole-page annotations cannot be placed)', a.target);
  const target = readObject(Array.isArray(a.target) ? a.target[0] : a.target, `${path}.target`);
  const url = readUrl(target, 'source', `${path}.target`);
  const selectorPath = `${path}.target.selector`;
  const found = Array.isArray(target.selector) ? readArray(target.selector, selectorPath, 10) : [target.selector];
  const pick = (type: string) => found.find((s) => typeof s === 'object' && s !== null && (s as Json).type === type);
  const quote = pick('TextQuoteSelector');
  if (!quote) fail(selectorPath, 'expected a TextQuoteSelector');
  const quoteObject = { prefix: '', suffix: '', ...readObject(quote, selectorPath) };
  const position = pick('TextPositionSelector') ?? { type: 'TextPositionSelector', start: 0, end: 0 };
  const styleClass = typeof target.styleClass === 'string' ? target.styleClass.replace(STYLE_PREFIX, '') : '';
  const color = (HIGHLIGHT_COLORS as readonly string[]).includes(styleClass) ? (styleClass as HighlightColor) : 'yellow';
  const host = new URL(url).host;
  const createdAt = a.created === undefined ? now : readDate(a, 'created', path);
  return {
    id,
    url,
    title: host,
    site: host,
    selectors: readSelectors([quoteObject, position], selectorPath),
    color,
    ...readBodies(a.body, `${path}.body`),
    createdAt,
    updatedAt: a.modified === undefined ? createdAt : readDate(a, 'modified', path),
  };
}

/** Reads W3C annotations whose JSON is already parsed. Throws ImportError. */
export function readAnnotations(value: unknown, now: Date = new Date()): SavedHighlight[] {
  const { items, path } = annotationList(value);
  // path '' means the file is one bare annotation.
  return items.map((item, i) => readAnnotation(item, path ? `${path}[${i}]` : '(file)', now.toISOString()));
}

/** Parses W3C Web Annotation JSON-LD text, or says what is wrong and where. */
export function parseAnnotationCollection(text: string, now: Date = new Date()): Result<SavedHighlight[]> {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return parsed;
  return guard(() => readAnnotations(parsed.value, now));
}
