/**
 * `npm run bench`: builds, loads and queries synthetic corpora of growing size, each step in a
 * fresh process, and reports the figures (BENCHMARKS.md and its chart on a full run).
 *
 *   npm run bench                    5, 1,000, 10,000 and 100,000 articles; writes BENCHMARKS.md
 *   npm run bench -- --quick         5 and 1,000 articles, under a minute; writes nothing
 *   npm run bench -- --json          the figures as JSON on stdout
 *   npm run bench -- --sizes 5,2000  chosen sizes
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, platform, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildIndex } from '../src/index/buildIndex.js';
import { loadQueryLexicon } from '../src/query/queryLexicon.js';
import { renderChart } from './chart.js';
import { createCorpusGenerator, writeCorpus } from './corpus.js';
import { loadCorpusVocabulary } from './corpusVocabulary.js';
import type { BuildFigures, RunFigures, SizeFigures } from './figures.js';
import { renderReport, renderSummary } from './report.js';
import { indexScriptFlags } from './scriptFlags.js';

const SEED_DIR = 'data/articles';
const FULL_SIZES = [5, 1_000, 10_000, 100_000];
const QUICK_SIZES = [5, 1_000];
const REPORT_FILE = 'BENCHMARKS.md';
const CHART_FILE = 'docs/benchmark-chart.svg';
const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));
/** Room for the 100,000-article index in the measuring process; RSS is reported, not capped. */
const WORKER_HEAP_MB = 16_384;

function main(): void {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      queries: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '20250718' },
      'baseline-seconds': { type: 'string' },
      write: { type: 'boolean' },
      keep: { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes
    ? values.sizes.split(',').map((s) => Number(s.replace(/_/g, '')))
    : values.quick
      ? QUICK_SIZES
      : FULL_SIZES;
  if (sizes.some((s) => !Number.isInteger(s) || s < 1))
    fail(`--sizes takes whole numbers separated by commas, e.g. 5,1000; got ${values.sizes}.`);
  const perKind = Number(values.queries);
  const seed = Number(values.seed);
  if (!Number.isInteger(perKind) || perKind < 1)
    fail(`--queries takes a whole number, got ${values.queries}.`);
  const budgetMs = Number(values['baseline-seconds'] ?? (values.quick ? 5 : 60)) * 1000;
  const write = values.write ?? (!values.quick && !values.sizes);

  const seedIndex = buildIndex({ inDir: SEED_DIR });
  const generator = createCorpusGenerator({
    seed: seedIndex,
    subjects: loadQueryLexicon().subjects,
    vocabulary: loadCorpusVocabulary(),
    seedNumber: seed,
  });
  const figures: RunFigures = {
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: availableParallelism(),
      memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
      node: process.version,
      platform: `${platform()} ${process.arch}`,
    },
    date: new Date().toISOString(),
    quick: values.quick,
    queriesPerKind: perKind,
    seed,
    sizes: [],
  };

  for (const size of sizes) {
    const work = mkdtempSync(join(tmpdir(), `tariff-desk-bench-${size}-`));
    try {
      log(`${size.toLocaleString('en-US')} articles: generating…`);
      const t0 = performance.now();
      let inDir = SEED_DIR;
      if (size !== seedIndex.articles.length) {
        inDir = join(work, 'articles');
        writeCorpus(generator, inDir, size);
      }
      const generateMs = performance.now() - t0;
      const indexFile = join(work, 'index.json');
      log(`  building…`);
      const build = worker<BuildFigures>(['build', inDir, indexFile], work);
      log(
        `  ${Math.round(build.articlesPerSecond)} articles/s, ${(build.indexBytes / 1024 ** 2).toFixed(1)} MiB; loading and querying…`,
      );
      const measured = worker<Omit<SizeFigures, 'size' | 'generateMs' | 'build'>>(
        ['measure', indexFile, String(perKind), String(seed), String(budgetMs)],
        work,
      );
      figures.sizes.push({ size, generateMs, build, ...measured });
    } finally {
      if (values.keep) log(`  kept ${work}`);
      else rmSync(work, { recursive: true, force: true });
    }
  }

  if (values.json) console.log(JSON.stringify(figures, null, 2));
  else console.log(renderSummary(figures));
  if (write) {
    writeFileSync(CHART_FILE, renderChart(figures));
    writeFileSync(REPORT_FILE, renderReport(figures, CHART_FILE));
    log(`Wrote ${REPORT_FILE} and ${CHART_FILE}.`);
  }
}

/** What the build step runs with: the flags of `npm run index`, so it is timed as users run it. */
const BUILD_FLAGS = indexScriptFlags();

/** Runs one worker task in a fresh Node process and reads the figures it leaves behind. */
function worker<T>(args: [string, ...string[]], work: string): T {
  const [task, ...rest] = args;
  const resultFile = join(work, `${task}.result.json`);
  const flags = task === 'build' ? BUILD_FLAGS : [];
  const run = spawnSync(
    process.execPath,
    [
      `--max-old-space-size=${WORKER_HEAP_MB}`,
      ...flags,
      '--import',
      'tsx',
      WORKER,
      task,
      resultFile,
      ...rest,
    ],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (run.status !== 0) fail(`The ${task} step failed (exit ${run.status ?? run.signal}).`);
  // Written a moment ago by worker.ts from the same figure types: ours to trust, not user input.
  return JSON.parse(readFileSync(resultFile, 'utf8')) as T;
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

function fail(message: string): never {
  log(message);
  process.exit(1);
}

main();
