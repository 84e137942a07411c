/**
 * CSV in Readwise's import columns: Highlight, Title, Author, URL, Note, Location, Date. RFC 4180:
 * CRLF line ends, fields quoted when they hold a comma, quote, CR or LF, quotes doubled. Pure.
 */
import type { SavedHighlight } from '../storage/types';

export const READWISE_COLUMNS = ['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date'] as const;

/** One RFC 4180 field. Values are never altered, so a field may start with '=' (spreadsheets beware). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Readwise CSV. Location is the highlight's position in the article text (orders highlights in page order);
 * Date is UTC `YYYY-MM-DD HH:MM:SS`; tags are appended to the note as Readwise's inline `.tag` syntax.
 */
export function toReadwiseCsv(highlights: readonly SavedHighlight[]): string {
  const rows = [READWISE_COLUMNS.join(',')];
  for (const h of highlights) {
    const tags = h.tags.map((t) => `.${t}`).join(' ');
    const note = h.note && tags ? `${h.note}\n${tags}` : h.note || tags;
    const fields = [
      h.selectors[0].exact,
      h.title,
      h.author ?? '',
      h.url,
      note,
      String(h.selectors[1].start),
      h.createdAt.slice(0, 19).replace('T', ' '),
    ];
    rows.push(fields.map(csvField).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}
