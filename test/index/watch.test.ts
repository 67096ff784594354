import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIndex } from '../../src/index/loadIndex.js';
import { SEED_DIR, tempDir } from '../helpers/buildFixture.js';

const STORY =
  'Japan and the United States held a third round of tariff talks in Washington on Friday, officials said.\n';

describe('npm run index -- --watch', () => {
  it('builds again when an article is added, and again when it is removed', async () => {
    const dir = tempDir();
    const articles = join(dir, 'articles');
    mkdirSync(articles);
    for (const f of readdirSync(SEED_DIR)) copyFileSync(join(SEED_DIR, f), join(articles, f));
    const out = join(dir, 'index.json');
    const child = spawn(join('node_modules', '.bin', 'tsx'), [
      'src/cli/indexCommand.ts',
      '--watch',
      '--in',
      articles,
      '--out',
      out,
    ]);
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    // Resolves once a build has written an index that satisfies `done`.
    const waitFor = (done: (ids: string[]) => boolean) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (!stdout.includes('Wrote ')) return;
          if (done(loadIndex(out).articles.map((a) => a.id))) {
            child.stdout.off('data', check);
            resolve();
          }
        };
        child.stdout.on('data', check);
        child.once('exit', () => reject(new Error(`exited early:\n${stdout}`)));
        check();
      });
    try {
      await waitFor((ids) => ids.length === 5);
      writeFileSync(join(articles, 'new.txt'), STORY);
      await waitFor((ids) => ids.includes('new'));
      expect(loadIndex(out).articles).toHaveLength(6);
      rmSync(join(articles, 'new.txt'));
      await waitFor((ids) => !ids.includes('new'));
      expect(loadIndex(out).articles).toHaveLength(5);
    } finally {
      child.kill();
    }
  });
});
