import { describe, expect, it } from 'vitest';
import { percentile, summarize } from '../../bench/stats.js';

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted on purpose

  it.each([
    ['p50 of 1…100', hundred, 50, 50],
    ['p99 of 1…100', hundred, 99, 99],
    ['p100 of 1…100', hundred, 100, 100],
    ['p1 of 1…100', hundred, 1, 1],
    ['p50 of an even count takes the lower middle, not an average', [1, 2, 3, 4], 50, 2],
    ['p51 of four values moves to the next rank', [4, 3, 2, 1], 51, 3],
    ['p99 of ten values is the largest', [5, 1, 9, 3, 7, 2, 8, 4, 6, 10], 99, 10],
    ['p90 of ten values is the ninth', [5, 1, 9, 3, 7, 2, 8, 4, 6, 10], 90, 9],
    ['one value is every percentile', [0.25], 1, 0.25],
  ])('%s', (_name, values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it('is NaN for no values', () => {
    expect(percentile([], 50)).toBeNaN();
  });

  it.each([0, -1, 101, Number.NaN])('rejects p = %s', (p) => {
    expect(() => percentile([1, 2], p)).toThrow(RangeError);
  });

  it('leaves its input unsorted', () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('summarize', () => {
  it('gives count, p50, p99, mean and max', () => {
    expect(summarize([4, 1, 3, 2])).toEqual({ count: 4, p50: 2, p99: 4, mean: 2.5, max: 4 });
  });

  it('gives NaN figures for no values', () => {
    const s = summarize([]);
    expect(s.count).toBe(0);
    expect([s.p50, s.p99, s.mean, s.max].every(Number.isNaN)).toBe(true);
  });
});
