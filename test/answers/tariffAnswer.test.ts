import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answers/answer.js';
import type { TariffItem } from '../../src/answers/types.js';
import { miniContext } from './miniContext.js';

const rows = (subject: string) => {
  const a = answer(miniContext(), 'tariff', { subject });
  return {
    a,
    items: (a.items as TariffItem[]).map((t) => [
      t.subject,
      t.ratePercent,
      t.previousRatePercent,
      t.status,
      t.effective,
      t.citations.map((c) => c.articleId),
    ]),
  };
};

const AUTOS = [['autos', 25, null, 'in-effect', null, ['a1', 'a3']]];

describe('tariffAnswer on the fixture index', () => {
  it.each([
    // The same 25% reported by a1 and a3 is one item citing both.
    ['autos', 'Tariffs on Autos', AUTOS],
    ['cars', 'Tariffs on Autos', AUTOS],
    ['automobiles', 'Tariffs on Autos', AUTOS],
    ['auto', 'Tariffs on Autos', AUTOS],
    ['autso', 'Tariffs on Autos', AUTOS],
    ['aluminium', 'Tariffs on Aluminum', [['aluminum', 25, null, 'in-effect', null, ['a3']]]],
    // Latest report first (a2, July), then its history (a3, April).
    [
      'reciprocal',
      'Tariffs on Reciprocal',
      [
        ['reciprocal', 25, 24, 'scheduled', '2025-08-01', ['a2']],
        ['reciprocal', 24, null, 'threatened', null, ['a3']],
      ],
    ],
  ])('/tariff %s', (subject, title, expected) => {
    const { a, items } = rows(subject);
    expect(a.title).toBe(title);
    expect(items).toEqual(expected);
    expect(a.message).toBeUndefined();
  });

  it.each([
    ['steel', 'The articles report no tariff on Steel. Subjects with a tariff: Autos, Reciprocal, Aluminum.'],
    [
      'bananas',
      'The articles report no tariff on “bananas”. Subjects with a tariff: Autos, Reciprocal, Aluminum.',
    ],
    ['', 'Name a subject with subject. Subjects with a tariff in the articles: Autos, Reciprocal, Aluminum.'],
  ])('/tariff %s says there is none and lists the subjects that have one', (subject, message) => {
    const { a, items } = rows(subject);
    expect(items).toEqual([]);
    expect(a.message).toBe(message);
    expect(a.suggestions).toEqual(['Autos', 'Reciprocal', 'Aluminum']);
  });
});
