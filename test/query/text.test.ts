import { describe, expect, it } from 'vitest';
import { fold, stem, words } from '../../src/query/text.js';

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
