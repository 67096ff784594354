import { readFileSync } from 'node:fs';
import { loadIndex } from '../../src/index/loadIndex.js';
import { createQueryContext, type QueryContext } from '../../src/query/queryContext.js';
import { QueryLexicon } from '../../src/query/queryLexicon.js';

export const MINI_INDEX = 'test/fixtures/index/mini.json';
export const MINI_LEXICON = 'test/fixtures/index/query-lexicon.json';

let cached: QueryContext | undefined;

/** The query context of the hand-written fixture index, with its own vocabulary (test/fixtures/README.md). */
export function miniContext(): QueryContext {
  cached ??= createQueryContext(
    loadIndex(MINI_INDEX),
    QueryLexicon.parse(JSON.parse(readFileSync(MINI_LEXICON, 'utf8'))),
  );
  return cached;
}
