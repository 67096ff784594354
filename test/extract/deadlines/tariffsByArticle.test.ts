import { describe, expect, it } from 'vitest';
import type { TariffDraft } from '../../../src/pipeline/types.js';
import { tariffsOfArticle } from '../../../src/extract/deadlines/tariffsByArticle.js';

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
    sources: articleIds.map((articleId) => ({ articleId, paragraph: 0, start: 0, end: 1, evidence: 'x' })),
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
