import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildError } from '../../src/errors.js';
import { buildIndex } from '../../src/index/buildIndex.js';
import { sentenceText, spanText } from '../../src/index/spanText.js';
import { writeIndex } from '../../src/index/writeIndex.js';
import { SEED_DIR, seedIndex, tempDir } from '../helpers/buildFixture.js';

const STORY =
  'Japan and the United States held a third round of tariff talks in Washington on Friday, officials said.\n';

function folderWith(files: Record<string, string | Buffer>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('buildIndex', () => {
  it('reports reading each file, then each stage over each article, in order', () => {
    const calls: string[] = [];
    const dir = folderWith({ 'a.txt': STORY, 'b.txt': STORY, 'c.txt': '' });
    buildIndex({ inDir: dir, onProgress: (step, done, total) => calls.push(`${step} ${done}/${total}`) });
    // Three files are read; the empty one is skipped, so stages read two.
    expect(calls).toEqual([
      'reading 1/3',
      'reading 2/3',
      'reading 3/3',
      ...['people', 'quotes', 'tariffs', 'deadlines'].flatMap((stage) => [`${stage} 1/2`, `${stage} 2/2`]),
    ]);
  });

  it('writes a source as its span only; the sentence it was read from reads back from the paragraphs', () => {
    const index = seedIndex();
    const sources = [...index.tariffs, ...index.deadlines].flatMap((f) => f.sources);
    expect(sources.length).toBeGreaterThan(40);
    for (const source of sources) {
      expect(Object.keys(source)).toEqual(['articleId', 'paragraph', 'start', 'end']);
      expect(sentenceText(index, source)).toContain(spanText(index, source));
    }
    // A tariff's evidence is its first source's sentence; a deadline's, the sentence of the source
    // its description was read from.
    expect(index.tariffs.filter((t) => sentenceText(index, t.sources[0]!) !== t.evidence)).toEqual([]);
    expect(
      index.deadlines.filter((d) => !d.sources.some((s) => sentenceText(index, s) === d.evidence)),
    ).toEqual([]);
    // Not every source of a deadline says it in the chosen sentence: the check above can fail.
    expect(index.deadlines.some((d) => d.sources.some((s) => sentenceText(index, s) !== d.evidence))).toBe(
      true,
    );
  });

  it('is deterministic: two builds of the same folder write byte-identical files', () => {
    const dir = tempDir();
    writeIndex(buildIndex({ inDir: SEED_DIR }), join(dir, 'a.json'));
    writeIndex(buildIndex({ inDir: SEED_DIR }), join(dir, 'b.json'));
    expect(readFileSync(join(dir, 'a.json')).equals(readFileSync(join(dir, 'b.json')))).toBe(true);
  });

  it('changes its input hash when an article changes, and not otherwise', () => {
    const dir = tempDir();
    for (const f of readdirSync(SEED_DIR)) copyFileSync(join(SEED_DIR, f), join(dir, f));
    const before = buildIndex({ inDir: dir }).inputHash;
    expect(buildIndex({ inDir: dir }).inputHash).toBe(before);
    writeFileSync(join(dir, 'extra.txt'), STORY);
    expect(buildIndex({ inDir: dir }).inputHash).not.toBe(before);
  });

  it('reads .txt and .md in name order and ignores other files', () => {
    const dir = folderWith({ 'b.md': STORY, 'a.txt': STORY, 'c.json': '{}', '.hidden.txt': STORY });
    expect(buildIndex({ inDir: dir }).articles.map((a) => a.file)).toEqual([
      join(dir, 'a.txt'),
      join(dir, 'b.md'),
    ]);
  });

  it('infers title and outlet for an article without front matter', () => {
    const dir = folderWith({
      'x.txt': `Japan pushes for tariff relief in Washington talks\n\n${STORY}\n© KYODO`,
    });
    const [article] = buildIndex({ inDir: dir }).articles;
    expect([article!.title, article!.source, article!.published]).toEqual([
      'Japan pushes for tariff relief in Washington talks',
      'Kyodo',
      null,
    ]);
    expect(article!.metadata).toEqual({ title: 'inferred', source: 'inferred', published: 'unknown' });
  });

  it('repairs or skips bad files with a warning naming each, and indexes the rest', () => {
    const dir = folderWith({
      'good.txt': STORY,
      'empty.txt': '',
      'blank.txt': '  \n\n \t\n',
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]),
      'latin1.txt': Buffer.from(`Caf\xe9 talks ended, officials said.\n`, 'latin1'),
      'utf16.txt': Buffer.from([0xff, 0xfe, ...Buffer.from(STORY, 'utf16le')]),
      'crlf.txt': `\uFEFF---\r\ntitle: CRLF story\r\n---\r\n${STORY.replace('\n', '\r\n')}`,
      'badfront.txt': `---\ntitle Talks\n---\n${STORY}`,
      'good.md': STORY,
    });
    const index = buildIndex({ inDir: dir });
    expect(index.articles.map((a) => a.file.slice(dir.length + 1))).toEqual([
      'crlf.txt',
      'good.md',
      'latin1.txt',
      'utf16.txt',
    ]);
    expect(index.articles[0]!.title).toBe('CRLF story');
    expect(index.articles[2]!.paragraphs[0]!.text).toBe('Café talks ended, officials said.');
    expect(index.warnings.map((w) => [w.file.slice(dir.length + 1), w.message.slice(0, 40)])).toEqual([
      ['badfront.txt', 'front matter line 2 "title Talks" is not'],
      ['binary.txt', 'is not text (it holds NUL or control byt'],
      ['blank.txt', 'has no story text (it is empty, or every'],
      ['empty.txt', 'has no story text (it is empty, or every'],
      ['good.txt', `has the same id "good" as ${join(dir, 'good.md')}`.slice(0, 40)],
      ['latin1.txt', 'is not valid UTF-8; read as Windows-1252'],
      ['utf16.txt', 'is UTF-16 text; read as such. Save it as'],
    ]);
  });

  it('skips a file over the size limit', () => {
    const dir = folderWith({ 'big.txt': STORY.repeat(200), 'small.txt': STORY });
    const index = buildIndex({ inDir: dir, maxBytes: 10_000 });
    expect(index.articles.map((a) => a.id)).toEqual(['small']);
    expect(index.warnings[0]!.message).toMatch(
      /^is 0\.0 MiB, over the 0\.0 MiB limit for one article; skipped/,
    );
  });

  it('fails under --strict when any file has a warning', () => {
    const dir = folderWith({ 'good.txt': STORY, 'empty.txt': '' });
    expect(() => buildIndex({ inDir: dir, strict: true })).toThrow(BuildError);
    expect(() => buildIndex({ inDir: dir, strict: true })).toThrow(/empty\.txt: has no story text/);
  });

  it('fails when no file is readable, rather than write an empty index', () => {
    const dir = folderWith({ 'empty.txt': '' });
    expect(() => buildIndex({ inDir: dir })).toThrow(/None of the 1 file\(s\)/);
  });

  it('names a missing folder and the option that sets it', () => {
    expect(() => buildIndex({ inDir: 'no/such/folder' })).toThrow(
      /The article folder no\/such\/folder does not exist.*--in/s,
    );
  });

  it('accepts an empty folder (an index with no articles)', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'articles'));
    expect(buildIndex({ inDir: join(dir, 'articles') }).articles).toEqual([]);
  });
});
