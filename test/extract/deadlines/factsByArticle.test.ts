import { describe, expect, it } from 'vitest';
import type { QuoteDraft, TariffDraft } from '../../../src/pipeline/types.js';
import { quotesOfArticle, tariffsOfArticle } from '../../../src/extract/deadlines/factsByArticle.js';

function tariff(subject: string, articleIds: string[]): TariffDraft {
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
    sources: articleIds.map((articleId) => ({ articleId, paragraph: 0, start: 0, end: 1 })),
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
