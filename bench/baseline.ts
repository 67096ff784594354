/**
 * The naive baseline the issue measures against: one fuse.js instance, default options, over
 * every quote and paragraph text, asked the same /search queries. It is slow at scale, so it runs
 * for a time budget rather than a fixed number of queries.
 */
import Fuse from 'fuse.js';
import { performance } from 'node:perf_hooks';
import type { TariffIndex } from '../src/index/schema.js';
import { holdsWords, TOP } from './judge.js';
import type { BenchQuery } from './queries.js';

export interface BaselineResult {
  buildMs: number;
  texts: number;
  /** Indexes into the queries given, in the order they ran. */
  ran: number[];
  ms: number[];
  hits: (boolean | null)[];
}

export function runBaseline(
  index: TariffIndex,
  queries: readonly BenchQuery[],
  budgetMs: number,
  minQueries: number,
): BaselineResult {
  const start = performance.now();
  const texts = [
    ...index.quotes.map((q) => q.text),
    ...index.articles.flatMap((a) => a.paragraphs.map((p) => p.text)),
  ];
  const fuse = new Fuse(texts);
  const buildMs = performance.now() - start;

  const result: BaselineResult = { buildMs, texts: texts.length, ran: [], ms: [], hits: [] };
  const began = performance.now();
  for (const [i, q] of queries.entries()) {
    if (result.ran.length >= minQueries && performance.now() - began > budgetMs) break;
    const t = performance.now();
    const found = fuse.search(q.text, { limit: TOP });
    result.ms.push(performance.now() - t);
    result.ran.push(i);
    const expect = q.expect;
    result.hits.push(expect?.type === 'words' ? found.some((f) => holdsWords(f.item, expect.words)) : null);
  }
  return result;
}
