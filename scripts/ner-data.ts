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
