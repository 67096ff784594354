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
      'texts that would overfill it drop the least recently read',
      ['a', 'b'],
      ['b', 'c', 'd'],
      ['c', 'd'],
      ['b', 'c', 'd'],
    ],
    [
      'a pass larger than the limit drops every other text',
      ['a', 'b'],
      ['c', 'd', 'b', 'e'],
      ['c', 'd', 'e'],
      ['b', 'c', 'd', 'e'],
    ],
  ])('with a limit of 3: %s', (_, held, asked, todo, after) => {
    const cache = cacheHolding(3, held);
    expect(cache.startPass(asked)).toEqual(todo);
    for (const text of todo) cache.addFromPass(text, text);
    expect(['a', 'b', 'c', 'd', 'e'].filter((t) => cache.has(t))).toEqual(after);
  });

  it.each([
    ['a text read since is kept, the one read longest ago dropped', 'a', ['a', 'c', 'd']],
    ['with nothing read since, the first held is dropped', null, ['b', 'c', 'd']],
  ])('with a limit of 3, holding a, b and c: %s', (_, read, after) => {
    const cache = cacheHolding(3, ['a', 'b', 'c']);
    if (read !== null) cache.get(read);
    for (const text of cache.startPass(['d'])) cache.addFromPass(text, text);
    expect(['a', 'b', 'c', 'd'].filter((t) => cache.has(t))).toEqual(after);
  });

  it.each([
    [
      'a pass keeps all it tags, past the limit',
      (c: PassCache<string>, t: string) => c.addFromPass(t, t),
      ['a', 'b', 'c', 'd'],
    ],
    [
      'sentences tagged alone replace the oldest at the limit',
      (c: PassCache<string>, t: string) => c.addAlone(t, t),
      ['c', 'd'],
    ],
  ])('%s', (_, add, kept) => {
    const cache = new PassCache<string>(2);
    for (const text of ['a', 'b', 'c', 'd']) add(cache, text);
    expect(['a', 'b', 'c', 'd'].filter((t) => cache.has(t))).toEqual(kept);
  });

  it.each([
    ['kept below the limit', ['a'], null, 'x', ['a', 'x']],
    ['not kept in place of the latest pass’s sentences', ['a', 'b'], null, 'x', ['a', 'b']],
    ['kept in place of an earlier pass’s sentence', ['a', 'b'], ['b'], 'x', ['b', 'x']],
  ])('a sentence tagged alone is %s', (_, held, nextPass, text, after) => {
    const cache = cacheHolding(2, held);
    if (nextPass) cache.startPass(nextPass);
    cache.addAlone(text, text);
    expect(['a', 'b', 'x'].filter((t) => cache.has(t))).toEqual(after);
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
