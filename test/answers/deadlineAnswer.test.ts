import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answers/answer.js';
import { daysCovered, MAX_DEADLINE_ITEMS } from '../../src/answers/deadlineAnswer.js';
import type { DeadlineItem } from '../../src/answers/types.js';
import { createQueryContext } from '../../src/query/queryContext.js';
import { miniContext } from './miniContext.js';

const rows = (options: Record<string, string>, today: string) => {
  const a = answer(miniContext(), 'deadline', options, new Date(`${today}T12:00:00Z`));
  return {
    a,
    items: (a.items as DeadlineItem[]).map((d) => [
      d.date,
      d.status,
      d.description,
      d.citations.map((c) => c.articleId),
    ]),
  };
};

const VISIT = 'Akazawa aims to visit Washington';
const TARIFFS = 'higher tariffs on Japanese goods take effect';
const ELECTION = 'House of Councillors election';
const MEET = 'the two sides meet again';

describe('deadlineAnswer on the fixture index', () => {
  it.each([
    // "next week" covers today; then what is ahead; then the past, most recent first.
    [
      '2025-07-22',
      {},
      [
        ['2025-07-21', 'today', VISIT, ['a2']],
        ['2025-08-01', 'upcoming', TARIFFS, ['a2']],
        ['2025-07-20', 'passed', ELECTION, ['a1', 'a2']],
        ['2025-05', 'passed', MEET, ['a3']],
      ],
    ],
    [
      '2026-03-01',
      {},
      [
        ['2025-08-01', 'passed', TARIFFS, ['a2']],
        ['2025-07-21', 'passed', VISIT, ['a2']],
        ['2025-07-20', 'passed', ELECTION, ['a1', 'a2']],
        ['2025-05', 'passed', MEET, ['a3']],
      ],
    ],
    [
      '2025-01-01',
      {},
      [
        ['2025-05', 'upcoming', MEET, ['a3']],
        ['2025-07-20', 'upcoming', ELECTION, ['a1', 'a2']],
        ['2025-07-21', 'upcoming', VISIT, ['a2']],
        ['2025-08-01', 'upcoming', TARIFFS, ['a2']],
      ],
    ],
    ['2025-07-22', { topic: 'election' }, [['2025-07-20', 'passed', ELECTION, ['a1', 'a2']]]],
    ['2025-07-22', { topic: 'tariff' }, [['2025-08-01', 'upcoming', TARIFFS, ['a2']]]],
    ['2025-07-22', { topic: 'levies' }, [['2025-08-01', 'upcoming', TARIFFS, ['a2']]]],
    ['2025-07-22', { topic: 'visit' }, [['2025-07-21', 'today', VISIT, ['a2']]]],
    ['2025-07-22', { topic: 'trip' }, [['2025-07-21', 'today', VISIT, ['a2']]]],
    // Typos the texts' own words correct: too short for an edit, or against a stemmed word.
    ['2025-07-22', { topic: 'vist' }, [['2025-07-21', 'today', VISIT, ['a2']]]],
    ['2025-07-22', { topic: 'elcetion' }, [['2025-07-20', 'passed', ELECTION, ['a1', 'a2']]]],
    ['2025-07-22', { topic: 'vast' }, []],
  ])('on %s, /deadline %o', (today, options, expected) => {
    expect(rows(options, today).items).toEqual(expected);
  });

  it('says when every date has passed', () => {
    expect(rows({}, '2026-03-01').a.message).toBe('All these dates have passed; the most recent come first.');
    expect(rows({}, '2025-07-22').a.message).toBeUndefined();
  });

  it('offers the topics when a topic matches nothing', () => {
    const { a, items } = rows({ topic: 'xyzzy' }, '2025-07-22');
    expect(items).toEqual([]);
    expect(a.message).toBe('No dated event in the articles is about “xyzzy”.');
    expect(a.suggestions).toEqual(['tariff', 'deal', 'visit', 'election', 'defense']);
  });

  it.each([
    ['2025-07-20', null, ['2025-07-20', '2025-07-20']],
    ['2025-02', null, ['2025-02-01', '2025-02-28']],
    ['2024-02', null, ['2024-02-01', '2024-02-29']],
    ['2025', null, ['2025-01-01', '2025-12-31']],
    ['2025-05', { start: '2025-05-11', end: '2025-05-20' }, ['2025-05-11', '2025-05-20']],
  ])('%s (range %o) covers %o', (date, range, expected) => {
    expect(daysCovered(date, range)).toEqual(expected);
  });
});

describe('deadlineAnswer on a long list', () => {
  const mini = miniContext();
  const template = mini.index.deadlines[0]!;
  // Sixty events a day apart from 2025-01-01, the first fifteen twice (two articles each).
  const days = Array.from({ length: 60 }, (_, i) =>
    new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10),
  );
  const deadlines = [...days, ...days.slice(0, 15)].map((date, i) => ({
    ...template,
    id: `x${i}`,
    articleId: i < 60 ? 'a1' : 'a2',
    date,
    range: null,
    description: `Round ${days.indexOf(date) + 1} of talks`,
  }));
  const ctx = createQueryContext({ ...mini.index, deadlines }, mini.lexicon);
  const ask = (options: Record<string, string>, today: string) =>
    answer(ctx, 'deadline', options, new Date(`${today}T12:00:00Z`));

  it.each([
    // Today and the events ahead first, then the most recent past ones, cut at the cap.
    [
      '2025-02-20',
      {},
      ['2025-02-20', '2025-02-21'],
      ['2025-01-12', '2025-01-11'],
      'Showing the 50 nearest of 60 dated events.',
    ],
    [
      '2026-01-01',
      {},
      ['2025-03-01', '2025-02-28'],
      ['2025-01-12', '2025-01-11'],
      'Showing the 50 nearest of 60 dated events; all have passed, the most recent first.',
    ],
    // A topic takes the nearest from both sides of today in the same way.
    [
      '2025-02-20',
      { topic: 'talks' },
      ['2025-02-20', '2025-02-21'],
      ['2025-01-12', '2025-01-11'],
      'Showing the 50 nearest of 60 dated events.',
    ],
    [
      '2026-01-01',
      { topic: 'talks' },
      ['2025-03-01', '2025-02-28'],
      ['2025-01-12', '2025-01-11'],
      'Showing the 50 nearest of 60 dated events; all have passed, the most recent first.',
    ],
    [
      '2024-01-01',
      { topic: 'talks' },
      ['2025-01-01', '2025-01-02'],
      ['2025-02-18', '2025-02-19'],
      'Showing the 50 nearest of 60 dated events.',
    ],
  ])('on %s, /deadline %o', (today, options, head, tail, message) => {
    const a = ask(options, today);
    const dates = (a.items as DeadlineItem[]).map((d) => d.date);
    expect(dates.length).toBe(MAX_DEADLINE_ITEMS);
    expect([dates.slice(0, 2), dates.slice(-2), a.message]).toEqual([head, tail, message]);
  });

  it('cites every article of a merged event, and says nothing when nothing was cut', () => {
    const a = ask({ topic: 'round 3' }, '2024-01-01');
    expect((a.items as DeadlineItem[]).map((d) => [d.date, d.citations.map((c) => c.articleId)])).toEqual([
      ['2025-01-03', ['a1', 'a2']],
    ]);
    expect(a.message).toBeUndefined();
  });
});
