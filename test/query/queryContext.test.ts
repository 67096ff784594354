import { describe, expect, it } from 'vitest';
import { createPassageSearch } from '../../src/query/passageSearch.js';
import { createQueryContext } from '../../src/query/queryContext.js';
import { loadQueryLexicon } from '../../src/query/queryLexicon.js';
import { seedIndex } from '../helpers/buildFixture.js';

describe('createQueryContext', () => {
  const lexicon = loadQueryLexicon();

  it('keeps the index without its stored search data, and leaves the given index whole', () => {
    const index = seedIndex();
    const ctx = createQueryContext(index, lexicon);
    expect('search' in ctx.index).toBe(false);
    expect(index.search?.docCount).toBe(74);
    expect(ctx.index.articles).toBe(index.articles);
    expect(ctx.index.quotes).toBe(index.quotes);
  });

  it.each([
    ['Akazawa Lutnick', ['000_9fd08886dfbf61b1#10', '001_a1740e9eaf4d6ccd#8', '003_d7b23198233fba71#0']],
    ['semiconductors', []],
  ])('searches %j as the stored search data does', (query, expected) => {
    const index = seedIndex();
    const ctx = createQueryContext(index, lexicon);
    const found = ctx.passages.search(query, 5);
    expect(found.map((h) => `${h.articleId}#${h.paragraph}`)).toEqual(expected);
    expect(found).toEqual(createPassageSearch(index, lexicon.stopwords).search(query, 5));
  });
});
