/**
 * Turns highlights into a download: the serialiser of a format (lib/export), its media type and a file name.
 * Pure.
 */
import { toBackstoryJson } from '../export/backstory-json';
import { toReadwiseCsv } from '../export/csv';
import { toMarkdown } from '../export/markdown';
import { ANNO_MEDIA_TYPE, toAnnotationCollection } from '../export/w3c';
import type { SavedHighlight } from '../storage/types';
import type { ExportFile, ExportFormat } from './protocol';

const FORMATS: Record<ExportFormat, { extension: string; mediaType: string; write: (h: readonly SavedHighlight[], at: Date) => string }> = {
  markdown: { extension: 'md', mediaType: 'text/markdown;charset=utf-8', write: (h) => toMarkdown(h) },
  json: { extension: 'json', mediaType: 'application/json', write: toBackstoryJson },
  csv: { extension: 'csv', mediaType: 'text/csv;charset=utf-8', write: (h) => toReadwiseCsv(h) },
  w3c: { extension: 'jsonld', mediaType: ANNO_MEDIA_TYPE, write: toAnnotationCollection },
};

/** A slug of at most 60 characters from a title, for a file name; '' when nothing is left. */
export function slug(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/**
 * The file for `highlights` in `format`. `pageTitle` (one page's export) goes into the name:
 * `backstory-<title>-2025-06-01.md`; else `backstory-highlights-2025-06-01.md`.
 */
export function exportFile(highlights: readonly SavedHighlight[], format: ExportFormat, at: Date, pageTitle?: string): ExportFile {
  const spec = FORMATS[format];
  const name = (pageTitle !== undefined && slug(pageTitle)) || 'highlights';
  return {
    fileName: `backstory-${name}-${at.toISOString().slice(0, 10)}.${spec.extension}`,
    mediaType: spec.mediaType,
    text: spec.write(highlights, at),
    count: highlights.length,
  };
}
