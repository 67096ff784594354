import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { worldFunction } from '../../../src/extract/deadlines/worldFunction.js';

describe('worldFunction', () => {
  const World = z.object({ methods: z.object({ match: worldFunction<(text: string) => string>() }) });

  it.each([
    ['a function', (text: string) => text.toUpperCase(), true],
    ['an object', { match: 'not callable' }, false],
    ['nothing', undefined, false],
  ])('accepts %s: %s', (_, match, accepted) => {
    const parsed = World.safeParse({ methods: { match } });
    expect(parsed.success).toBe(accepted);
    if (parsed.success) expect(parsed.data.methods.match('tariffs')).toBe('TARIFFS');
  });
});
