/** Times every query against the answer layer, and judges its first five results. */
import { performance } from 'node:perf_hooks';
import { answer } from '../src/answers/answer.js';
import { complete, type Choice } from '../src/answers/complete.js';
import type { Answer } from '../src/answers/types.js';
import type { QueryContext } from '../src/query/queryContext.js';
import { answerHit, choicesHit } from './judge.js';
import type { BenchQuery } from './queries.js';

export interface QueryResult {
  query: BenchQuery;
  ms: number;
  /** Null for queries without a known answer. */
  hit: boolean | null;
}

/** Deadlines are ahead or behind relative to this fixed day, so answers do not drift with the calendar. */
export const BENCH_NOW = new Date('2025-07-20T00:00:00Z');
/** Queries run once untimed first, so the figures describe a bot that has been up for a while. */
const WARM_UP = 100;

export function runQueries(ctx: QueryContext, queries: readonly BenchQuery[]): QueryResult[] {
  for (const q of queries.slice(0, WARM_UP)) ask(ctx, q);
  return queries.map((query) => {
    const start = performance.now();
    const output = ask(ctx, query);
    const ms = performance.now() - start;
    return { query, ms, hit: judge(ctx, query, output) };
  });
}

type Output = { choices: Choice[] } | { answer: Answer };

function ask(ctx: QueryContext, q: BenchQuery): Output {
  if (q.kind === 'speaker-complete' || q.kind === 'subject-complete')
    return { choices: complete(ctx, q.kind === 'speaker-complete' ? 'speaker' : 'subject', q.text) };
  return { answer: answer(ctx, q.kind, q.options, BENCH_NOW) };
}

/** Judged outside the timed part: it reads every word of the results. */
function judge(ctx: QueryContext, q: BenchQuery, output: Output): boolean | null {
  if (!q.expect) return null;
  return 'choices' in output
    ? choicesHit(output.choices, q.expect)
    : answerHit(output.answer, q.expect, ctx.lexicon);
}
