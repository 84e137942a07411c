import { useState } from 'preact/hooks';
import type { ExportFormat } from '../lib/saving/protocol';

const LABELS: Record<ExportFormat, string> = {
  markdown: 'Markdown (Obsidian)',
  json: 'JSON (Backstory backup)',
  csv: 'CSV (Readwise)',
  w3c: 'W3C Web Annotation (JSON-LD)',
};

export interface ExportImportProps {
  /** Offer "this page" as a scope (a page is open). */
  pageScope: boolean;
  onExport: (format: ExportFormat, scope: 'page' | 'all') => void;
  onImport: (file: File) => void;
}

/** Export (format and scope) and import (a Backstory JSON or W3C JSON-LD file). */
export function ExportImport({ pageScope, onExport, onImport }: ExportImportProps) {
  const [format, setFormat] = useState<ExportFormat>('markdown');
  // Unset until the reader picks: "this page" once a page is known, else all.
  const [picked, setScope] = useState<'page' | 'all' | null>(null);
  const scope = picked ?? (pageScope ? 'page' : 'all');
  return (
    <div class="bs-io">
      <label>
        Format{' '}
        <select value={format} onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}>
          {(Object.keys(LABELS) as ExportFormat[]).map((f) => (
            <option key={f} value={f}>{LABELS[f]}</option>
          ))}
        </select>
      </label>
      {pageScope && (
        <label>
          Of{' '}
          <select value={scope} onChange={(e) => setScope(e.currentTarget.value as 'page' | 'all')}>
            <option value="page">this page</option>
            <option value="all">all highlights</option>
          </select>
        </label>
      )}
      <button type="button" onClick={() => onExport(format, pageScope ? scope : 'all')}>Export</button>
      <label class="bs-import">
        Import…
        <input
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) onImport(file);
            e.currentTarget.value = '';
          }}
        />
      </label>
    </div>
  );
}
