import { describe, expect, it } from 'vitest';
import { LazyWords } from '../../src/query/lazyWords.js';

describe('LazyWords', () => {
  const texts = new Map([
    ['q1', 'Cars and TRUCKS'],
    ['q2', ''],
  ]);

  it.each([
    ['q1', ['car', 'and', 'truck']],
    ['q2', []],
    ['q3', undefined],
  ])('gives the stemmed words of %s', (key, expected) => {
    expect(new LazyWords(texts).get(key)).toEqual(expected);
  });

  it('works each text out once', () => {
    const words = new LazyWords(texts);
    expect(words.get('q1')).toBe(words.get('q1'));
  });

  it('behaves as a read-only map over every key', () => {
    const words = new LazyWords(texts);
    expect(words.size).toBe(2);
    expect([words.has('q1'), words.has('q3')]).toEqual([true, false]);
    expect([...words.keys()]).toEqual(['q1', 'q2']);
    expect([...words]).toEqual([
      ['q1', ['car', 'and', 'truck']],
      ['q2', []],
    ]);
    expect([...words.values()]).toEqual([['car', 'and', 'truck'], []]);
    const seen: string[] = [];
    words.forEach((_value, key) => seen.push(key));
    expect(seen).toEqual(['q1', 'q2']);
  });
});
