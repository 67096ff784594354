import { describe, expect, it } from 'vitest';
import { adjacent, isCapitalised, isNameWord, splitWords } from '../../../src/extract/people/words.js';

describe('splitWords', () => {
  it.each<[string, [string, number, number, number, boolean][]]>([
    [
      'Akazawa said.',
      [
        ['Akazawa', 0, 7, 7, false],
        ['said', 8, 12, 12, false],
      ],
    ],
    [
      'U.S. and J. Doe',
      [
        ['U.S.', 0, 4, 4, false],
        ['and', 5, 8, 8, false],
        ['J.', 9, 11, 11, false],
        ['Doe', 12, 15, 15, false],
      ],
    ],
    [
      'Trump’s deal',
      [
        ['Trump', 0, 5, 7, true],
        ['deal', 8, 12, 12, false],
      ],
    ],
    ["Bessent's", [['Bessent', 0, 7, 9, true]]],
    [
      'the allies’ treaty',
      [
        ['the', 0, 3, 3, false],
        ['allies', 4, 10, 11, true],
        ['treaty', 12, 18, 18, false],
      ],
    ],
    [
      '‘good’ deal',
      [
        ['good', 1, 5, 5, false],
        ['deal', 7, 11, 11, false],
      ],
    ],
    [
      'Lee Jae-myung-',
      [
        ['Lee', 0, 3, 3, false],
        ['Jae-myung', 4, 13, 13, false],
      ],
    ],
    // Negative cases: no letters or digits, nothing glued on.
    ['— … “”', []],
    ['Trump’sx', [['Trump’sx', 0, 8, 8, false]]],
  ])('%s', (text, expected) => {
    expect(splitWords(text).map((w) => [w.text, w.start, w.end, w.outerEnd, w.possessive])).toEqual(expected);
  });
});

describe('word shapes', () => {
  it.each<[string, boolean, boolean]>([
    ['Akazawa', true, true],
    ['Jae-myung', true, true],
    ['Élodie', true, true],
    ['NATO', false, true],
    ['U.S.', false, true],
    ['trade', false, false],
    ['élan', false, false],
    ['2025', false, false],
    ['', false, false],
  ])('%s', (word, name, capitalised) => {
    expect([isNameWord(word), isCapitalised(word)]).toEqual([name, capitalised]);
  });

  it.each<[string, number, number, boolean]>([
    ['Prime Minister', 5, 6, true],
    ['Prime  Minister', 5, 7, true],
    ['Prime-Minister', 5, 6, false],
    ['Prime\nMinister', 5, 6, false],
    ['PrimeMinister', 5, 5, false],
  ])('adjacent in %j', (text, end, start, expected) => {
    expect(adjacent(text, end, start)).toBe(expected);
  });
});
