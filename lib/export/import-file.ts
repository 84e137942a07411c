/**
 * One entry point for an import file of either format. Pure: text in, validated highlights or a message out.
 */
import type { Result } from '../messaging/result';
import type { SavedHighlight } from '../storage/types';
import { guard, parseJsonText, readBackstoryExport } from './backstory-json';
import { readAnnotations } from './w3c';

export type ImportFormat = 'backstory' | 'w3c';

/** A validated import, ready for the store's importAll (which merges by id). */
export interface ImportBatch {
  format: ImportFormat;
  highlights: SavedHighlight[];
}

/** Detects the format (Backstory JSON or W3C Web Annotation JSON-LD), validates all of it, or explains. */
export function parseImportFile(text: string, now: Date = new Date()): Result<ImportBatch> {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return parsed;
  const root = parsed.value;
  const isObject = typeof root === 'object' && root !== null && !Array.isArray(root);
  if (isObject && 'format' in root) {
    return guard(() => ({ format: 'backstory' as const, highlights: readBackstoryExport(root) }));
  }
  if (Array.isArray(root) || (isObject && ('@context' in root || 'type' in root))) {
    return guard(() => ({ format: 'w3c' as const, highlights: readAnnotations(root, now) }));
  }
  return {
    ok: false,
    error: 'The file is neither a Backstory backup (no "format" field) nor W3C Web Annotations (no "@context" or "type").',
  };
}
