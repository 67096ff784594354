import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertySeed } from './propertySeed.js';

describe('propertySeed', () => {
  it.each([
    [undefined, 20250722],
    ['', 20250722],
    ['42', 42],
    ['-555894251', -555894251],
    ['random', undefined],
  ])('FC_SEED=%j gives %j', (raw, seed) => {
    expect(propertySeed(raw)).toBe(seed);
  });

  it.each(['abc', '1.5', '99999999999999999999'])('FC_SEED=%j is refused, naming the variable', (raw) => {
    expect(() => propertySeed(raw)).toThrow(`FC_SEED must be an integer or "random", not "${raw}"`);
  });

  it('is applied to every property test', () => {
    expect(fc.readConfigureGlobal().seed).toBe(propertySeed(process.env.FC_SEED));
  });
});
