import { describe, expect, it } from 'vitest';
import { parseBackstoryJson, toBackstoryJson } from '../../lib/export/backstory-json';
import { csvField, READWISE_COLUMNS, toReadwiseCsv } from '../../lib/export/csv';
import { parseImportFile } from '../../lib/export/import-file';
import { checkImportSize } from '../../lib/export/limits';
import { toMarkdown, toMarkdownNotes } from '../../lib/export/markdown';
import { parseAnnotationCollection, toAnnotationCollection } from '../../lib/export/w3c';
import type { SavedHighlight } from '../../lib/storage/types';
import { sampleHighlights } from './sample-highlights';

const HIGHLIGHTS = sampleHighlights(28, 4);
const AT = new Date('2025-07-01T10:00:00Z');

/** A strict RFC 4180 reader, for checking the writer. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && field === '') {
      const end = text.indexOf('"', i + 1);
      let j = i + 1;
      let value = '';
      for (let k = end; ; k = text.indexOf('"', j)) {
        value += text.slice(j, k);
        if (text[k + 1] === '"') {
          value += '"';
          j = k + 2;
        } else {
          i = k + 1;
          break;
        }
      }
      field = value;
      continue;
    }
    if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
    i++;
  }
  return rows;
}

describe('Backstory JSON', () => {
  it('round-trips losslessly', () => {
    const text = toBackstoryJson(HIGHLIGHTS, AT);
    const back = parseBackstoryJson(text);
    expect(back).toEqual({ ok: true, value: HIGHLIGHTS });
    expect(parseImportFile(text)).toEqual({ ok: true, value: { format: 'backstory', highlights: HIGHLIGHTS } });
  });

  it.each([
    ['{"format":"backstory","version":1,"exportedAt":"2025-01-01T00:00:00Z","highlights":[', /not valid JSON/],
    ['{"format":"backstory","version":2,"exportedAt":"2025-01-01T00:00:00Z","highlights":[]}', /^The file is not a valid import: version: this file is version 2, from a newer Backstory/],
    ['{"format":"other","version":1}', /format: expected the string "backstory", got "other"/],
    ['[1]', /not a valid import: \(file\)\[0\]: expected an object/],
    ['{"hello":1}', /neither a Backstory backup/],
  ])('explains %s', (text, message) => {
    const result = parseImportFile(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(message);
  });

  it.each([
    ['color', 'purple', /highlights\[1\]\.color: expected one of yellow\|green\|blue\|pink, got "purple"/],
    ['url', 'javascript:alert(1)', /highlights\[1\]\.url: expected an http or https URL/],
    ['createdAt', 'yesterday', /highlights\[1\]\.createdAt: expected an ISO 8601 date-time/],
    ['tags', ['a b'], /highlights\[1\]\.tags\[0\]: expected a tag/],
    ['selectors', [], /highlights\[1\]\.selectors: expected exactly/],
    ['note', 5, /highlights\[1\]\.note: expected a string, got 5/],
  ])('names the bad field %s', (key, value, message) => {
    const envelope = JSON.parse(toBackstoryJson(HIGHLIGHTS.slice(0, 3), AT)) as { highlights: Record<string, unknown>[] };
    (envelope.highlights[1] as Record<string, unknown>)[key] = value;
    const result = parseBackstoryJson(JSON.stringify(envelope));
    expect(result.ok ? '' : result.error).toMatch(message);
  });

  it('refuses files over the size cap', () => {
    expect(checkImportSize(25 * 1024 * 1024)).toMatch(/25\.0 MB.*20\.0 MB/);
    expect(checkImportSize(1000)).toBeNull();
    expect(parseImportFile(' '.repeat(20 * 1024 * 1024 + 1)).ok).toBe(false);
  });
});

describe('W3C Web Annotation', () => {
  it('round-trips everything the model can carry, positions in code points', () => {
    const text = toAnnotationCollection(HIGHLIGHTS, AT);
    const doc = JSON.parse(text) as { type: string; total: number; first: { items: { target: { selector: { start: number; end: number }[] } }[] } };
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(HIGHLIGHTS.length);
    const emoji = HIGHLIGHTS[2] as SavedHighlight;
    const position = doc.first.items[2]?.target.selector[1];
    expect((position?.end ?? 0) - (position?.start ?? 0)).toBe([...emoji.selectors[0].exact].length);
    const back = parseAnnotationCollection(text, AT);
    const host = (h: SavedHighlight) => new URL(h.url).host;
    expect(back).toEqual({
      ok: true,
      value: HIGHLIGHTS.map(({ author: _a, ...h }) => ({ ...h, title: host(h), site: host(h) })),
    });
  });

  it('reads a bare Hypothesis-style annotation and locates errors', () => {
    const annotation = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      id: 'https://hyp.example/a/1',
      body: { type: 'TextualBody', value: 'a note', purpose: 'commenting' },
      target: { source: 'https://example.com/x', selector: [{ type: 'TextQuoteSelector', exact: 'hello' }] },
    };
    const ok = parseImportFile(JSON.stringify(annotation), AT);
    expect(ok.ok && ok.value.highlights[0]).toMatchObject({ id: 'https://hyp.example/a/1', note: 'a note', color: 'yellow' });
    const bad = parseImportFile(JSON.stringify({ ...annotation, target: 'https://example.com/x' }));
    expect(bad.ok ? '' : bad.error).toMatch(/\(file\)\.target: expected an object/);
  });
});

describe('Readwise CSV', () => {
  it('writes the Readwise columns with RFC 4180 quoting that reads back exactly', () => {
    const rows = readCsv(toReadwiseCsv(HIGHLIGHTS));
    expect(rows[0]).toEqual([...READWISE_COLUMNS]);
    expect(rows).toHaveLength(HIGHLIGHTS.length + 1);
    HIGHLIGHTS.forEach((h, i) => {
      const row = rows[i + 1] ?? [];
      expect(row[0]).toBe(h.selectors[0].exact);
      expect(row[1]).toBe(h.title);
      expect(row[2]).toBe(h.author ?? '');
      expect(row[3]).toBe(h.url);
      expect(row[4]?.startsWith(h.note)).toBe(true);
      expect(row[5]).toBe(String(h.selectors[1].start));
      expect(row[6]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    });
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
  ])('quotes %j as %j', (value, expected) => expect(csvField(value)).toBe(expected));
});

describe('Markdown', () => {
  it('writes one note per article with front matter, quotes, notes and tags', () => {
    const notes = toMarkdownNotes(HIGHLIGHTS);
    expect(notes).toHaveLength(4);
    const note = notes[0]?.text ?? '';
    expect(note).toMatch(/^---\ntitle: "Article \d: the .* story, \\"revisited\\""\nurl: "https:\/\/news/);
    expect(note).toMatch(/\nsaved: 2025-01-01\ntags: \[/);
    expect(note).toContain('> Line one\n> line two, with a comma\n> and a CRLF');
    expect(toMarkdown(HIGHLIGHTS)).toMatch(/\n#\S+ #tag-\d/);
    expect(notes[0]?.fileName).toMatch(/^Article \d the .* story, revisited\.md$/);
    expect(toMarkdown(HIGHLIGHTS).match(/^---$/gm)).toHaveLength(8);
  });
});
