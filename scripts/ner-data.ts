/** Reads annotated entity documents in the format of ../shared/data/ner/README.md (one JSON object a line). */
import { readFileSync } from 'node:fs';
import type { SpanType } from '../lib/entities/types';

export interface GoldDoc {
  id: string;
  text: string;
  entities: Array<{ start: number; end: number; type: SpanType; text: string }>;
}

/** Where the shared data sets live, relative to the worktree. */
export const DATA_DIR = new URL('../../shared/data/ner/', import.meta.url);

export function readDocs(file: string | URL): GoldDoc[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldDoc);
}

/**
 * The deterministic two-way split of the out-of-CoNLL sets (wikigold, UNER): by an FNV-1a hash of the document id,
 * half `train` (may be trained on) and half `heldout` (only ever evaluated). The same id falls in the same half in
 * the tokenised and the raw UNER files.
 */
export function half(id: string): 'train' | 'heldout' {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return ((h >>> 0) % 2 === 0) ? 'train' : 'heldout';
}
