import { describe, expect, it } from 'vitest';
import { PassCache } from '../../../src/extract/deadlines/passCache.js';

/** A cache of `limit` holding `held`, each text as its own value, added by a pass. */
function cacheHolding(limit: number, held: string[]): PassCache<string> {
  const cache = new PassCache<string>(limit);
  for (const text of cache.startPass(held)) cache.addFromPass(text, text);
  return cache;
}

describe('PassCache', () => {
  it.each([
    ['texts it holds are not tagged again', ['a', 'b'], ['b', 'c'], ['c'], ['a', 'b', 'c']],
    ['texts that fill it exactly are tagged', ['a', 'b'], ['c'], ['c'], ['a', 'b', 'c']],
    [
      'texts that would overfill it empty it, and all are tagged',
      ['a', 'b'],
      ['b', 'c', 'd'],
      ['b', 'c', 'd'],
      ['b', 'c', 'd'],
    ],
  ])('with a limit of 3: %s', (_, held, asked, todo, after) => {
    const cache = cacheHolding(3, held);
    expect(cache.startPass(asked)).toEqual(todo);
    for (const text of todo) cache.addFromPass(text, text);
    expect(['a', 'b', 'c', 'd'].filter((t) => cache.get(t) !== undefined)).toEqual(after);
  });

  it.each([
    ['a pass keeps all it tags, past the limit', (c: PassCache<string>, t: string) => c.addFromPass(t, t), 4],
    ['sentences tagged alone stop at the limit', (c: PassCache<string>, t: string) => c.addAlone(t, t), 2],
  ])('%s', (_, add, kept) => {
    const cache = new PassCache<string>(2);
    for (const text of ['a', 'b', 'c', 'd']) add(cache, text);
    expect(cache.size).toBe(kept);
  });

  it.each([
    ['kept below the limit', ['a'], 'x', true],
    ['not kept in place of a pass’s sentences', ['a', 'b'], 'x', false],
  ])('a sentence tagged alone is %s', (_, held, text, kept) => {
    const cache = cacheHolding(2, held);
    cache.addAlone(text, text);
    expect(cache.get(text) !== undefined).toBe(kept);
  });

  it.each([
    ['the same text', 'a', true],
    ['another text', 'b', false],
  ])('finds the value it was given for %s: %s', (_, text, found) => {
    const value = { text: 'a' };
    const cache = new PassCache<{ text: string }>(2);
    cache.addFromPass('a', value);
    expect(cache.get(text) === value).toBe(found);
  });
});
