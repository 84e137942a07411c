import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reads a file under tests/fixtures/ as UTF-8. Paths are resolved from the repo root, where vitest runs. */
export function readFixture(path: string): string {
  return readFileSync(join(process.cwd(), 'tests', 'fixtures', path), 'utf8');
}
