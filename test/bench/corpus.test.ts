import { describe, expect, it } from 'vitest';
import { createCorpusGenerator } from '../../bench/corpus.js';
import { loadCorpusVocabulary } from '../../bench/corpusVocabulary.js';
import { splitFrontMatter } from '../../src/articles/frontMatter.js';
import { SCHEMA_VERSION, type TariffIndex } from '../../src/index/schema.js';

const STORY = [
  'Treasury Secretary Scott Bessent said Japan would face a 25 percent tariff on cars from Aug. 1.',
  'Bessent told reporters in Tokyo that Japanese officials had offered nothing new.',
  'The rate on steel rose to 50% in June, the ministry said.',
];

/** A one-article seed index, written out so every substitution is visible. */
const SEED: TariffIndex = {
  schemaVersion: SCHEMA_VERSION,
  inputHash: 'x',
  articles: [
    {
      id: 'seed',
      file: 'seed.txt',
      title: 'Bessent warns Japan on cars',
      source: null,
      author: null,
      via: null,
      published: '2025-07-18',
      url: null,
      paraphrased: false,
      metadata: { title: 'front-matter', source: 'unknown', published: 'front-matter' },
      hash: 'h',
      paragraphs: STORY.map((text) => ({ text, start: 0, end: text.length, sentences: [] })),
      removed: [],
    },
  ],
  people: [
    {
      id: 'scott-bessent',
      name: 'Scott Bessent',
      kind: 'person',
      aliases: ['Bessent'],
      role: 'Treasury Secretary',
      articleIds: ['seed'],
    },
  ],
  quotes: [],
  tariffs: [],
  deadlines: [],
  warnings: [],
};
const SUBJECTS = [
  { slug: 'autos', label: 'Autos', aliases: ['autos', 'cars'] },
  { slug: 'steel', label: 'Steel', aliases: ['steel'] },
  { slug: 'copper', label: 'Copper', aliases: ['copper'] },
];
const vocabulary = loadCorpusVocabulary();
const generator = (seedNumber: number) =>
  createCorpusGenerator({ seed: SEED, subjects: SUBJECTS, vocabulary, seedNumber, rosterSize: 50 });

describe('the benchmark corpus generator', () => {
  it('writes the same article for the same seed and position, whatever was generated before', () => {
    const a = generator(1);
    const b = generator(1);
    for (let i = 0; i < 5; i++) a.article(i);
    expect(a.article(7)).toEqual(b.article(7));
    expect(a.roster).toEqual(b.roster);
  });

  it('writes other articles for another seed or position', () => {
    expect(generator(1).article(0).text).not.toBe(generator(2).article(0).text);
    expect(generator(1).article(0).text).not.toBe(generator(1).article(1).text);
  });

  it('names files by position, so a folder lists in generation order', () => {
    expect(generator(1).article(0).fileName).toMatch(/^000000_[0-9a-f]{8}\.txt$/);
    expect(generator(1).article(1234).fileName).toMatch(/^001234_[0-9a-f]{8}\.txt$/);
  });

  it('writes front matter the article reader accepts', () => {
    const { text, fileName } = generator(3).article(2);
    const front = splitFrontMatter(text);
    expect(front.ok).toBe(true);
    if (!front.ok) return;
    expect(front.meta.title).toMatch(/ warns .* on /);
    expect(vocabulary.outlets).toContain(front.meta.source);
    expect(
      front.meta.published! >= vocabulary.publishedRange.from &&
        front.meta.published! <= vocabulary.publishedRange.to,
    ).toBe(true);
    expect(front.meta.url).toBe(`https://news.example/${fileName.replace('.txt', '')}`);
  });

  it('replaces one seed person by one roster person throughout an article, with title, full name and surname', () => {
    const g = generator(4);
    let checked = 0;
    for (let i = 0; i < 20; i++) {
      const { text } = g.article(i);
      expect(text).not.toContain('Bessent');
      const titled = /(?:^|\n)([A-Z][\w ]*?) ([A-Z]\w+ [A-Z]\w+) said /.exec(text);
      if (!titled) continue; // this article did not draw the first paragraph
      const person = g.roster.find((p) => p.name === titled[2]);
      expect(person).toBeDefined();
      expect(titled[1]).toBe(person!.role);
      if (text.includes(' told reporters')) expect(text).toContain(`${person!.surname} told reporters`);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('swaps the partner country, subjects, rates and dates for vocabulary values', () => {
    const g = generator(5);
    const countries = vocabulary.countries.map((c) => c.name);
    for (let i = 0; i < 20; i++) {
      const body = g.article(i).text.split('\n---\n')[1]!;
      const rates = [...body.matchAll(/(\d+(?:\.\d+)?)(?: percent|%)/g)].map((m) => Number(m[1]));
      expect(rates.every((r) => vocabulary.ratesPercent.includes(r))).toBe(true);
      expect(body).not.toMatch(/Aug\. 1\b/);
      const named = countries.filter((c) => new RegExp(`\\b${c}\\b`).test(body));
      expect(named.length).toBeLessThanOrEqual(1);
      for (const m of body.matchAll(/tariff on (\w+)/g)) expect(['autos', 'steel', 'copper']).toContain(m[1]);
    }
  });

  it('gives distinct surnames to the whole roster', () => {
    const roster = createCorpusGenerator({
      seed: SEED,
      subjects: SUBJECTS,
      vocabulary,
      seedNumber: 9,
      rosterSize: 300,
    }).roster;
    expect(roster).toHaveLength(300);
    expect(new Set(roster.map((p) => p.surname)).size).toBe(300);
  });

  it('refuses a seed index without story paragraphs', () => {
    const empty = { ...SEED, articles: [] };
    expect(() =>
      createCorpusGenerator({ seed: empty, subjects: SUBJECTS, vocabulary, seedNumber: 1 }),
    ).toThrow(/no article with story paragraphs/);
  });
});
