import { mkdtempSync, rmSync } from 'node:fs';
import { afterAll } from 'vitest';
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
// Each test file imports this module afresh, so the hook belongs to that file's suite and removes
// its folders once its last test has run. (The fork pool ends workers without an 'exit' event.)
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new empty folder under the system's temporary folder, removed after the test file's last test. */
export function tempDir(prefix = 'tariff-desk-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
