import { describe, expect, it } from 'vitest';
import { informativeness } from '../../../src/extract/deadlines/informativeness.js';
import { lexicon } from '../tariffs/articleFixture.js';

describe('informativeness', () => {
  it.each([
    [
      'a rate change beats a deadline noun',
      'reciprocal tariffs on Japan rise to 25% from 10%',
      'deadline for higher levies',
    ],
    ['an event beats a bare noun', 'Ishiba meets Bessent in Tokyo', 'meeting'],
    [
      'an event beats words said',
      'Ishiba meets Bessent in Tokyo',
      'Ishiba quotes Bessent as saying a deal is near',
    ],
    ['a named subject beats a pronoun', 'Akazawa to visit Washington', 'he to visit Washington'],
    [
      'among equals, the fuller wins',
      'Bessent to attend the US National Day at the World Expo',
      'Bessent to attend a ceremony',
    ],
  ])('%s', (_why, better, worse) => {
    expect(informativeness(better, lexicon)).toBeGreaterThan(informativeness(worse, lexicon));
  });
});
