/** The figures one benchmark run produces, as `--json` prints them and the report reads them. */
import type { QueryKind } from './queries.js';
import type { LatencySummary } from './stats.js';
import type { StructureFigures } from './structures.js';

export interface BuildFigures {
  articles: number;
  paragraphs: number;
  people: number;
  quotes: number;
  tariffs: number;
  deadlines: number;
  buildMs: number;
  writeMs: number;
  articlesPerSecond: number;
  indexBytes: number;
  peakRssBytes: number;
}

export interface KindFigures {
  kind: QueryKind;
  latency: LatencySummary;
  /** Queries with a known answer, and how many had it in their first five results. */
  judged: number;
  hits: number;
  typoJudged: number;
  typoHits: number;
}

export interface BaselineFigures {
  texts: number;
  buildMs: number;
  latency: LatencySummary;
  judged: number;
  hits: number;
  /** The same queries through /search, for a like-for-like ratio. */
  ours: LatencySummary;
  /** Baseline median over ours, on the same queries. */
  speedup: number;
}

export interface LoadFigures {
  loadMs: number;
  contextMs: number;
  readyMs: number;
  rssBytes: number;
  heapUsedBytes: number;
  /** The answer lists the bot works out in the background after it is ready (src/answers/warmUp.ts). */
  warmUpMs: number;
  warmUpSteps: number;
}

export interface SizeFigures {
  size: number;
  generateMs: number;
  build: BuildFigures;
  load: LoadFigures;
  kinds: KindFigures[];
  baseline: BaselineFigures | null;
  /** Null where the comparison was skipped (too many paragraphs). */
  structures: StructureFigures | null;
}

export interface RunFigures {
  machine: { cpu: string; cores: number; memory: string; node: string; platform: string };
  date: string;
  quick: boolean;
  queriesPerKind: number;
  seed: number;
  sizes: SizeFigures[];
}
