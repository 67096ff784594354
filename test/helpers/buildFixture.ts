import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIndex } from '../../src/index/buildIndex.js';
import type { TariffIndex } from '../../src/index/schema.js';

const cache = new Map<string, TariffIndex>();

/** The index of an article folder, built once per test process. */
export function indexOf(dir: string): TariffIndex {
  let index = cache.get(dir);
  if (!index) {
    index = buildIndex({ inDir: dir });
    cache.set(dir, index);
  }
  return index;
}

export const SEED_DIR = 'data/articles';
export const EXTRA_DIR = 'test/fixtures/articles';

export function seedIndex(): TariffIndex {
  return indexOf(SEED_DIR);
}

const made: string[] = [];
// Each test file runs in its own process: its temporary folders go when it exits.
process.on('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A new empty folder under the system's temporary folder, removed when the test process exits. */
export function tempDir(prefix = 'tariff-desk-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
