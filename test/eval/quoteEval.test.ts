import { describe, expect, it } from 'vitest';
import { passes } from '../../src/eval/evaluation.js';
import {
  EXTRA_QUOTE_GOLD,
  loadQuoteGold,
  QUOTE_BAR,
  quoteFigures,
  scoreQuotes,
  SEED_QUOTE_GOLD,
} from '../../src/eval/quoteEval.js';
import type { TariffIndex } from '../../src/index/schema.js';
import { indexOf } from '../helpers/buildFixture.js';

const CORPORA = [
  ['seed', SEED_QUOTE_GOLD],
  ['extra', EXTRA_QUOTE_GOLD],
] as const;

describe.each(CORPORA)('%s quote gold', (label, corpus) => {
  const gold = loadQuoteGold(corpus.gold);
  const index = indexOf(corpus.articles);

  it('labels only articles that exist, with words found verbatim in them', () => {
    const lines = (id: string) => {
      const article = index.articles.find((a) => a.id === id);
      return [
        ...(article?.paragraphs.map((p) => p.text) ?? []),
        ...(article?.removed.map((r) => r.text) ?? []),
      ];
    };
    for (const g of gold.quotes)
      expect(
        index.articles.find((a) => a.id === g.article)?.paragraphs.some((p) => p.text.includes(g.text)),
        g.text,
      ).toBe(true);
    for (const n of gold.notQuotes)
      expect(
        lines(n.article).some((l) => l.includes(n.text)),
        n.text,
      ).toBe(true);
    for (const g of [...gold.quotes, ...gold.notQuotes]) expect(gold.articles).toContain(g.article);
  });

  it(`meets the bar: ${QUOTE_BAR * 100}% found with the right speaker, ${QUOTE_BAR * 100}% of index quotes right`, () => {
    const score = scoreQuotes(index, gold);
    const failing = quoteFigures(label, score).filter((f) => !passes(f));
    expect(
      failing.map((f) => `${f.label}: ${f.value}`),
      score.notes.join('\n'),
    ).toEqual([]);
  });

  it('never attributes a labelled non-quote', () => {
    const wrong = gold.notQuotes.filter((n) =>
      index.quotes.some((q) => q.articleId === n.article && q.text === n.text),
    );
    expect(wrong).toEqual([]);
  });
});

describe('the machine-paraphrased article', () => {
  it('still yields every labelled quote with the right speaker', () => {
    const gold = loadQuoteGold(SEED_QUOTE_GOLD.gold);
    const paraphrased = indexOf(SEED_QUOTE_GOLD.articles).articles.find((a) => a.paraphrased)!.id;
    const score = scoreQuotes(indexOf(SEED_QUOTE_GOLD.articles), {
      ...gold,
      articles: [paraphrased],
      quotes: gold.quotes.filter((q) => q.article === paraphrased),
    });
    expect([score.gold, score.foundRight, score.attributed, score.attributedRight]).toEqual([9, 9, 9, 9]);
  });
});

describe('scoreQuotes', () => {
  const gold = loadQuoteGold(SEED_QUOTE_GOLD.gold);
  const index = indexOf(SEED_QUOTE_GOLD.articles);
  const withQuotes = (quotes: TariffIndex['quotes']): TariffIndex => ({ ...index, quotes });
  const first = index.quotes[0]!;

  it.each<[string, TariffIndex, [number, number, number], string[]]>([
    [
      'a wrong speaker counts against both figures',
      withQuotes([
        { ...first, speaker: 'Shigeru Ishiba', speakerId: 'shigeru-ishiba' },
        ...index.quotes.slice(1),
      ]),
      [31, 32, 31],
      ['speaker'],
    ],
    ['a missing quote lowers recall only', withQuotes(index.quotes.slice(1)), [31, 31, 31], ['missed']],
    [
      'an unlabelled quote lowers precision only',
      withQuotes([...index.quotes, { ...first, text: 'national day', partial: true }]),
      [32, 33, 32],
      ['extra'],
    ],
    [
      'a wrong partial flag is noted, the speaker still right',
      withQuotes([{ ...first, partial: false }, ...index.quotes.slice(1)]),
      [32, 32, 32],
      ['partial'],
    ],
    [
      'a trailing comma and spacing do not matter',
      withQuotes(index.quotes.map((q, i) => (i === 0 ? { ...q, text: ` ${q.text}, ` } : q))),
      [32, 32, 32],
      [],
    ],
  ])('%s', (_name, changed, [foundRight, attributed, attributedRight], notes) => {
    const score = scoreQuotes(changed, gold);
    expect([score.foundRight, score.attributed, score.attributedRight]).toEqual([
      foundRight,
      attributed,
      attributedRight,
    ]);
    expect(score.notes.map((n) => n.split(' ')[0])).toEqual(notes);
  });
});
