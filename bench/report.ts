/** The benchmark's figures as text: a terminal summary, and BENCHMARKS.md. */
import { relative } from 'node:path';
import type { RunFigures, SizeFigures } from './figures.js';
import { QUERY_KINDS, type QueryKind } from './queries.js';
import { checkTargets, typoHitRate } from './targets.js';

export const KIND_LABELS: Record<QueryKind, string> = {
  'speaker-complete': 'autocomplete speaker',
  'subject-complete': 'autocomplete subject',
  quote: '/quote',
  tariff: '/tariff',
  deadline: '/deadline',
  search: '/search',
};

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  if (ms < 10) return ms.toFixed(2);
  if (ms < 1000) return ms.toFixed(1);
  return Math.round(ms).toLocaleString('en-US');
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}

const count = (n: number) => n.toLocaleString('en-US');
const rate = (hits: number, judged: number) =>
  judged === 0 ? '–' : `${((hits / judged) * 100).toFixed(1)}% (${hits}/${judged})`;

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

function buildTable(sizes: readonly SizeFigures[]): string {
  return table(
    [
      'articles',
      'paragraphs',
      'quotes / tariffs / deadlines',
      'build + write',
      'articles/s',
      'index file',
      'load + validate',
      'query structures',
      'ready',
      'RSS when ready',
      'background warm-up',
    ],
    sizes.map((s) => [
      count(s.size),
      count(s.build.paragraphs),
      `${count(s.build.quotes)} / ${count(s.build.tariffs)} / ${count(s.build.deadlines)}`,
      `${formatMs(s.build.buildMs + s.build.writeMs)} ms`,
      count(Math.round(s.build.articlesPerSecond)),
      formatBytes(s.build.indexBytes),
      `${formatMs(s.load.loadMs)} ms`,
      `${formatMs(s.load.contextMs)} ms`,
      `${formatMs(s.load.readyMs)} ms`,
      `${Math.round(s.load.rssBytes / 1e6)} MB`,
      `${formatMs(s.load.warmUpMs)} ms (${count(s.load.warmUpSteps)} lists)`,
    ]),
  );
}

function latencyTable(sizes: readonly SizeFigures[]): string {
  return table(
    ['query', ...sizes.map((s) => `${count(s.size)}: p50 / p99 ms`)],
    QUERY_KINDS.map((kind) => [
      KIND_LABELS[kind],
      ...sizes.map((s) => {
        const k = s.kinds.find((x) => x.kind === kind);
        return k && k.latency.count > 0 ? `${formatMs(k.latency.p50)} / ${formatMs(k.latency.p99)}` : '–';
      }),
    ]),
  );
}

function hitTable(sizes: readonly SizeFigures[]): string {
  return table(
    [
      'query',
      ...sizes.map((s) => `${count(s.size)}: typo queries`),
      ...sizes.map((s) => `${count(s.size)}: all judged`),
    ],
    [
      ...QUERY_KINDS.map((kind) => {
        const of = (s: SizeFigures) => s.kinds.find((x) => x.kind === kind);
        return [
          KIND_LABELS[kind],
          ...sizes.map((s) => rate(of(s)?.typoHits ?? 0, of(s)?.typoJudged ?? 0)),
          ...sizes.map((s) => rate(of(s)?.hits ?? 0, of(s)?.judged ?? 0)),
        ];
      }),
      [
        '**all kinds**',
        ...sizes.map((s) => rate(typoHitRate(s).hits, typoHitRate(s).judged)),
        ...sizes.map((s) =>
          rate(
            s.kinds.reduce((n, k) => n + k.hits, 0),
            s.kinds.reduce((n, k) => n + k.judged, 0),
          ),
        ),
      ],
    ],
  );
}

function baselineTable(sizes: readonly SizeFigures[]): string {
  return table(
    [
      'articles',
      'texts',
      'fuse.js build',
      'queries run',
      'fuse.js p50 / p99 ms',
      '/search p50 / p99 ms (same queries)',
      'speed-up (p50)',
      'fuse.js top-5 hits',
    ],
    sizes.map((s) => {
      const b = s.baseline;
      if (!b) return [count(s.size), '–', '–', '–', '–', '–', '–', '–'];
      return [
        count(s.size),
        count(b.texts),
        `${formatMs(b.buildMs)} ms`,
        count(b.latency.count),
        `${formatMs(b.latency.p50)} / ${formatMs(b.latency.p99)}`,
        `${formatMs(b.ours.p50)} / ${formatMs(b.ours.p99)}`,
        `${Math.round(b.speedup).toLocaleString('en-US')}×`,
        rate(b.hits, b.judged),
      ];
    }),
  );
}

function structureTable(sizes: readonly SizeFigures[]): string {
  const measured = sizes.filter((s) => s.structures);
  return table(
    [
      'articles',
      'paragraphs',
      'stored index: open',
      'same index: build at load',
      'MiniSearch: build',
      'MiniSearch: load its JSON',
      'MiniSearch JSON',
    ],
    measured.map((s) => {
      const f = s.structures!;
      return [
        count(s.size),
        count(f.paragraphs),
        `${formatMs(f.storedOpenMs)} ms`,
        `${formatMs(f.buildAtLoadMs)} ms`,
        `${formatMs(f.miniSearchBuildMs)} ms`,
        `${formatMs(f.miniSearchLoadMs)} ms`,
        formatBytes(f.miniSearchJsonBytes),
      ];
    }),
  );
}

function targetTable(run: RunFigures): string {
  return table(
    ['target', 'measured', 'met'],
    checkTargets(run).map((t) => [t.target, t.measured, t.met === null ? '–' : t.met ? 'yes' : '**no**']),
  );
}

/** What `npm run bench` prints. */
export function renderSummary(run: RunFigures): string {
  return [
    `${run.machine.cpu}, ${run.machine.cores} cores, ${run.machine.memory}, Node ${run.machine.node}`,
    '',
    buildTable(run.sizes),
    '',
    latencyTable(run.sizes),
    '',
    hitTable(run.sizes),
    '',
    baselineTable(run.sizes),
    '',
    targetTable(run),
  ].join('\n');
}

/** BENCHMARKS.md: the figures of one run, the targets, and how they were measured. */
export function renderReport(run: RunFigures, chartFile: string): string {
  const m = run.machine;
  return `# Benchmarks

Generated by \`npm run bench\` on ${run.date.slice(0, 10)}; every figure below comes from that one run.
Do not edit by hand: run \`npm run bench\` again (the 100,000-article size takes most of a full run; \`--quick\` for the
small sizes only, which prints the tables without rewriting this file).

Machine: ${m.cpu}, ${m.cores} cores, ${m.memory} memory, ${m.platform}, Node ${m.node}.

## Targets

${targetTable(run)}

## Latency against corpus size

![p99 latency of each query kind and the median of the naive fuse.js baseline, against corpus size](${relative('.', chartFile)})

p50 and p99 over ${count(run.queriesPerKind)} queries of each kind per size, about half of them with a typo,
timed one at a time on a warm process (the first 100 queries run once untimed).

${latencyTable(run.sizes)}

## Build and load

Each step runs in a fresh Node process: the build (\`buildIndex\` and \`writeIndex\`, with the Node
flags \`npm run index\` runs with), then loading (\`loadIndex\`: read, parse and validate), building the
query structures (\`createQueryContext\`) and the queries. "Ready" is load plus query structures, what
the bot waits for before it answers. RSS is read right after that, with only the query context
held, as in the bot. Then each speaker's quotes and each subject's tariffs are merged and ranked,
as the bot does in the background once it is ready, one list between interactions
(\`src/answers/warmUp.ts\`); the queries are timed after that.

${buildTable(run.sizes)}

## Top-5 hit rate

A query is judged when it has a known answer: a speaker's name or surname (autocomplete, /quote)
must bring up that speaker among the first five results (or among the first five suggestions when
the name is ambiguous); a subject's label or alias must bring up that subject's tariffs; words taken
from a deadline's description or from a paragraph must find, among the first five results, one that
holds every one of those words. Autocomplete keystrokes that stop part-way through a name are timed
but not judged.

${hitTable(run.sizes)}

## Choosing the full-text structure

What it costs to get a paragraph search ready when the bot starts, measured in the same run after
the queries: opening the compact index that \`npm run index\` stores in the index file
(\`src/query/passageIndex.ts\`), building that same index from the paragraphs at load instead, and
MiniSearch (the engine it replaced) built at load or loaded from its serialised JSON. The largest
size is skipped: MiniSearch alone would take minutes there.

${structureTable(run.sizes)}

## Naive baseline

One fuse.js instance with default options over every quote and paragraph text, asked the same
/search queries in the same process. It runs until a time budget is spent (at least three queries),
so at large sizes it answers only a few; the speed-up compares medians over exactly the queries it
ran.

${baselineTable(run.sizes)}

## The corpus

The smallest corpus is the seed articles in \`data/articles\`. Larger ones are generated (seed ${run.seed})
by recombining the seed articles' story paragraphs in runs of two to five, eight to sixteen
paragraphs an article, with the people the seed index knows replaced by a made-up roster of 300
(distinct surnames, roles, countries), the partner country, tariff subjects, rates and dates
substituted, and front matter (title, outlet, publication date, URL) written for each. Article *i*
depends only on the seed and *i*, so each corpus is a prefix of the next larger one. The
substitution vocabulary is \`bench/corpusVocabulary.json\`.
`;
}
