import { describe, expect, test } from 'vitest';
import { Cooldown, cooldownNotice, DEFAULT_COOLDOWN } from '../../src/bot/cooldown.js';

/** A limiter on a clock the test moves by hand. */
function limiter(commands: number, windowMs: number) {
  let now = 1_000_000;
  const cooldown = new Cooldown({ commands, windowMs }, () => now);
  return {
    cooldown,
    at: (ms: number) => (now = 1_000_000 + ms),
    take: (user = 'ann') => cooldown.take(user),
  };
}

describe('Cooldown', () => {
  test('defaults to 5 commands per 10 seconds', () => {
    expect(DEFAULT_COOLDOWN).toEqual({ commands: 5, windowMs: 10_000 });
  });

  test.each<[string, number[], (number | null)[]]>([
    // [what, times of each command in ms, expected result of each: null = allowed, else retry time]
    ['three within the limit of three', [0, 100, 200], [null, null, null]],
    [
      'the fourth is refused until the first leaves the window',
      [0, 100, 200, 300],
      [null, null, null, 1_010_000],
    ],
    [
      'refused again later in the window, with the same retry time',
      [0, 100, 200, 300, 9_999],
      [null, null, null, 1_010_000, 1_010_000],
    ],
    ['allowed once the first has left the window', [0, 100, 200, 10_000], [null, null, null, null]],
    [
      'a sliding window, not a fixed one',
      [0, 5_000, 9_000, 10_001, 10_002],
      [null, null, null, null, 1_015_000],
    ],
  ])('%s', (_, times, expected) => {
    const { at, take } = limiter(3, 10_000);
    expect(times.map((t) => (at(t), take()))).toEqual(expected);
  });

  test('refused commands do not count: a user who waits is answered again', () => {
    const { at, take } = limiter(1, 10_000);
    expect([take(), (at(5_000), take()), (at(9_000), take()), (at(10_000), take())]).toEqual([
      null,
      1_010_000,
      1_010_000,
      null,
    ]);
  });

  test('each user has their own count', () => {
    const { take } = limiter(1, 10_000);
    expect([take('ann'), take('bob'), take('ann'), take('bob'), take('cy')]).toEqual([
      null,
      null,
      1_010_000,
      1_010_000,
      null,
    ]);
  });

  test('0 commands turns the limit off', () => {
    const { take } = limiter(0, 10_000);
    expect(Array.from({ length: 100 }, () => take())).toEqual(Array(100).fill(null));
  });

  test('users idle for a whole window are forgotten', () => {
    const { cooldown, at, take } = limiter(2, 10_000);
    for (let i = 0; i < 1000; i++) take(`user-${i}`);
    expect(cooldown.size).toBe(1000);
    at(15_000);
    take('late');
    expect(cooldown.size).toBe(1);
  });
});

describe('cooldownNotice', () => {
  test('says the limit and when to try again, as a Discord relative timestamp', () => {
    expect(cooldownNotice({ commands: 5, windowMs: 10_000 }, 1_700_000_008_200)).toBe(
      'You have run 5 commands in the last 10 seconds, the most this bot allows one person. Try again <t:1700000009:R>.',
    );
  });
});
