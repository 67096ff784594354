import { copyFileSync, existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDER_SOURCES, ensureIndex, staleness } from '../../src/cli/ensureIndex.js';
import { IndexLoadError } from '../../src/errors.js';
import { SCHEMA_VERSION } from '../../src/index/schema.js';
import { SEED_DIR, tempDir } from '../helpers/buildFixture.js';

const ARTICLE = '001_a1740e9eaf4d6ccd.txt';
const LEXICON = 'data/lexicon';

/**
 * A folder with one article, a stand-in for the builder's code (one extractor in a subfolder) and
 * no index; every input dated in the past, so a build is newer.
 */
function workspace() {
  const dir = tempDir();
  const articles = join(dir, 'articles');
  mkdirSync(articles);
  copyFileSync(join(SEED_DIR, ARTICLE), join(articles, ARTICLE));
  const code = join(dir, 'code');
  mkdirSync(join(code, 'quotes'), { recursive: true });
  writeFileSync(join(code, 'quotes', 'extractor.ts'), 'export {};\n');
  const past = new Date(Date.now() - 60_000);
  for (const path of [
    join(articles, ARTICLE),
    articles,
    join(code, 'quotes', 'extractor.ts'),
    join(code, 'quotes'),
    code,
  ])
    utimesSync(path, past, past);
  return { dir, articles, code, indexPath: join(dir, 'out', 'index.json') };
}

const future = () => new Date(Date.now() + 60_000);

describe('ensureIndex', () => {
  it('builds a missing index with a notice, then loads it quietly', () => {
    const { articles, indexPath } = workspace();
    const notices: string[] = [];
    const built = ensureIndex({ indexPath, articlesDir: articles, notice: (l) => notices.push(l) });
    expect(existsSync(indexPath)).toBe(true);
    expect(built.articles.map((a) => a.id)).toEqual(['001_a1740e9eaf4d6ccd']);
    expect(notices[0]).toBe(`The index ${indexPath} does not exist yet; building it from ${articles} first.`);
    expect(notices[1]).toMatch(/^Wrote .*index\.json \(.*\): 1 articles/);

    const again: string[] = [];
    const loaded = ensureIndex({ indexPath, articlesDir: articles, notice: (l) => again.push(l) });
    expect(again).toEqual([]);
    expect(loaded.inputHash).toBe(built.inputHash);
  });

  it.each([
    [
      'an edited article',
      (articles: string) => utimesSync(join(articles, ARTICLE), future(), future()),
      (articles: string) => join(articles, ARTICLE),
    ],
    [
      'an added article',
      (articles: string) => {
        writeFileSync(join(articles, 'new.txt'), 'Tokyo — A new story about tariffs.\n');
        utimesSync(articles, future(), future());
      },
      (articles: string) => articles,
    ],
    [
      'an edited extractor',
      (_: string, code: string) => utimesSync(join(code, 'quotes', 'extractor.ts'), future(), future()),
      (_: string, code: string) => join(code, 'quotes', 'extractor.ts'),
    ],
    [
      'an added extractor',
      (_: string, code: string) => {
        writeFileSync(join(code, 'quotes', 'another.ts'), 'export {};\n');
        utimesSync(join(code, 'quotes'), future(), future());
      },
      (_: string, code: string) => join(code, 'quotes'),
    ],
  ])('rebuilds after %s', (_, change, newer) => {
    const { articles, code, indexPath } = workspace();
    const builder = [code];
    ensureIndex({ indexPath, articlesDir: articles, builder, notice: () => {} });
    expect(staleness(indexPath, articles, LEXICON, builder)).toBeNull();
    change(articles, code);
    expect(staleness(indexPath, articles, LEXICON, builder)).toBe(`is older than ${newer(articles, code)}`);
    const notices: string[] = [];
    ensureIndex({ indexPath, articlesDir: articles, builder, notice: (l) => notices.push(l) });
    expect(notices[0]).toBe(
      `The index ${indexPath} is older than ${newer(articles, code)}; building it from ${articles} first.`,
    );
  });

  it('reads the builder’s code from the source folders that build an index, and not the bot’s', () => {
    expect(BUILDER_SOURCES.map((dir) => relative(process.cwd(), dir))).toEqual([
      join('src', 'articles'),
      join('src', 'extract'),
      join('src', 'index'),
      join('src', 'lexicon'),
      join('src', 'pipeline'),
      join('src', 'query'),
    ]);
    expect(BUILDER_SOURCES.some((dir) => dir.endsWith(join('src', 'bot')))).toBe(false);
  });

  it('rebuilds an unreadable index, and only loads when told not to build', () => {
    const { articles, indexPath } = workspace();
    mkdirSync(join(indexPath, '..'), { recursive: true });
    writeFileSync(indexPath, `{"schemaVersion": ${SCHEMA_VERSION}, "trunc`);
    expect(() => ensureIndex({ indexPath, articlesDir: null })).toThrow(IndexLoadError);
    const notices: string[] = [];
    ensureIndex({ indexPath, articlesDir: articles, notice: (l) => notices.push(l) });
    expect(notices[0]).toMatch(/^The index .* cannot be read \(it is not valid JSON/);
  });

  it('rebuilds an index of the previous schema version, and the rebuilt one loads as is', () => {
    const { articles, indexPath } = workspace();
    mkdirSync(join(indexPath, '..'), { recursive: true });
    writeFileSync(indexPath, JSON.stringify({ schemaVersion: SCHEMA_VERSION - 1, articles: [] }));
    const notices: string[] = [];
    const index = ensureIndex({ indexPath, articlesDir: articles, notice: (l) => notices.push(l) });
    expect(notices[0]).toBe(
      `The index ${indexPath} cannot be read (it has schema version ${SCHEMA_VERSION - 1}, and this version of tariff-desk reads version ${SCHEMA_VERSION}.); building it from ${articles} first.`,
    );
    expect(index.schemaVersion).toBe(SCHEMA_VERSION);
    const again: string[] = [];
    ensureIndex({ indexPath, articlesDir: articles, notice: (l) => again.push(l) });
    expect(again).toEqual([]);
  });
});
