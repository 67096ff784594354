import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/extract/deadlines/dateFinder.js';
import { lexicon } from '../tariffs/articleFixture.js';

type Row = [
  text: string,
  published: string | null,
  expected: { phrase: string; date: string; range?: [string, string]; inferred: string; relation: string }[],
];

function found(text: string, published: string | null) {
  return findDates(text, published, lexicon.dates).map((m) => ({
    phrase: m.phrase,
    date: m.date,
    ...(m.range ? { range: [m.range.start, m.range.end] } : {}),
    inferred: m.inferred.join('+'),
    relation: m.relation,
  }));
}

describe('findDates', () => {
  it.each<Row>([
    // What chrono gets wrong, fixed.
    [
      'The two sides hoped to meet again in mid-May.',
      '2025-05-03',
      [
        {
          phrase: 'mid-May',
          date: '2025-05',
          range: ['2025-05-11', '2025-05-20'],
          inferred: 'year',
          relation: 'ahead',
        },
      ],
    ],
    [
      'His first visit since Trump returned to the White House in January.',
      '2025-07-18',
      [{ phrase: 'January', date: '2025-01', inferred: 'year', relation: 'behind' }],
    ],
    [
      'Trump will decide in January.',
      '2025-07-18',
      [{ phrase: 'January', date: '2026-01', inferred: 'year', relation: 'ahead' }],
    ],
    [
      'A deal two weeks before the Aug. 1 deadline.',
      '2025-07-18',
      [{ phrase: 'Aug. 1', date: '2025-08-01', inferred: 'year', relation: 'ahead' }],
    ],
    [
      'He aims to visit Washington next week.',
      '2025-07-19',
      [
        {
          phrase: 'next week',
          date: '2025-07',
          range: ['2025-07-21', '2025-07-27'],
          inferred: 'year+month+day',
          relation: 'ahead',
        },
      ],
    ],
    [
      'They talked of reaching an agreement by July, when the pause ends.',
      '2025-05-03',
      [{ phrase: 'by July', date: '2025-07', inferred: 'year', relation: 'ahead' }],
    ],
    [
      'Earlier this week, Trump suggested a delay.',
      '2025-07-18',
      [
        {
          phrase: 'this week',
          date: '2025-07',
          range: ['2025-07-14', '2025-07-17'],
          inferred: 'year+month+day',
          relation: 'behind',
        },
      ],
    ],
    // Weekdays go to the nearest one.
    [
      'Campaigning ended before Sunday’s House of Councillors election.',
      '2025-07-18',
      [{ phrase: 'before Sunday', date: '2025-07-20', inferred: 'year+month+day', relation: 'ahead' }],
    ],
    [
      'The meeting on Friday was friendly.',
      '2025-07-19',
      [{ phrase: 'on Friday', date: '2025-07-18', inferred: 'year+month+day', relation: 'behind' }],
    ],
    [
      'Bessent wrote on X on Thursday.',
      '2025-04-17',
      [{ phrase: 'on Thursday', date: '2025-04-17', inferred: 'year+month+day', relation: 'same-day' }],
    ],
    // Years as written.
    [
      'The tariffs take effect on August 7, 2025.',
      '2025-07-31',
      [{ phrase: 'August 7, 2025', date: '2025-08-07', inferred: '', relation: 'ahead' }],
    ],
    [
      'Exports to Asia rose 12 percent in 2024.',
      '2025-08-06',
      [{ phrase: 'in 2024', date: '2024', inferred: '', relation: 'behind' }],
    ],
    // No publication date: absolute dates resolve, relative ones do not.
    [
      'The package, suspended on July 24, 2025, stays on hold.',
      null,
      [{ phrase: 'July 24, 2025', date: '2025-07-24', inferred: '', relation: 'unknown' }],
    ],
    ['Ministers meet again next week, and a summit is planned for mid-September.', null, []],
    ['The deadline is Aug. 1.', null, []],
    [
      'I expect to return before the end of the month.',
      '2025-07-10',
      [
        {
          phrase: 'end of the month',
          date: '2025-07',
          range: ['2025-07-21', '2025-07-31'],
          inferred: 'year+month',
          relation: 'ahead',
        },
      ],
    ],
    // Not dates.
    ['Arakawa met Hollis for three hours.', '2025-07-10', []],
    ['Akazawa is now racing against the clock.', '2025-07-19', []],
    ['Rates jump to 25 percent from 10 percent.', '2025-07-19', []],
    ['The roughly 30-minute meeting and the 90-day pause.', '2025-07-19', []],
  ])('%s (published %s)', (text, published, expected) => {
    expect(found(text, published)).toEqual(expected);
  });
});
