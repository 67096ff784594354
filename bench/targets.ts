/** The targets, checked against one run's figures (in the report, never as timed tests). */
import type { KindFigures, RunFigures, SizeFigures } from './figures.js';
import type { QueryKind } from './queries.js';

export interface TargetCheck {
  target: string;
  /** The measured figure, as shown; "not measured" when the run skipped that size. */
  measured: string;
  /** Null when not measured. */
  met: boolean | null;
}

export const AUTOCOMPLETE_KINDS: readonly QueryKind[] = ['speaker-complete', 'subject-complete'];
export const COMMAND_KINDS: readonly QueryKind[] = ['quote', 'tariff', 'deadline', 'search'];

/** The slowest p99 among these kinds (kinds that had no queries are left out). */
export function worstP99(size: SizeFigures, kinds: readonly QueryKind[]): number {
  return Math.max(
    ...asked(size.kinds)
      .filter((k) => kinds.includes(k.kind))
      .map((k) => k.latency.p99),
  );
}

/** Typo queries with a known answer, over every kind, and how many had it in the first five. */
export function typoHitRate(size: SizeFigures): { hits: number; judged: number; rate: number } {
  const hits = size.kinds.reduce((n, k) => n + k.typoHits, 0);
  const judged = size.kinds.reduce((n, k) => n + k.typoJudged, 0);
  return { hits, judged, rate: judged === 0 ? Number.NaN : hits / judged };
}

export function checkTargets(run: RunFigures): TargetCheck[] {
  const at = (n: number) => run.sizes.find((s) => s.size === n);
  const largest = [...run.sizes].sort((a, b) => b.size - a.size)[0];
  const check = (
    target: string,
    size: SizeFigures | undefined,
    value: (s: SizeFigures) => number,
    show: (v: number) => string,
    ok: (v: number) => boolean,
  ): TargetCheck => {
    if (!size) return { target, measured: 'not measured', met: null };
    const v = value(size);
    return Number.isFinite(v)
      ? { target, measured: show(v), met: ok(v) }
      : { target, measured: 'no queries of this kind', met: null };
  };
  const ms = (v: number) => `${v.toFixed(2)} ms`;
  return [
    check(
      '100,000 articles: autocomplete p99 ≤ 5 ms',
      at(100_000),
      (s) => worstP99(s, AUTOCOMPLETE_KINDS),
      ms,
      (v) => v <= 5,
    ),
    check(
      '100,000 articles: command answers p99 ≤ 20 ms',
      at(100_000),
      (s) => worstP99(s, COMMAND_KINDS),
      ms,
      (v) => v <= 20,
    ),
    check(
      '100,000 articles: typo top-5 hit rate ≥ 97%',
      at(100_000),
      (s) => typoHitRate(s).rate,
      (v) => `${(v * 100).toFixed(1)}%`,
      (v) => v >= 0.97,
    ),
    check(
      '100,000 articles: ≥ 50× faster than the naive fuse.js baseline',
      at(100_000),
      (s) => s.baseline?.speedup ?? Number.NaN,
      (v) => `${Math.round(v).toLocaleString('en-US')}×`,
      (v) => v >= 50,
    ),
    check(
      '10,000 articles: ready (loaded and validated) ≤ 1.5 s',
      at(10_000),
      (s) => s.load.readyMs,
      (v) => `${(v / 1000).toFixed(2)} s`,
      (v) => v <= 1500,
    ),
    check(
      '10,000 articles: RSS ≤ 400 MB',
      at(10_000),
      (s) => s.load.rssBytes,
      (v) => `${Math.round(v / 1e6)} MB`,
      (v) => v <= 400e6,
    ),
    check(
      `Index build ≥ 200 articles/s (${largest ? largest.size.toLocaleString('en-US') : '–'} articles)`,
      largest,
      (s) => s.build.articlesPerSecond,
      (v) => `${Math.round(v)} articles/s`,
      (v) => v >= 200,
    ),
  ];
}

function asked(kinds: readonly KindFigures[]): KindFigures[] {
  return kinds.filter((k) => k.latency.count > 0);
}
