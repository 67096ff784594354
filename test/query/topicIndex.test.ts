import { describe, expect, it } from 'vitest';
import { words } from '../../src/query/text.js';
import { createTopicIndex } from '../../src/query/topicIndex.js';
import type { TopicQuery } from '../../src/query/topicQuery.js';

const texts = new Map([
  ['d1', words('Tariffs on cars take effect')],
  ['d2', words('Upper house election')],
  ['d3', words('Tariff talks resume in Tokyo')],
]);
const query = (...groups: string[][]): TopicQuery => ({ groups: groups.map((g) => g.map(words)) });

describe('createTopicIndex', () => {
  it.each([
    [query(['tariff']), ['d1', 'd3'], true],
    // A typo within sameWord's allowance still finds its texts.
    [query(['electoin']), ['d2'], true],
    // Every group must be met: tariffs and talks.
    [query(['tariff'], ['talks']), ['d3'], true],
    // Any phrase of a group will do; a phrase of several words is only a candidate by its first word.
    [query(['levy', 'take effect']), ['d1'], false],
    [query(['visit']), [], true],
  ])('%o', (q, keys, exact) => {
    const found = createTopicIndex(texts).candidates(q);
    expect([[...found.keys].sort(), found.exact]).toEqual([keys, exact]);
  });

  it('gives the same candidates when a word is asked again, and after thousands of other words', () => {
    const index = createTopicIndex(texts);
    const ask = (q: TopicQuery) => [...index.candidates(q).keys].sort();
    expect(ask(query(['tarif']))).toEqual(['d1', 'd3']);
    expect(ask(query(['tarif']))).toEqual(['d1', 'd3']);
    for (let i = 0; i < 6_000; i++) expect(ask(query([`zz${i}`]))).toEqual([]);
    expect(ask(query(['tarif']))).toEqual(['d1', 'd3']);
    expect(ask(query(['electoin']))).toEqual(['d2']);
  });
});
