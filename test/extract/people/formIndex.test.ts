import { describe, expect, it } from 'vitest';
import { buildFormIndex, findForms } from '../../../src/extract/people/formIndex.js';

const FORMS = [
  'Trump',
  'Donald Trump',
  'U.S. President Donald Trump',
  'Lee',
  'Lee Jae-myung',
  'Sato',
  'U.S.',
];
const found = (text: string, forms = FORMS) =>
  findForms(text, buildFormIndex(forms)).map((m) => [m.form, m.start, m.end]);

describe('findForms', () => {
  it.each<[string, (string | number)[][]]>([
    [
      'Donald Trump met Lee.',
      [
        ['Donald Trump', 0, 12],
        ['Lee', 17, 20],
      ],
    ],
    ['U.S. President Donald Trump spoke', [['U.S. President Donald Trump', 0, 27]]],
    [
      'U.S. officials and Trump’s aides',
      [
        ['U.S.', 0, 4],
        ['Trump', 19, 24],
      ],
    ],
    [
      'Lee Jae-myung and Lee-style talks',
      [
        ['Lee Jae-myung', 0, 13],
        ['Lee', 18, 21],
      ],
    ],
    ['Trumpet players', []],
    ['Satoshi, not Sato2 nor xSato', []],
    ['trump is a verb here', []],
    ['', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reads a form that starts with punctuation the slow way, with the same result', () => {
    expect(found('Talks with (Sato) and Lee', ['(Sato)', 'Lee'])).toEqual([
      ['(Sato)', 11, 17],
      ['Lee', 22, 25],
    ]);
  });

  it('finds nothing with no forms', () => {
    expect(found('Trump', [])).toEqual([]);
  });
});
