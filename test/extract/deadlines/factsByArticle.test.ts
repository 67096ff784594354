import { describe, expect, it } from 'vitest';
import type { QuoteDraft, TariffDraft } from '../../../src/pipeline/types.js';
import {
  quotesOfArticle,
  tariffsIn,
  tariffsOfArticle,
  tariffsStatedIn,
} from '../../../src/extract/deadlines/factsByArticle.js';

function tariff(subject: string, articleIds: string[], spans?: [number, number][]): TariffDraft {
  return {
    articleId: articleIds[0]!,
    subject,
    ratePercent: 25,
    previousRatePercent: null,
    status: 'in-effect',
    effective: null,
    imposedBy: null,
    imposedOn: null,
    evidence: 'x',
    sources: articleIds.map((articleId, i) => {
      const [start, end] = spans?.[i] ?? [0, 1];
      return { articleId, paragraph: 0, start, end };
    }),
  };
}

describe('tariffsOfArticle', () => {
  const tariffs = [tariff('autos', ['a']), tariff('rice', ['b', 'a', 'a']), tariff('steel', ['b'])];
  it.each([
    ['a', ['autos', 'rice']],
    ['b', ['rice', 'steel']],
    ['c', []],
  ])('article %s states %j, in draft order, each once', (articleId, subjects) => {
    expect(tariffsOfArticle(tariffs, articleId).map((t) => t.subject)).toEqual(subjects);
  });

  it('groups again when the list has grown since it was grouped', () => {
    const growing = [tariff('autos', ['a'])];
    expect(tariffsOfArticle(growing, 'b').map((t) => t.subject)).toEqual([]);
    growing.push(tariff('rice', ['b']));
    expect(tariffsOfArticle(growing, 'b').map((t) => t.subject)).toEqual(['rice']);
  });
});

describe('tariffsStatedIn and tariffsIn', () => {
  // Article "a" states autos at 10–20 and rice at 30–40 and 60–70; "b" states rice at 10–20.
  const tariffs = [
    tariff('autos', ['a'], [[10, 20]]),
    tariff(
      'rice',
      ['b', 'a', 'a'],
      [
        [10, 20],
        [30, 40],
        [60, 70],
      ],
    ),
    tariff('steel', ['b'], [[50, 55]]),
  ];
  const sentence = (start: number, end: number) => ({ text: '', start, end, index: 0 });

  it.each([
    ['a', ['autos 10-20', 'rice 30-40 60-70']],
    ['b', ['rice 10-20', 'steel 50-55']],
    ['c', []],
  ])("article %s states %j: each tariff once, with that article's spans only", (articleId, stated) => {
    expect(
      tariffsStatedIn(tariffs, articleId).map(
        (s) => `${s.tariff.subject} ${s.spans.map((x) => `${x.start}-${x.end}`).join(' ')}`,
      ),
    ).toEqual(stated);
  });

  it.each([
    ['a', 0, 25, ['autos']],
    ['a', 0, 100, ['autos', 'rice']],
    ['a', 55, 75, ['rice']],
    ['a', 15, 35, []],
    ['b', 0, 25, ['rice']],
    ['b', 25, 45, []],
  ])('in article %s, the sentence %i–%i states %j', (articleId, start, end, subjects) => {
    expect(
      tariffsIn(sentence(start, end), tariffsStatedIn(tariffs, articleId)).map((t) => t.subject),
    ).toEqual(subjects);
  });
});

describe('quotesOfArticle', () => {
  const quote = (text: string, articleId: string) => ({ text, articleId }) as QuoteDraft;
  const quotes = [quote('one', 'a'), quote('two', 'b'), quote('three', 'a')];
  it.each([
    ['a', ['one', 'three']],
    ['b', ['two']],
    ['c', []],
  ])('article %s holds %j, in draft order', (articleId, texts) => {
    expect(quotesOfArticle(quotes, articleId).map((q) => q.text)).toEqual(texts);
  });

  it('groups again when the list has grown since it was grouped', () => {
    const growing = [quote('one', 'a')];
    expect(quotesOfArticle(growing, 'b').map((q) => q.text)).toEqual([]);
    growing.push(quote('two', 'b'));
    expect(quotesOfArticle(growing, 'b').map((q) => q.text)).toEqual(['two']);
  });
});
