import { describe, expect, it } from 'vitest';
import { Random } from '../../bench/prng.js';
import { addTypo, addTypoToText } from '../../bench/typos.js';

const draw = (seed: number, n: number) => {
  const rng = new Random(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe('Random', () => {
  it('repeats its sequence for the same seed', () => {
    expect(draw(42, 50)).toEqual(draw(42, 50));
  });

  it('gives another sequence for another seed', () => {
    expect(draw(42, 5)).not.toEqual(draw(43, 5));
  });

  it('stays in [0, 1) and int() in its inclusive bounds', () => {
    const rng = new Random(7);
    const floats = Array.from({ length: 10_000 }, () => rng.next());
    const ints = Array.from({ length: 10_000 }, () => rng.int(3, 5));
    expect(floats.every((f) => f >= 0 && f < 1)).toBe(true);
    expect([...new Set(ints)].sort()).toEqual([3, 4, 5]);
  });

  it('forks independent, repeatable streams', () => {
    const a = new Random(1).fork(5);
    const b = new Random(1).fork(5);
    const c = new Random(1).fork(6);
    const first = [a.next(), a.next()];
    expect([b.next(), b.next()]).toEqual(first);
    expect([c.next(), c.next()]).not.toEqual(first);
  });

  it('shuffles into a permutation without touching the input', () => {
    const items = [1, 2, 3, 4, 5, 6];
    const shuffled = new Random(3).shuffle(items);
    expect([...shuffled].sort()).toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('refuses to pick from nothing', () => {
    expect(() => new Random(1).pick([])).toThrow(/no items/);
  });
});

/** Levenshtein distance with adjacent swaps counted as one edit. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

describe('addTypo', () => {
  it('makes exactly one edit, never on the first letter, in long enough words', () => {
    const rng = new Random(11);
    for (const word of ['bessent', 'semiconductors', 'tariff', 'akazawa']) {
      for (let i = 0; i < 200; i++) {
        const typo = addTypo(rng, word);
        expect(distance(word, typo)).toBe(1);
        expect(typo[0]).toBe(word[0]);
      }
    }
  });

  it.each(['', 'car', 'deal', 'Kato'])('leaves the short word %j alone', (word) => {
    expect(addTypo(new Random(1), word)).toBe(word);
  });

  it('changes the longest word of a text and says so', () => {
    const { text, typo } = addTypoToText(new Random(5), 'Scott Bessent');
    expect(typo).toBe(true);
    expect(text.startsWith('Scott ')).toBe(true);
    expect(distance('Bessent', text.slice('Scott '.length))).toBe(1);
  });

  it('reports no typo when every word is too short', () => {
    expect(addTypoToText(new Random(5), 'Li Wei')).toEqual({ text: 'Li Wei', typo: false });
  });
});
