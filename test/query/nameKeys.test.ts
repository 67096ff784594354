import { describe, expect, it } from 'vitest';
import { createNameKeys } from '../../src/query/nameKeys.js';

describe('createNameKeys', () => {
  const keys = createNameKeys([
    { item: 0, value: 'Scott Bessent', secondary: false },
    { item: 0, value: 'U.S. Treasury Secretary', secondary: true },
    { item: 1, value: 'Treasury', secondary: false },
    { item: 2, value: 'Shigeru Ishiba', secondary: false },
  ]);
  const show = (found: { key: string; items: number[]; secondary: boolean }[]) =>
    found.map((k) => `${k.key}${k.secondary ? '*' : ''}:${k.items.join(',')}`);

  it('keys every value by each tail that starts at a word, sorted', () => {
    expect(show([...keys.sorted])).toEqual([
      'bessent:0',
      'ishiba:2',
      's treasury secretary*:0',
      'scott bessent:0',
      'secretary*:0',
      'shigeru ishiba:2',
      'treasury:1',
      'treasury secretary*:0',
      'u s treasury secretary*:0',
    ]);
  });

  it.each([
    ['treas', ['treasury:1', 'treasury secretary*:0']],
    ['s', ['s treasury secretary*:0', 'scott bessent:0', 'secretary*:0', 'shigeru ishiba:2']],
    ['ishiba', ['ishiba:2']],
    ['x', []],
  ])('finds the keys starting with "%s"', (typed, expected) => {
    expect(show(keys.startingWith(typed))).toEqual(expected);
  });

  it.each([
    ['treasury', ['treasury:1']],
    ['treas', []],
  ])('finds the keys equal to "%s"', (typed, expected) => {
    expect(show(keys.exact(typed))).toEqual(expected);
  });
});
