import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answers/answer.js';
import type { QuoteItem, TariffItem } from '../../src/answers/types.js';
import { miniContext } from './miniContext.js';

const citationsOf = (command: 'quote' | 'tariff', options: Record<string, string>) =>
  (answer(miniContext(), command, options).items as (QuoteItem | TariffItem)[]).map((item) =>
    item.citations.map((c) => c.articleId),
  );

// Answers hand out the remembered lists' items: a change to one must fail where it is made,
// and never show in a later answer.
describe('remembered items are shared, frozen', () => {
  it.each([
    ['tariff', { subject: 'autos' }],
    ['quote', { speaker: 'Bessent' }],
  ] as const)('/%s %j', (command, options) => {
    const before = citationsOf(command, options);
    expect(before.length).toBeGreaterThan(0);
    const items = answer(miniContext(), command, options).items as (QuoteItem | TariffItem)[];
    const first = items[0]!;
    expect(() => first.citations.push({ ...first.citations[0]! })).toThrow(TypeError);
    expect(() => (first.citations[0]!.articleId = 'changed')).toThrow(TypeError);
    expect(() => items.pop()).not.toThrow();
    // Negative case: the next answer is whole, as before any of that.
    expect(citationsOf(command, options)).toEqual(before);
  });
});
