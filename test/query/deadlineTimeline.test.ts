import { describe, expect, it } from 'vitest';
import type { Deadline } from '../../src/index/schema.js';
import { createDeadlineTimeline, daysCovered, deadlineKey } from '../../src/query/deadlineTimeline.js';

const deadline = (
  id: string,
  date: string,
  description: string,
  range: Deadline['range'] = null,
): Deadline => ({
  id,
  articleId: `a-${id}`,
  date,
  range,
  inferred: [],
  phrase: date,
  description,
  relation: 'unknown',
  evidence: description,
  sources: [{ articleId: `a-${id}`, paragraph: 0, start: 0, end: description.length }],
});

const DEADLINES = [
  deadline('d1', '2025-08-01', 'Tariffs take effect'),
  deadline('d2', '2025-07', 'Talks resume'),
  deadline('d3', '2025-08-01', 'tariffs  take effect!'),
  deadline('d4', '2025-07-20', 'Upper house election'),
  deadline('d5', '2025-07-01', 'Talks resume', { start: '2025-07-01', end: '2025-07-31' }),
  deadline('d6', '2025', 'A deal is signed'),
];

describe('createDeadlineTimeline', () => {
  const timeline = createDeadlineTimeline(DEADLINES);
  const ids = (groups: readonly { deadlines: Deadline[] }[]) =>
    groups.map((g) => g.deadlines.map((d) => d.id).join('+'));

  it('merges the same date and words, keeping index order inside a group', () => {
    expect(ids(timeline.soonestFirst)).toEqual(['d6', 'd2', 'd5', 'd4', 'd1+d3']);
  });

  it('keeps the most recent first by the last day covered', () => {
    expect(ids(timeline.latestFirst)).toEqual(['d6', 'd1+d3', 'd2', 'd5', 'd4']);
  });

  it('finds each deadline by id, with its place in the index and its group', () => {
    expect(DEADLINES.map((d) => timeline.byId.get(d.id)?.position)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(timeline.byId.get('d3')?.group.deadlines.map((d) => d.id)).toEqual(['d1', 'd3']);
    expect(timeline.byId.get('d9')).toBeUndefined();
  });

  it('ranks each group in both orders', () => {
    expect(timeline.soonestFirst.map((g) => [g.soonestRank, g.latestRank])).toEqual([
      [0, 0],
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 1],
    ]);
  });

  it.each([
    [{ date: '2025-08-01', description: 'Tariffs take effect' }, '2025-08-01|tariffs take effect'],
    [{ date: '2025-08', description: 'Tariffs take effect' }, '2025-08|tariffs take effect'],
  ])('keys %o as %s', (d, key) => {
    expect(deadlineKey(d)).toBe(key);
  });

  it.each([
    ['2025-07-20', null, ['2025-07-20', '2025-07-20']],
    ['2024-02', null, ['2024-02-01', '2024-02-29']],
    ['2025', null, ['2025-01-01', '2025-12-31']],
    ['2025-07', { start: '2025-07-10', end: '2025-07-12' }, ['2025-07-10', '2025-07-12']],
  ] as const)('%s covers the right days', (date, range, expected) => {
    expect(daysCovered(date, range)).toEqual(expected);
  });
});
