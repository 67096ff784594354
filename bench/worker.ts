/**
 * One measurement in a fresh process, so that each size's load time and memory are its own:
 *   build   <result file> <articles dir> <index file>
 *   measure <result file> <index file> <queries per kind> <seed> <baseline budget ms>
 */
import { statSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { buildIndex } from '../src/index/buildIndex.js';
import { warmUp } from '../src/answers/warmUp.js';
import { loadIndex } from '../src/index/loadIndex.js';
import { writeIndex } from '../src/index/writeIndex.js';
import { createQueryContext } from '../src/query/queryContext.js';
import { loadQueryLexicon, type QueryLexicon } from '../src/query/queryLexicon.js';
import { runBaseline } from './baseline.js';
import type { BaselineFigures, BuildFigures, KindFigures, LoadFigures } from './figures.js';
import { Random } from './prng.js';
import { generateQueries, QUERY_KINDS } from './queries.js';
import { runQueries } from './runQueries.js';
import { summarize } from './stats.js';
import { compareStructures } from './structures.js';

/** The baseline always runs at least this many queries, however slow. */
const BASELINE_MIN_QUERIES = 3;

function build(inDir: string, out: string): BuildFigures {
  const t0 = performance.now();
  const index = buildIndex({ inDir });
  const t1 = performance.now();
  writeIndex(index, out);
  const t2 = performance.now();
  return {
    articles: index.articles.length,
    paragraphs: index.articles.reduce((n, a) => n + a.paragraphs.length, 0),
    people: index.people.length,
    quotes: index.quotes.length,
    tariffs: index.tariffs.length,
    deadlines: index.deadlines.length,
    buildMs: t1 - t0,
    writeMs: t2 - t1,
    articlesPerSecond: index.articles.length / ((t2 - t0) / 1000),
    indexBytes: statSync(out).size,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
}

/**
 * What the bot does before it answers: load the index and build the query context. Only the
 * context is kept, as in the bot, so the memory figures hold what the bot holds.
 */
function ready(file: string, lexicon: QueryLexicon) {
  const t0 = performance.now();
  const loaded = loadIndex(file);
  const t1 = performance.now();
  const ctx = createQueryContext(loaded, lexicon);
  const t2 = performance.now();
  const memory = process.memoryUsage();
  const load: LoadFigures = {
    loadMs: t1 - t0,
    contextMs: t2 - t1,
    readyMs: t2 - t0,
    rssBytes: memory.rss,
    heapUsedBytes: memory.heapUsed,
    warmUpMs: 0,
    warmUpSteps: 0,
  };
  return { ctx, load };
}

function measure(file: string, perKind: number, seed: number, budgetMs: number) {
  const lexicon = loadQueryLexicon();
  const { ctx, load } = ready(file, lexicon);
  const index = ctx.index;
  const t3 = performance.now();
  load.warmUpSteps = warmUp(ctx);
  load.warmUpMs = performance.now() - t3;

  const queries = generateQueries(new Random(seed), index, lexicon, perKind);
  const results = runQueries(ctx, queries);
  const kinds: KindFigures[] = QUERY_KINDS.map((kind) => {
    const mine = results.filter((r) => r.query.kind === kind);
    const judged = mine.filter((r) => r.hit !== null);
    const typos = judged.filter((r) => r.query.typo);
    return {
      kind,
      latency: summarize(mine.map((r) => r.ms)),
      judged: judged.length,
      hits: judged.filter((r) => r.hit).length,
      typoJudged: typos.length,
      typoHits: typos.filter((r) => r.hit).length,
    };
  });

  const searches = results.filter((r) => r.query.kind === 'search');
  let baseline: BaselineFigures | null = null;
  if (searches.length > 0) {
    const naive = runBaseline(
      index,
      searches.map((r) => r.query),
      budgetMs,
      BASELINE_MIN_QUERIES,
    );
    const latency = summarize(naive.ms);
    const ours = summarize(naive.ran.map((i) => searches[i]!.ms));
    baseline = {
      texts: naive.texts,
      buildMs: naive.buildMs,
      latency,
      judged: naive.hits.filter((h) => h !== null).length,
      hits: naive.hits.filter((h) => h === true).length,
      ours,
      speedup: latency.p50 / ours.p50,
    };
  }
  // Last, so that neither its time nor its memory shows in the figures above.
  // The stored search data is read again: the context keeps none of it.
  const structures = compareStructures(loadIndex(file), lexicon.stopwords);
  return { load, kinds, baseline, structures };
}

const [task, resultFile, ...args] = process.argv.slice(2);
if (task === 'build' && resultFile) {
  const [inDir, out] = args as [string, string];
  writeFileSync(resultFile, JSON.stringify(build(inDir, out)));
} else if (task === 'measure' && resultFile) {
  const [file, perKind, seed, budget] = args as [string, string, string, string];
  writeFileSync(resultFile, JSON.stringify(measure(file, Number(perKind), Number(seed), Number(budget))));
} else {
  console.error(
    `Usage: worker.ts build|measure <result file> …; got ${JSON.stringify(process.argv.slice(2))}.`,
  );
  process.exit(2);
}
