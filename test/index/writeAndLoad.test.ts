import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IndexLoadError } from '../../src/errors.js';
import { loadIndex, parseIndex } from '../../src/index/loadIndex.js';
import { schemaIssues, writeIndex } from '../../src/index/writeIndex.js';
import { SCHEMA_VERSION, TariffIndex } from '../../src/index/schema.js';
import { SEED_DIR, seedIndex, tempDir } from '../helpers/buildFixture.js';

const TSX = join('node_modules', '.bin', 'tsx');

describe('writeIndex and loadIndex', () => {
  it('round-trips: what is written loads to the same value', () => {
    const file = join(tempDir(), 'index.json');
    writeIndex(seedIndex(), file);
    expect(loadIndex(file)).toEqual(seedIndex());
    expect(readdirSync(join(file, '..'))).toEqual(['index.json']);
  });

  it('refuses to write an index that breaks the schema, leaving the old file', () => {
    const file = join(tempDir(), 'index.json');
    writeIndex(seedIndex(), file);
    const before = readFileSync(file);
    const broken = { ...seedIndex(), articles: [{ id: '' }] } as unknown as ReturnType<typeof seedIndex>;
    expect(() => writeIndex(broken, file)).toThrow(/breaks its own schema/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it.each([
    ['a good index', (i: TariffIndex) => i],
    ['a bad article id', (i: TariffIndex) => ({ ...i, articles: [{ ...i.articles[0]!, id: 7 }] })],
    [
      'a quote with no text',
      (i: TariffIndex) => ({ ...i, quotes: [i.quotes[0]!, { ...i.quotes[1]!, text: undefined }] }),
    ],
    [
      'a deadline with a bad source',
      (i: TariffIndex) => ({ ...i, deadlines: [{ ...i.deadlines[0]!, sources: [{}] }] }),
    ],
    ['another schema version', (i: TariffIndex) => ({ ...i, schemaVersion: 99 })],
    ['a missing member', (i: TariffIndex) => ({ ...i, people: undefined })],
  ])('checks %s element by element exactly as the whole schema does', (name, edit) => {
    const index = edit(seedIndex()) as unknown as TariffIndex;
    const whole = TariffIndex.safeParse(index);
    const issues = schemaIssues(index);
    expect(issues?.issues.map((i) => [i.path, i.code]) ?? []).toEqual(
      whole.success ? [] : whole.error.issues.map((i) => [i.path, i.code]),
    );
    expect(issues === null).toBe(name === 'a good index');
  });

  it.each([
    ['a missing file', null, /the file does not exist/],
    [
      'truncated JSON',
      (s: string) => s.slice(0, s.length / 2),
      /it is not valid JSON .*the file may be truncated/,
    ],
    [
      'another schema version',
      (s: string) => s.replace(`"schemaVersion":${SCHEMA_VERSION}`, '"schemaVersion":99'),
      new RegExp(`schema version 99, and this version of tariff-desk reads version ${SCHEMA_VERSION}\\.`),
    ],
    [
      'wrong types',
      (s: string) => s.replace(/"published":"2025-07-18"/, '"published":20250718'),
      /expected string, received number\n {2}→ at articles\[0\]\.published/,
    ],
    [
      'a bad date',
      (s: string) => s.replace(/"published":"2025-07-18"/, '"published":"July 18"'),
      /expected YYYY-MM-DD[\s\S]*→ at articles\[0\]\.published/,
    ],
  ])('rejects %s with a message naming the file and the rebuild command', (_name, corrupt, reason) => {
    const file = join(tempDir(), 'index.json');
    if (corrupt) writeFileSync(file, corrupt(JSON.stringify(seedIndex())));
    let error: unknown;
    try {
      loadIndex(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IndexLoadError);
    const message = (error as Error).message;
    expect(message).toMatch(
      new RegExp(`^Cannot use the index ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `),
    );
    expect(message).toMatch(reason);
    expect(message).toMatch(/Rebuild it with: npm run index$/);
  });

  it('parses a valid index from a string', () => {
    expect(parseIndex(JSON.stringify(seedIndex()), 'x.json').articles).toHaveLength(5);
  });
});

describe('npm run index', () => {
  it('keeps the last good index when a build fails', () => {
    const dir = tempDir();
    const out = join(dir, 'index.json');
    writeIndex(seedIndex(), out);
    const before = readFileSync(out);
    mkdirSync(join(dir, 'articles'));
    writeFileSync(join(dir, 'articles', 'empty.txt'), '');
    const run = spawnSync(TSX, ['src/cli/indexCommand.ts', '--in', join(dir, 'articles'), '--out', out], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('None of the 1 file(s)');
    expect(run.stderr).not.toContain('    at ');
    expect(readFileSync(out).equals(before)).toBe(true);
  });

  it('names an unknown option and prints the usage', () => {
    const run = spawnSync(TSX, ['src/cli/indexCommand.ts', '--inn', 'x'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Unknown option '--inn'[\s\S]*Usage: npm run index/);
  });

  it('leaves the previous index intact when killed halfway through a build', async () => {
    const dir = tempDir();
    const articles = join(dir, 'articles');
    mkdirSync(articles);
    // Enough copies that the build is still running when it is killed.
    for (let i = 0; i < 400; i++)
      for (const f of readdirSync(SEED_DIR)) copyFileSync(join(SEED_DIR, f), join(articles, `${i}_${f}`));
    const out = join(dir, 'index.json');
    writeIndex(seedIndex(), out);
    const before = readFileSync(out);
    const child = spawn(TSX, ['src/cli/indexCommand.ts', '--in', articles, '--out', out], {
      stdio: 'ignore',
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const finished = child.exitCode === 0;
    child.kill('SIGKILL');
    await new Promise((resolve) => (child.exitCode === null ? child.on('exit', resolve) : resolve(null)));
    // Killed mid-build: the old bytes. Finished first (a fast machine): a complete new index.
    if (!finished) expect(readFileSync(out).equals(before)).toBe(true);
    expect(loadIndex(out).articles.length).toBeGreaterThanOrEqual(5);
  });
});
