import { rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { LiveIndex } from '../../src/bot/liveIndex.js';
import { createLogger } from '../../src/bot/logger.js';
import { IndexLoadError } from '../../src/errors.js';
import { writeIndex } from '../../src/index/writeIndex.js';
import type { TariffIndex } from '../../src/index/schema.js';
import { tempDir } from '../helpers/buildFixture.js';
import { LogCapture, seedIndexFile, twoArticleIndex } from './harness.js';

let smaller: TariffIndex;
let live: LiveIndex | undefined;

beforeAll(() => {
  smaller = twoArticleIndex();
});
afterEach(() => live?.close());

function start() {
  const path = seedIndexFile();
  const logs = new LogCapture();
  live = new LiveIndex(path, createLogger({ level: 'info', destination: logs }));
  live.watch();
  return { path, logs, live, before: live.current().index.articles.length };
}

describe('LiveIndex', () => {
  test('a missing file at start is an IndexLoadError naming it', () => {
    const path = join(tempDir(), 'none.json');
    expect(() => new LiveIndex(path, createLogger({ level: 'silent' }))).toThrow(IndexLoadError);
    expect(() => new LiveIndex(path, createLogger({ level: 'silent' }))).toThrow(path);
  });

  test('an index rebuilt over the file is picked up', async () => {
    const { path, logs, live, before } = start();
    expect(before).toBeGreaterThan(2);
    const reloaded = once(live, 'reload');
    writeIndex(smaller, path);
    await reloaded;
    expect(live.current().index.articles.map((a) => a.id)).toEqual(smaller.articles.map((a) => a.id));
    expect(logs.records().at(-1)).toMatchObject({ level: 30, msg: 'index reloaded', articles: 2, path });
  });

  test.each([
    ['half-written JSON', (path: string) => writeFileSync(path, '{"schemaVersion": 1, "articles": [')],
    ['another schema version', (path: string) => writeFileSync(path, JSON.stringify({ schemaVersion: 999 }))],
    ['a deleted file', (path: string) => rmSync(path)],
  ])('%s is refused and the previous index stays', async (_, spoil) => {
    const { path, logs, live, before } = start();
    const previous = live.current();
    const rejected = once(live, 'reject');
    spoil(path);
    const [error] = (await rejected) as [Error];
    expect(error).toBeInstanceOf(IndexLoadError);
    expect(live.current()).toBe(previous);
    expect(live.current().index.articles).toHaveLength(before);
    expect(logs.records().at(-1)).toMatchObject({
      level: 40,
      msg: 'index file changed but cannot be used; still answering from the previous index',
      reason: error.message,
    });
  });
});
