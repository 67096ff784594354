import { describe, expect, it } from 'vitest';
import { tariffStage } from '../../../src/extract/tariffs/tariffStage.js';
import { runPipeline } from '../../../src/pipeline/pipeline.js';
import { articleOf, lexicon } from './articleFixture.js';

function facts(text: string, published: string | null = '2025-07-18', paraphrased = false) {
  const draft = runPipeline([articleOf(text, published, paraphrased)], lexicon, [tariffStage]);
  return draft.tariffs.map((t) => [t.subject, t.ratePercent, t.previousRatePercent, t.status]);
}

describe('tariff facts from one sentence', () => {
  it.each<[string, (string | number | null)[][]]>([
    // Rates and subjects.
    ['Trump has kept a 25 percent levy on U.S.-bound cars.', [['autos', 25, null, 'unknown']]],
    [
      'The US refused to discuss Trump’s 25% tariffs on autos and auto parts, steel, and aluminium.',
      [
        ['autos', 25, null, 'unknown'],
        ['auto-parts', 25, null, 'unknown'],
        ['steel', 25, null, 'unknown'],
        ['aluminum', 25, null, 'unknown'],
      ],
    ],
    [
      'The United States has imposed higher tariffs on steel, along with a baseline 10 percent rate as part of country-specific tariffs.',
      [['baseline', 10, null, 'in-effect']],
    ],
    [
      'Japan, which faces a 24% tariff rate starting in July, wants a deal.',
      [['reciprocal', 24, null, 'scheduled']],
    ],
    [
      'A tariff of twenty-five percent on Japanese automobiles is in place.',
      [['autos', 25, null, 'in-effect']],
    ],
    // Changes.
    [
      'Across-the-board tariffs on Japan’s exports to the US are set to jump up to 25 percent from 10 percent on Aug. 1.',
      [['reciprocal', 25, 10, 'scheduled']],
    ],
    [
      'Under the deal, the tariff on cars will be 15% instead of the current 27.5%.',
      [
        ['autos', 15, 27.5, 'agreed'],
        ['autos', 27.5, null, 'in-effect'],
      ],
    ],
    ['Washington agreed to cut tariffs on cars from 25% to 15%.', [['autos', 15, 25, 'agreed']]],
    // Statuses.
    [
      'They did not discuss the plan to impose a 25 percent tariff on goods from Japan.',
      [['reciprocal', 25, null, 'threatened']],
    ],
    [
      'The prospect of an extra 24 per cent levy under Trump’s “reciprocal” tariff regime has shaken Japan.',
      [['reciprocal', 24, null, 'threatened']],
    ],
    [
      'The talks produced no deal, as a 25 percent tariff on cars remains a sticking point.',
      [['autos', 25, null, 'unknown']],
    ],
    // Not tariffs.
    ['Defence shares rose, with IHI rising 5 per cent after the tariff talks.', []],
    ['The trade surplus was down 1.3 per cent despite tariffs.', []],
    ['A poll showed 41 percent of voters backed the tariff deal.', []],
    ['Growth slowed to 0.4 percent this quarter.', []],
    ['Tariffs will be discussed, officials said, and a 25 percent share of investment goes to Japan.', []],
  ])('%s', (text, expected) => {
    expect(facts(text)).toEqual(expected);
  });

  it('reads "metal" as steel only in a paraphrased copy', () => {
    const text =
      'The US has already imposed a 25 per cent tariff on Japanese automobiles, metal and aluminium.';
    expect(facts(text, '2025-04-17', true).map((f) => f[0])).toEqual(['autos', 'steel', 'aluminum']);
    expect(facts(text, '2025-04-17', false).map((f) => f[0])).toEqual(['autos']);
  });
});

describe('parties and dates', () => {
  it.each([
    [
      'On April 2, Trump imposed a 10% tariff on all countries.',
      '2025-05-03',
      { subject: 'baseline', effective: '2025-04-02', imposedBy: 'United States', imposedOn: null },
    ],
    [
      'Tariffs on Japan’s exports to the US are set to jump to 25% from 10% on Aug. 1.',
      '2025-07-19',
      { subject: 'reciprocal', effective: '2025-08-01', imposedBy: null, imposedOn: 'Japan' },
    ],
    [
      'Tariffs on Japan’s exports to the US are set to jump to 25% from 10% on Aug. 1.',
      null,
      { subject: 'reciprocal', effective: null, imposedBy: null, imposedOn: 'Japan' },
    ],
    [
      'India was hit with an additional 25 percent tariff over its oil purchases.',
      '2025-08-06',
      { subject: 'reciprocal', effective: null, imposedBy: null, imposedOn: 'India' },
    ],
  ])('%s (published %s)', (text, published, expected) => {
    const [fact] = runPipeline([articleOf(text, published)], lexicon, [tariffStage]).tariffs;
    expect(
      fact && {
        subject: fact.subject,
        effective: fact.effective,
        imposedBy: fact.imposedBy,
        imposedOn: fact.imposedOn,
      },
    ).toEqual(expected);
  });
});

describe('effective dates', () => {
  it.each([
    ['A 50% tariff on copper imports took effect on Aug. 1.', '2025-08-01'],
    // The date of the statement, not of the tariff.
    ['The minister said on Thursday that the 25 percent tariff on cars remains in place.', null],
    // A threatened rate has no date of its own.
    ['Trump said on Wednesday he would impose a 100 pct tariff on semiconductors.', null],
  ])('%s', (text, effective) => {
    expect(
      runPipeline([articleOf(text, '2025-08-06')], lexicon, [tariffStage]).tariffs.map((t) => t.effective),
    ).toEqual([effective]);
  });
});

describe('merging', () => {
  it('joins one tariff reported by two articles and keeps conflicting statuses apart', () => {
    const a = articleOf('A 25% tariff on cars is already in place.', '2025-07-18');
    const b = { ...articleOf('The 25% tariff on cars remains a sticking point.', '2025-07-19'), id: 'other' };
    const c = { ...articleOf('Trump threatened a 25% tariff on cars.', '2025-07-19'), id: 'third' };
    const tariffs = runPipeline([a, b, c], lexicon, [tariffStage]).tariffs;
    expect(tariffs.map((t) => [t.subject, t.status, t.sources.map((s) => s.articleId)])).toEqual([
      ['autos', 'in-effect', ['test', 'other']],
      ['autos', 'threatened', ['third']],
    ]);
  });

  it('keeps country-specific rates for different countries apart', () => {
    const a = articleOf('A 15% tariff on goods from Korea was agreed.', '2025-07-31');
    const b = { ...articleOf('A 15% tariff on most goods was agreed.', '2025-07-31'), id: 'other' };
    expect(runPipeline([a, b], lexicon, [tariffStage]).tariffs.map((t) => [t.subject, t.imposedOn])).toEqual([
      ['reciprocal', 'South Korea'],
      ['reciprocal', null],
    ]);
  });
});
