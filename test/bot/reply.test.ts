import { describe, expect, test } from 'vitest';
import { fitChoices, MAX_CHOICES } from '../../src/bot/reply.js';

const choice = (name: string, value = name) => ({ name, value });

describe('fitChoices', () => {
  test.each([
    ['kept as they are', [choice('Autos'), choice('Steel')], [choice('Autos'), choice('Steel')]],
    [
      'a long name is shortened to 100 characters',
      [choice('n'.repeat(101), 'v')],
      [choice(`${'n'.repeat(99)}…`, 'v')],
    ],
    [
      'a name of exactly 100 characters stays',
      [choice('n'.repeat(100), 'v')],
      [choice('n'.repeat(100), 'v')],
    ],
    [
      'a long value is dropped, not cut',
      [choice('Long', 'v'.repeat(101)), choice('Short')],
      [choice('Short')],
    ],
    [
      'an empty name or value is dropped',
      [choice('  ', 'v'), choice('Name', ''), choice('Ok')],
      [choice('Ok')],
    ],
    ['nothing stays nothing', [], []],
  ])('%s', (_, input, expected) => {
    expect(fitChoices(input)).toEqual(expected);
  });

  test('at most 25 choices, the first ones, after invalid ones are dropped', () => {
    const input = [choice('bad', 'x'.repeat(200)), ...Array.from({ length: 30 }, (_, i) => choice(`c${i}`))];
    const fitted = fitChoices(input);
    expect(MAX_CHOICES).toBe(25);
    expect(fitted).toHaveLength(25);
    expect(fitted[0]).toEqual(choice('c0'));
    expect(fitted[24]).toEqual(choice('c24'));
  });
});
