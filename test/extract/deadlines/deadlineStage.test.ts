import { describe, expect, it } from 'vitest';
import { deadlineStage } from '../../../src/extract/deadlines/deadlineStage.js';
import { tariffStage } from '../../../src/extract/tariffs/tariffStage.js';
import { runPipeline } from '../../../src/pipeline/pipeline.js';
import { articleOf, lexicon } from '../tariffs/articleFixture.js';

function deadlines(...articles: { text: string; published: string | null; id?: string }[]) {
  const docs = articles.map((a) => ({ ...articleOf(a.text, a.published), id: a.id ?? 'test' }));
  return runPipeline(docs, lexicon, [tariffStage, deadlineStage]).deadlines;
}

describe('descriptions', () => {
  it.each([
    [
      'Tariffs on Japan’s exports to the US are set to jump to 25% from 10% on Aug. 1.',
      'reciprocal tariffs on Japan rise to 25% from 10%',
    ],
    [
      'Campaigning entered the final days before Sunday’s House of Councillors election.',
      'House of Councillors election',
    ],
    ['A national election on Sunday could complicate the talks.', 'national election'],
    [
      'The meeting came with the Aug 1 deadline for higher levies fast approaching.',
      'deadline for higher levies',
    ],
    ['Akazawa told Reuters that the two sides hoped to meet again in mid-May.', 'two sides to meet again'],
  ])('%s', (text, description) => {
    expect(deadlines({ text, published: '2025-07-18' }).map((d) => d.description)).toEqual([description]);
  });
});

describe('merging', () => {
  it('joins the same deadline from two articles and keeps other events on that day apart', () => {
    const merged = deadlines(
      {
        id: 'a',
        text: 'Talks continue before the Aug. 1 deadline for reciprocal tariffs.',
        published: '2025-07-18',
      },
      {
        id: 'b',
        text: 'Reciprocal tariffs on Japan are set to jump to 25% from 10% on Aug. 1.',
        published: '2025-07-19',
      },
      { id: 'c', text: 'The expo closes on Aug. 1, organisers said.', published: '2025-07-19' },
    );
    expect(merged.map((d) => [d.date, d.sources.map((s) => s.articleId)])).toEqual([
      ['2025-08-01', ['a', 'b']],
      ['2025-08-01', ['c']],
    ]);
  });

  it.each([
    ['first', ['a', 'b']],
    ['last', ['b', 'a']],
  ])('carries the most informative description whether it comes %s', (_order, ids) => {
    const texts: Record<string, string> = {
      a: 'Talks continue before the Aug. 1 deadline for reciprocal tariffs.',
      b: 'Reciprocal tariffs on Japan are set to jump to 25% from 10% on Aug. 1.',
    };
    const merged = deadlines(...ids.map((id) => ({ id, text: texts[id]!, published: '2025-07-18' })));
    expect(merged.map((d) => [d.description, d.sources.map((s) => s.articleId)])).toEqual([
      ['reciprocal tariffs on Japan rise to 25% from 10%', ids],
    ]);
  });

  it('keeps the fewest inferred parts when one source writes the year', () => {
    const merged = deadlines(
      { id: 'a', text: 'The tariff deadline is Aug. 1.', published: '2025-07-18' },
      { id: 'b', text: 'The tariff deadline is Aug. 1, 2025.', published: '2025-07-18' },
    );
    expect(merged.map((d) => [d.date, d.inferred, d.sources.length])).toEqual([['2025-08-01', [], 2]]);
  });
});
