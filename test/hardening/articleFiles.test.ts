/**
 * Files nobody meant to index, as `npm run index` meets them: one far too large, one that vanishes
 * while the build runs. Each is skipped with a warning naming it and the reason, the rest is
 * indexed, and `--strict` turns the warning into a failed build that leaves the last index alone.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BuildError } from '../../src/errors.js';
import { buildIndex } from '../../src/index/buildIndex.js';
import { loadIndex } from '../../src/index/loadIndex.js';
import { tempDir } from '../helpers/buildFixture.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = createRequire(import.meta.url).resolve('tsx');
const STORY =
  'Japan and the United States held a third round of tariff talks in Washington on Friday, officials said.\n';

function folderWith(files: Record<string, string | Buffer>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

async function runIndex(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', TSX, 'src/cli/indexCommand.ts', ...args], { cwd: ROOT });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += String(chunk)));
  child.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)));
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, stdout, stderr };
}

describe('a 20 MB file through npm run index', () => {
  const dir = folderWith({
    'a-story.txt': STORY,
    'huge.txt': Buffer.alloc(20 * 1024 * 1024, 'tariff talks. '),
  });
  const warning = `${join(dir, 'huge.txt')}: is 20.0 MiB, over the 2.0 MiB limit for one article; skipped. Split it into articles or raise --max-bytes.`;

  it('is skipped with a warning naming it, and the rest is indexed', { timeout: 60_000 }, async () => {
    const out = join(tempDir(), 'index.json');
    const run = await runIndex(['--in', dir, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toEqual(expect.arrayContaining(['1 warning(s):', `  ${warning}`]));
    const index = loadIndex(out);
    expect(index.articles.map((a) => a.id)).toEqual(['a-story']);
    expect(index.warnings).toEqual([
      { file: join(dir, 'huge.txt'), message: warning.split(': ').slice(1).join(': ') },
    ]);
  });

  it(
    'fails the build with --strict, and the last good index stays as it was',
    { timeout: 60_000 },
    async () => {
      const out = join(tempDir(), 'index.json');
      expect((await runIndex(['--in', folderWith({ 'a-story.txt': STORY }), '--out', out])).code).toBe(0);
      const before = readFileSync(out);
      const run = await runIndex(['--in', dir, '--out', out, '--strict']);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`--strict: 1 warning(s), index not written:\n  ${warning}`);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(readFileSync(out).equals(before)).toBe(true);
    },
  );
});

describe('a file removed while the build runs', () => {
  /** Deletes each listed file just before the builder reads it, as a user tidying the folder would. */
  function removing(dir: string, names: string[]) {
    return (step: string, done: number) => {
      if (step !== 'reading') return;
      const name = [...names].sort()[done - 1];
      if (name?.startsWith('gone')) rmSync(join(dir, name));
    };
  }

  it('is skipped with a warning naming it, and the rest is indexed', () => {
    const names = ['a-story.txt', 'gone.txt', 'z-story.md'];
    const dir = folderWith(Object.fromEntries(names.map((n) => [n, STORY])));
    const index = buildIndex({ inDir: dir, onProgress: removing(dir, names) });
    expect(existsSync(join(dir, 'gone.txt'))).toBe(false);
    expect(index.articles.map((a) => a.id)).toEqual(['a-story', 'z-story']);
    expect(index.warnings).toEqual([
      { file: join(dir, 'gone.txt'), message: 'was removed during the build; skipped.' },
    ]);
  });

  it('fails the build under --strict', () => {
    const names = ['a-story.txt', 'gone.txt'];
    const dir = folderWith(Object.fromEntries(names.map((n) => [n, STORY])));
    expect(() => buildIndex({ inDir: dir, strict: true, onProgress: removing(dir, names) })).toThrow(
      new BuildError(
        `--strict: 1 warning(s), index not written:\n  ${join(dir, 'gone.txt')}: was removed during the build; skipped.`,
      ),
    );
  });

  it('when every file is gone, the build fails rather than write an empty index', () => {
    const names = ['gone-1.txt', 'gone-2.txt'];
    const dir = folderWith(Object.fromEntries(names.map((n) => [n, STORY])));
    expect(() => buildIndex({ inDir: dir, onProgress: removing(dir, names) })).toThrow(
      /^None of the 2 file\(s\) in .* could be read as an article; index not written\./,
    );
  });
});
