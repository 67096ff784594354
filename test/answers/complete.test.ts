import { describe, expect, it } from 'vitest';
import { complete } from '../../src/answers/complete.js';
import { createQueryContext } from '../../src/query/queryContext.js';
import { seedIndex } from '../helpers/buildFixture.js';
import { miniContext } from './miniContext.js';

describe('complete on the fixture index', () => {
  it.each([
    ['speaker', '', ['Scott Bessent', 'Shigeru Ishiba', 'Ryosei Akazawa', 'Howard Lutnick', 'Treasury']],
    ['speaker', 'bes', ['Scott Bessent']],
    ['speaker', 'ishba', ['Shigeru Ishiba']],
    ['speaker', 'zzzzzz', []],
    ['subject', '', ['Autos', 'Reciprocal', 'Aluminum', 'Auto parts', 'Steel']],
    ['subject', 'alumin', ['Aluminum']],
    ['topic', '', ['tariff', 'deal', 'visit', 'election', 'defense']],
    ['topic', 'ele', ['election']],
    ['topic', 'levy', ['tariff']],
    ['topic', 'qqq', []],
  ] as const)('%s "%s"', (kind, text, values) => {
    expect(complete(miniContext(), kind, text).map((c) => c.value)).toEqual(values);
  });

  it('describes each choice in its name', () => {
    expect(complete(miniContext(), 'speaker', 'akaz')).toEqual([
      { name: 'Ryosei Akazawa, Economic Revitalization Minister (1 quote)', value: 'Ryosei Akazawa' },
    ]);
    expect(complete(miniContext(), 'subject', 'steel')).toEqual([
      { name: 'Steel (no tariff reported)', value: 'Steel' },
    ]);
  });

  it('stays within Discord limits for any input, on the seed index too', () => {
    const seed = createQueryContext(seedIndex());
    for (const ctx of [miniContext(), seed]) {
      for (const kind of ['speaker', 'subject', 'topic'] as const) {
        for (const text of ['', 'a', 'x'.repeat(6000), '@everyone', '^$.*+?()[]{}|\\', "'!=bessent"]) {
          const choices = complete(ctx, kind, text);
          expect(choices.length).toBeLessThanOrEqual(25);
          for (const c of choices) {
            expect(c.name.length).toBeGreaterThanOrEqual(1);
            expect(c.name.length).toBeLessThanOrEqual(100);
            expect(c.value.length).toBeLessThanOrEqual(100);
          }
        }
      }
    }
  });
});
