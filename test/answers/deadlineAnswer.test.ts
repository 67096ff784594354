import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answers/answer.js';
import { daysCovered } from '../../src/answers/deadlineAnswer.js';
import type { DeadlineItem } from '../../src/answers/types.js';
import { miniContext } from './miniContext.js';

const rows = (options: Record<string, string>, today: string) => {
  const a = answer(miniContext(), 'deadline', options, new Date(`${today}T12:00:00Z`));
  return { a, items: (a.items as DeadlineItem[]).map((d) => [d.date, d.status, d.description, d.citations.map((c) => c.articleId)]) };
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
