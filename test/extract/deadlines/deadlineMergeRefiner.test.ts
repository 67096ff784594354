import { describe, expect, it } from 'vitest';
import { deadlineMergeRefiner } from '../../../src/extract/deadlines/deadlineMergeRefiner.js';
import type { Draft, DeadlineDraft } from '../../../src/pipeline/types.js';
import { lexicon } from '../tariffs/articleFixture.js';

/** A dated event read from article `id`, on `date`, described as `description`. */
function event(
  id: string,
  date: string,
  description: string,
  range: DeadlineDraft['range'] = null,
): DeadlineDraft {
  const source = { articleId: id, paragraph: 0, start: 0, end: 1 };
  return {
    articleId: id,
    date,
    range,
    inferred: [],
    phrase: date,
    description,
    relation: 'ahead',
    evidence: description,
    sources: [source],
  };
}

function merge(...events: DeadlineDraft[]): string[][] {
  const draft: Draft = { articles: [], people: [], quotes: [], tariffs: [], deadlines: [], warnings: [] };
  return deadlineMergeRefiner
    .refine(events, draft, { lexicon })
    .map((d) => d.sources.map((s) => s.articleId));
}

const AUG = '2025-08-01';
const JULY = '2025-07-20';

describe('merging deadlines by dates and keyword', () => {
  it.each([
    [
      'a shared keyword on the same date merges',
      [event('a', AUG, 'levies deadline'), event('b', AUG, 'deadline passes')],
      [['a', 'b']],
    ],
    [
      'no shared keyword stays apart',
      [event('a', AUG, 'levies deadline'), event('b', AUG, 'exhibition closes')],
      [['a'], ['b']],
    ],
    [
      'a shared keyword on another date stays apart',
      [event('a', AUG, 'levies deadline'), event('b', JULY, 'levies deadline')],
      [['a'], ['b']],
    ],
    [
      'a shared keyword over another range stays apart',
      [
        event('a', AUG, 'talks continue', { start: AUG, end: '2025-08-03' }),
        event('b', AUG, 'talks continue'),
      ],
      [['a'], ['b']],
    ],
    [
      'stop words do not merge',
      [event('a', AUG, 'Japan holds election'), event('b', AUG, 'Japan opens exhibition')],
      [['a'], ['b']],
    ],
    [
      'word endings fold',
      [event('a', AUG, 'leaders meeting'), event('b', AUG, 'Ishiba meets Bessent')],
      [['a', 'b']],
    ],
    [
      'an event sharing words with two events joins the earlier one',
      [
        event('a', AUG, 'levies deadline'),
        event('b', AUG, 'exhibition closes'),
        event('c', AUG, 'exhibition deadline'),
      ],
      [['a', 'c'], ['b']],
    ],
    [
      'a later member can bring an earlier event a new keyword',
      [
        event('a', AUG, 'exhibition closes'),
        event('b', AUG, 'levies deadline'),
        event('c', AUG, 'exhibition deadline'),
        event('d', AUG, 'deadline passes'),
      ],
      [['a', 'c', 'd'], ['b']],
    ],
  ])('%s', (_case, events, groups) => {
    expect(merge(...events)).toEqual(groups);
  });
});

describe('choosing the description of merged events', () => {
  const said = (d: DeadlineDraft, evidence: string): DeadlineDraft => ({ ...d, evidence });
  const draft: Draft = { articles: [], people: [], quotes: [], tariffs: [], deadlines: [], warnings: [] };

  it.each([
    [
      'equal descriptions keep the first, with its evidence',
      [said(event('a', AUG, 'levies deadline'), 'first'), said(event('b', AUG, 'levies deadline'), 'second')],
      [['levies deadline', 'first']],
    ],
    [
      'a more informative description is chosen, with its evidence',
      [
        said(event('a', AUG, 'levies deadline'), 'first'),
        said(event('b', AUG, 'Ishiba extends levies deadline'), 'second'),
      ],
      [['Ishiba extends levies deadline', 'second']],
    ],
  ])('%s', (_case, events, chosen) => {
    const merged = deadlineMergeRefiner.refine(events, draft, { lexicon });
    expect(merged.map((d) => [d.description, d.evidence])).toEqual(chosen);
  });
});
