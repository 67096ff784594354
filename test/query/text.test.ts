import fc from 'fast-check';
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { editDistance, fold, stem, substringDistance, words } from '../../src/query/text.js';

describe('fold', () => {
  it.each<[string, string]>([
    ['Trump’s “reciprocal” tariffs—25%…', 'trump s reciprocal tariffs 25'],
    ['  U.S.-Japan   deal  ', 'u s japan deal'],
    // Accents and other scripts take the slow path and come out the same way.
    ['Café Ōtsuka’s', 'cafe otsuka s'],
    ['ﬁscal Ⅳ', 'fiscal iv'],
    ['日本 tariffs', '日本 tariffs'],
    // Negative cases: nothing left to fold.
    ['— … “”', ''],
    ['', ''],
  ])('%j', (text, expected) => {
    expect(fold(text)).toBe(expected);
  });
});

describe('stem', () => {
  it.each<[string, string]>([
    ['tariffs', 'tariff'],
    ['classes', 'class'],
    ['churches', 'church'],
    ['boxes', 'box'],
    ['wishes', 'wish'],
    ['duties', 'duty'],
    ['meeting', 'meet'],
    ['visited', 'visit'],
    // Negative cases: left alone.
    ['bessent', 'bessent'],
    ['class', 'class'],
    ['status', 'status'],
    ['analysis', 'analysis'],
    ['cars', 'car'],
    ['gas', 'gas'],
  ])('%s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('reads the words of a text', () => {
    expect(words('Cars’ tariffs rose')).toEqual(['car', 'tariff', 'rose']);
  });
});

describe('editDistance', () => {
  it.each([
    ['tariff', 'tariff', 2, 0],
    ['tariff', 'tarif', 2, 1],
    ['tariffs', 'traiffs', 2, 1],
    ['bessent', 'besesnt', 2, 1],
    ['bessent', 'bsesetn', 2, 2],
    ['bessent', 'bsesetn', 1, 2],
    ['akazawa', 'akzawaa', 2, 2],
    ['steel', 'metal', 1, 2],
    ['ab', 'ba', 1, 1],
    ['abc', 'cab', 3, 2],
  ])('%s → %s (max %d) is %d', (a, b, max, expected) => {
    expect(editDistance(a, b, max)).toBe(expected);
  });
});

describe('substringDistance', () => {
  it.each<[string, string, number, number]>([
    ['tasen', 'takeshi tasen', 5, 0],
    ['taeshi', 'takeshi tasen', 5, 1],
    ['taeshi wachesa', 'takeshi wachesa', 6, 1],
    ['bessent', 'scott besent', 3, 1],
    ['abc', '', 5, 3],
    // Negative cases: past `max` the count stops at max + 1.
    ['taeshi wachesa', 'takeshi denkov', 3, 4],
    ['xyz', 'abc', 1, 2],
  ])('%j in %j (max %i) is %i', (pattern, text, max, expected) => {
    expect(substringDistance(pattern, text, max)).toBe(expected);
  });

  // The key search trusts that fuse.js's bitap matcher finds a pattern only within these edits,
  // and scores it by them: checked against fuse.js itself on texts of a few letters, where near
  // matches are common.
  it.each([0.35, 0.45])('bounds fuse.js at threshold %f', (threshold) => {
    // Folded text, as keys and typed names are: words of letters, one space between them.
    const folded = (maxLength: number) =>
      fc
        .string({ unit: fc.constantFrom('a', 'b', 'c', 'd', ' '), minLength: 1, maxLength })
        .map((s) => s.split(' ').filter(Boolean).join(' '))
        .filter((s) => s !== '');
    const text = folded(40);
    const pattern = folded(32);
    let matched = 0;
    fc.assert(
      fc.property(pattern, text, (p, t) => {
        const found = new Fuse([{ key: t }], {
          keys: ['key'],
          includeScore: true,
          threshold,
          ignoreLocation: true,
          ignoreFieldNorm: true,
        }).search(p)[0];
        if (!found) return;
        matched++;
        const edits = substringDistance(p, t, p.length);
        expect(edits).toBeLessThanOrEqual(Math.floor(threshold * p.length + 1e-9));
        if (edits > 0) expect(found.score).toBeCloseTo(edits / p.length, 9);
      }),
      { numRuns: 3000 },
    );
    // The property is not vacuous: fuse.js matched a good share of the pairs.
    expect(matched).toBeGreaterThan(300);
  });
});
