import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answers/answer.js';
import type { DeadlineItem, PersonItem, QuoteItem, TariffItem } from '../../src/answers/types.js';
import { createQueryContext, type QueryContext } from '../../src/query/queryContext.js';
import { seedIndex } from '../helpers/buildFixture.js';

// The seed articles, indexed by the real builder, answered with the real lexicon.
let cached: QueryContext | undefined;
const ctx = () => (cached ??= createQueryContext(seedIndex()));
const LATER = new Date('2026-01-15T12:00:00Z');
const short = (id: string) => id.slice(0, 3);

const BESSENT = [
  [
    'A good deal is more important than a rushed deal, and a mutually beneficial trade agreement between the United States and Japan remains within the realm of possibility',
    false,
    ['000', '002'],
  ],
  ['Japan is America’s most important ally in the Indo-Pacific region', false, ['002']],
  [
    'At this critical moment in history, President Trump is continuing to strengthen this important alliance to unleash mutual prosperity that benefits the American and the Japanese people.',
    false,
    ['002'],
  ],
  [
    'Japan remains the largest investor into our economy, just as we are the largest investor into Japan’s economy. We look forward to continuing to boost these levels and propel our nations even further',
    false,
    ['002'],
  ],
  ['their warm welcome', false, ['000']],
  ['highly encouraged by Japan’s fast and positive engagement with the US', false, ['003']],
  ['discussions on commerce are progressing in a extremely passable course', false, ['004']],
  ['our associates from Japan quickly', false, ['004']],
  ['good', true, ['000']],
];

const quoteRows = (options: Record<string, string>) =>
  (answer(ctx(), 'quote', options).items as QuoteItem[]).map((q) => [
    q.text,
    q.partial,
    q.citations.map((c) => short(c.articleId)),
  ]);
const speakerOf = (speaker: string) => [
  ...new Set((answer(ctx(), 'quote', { speaker }).items as QuoteItem[]).map((q) => q.speaker)),
];

describe('the seed index', () => {
  it('/quote bessent: full quotes first, newest article first, the 000/002 quote once with both sources', () => {
    expect(quoteRows({ speaker: 'bessent' })).toEqual(BESSENT);
  });

  it.each([
    ['besent', 'Scott Bessent'],
    ['Scott Bessent', 'Scott Bessent'],
    ['treasury secretary', 'Scott Bessent'],
    ['ishba', 'Shigeru Ishiba'],
    ['prime minister', 'Shigeru Ishiba'],
    ['akazwa', 'Ryosei Akazawa'],
  ])('/quote %s finds %s', (speaker, name) => {
    expect(speakerOf(speaker)).toEqual([name]);
  });

  it.each([
    ['bessent', 'deal', [BESSENT[0]]],
    [
      'ishiba',
      'cars',
      [['the tariffs, represented by the ones on cars, are absolutely unacceptable.', false, ['003']]],
    ],
    [
      'ishiba',
      'defense',
      [
        [
          'I said we will take the initiative and proactively strengthen our defense capabilities for the peace and security of our country',
          false,
          ['000'],
        ],
        [
          'I would also like to take the initiative in ensuring peace and security in Japan and continue to work to strengthen our defense capabilities.',
          false,
          ['001'],
        ],
      ],
    ],
  ])('/quote %s about:%s', (speaker, about, expected) => {
    expect(quoteRows({ speaker, about })).toEqual(expected);
  });

  it('/quote with an unknown name offers the closest speakers', () => {
    const a = answer(ctx(), 'quote', { speaker: 'zelensky' });
    expect(a.items).toEqual([]);
    expect(a.message).toMatch(/^No one called “zelensky” is in the articles\./);
    expect(a.suggestions!.length).toBeGreaterThan(0);
  });

  const AUTOS = [['autos', 25, null, 'in-effect', null, ['000', '001', '002', '003', '004']]];
  it.each([
    ['autos', AUTOS],
    ['cars', AUTOS],
    ['automobiles', AUTOS],
    ['aluminium', [['aluminum', 25, null, 'in-effect', null, ['003', '004']]]],
    [
      'reciprocal',
      [
        ['reciprocal', 25, 10, 'scheduled', '2025-08-01', ['001', '002']],
        ['reciprocal', 25, null, 'threatened', null, ['000']],
        ['reciprocal', 24, null, 'scheduled', '2025-07', ['003']],
        ['reciprocal', 24, null, 'threatened', null, ['004']],
      ],
    ],
    ['semiconductors', []],
  ])('/tariff %s', (subject, expected) => {
    const items = answer(ctx(), 'tariff', { subject }).items as TariffItem[];
    expect(
      items.map((t) => [
        t.subject,
        t.ratePercent,
        t.previousRatePercent,
        t.status,
        t.effective,
        t.citations.map((c) => short(c.articleId)),
      ]),
    ).toEqual(expected);
  });

  it('/tariff for a subject without a tariff lists those with one', () => {
    expect(answer(ctx(), 'tariff', { subject: 'semiconductors' }).message).toBe(
      'The articles report no tariff on Semiconductors. Subjects with a tariff: Reciprocal (country-specific), Aluminum, Auto parts, Autos, Baseline (all countries), Steel.',
    );
  });

  it('/deadline long after: every date passed, the most recent first, Aug. 1 once with its three sources', () => {
    const a = answer(ctx(), 'deadline', {}, LATER);
    const items = a.items as DeadlineItem[];
    expect(a.message).toBe('All these dates have passed; the most recent come first.');
    expect([items[0]!.date, items[0]!.status, items[0]!.citations.map((c) => short(c.articleId))]).toEqual([
      '2025-08-01',
      'passed',
      ['000', '001', '002'],
    ]);
    expect(items.every((d) => d.status === 'passed')).toBe(true);
    const lastDays = items.map((d) => d.range?.end ?? d.date);
    expect(lastDays.slice(1).every((day, i) => day.slice(0, 7) <= lastDays[i]!.slice(0, 7))).toBe(true);
  });

  it('/deadline on 2025-07-25: what spans today (July), then Aug. 1 ahead, then the past', () => {
    const items = answer(ctx(), 'deadline', {}, new Date('2025-07-25T12:00:00Z')).items as DeadlineItem[];
    const ahead = items.filter((d) => d.status !== 'passed').map((d) => [d.date, d.status, d.description]);
    expect(ahead).toEqual([
      ['2025-07', 'today', 'reciprocal tariffs on Japan take effect at 24%'],
      ['2025-07', 'today', 'Akazawa to visit Washington'],
      ['2025-08-01', 'upcoming', 'reciprocal tariffs on Japan rise to 25% from 10%'],
    ]);
    expect(items.slice(0, 4).map((d) => d.status)).toEqual(['today', 'today', 'upcoming', 'passed']);
  });

  it('/deadline topic:election', () => {
    const items = answer(ctx(), 'deadline', { topic: 'election' }, LATER).items as DeadlineItem[];
    expect(items.map((d) => [d.date, d.description, d.citations.map((c) => short(c.articleId))])).toEqual([
      ['2025-07-20', 'House of Councillors election', ['000', '001', '002']],
    ]);
  });

  it('/who akazwa', () => {
    const [person] = answer(ctx(), 'who', { name: 'akazwa' }).items as PersonItem[];
    expect([person!.name, person!.quoteCount, person!.articleIds.map(short)]).toEqual([
      'Ryosei Akazawa',
      4,
      ['000', '001', '002', '003', '004'],
    ]);
  });
});
