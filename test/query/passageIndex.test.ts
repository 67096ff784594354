import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article, PassageIndexData } from '../../src/index/schema.js';
import { buildPassageIndex, createTokenizer, openPassageIndex } from '../../src/query/passageIndex.js';
import { averageLength, B, boundValue, K1 } from '../../src/query/scoreBounds.js';

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
    ['term bounds for one term too few', { ...stored, termBounds: resized(stored.termBounds!, -1) }, 5],
    [
      'paragraph bounds for one paragraph too many',
      { ...stored, docBounds: resized(stored.docBounds!, 1) },
      5,
    ],
    ['no term bounds (stored before they were)', { ...stored, termBounds: undefined }, 5],
    ['no paragraph bounds', { ...stored, docBounds: undefined }, 5],
    [
      'the format before the bounds',
      { ...stored, tokenizer: stored.tokenizer.replace('passages-2', 'passages-1') },
      5,
    ],
  ])('refuses a stored index with %s', (_name, data, docCount) => {
    expect(openPassageIndex(data, tokenizer, docCount)).toBeNull();
  });

  it('opens the stored index as built', () => {
    expect(stored.tokenizer).toMatch(/^passages-2 /);
    expect(openPassageIndex(stored, tokenizer, 5)).not.toBeNull();
  });
});

/** Stored bytes with `change` bytes more (zeros) or fewer at the end. */
function resized(text: string, change: number): string {
  const bytes = Buffer.from(text, 'base64');
  return (
    change < 0 ? bytes.subarray(0, bytes.length + change) : Buffer.concat([bytes, Buffer.alloc(change)])
  ).toString('base64');
}

/** The stored arrays of an index, decoded. */
function decoded(data: PassageIndexData) {
  const array = <T>(text: string, Kind: new (buffer: ArrayBuffer) => T) => {
    const bytes = Buffer.from(text, 'base64');
    return new Kind(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  };
  return {
    terms: data.terms.split(' '),
    offsets: array(data.offsets, Uint32Array),
    docs: array(data.docs, Uint32Array),
    freqs: array(data.freqs, Uint8Array),
    lengths: array(data.lengths, Uint16Array),
    termBounds: array(data.termBounds!, Uint8Array),
    docBounds: array(data.docBounds!, Uint8Array),
  };
}

/** BM25's term-frequency factor, as the search computes it. */
function factor(tf: number, length: number, average: number): number {
  return (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / average));
}

/**
 * Every posting's factor, checked against its term's and its paragraph's stored bound: never
 * above either. Returns the largest factor of each term and of each paragraph.
 */
function checkBounds(data: PassageIndexData) {
  const { terms, offsets, docs, freqs, lengths, termBounds, docBounds } = decoded(data);
  const average = averageLength(lengths);
  const byTerm = new Map<string, number>();
  const byDoc = new Map<number, number>();
  let over = 0;
  terms.forEach((term, t) => {
    for (let p = offsets[t]!; p < offsets[t + 1]!; p++) {
      const f = factor(freqs[p]!, lengths[docs[p]!]!, average);
      if (f > boundValue(termBounds[t]!) || f > boundValue(docBounds[docs[p]!]!)) over++;
      byTerm.set(term, Math.max(byTerm.get(term) ?? 0, f));
      byDoc.set(docs[p]!, Math.max(byDoc.get(docs[p]!) ?? 0, f));
    }
  });
  return { over, byTerm, byDoc, termBounds, docBounds, terms };
}

describe('the stored score bounds', () => {
  // Paragraph lengths 6, 2, 5, 7 and 2 terms, 4.4 on average; "car" is said 4 times in the 7.
  const { over, byTerm, byDoc, termBounds, docBounds, terms } = checkBounds(stored);

  it('never fall below a posting’s factor', () => {
    expect(over).toBe(0);
  });

  it.each([
    // The most repeated term: 4 of the 7 terms of paragraph 3.
    ['car', 180],
    // Its shortest paragraph is 5 terms long.
    ['tariff', 111],
    // Once, in a paragraph of 2 terms.
    ['election', 147],
    // Once, in a paragraph of 7.
    ['hurt', 95],
  ])('bound %s by its largest factor rounded up to a 255th of K1 + 1: %d', (term, stored) => {
    const t = terms.indexOf(term);
    expect(termBounds[t]).toBe(stored);
    expect(boundValue(stored)).toBeGreaterThanOrEqual(byTerm.get(term)!);
    // Negative case: one 255th less would be below it.
    expect(boundValue(stored - 1)).toBeLessThan(byTerm.get(term)!);
  });

  it.each([
    [0, 102],
    [1, 147],
    [3, 180],
  ])('bound paragraph %d by the largest factor of its terms: %d', (doc, stored) => {
    expect(docBounds[doc]).toBe(stored);
    expect(boundValue(stored)).toBeGreaterThanOrEqual(byDoc.get(doc)!);
    expect(boundValue(stored - 1)).toBeLessThan(byDoc.get(doc)!);
  });

  it.each([
    // Lengths 1 and 2: 1.5 on average; 2.2 / (1 + 1.2 * (0.3 + 0.7 / 1.5)) = 1.1458 is 132.8 255ths of 2.2.
    ['a paragraph of one word', 'Steel', 133],
    // Negative case: no terms, nothing to bound.
    ['a paragraph of stop words alone', 'The', 0],
  ])('bound %s by the factor of its terms', (_name, text, stored) => {
    const one = buildPassageIndex([article('one', [text, 'Steel and cars'])], tokenizer);
    expect(decoded(one).docBounds[0]).toBe(stored);
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
  const bigData = buildPassageIndex([article('big', texts)], tokenizer);
  const big = openPassageIndex(bigData, tokenizer, COUNT)!;
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

  it('bounds every posting of the 200,000 paragraphs', () => {
    expect(checkBounds(bigData).over).toBe(0);
  });

  it('counts every paragraph of a term in all 200,000 when asked for all', () => {
    expect(docs(['tariff'], COUNT)).toHaveLength(COUNT);
    expect(docs(['cars'], COUNT)).toHaveLength(Math.ceil(COUNT / 7));
  });
});

describe('the search, passing over paragraphs that cannot make the top', () => {
  const options = (any: boolean, prefixLast = false) => ({ any, prefixLast });
  const indexOf = (paragraphs: string[][]) =>
    openPassageIndex(
      buildPassageIndex(
        [
          article(
            'p',
            paragraphs.map((words) => words.join(' ')),
          ),
        ],
        tokenizer,
      ),
      tokenizer,
      paragraphs.length,
    )!;

  /**
   * BM25 worked out paragraph by paragraph, query term by query term in query order, as the
   * search has always added it: the scores must be the same to the last bit. Words of four
   * letters or fewer, so that a query term matches itself alone (no typos, no prefix).
   */
  function reference(paragraphs: string[][], query: string[], any: boolean, limit: number) {
    const lengths = paragraphs.map((words) => words.length);
    const average = lengths.reduce((n, l) => n + l, 0) / Math.max(paragraphs.length, 1);
    const terms = [...new Set(query)];
    const held = (term: string) => paragraphs.filter((words) => words.includes(term)).length;
    const matches = paragraphs.flatMap((words, doc) => {
      let score = 0;
      let found = 0;
      for (const term of terms) {
        const tf = words.filter((w) => w === term).length;
        if (tf === 0) continue;
        found++;
        const n = held(term);
        const weight = Math.log(1 + (paragraphs.length - n + 0.5) / (n + 0.5));
        score += (weight * (tf * (K1 + 1))) / (tf + K1 * (1 - B + (B * lengths[doc]!) / average));
      }
      return (any ? found > 0 : found === terms.length) ? [{ doc, score }] : [];
    });
    return matches.sort((a, b) => b.score - a.score || a.doc - b.doc).slice(0, limit);
  }

  const SHORT = ['car', 'tax', 'deal', 'duty', 'ship', 'port', 'rice'];
  const paragraphsOf = (words: string[]) =>
    fc.array(fc.array(fc.constantFrom(...words), { maxLength: 12 }), { minLength: 5, maxLength: 60 });

  it('finds the top paragraphs and their scores, to the last bit, as scoring every paragraph does', () => {
    let full = 0;
    fc.assert(
      fc.property(
        paragraphsOf([...SHORT, 'filler']),
        fc.array(fc.constantFrom(...SHORT), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 6 }),
        (paragraphs, query, any, limit) => {
          const expected = reference(paragraphs, query, any, limit);
          if (expected.length === limit) full++;
          expect(indexOf(paragraphs).search(query, limit, options(any))).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
    // Not vacuous: the top was full, so paragraphs could be passed over, in most runs.
    expect(full).toBeGreaterThan(150);
  });

  it('gives the same top with typos and prefixes as asking for every match', () => {
    const LONG = [
      'tariff',
      'tarif',
      'tariffs',
      'trade',
      'trader',
      'grade',
      'steel',
      'stele',
      'agreement',
      'argument',
    ];
    let pruned = 0;
    fc.assert(
      fc.property(
        paragraphsOf([...LONG, 'car', 'filler']),
        fc.array(fc.constantFrom(...LONG, 'tra', 'agree', 'stel', 'traiff'), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 1, max: 5 }),
        (paragraphs, words, any, prefixLast, limit) => {
          const index = indexOf(paragraphs);
          const query = tokenizer.terms(words.join(' '));
          const every = index.search(query, paragraphs.length + 1, options(any, prefixLast));
          if (every.length > limit) pruned++;
          expect(index.search(query, limit, options(any, prefixLast))).toEqual(every.slice(0, limit));
        },
      ),
      { numRuns: 400 },
    );
    expect(pruned).toBeGreaterThan(150);
  });

  it.each([
    // Ties: the earlier paragraph wins, also when the later ones could only tie.
    [[['car'], ['car'], ['car'], ['car']], ['car'], 2, [0, 1]],
    // A paragraph that holds every term but is long loses to short ones with it too.
    [
      [
        ['car', 'tax', 'rice', 'rice', 'rice', 'rice'],
        ['car', 'tax'],
        ['tax', 'car'],
      ],
      ['car', 'tax'],
      2,
      [1, 2],
    ],
    // Negative case: a paragraph without every term is no match, however short.
    [[['car'], ['car', 'tax', 'port', 'port']], ['car', 'tax'], 2, [1]],
  ])('in %j, %j, top %d: %j', (paragraphs, query, limit, expected) => {
    const found = indexOf(paragraphs).search(query, limit, options(false));
    expect(found.map((m) => m.doc)).toEqual(expected);
    expect(found).toEqual(reference(paragraphs, query, false, limit));
  });
});
