import { describe, expect, it } from 'vitest';
import { createWordCorrector } from '../../src/query/wordCorrector.js';

describe('createWordCorrector', () => {
  const texts = [
    'Akazawa visited Washington on a short visit',
    'the two sides meeting on tariffs',
    'upper house election',
  ];

  it.each([
    // Too short for sameWord's own allowance, one letter from a word of the texts.
    ['vist', ['visit']],
    ['visitde', ['visit']],
    ['meetign', ['meet']],
    ['electoin', ['election']],
    ['tarifs', ['tariff']],
    // Words the texts use need nothing; nor does a word nothing is close to.
    ['visited', []],
    ['tariff', []],
    ['house', []],
    ['qwerty', []],
    // The first letter is trusted.
    ['lection', []],
    ['', []],
  ])('"%s" stands for %o', (word, expected) => {
    expect(createWordCorrector(() => texts)(word)).toEqual(expected);
  });

  it('reads the texts once, on the first correction', () => {
    let reads = 0;
    const correct = createWordCorrector(() => {
      reads++;
      return texts;
    });
    expect(reads).toBe(0);
    correct('meetign');
    correct('visitde');
    expect(reads).toBe(1);
  });
});
