import { describe, expect, it } from 'vitest';
import { findRates, parseNumber } from '../../../src/extract/tariffs/rateFinder.js';
import { tariffVocabulary } from '../../../src/extract/tariffs/tariffVocabulary.js';
import { lexicon } from './articleFixture.js';

const v = tariffVocabulary(lexicon.tariffs);

describe('findRates', () => {
  it.each([
    ['a 25 percent levy', [25], ['25 percent']],
    ['a 25 per cent tariff', [25], ['25 per cent']],
    ['a 25% tariff', [25], ['25%']],
    ['a 25-percent duty', [25], ['25-percent']],
    ['instead of 27.5%', [27.5], ['27.5%']],
    ['a 25 pct levy', [25], ['25 pct']],
    ['a twenty-five percent ceiling', [25], ['twenty-five percent']],
    ['ten per-cent', [10], ['ten per-cent']],
    ['to 25% from 10%', [25, 10], ['25%', '10%']],
    // Not percentages at all.
    ['a 30-minute meeting', [], []],
    ['$63bn surplus', [], []],
    ['25 percentage points', [], []],
    ['the 90-day pause', [], []],
  ])('%s', (text, values, written) => {
    const rates = findRates(text, v);
    expect(rates.map((r) => r.value)).toEqual(values);
    expect(rates.map((r) => text.slice(r.start, r.end))).toEqual(written);
  });
});

describe('parseNumber', () => {
  it.each([
    ['25', 25],
    ['27.5', 27.5],
    ['twenty-five', 25],
    ['ninety nine', 99],
    ['several', null],
  ])('%s', (written, value) => {
    expect(parseNumber(written, v.numberWords)).toBe(value);
  });
});
