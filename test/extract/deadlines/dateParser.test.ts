import type * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { dateParser, PART_OF_MONTH_TAG, YEAR_TAG } from '../../../src/extract/deadlines/dateParser.js';
import { lexicon } from '../tariffs/articleFixture.js';

const REFERENCE = { instant: new Date(Date.UTC(2025, 6, 8, 12)), timezone: 0 };

/** What a parse found: each phrase, with the tag of the custom parser that read it, if any. */
const found = (results: chrono.ParsedResult[]) =>
  results.map((r) => {
    const tags = r.tags();
    return [r.text, tags.has(PART_OF_MONTH_TAG) ? 'part' : tags.has(YEAR_TAG) ? 'year' : 'chrono'];
  });

describe('dateParser', () => {
  const parser = dateParser(lexicon.dates);

  it.each([
    ['Talks resume in mid-May.', [['mid-May', 'part']]],
    ['A deal is due by late July 2025, officials said.', [['late July 2025', 'part']]],
    ['Exports rose 12 percent in 2024.', [['in 2024', 'year']]],
    [
      'Tariffs have been in place since 2019 and rose on Aug. 1.',
      [
        ['since 2019', 'year'],
        ['Aug. 1', 'chrono'],
      ],
    ],
    // A part of a month's word with no month after it, and a month with no part before it.
    ['Late talks stalled, and the mid-level officials left.', []],
    ['Negotiators meet again in July.', [['July', 'chrono']]],
    // Digits that are no year after a preposition.
    ['The 2024 figures showed 1999 cars exported.', []],
    ['Nothing was dated in this sentence.', []],
  ])('reads %j as %j', (text, expected) => {
    expect(found(parser.parse(text, REFERENCE))).toEqual(expected);
  });

  it('reads the same phrases as its parsers do without their quick tests', () => {
    // The custom parsers' patterns, read on every text: what the quick tests must never hide.
    const unguarded = parser.clone();
    unguarded.parsers = unguarded.parsers.map((p, i) =>
      i < 2 ? { pattern: () => p.pattern({ text: 'mid-May 2024 in 2024' } as never), extract: p.extract } : p,
    );
    for (const text of [
      'Talks resume in mid-May, and again by early June 2026.',
      'Output fell in 2023 and since 2024 has recovered.',
      'The end-of-year review is in 2030 or later.',
    ])
      expect(found(parser.parse(text, REFERENCE))).toEqual(found(unguarded.parse(text, REFERENCE)));
  });

  it('builds its parser once per vocabulary', () => {
    expect(dateParser(lexicon.dates)).toBe(parser);
    expect(dateParser({ ...lexicon.dates })).not.toBe(parser);
  });
});
