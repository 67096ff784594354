import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/index/schema.js';
import { buildPassageIndex, createTokenizer, openPassageIndex } from '../../src/query/passageIndex.js';

const article = (id: string, texts: string[]): Article => ({
  id,
  file: `${id}.txt`,
  title: null,
  source: null,
  author: null,
  via: null,
  published: null,
  url: null,
  paraphrased: false,
  metadata: { title: 'unknown', source: 'unknown', published: 'unknown' },
  hash: 'h',
  paragraphs: texts.map((text) => ({ text, start: 0, end: text.length, sentences: [] })),
  removed: [],
});

const ARTICLES = [
  article('a', ['Japan faces a 25 percent tariff on cars.', 'The election is on Sunday.']),
  article('b', [
    'Tariffs on steel and aluminum stay in place.',
    'Cars, cars and more cars: the tariff on cars hurts.',
    'Nothing here.',
  ]),
];
const tokenizer = createTokenizer(['the', 'on', 'a', 'is', 'and', 'in']);
const stored = buildPassageIndex(ARTICLES, tokenizer);
const index = openPassageIndex(stored, tokenizer, 5)!;
const search = (terms: string[], any = false, prefixLast = false) =>
  index.search(terms, 10, { any, prefixLast }).map((m) => m.doc);

describe('the passage index', () => {
  it('stores sorted terms and one posting per paragraph and term', () => {
    expect(stored.terms.split(' ')).toEqual([...stored.terms.split(' ')].sort());
    expect(stored.terms.split(' ')).toContain('tariff');
    expect(stored.terms.split(' ')).not.toContain('the');
    expect(stored.docCount).toBe(5);
  });

  it.each([
    ['every term, ranked by how often the paragraph says it', ['tariff', 'car'], false, false, [3, 0]],
    ['a typo in a long enough word', ['tarif', 'car'], false, false, [3, 0]],
    ['a swapped pair of letters', ['tairff', 'car'], false, false, [3, 0]],
    ['no typo allowance in short words', ['cat'], false, false, []],
    ['a prefix of the last term', ['elec'], false, true, [1]],
    ['no prefix unless asked', ['elec'], false, false, []],
    ['all terms or nothing', ['steel', 'election'], false, false, []],
    ['any term when asked', ['steel', 'election'], true, false, [1, 2]],
    ['a term missing from the vocabulary', ['zebra', 'tariff'], false, false, []],
  ])('finds %s', (_name, terms, any, prefixLast, expected) => {
    const found = search(terms, any, prefixLast);
    if (any) expect([...found].sort()).toEqual(expected);
    else expect(found).toEqual(expected);
  });

  it('ranks an exact match above a typo match', () => {
    const matches = index.search(['steel'], 10, { any: true, prefixLast: false });
    expect(matches.map((m) => m.doc)).toEqual([2]);
    const typo = index.search(['steal'], 10, { any: true, prefixLast: false });
    expect(typo.map((m) => m.doc)).toEqual([2]);
    expect(typo[0]!.score).toBeLessThan(matches[0]!.score);
  });

  it('returns at most the limit, best first', () => {
    // One mention each: the shortest paragraph ranks first.
    expect(index.search(['tariff'], 1, { any: false, prefixLast: false }).map((m) => m.doc)).toEqual([2]);
  });

  it.each([
    ['another tokenizer', { ...stored, tokenizer: 'other' }, 5],
    ['another number of paragraphs', stored, 6],
    [
      'a posting past the last paragraph',
      {
        ...stored,
        docs: Buffer.from(
          Uint32Array.from(
            [...new Uint32Array(Buffer.from(stored.docs, 'base64').buffer.slice(0))].map(() => 9),
          ).buffer,
        ).toString('base64'),
      },
      5,
    ],
    [
      'offsets that do not cover the postings',
      { ...stored, offsets: Buffer.from(Uint32Array.from([0, 1]).buffer).toString('base64') },
      5,
    ],
  ])('refuses a stored index with %s', (_name, data, docCount) => {
    expect(openPassageIndex(data, tokenizer, docCount)).toBeNull();
  });
});

describe('the passage index, every term over many paragraphs', () => {
  // 200,000 paragraphs: "tariff" in all, "steel" in every 1,000th, "cars" in every 7th. Finding
  // "steel" first and looking its 200 paragraphs up in the long lists must give what reading
  // every posting gives; the candidate list is longer than a call's argument limit.
  const COUNT = 200_000;
  const texts = Array.from({ length: COUNT }, (_, i) =>
    ['tariff', i % 1000 === 0 ? 'steel' : '', i % 7 === 0 ? 'cars' : ''].join(' ').trim(),
  );
  const big = openPassageIndex(buildPassageIndex([article('big', texts)], tokenizer), tokenizer, COUNT)!;
  const docs = (words: string[], limit = 5, any = false) =>
    big.search(tokenizer.terms(words.join(' ')), limit, { any, prefixLast: false }).map((m) => m.doc);

  it.each([
    [
      ['steel', 'tariff', 'cars'],
      [0, 7000, 14000, 21000, 28000],
    ],
    [
      ['cars', 'steel'],
      [0, 7000, 14000, 21000, 28000],
    ],
    // The shortest paragraphs first: BM25 weighs a word more in a shorter text.
    [['tariff'], [1, 2, 3, 4, 5]],
    [
      ['tariff', 'cars'],
      [7, 14, 21, 28, 35],
    ],
    [['steel', 'lumber'], []],
  ])('finds %j in %j', (terms, expected) => {
    expect(docs(terms)).toEqual(expected);
  });

  it('scores a paragraph the same whichever way its terms were found', () => {
    const terms = tokenizer.terms('steel cars');
    const every = big.search(terms, 3, { any: false, prefixLast: false });
    const any = big.search(terms, 3, { any: true, prefixLast: false });
    expect(every).toEqual(any);
    expect(every.map((m) => m.doc)).toEqual([0, 7000, 14000]);
  });

  it('counts every paragraph of a term in all 200,000 when asked for all', () => {
    expect(docs(['tariff'], COUNT)).toHaveLength(COUNT);
    expect(docs(['cars'], COUNT)).toHaveLength(Math.ceil(COUNT / 7));
  });
});
