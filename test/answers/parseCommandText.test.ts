import { describe, expect, it } from 'vitest';
import { parseCommandText } from '../../src/answers/parseCommandText.js';

describe('parseCommandText', () => {
  it.each([
    ['/quote bessent', { command: 'quote', options: { speaker: 'bessent' } }],
    [
      '/quote speaker:bessent about:deal',
      { command: 'quote', options: { speaker: 'bessent', about: 'deal' } },
    ],
    [
      '/quote scott bessent about:trade deal',
      { command: 'quote', options: { speaker: 'scott bessent', about: 'trade deal' } },
    ],
    ['/quote speaker:"scott bessent"', { command: 'quote', options: { speaker: 'scott bessent' } }],
    ['quote Speaker:ishiba', { command: 'quote', options: { speaker: 'ishiba' } }],
    ['/search time:10:30 tokyo', { command: 'search', options: { query: 'time:10:30 tokyo' } }],
    ['/deadline', { command: 'deadline', options: {} }],
    ['/DEADLINE topic:election', { command: 'deadline', options: { topic: 'election' } }],
    ['/sources everything please', { command: 'sources', options: {} }],
    ['/tariff subject:', { command: 'tariff', options: {} }],
  ])('%s', (line, expected) => {
    expect(parseCommandText(line)).toEqual(expected);
  });

  it.each([
    [
      '',
      'Type a command, e.g. /quote bessent. Commands: /deadline, /quote, /tariff, /search, /who, /sources, /help.',
    ],
    [
      '/weather tokyo',
      'There is no command “/weather”. Commands: /deadline, /quote, /tariff, /search, /who, /sources, /help.',
    ],
  ])('%j is an error', (line, error) => {
    expect(parseCommandText(line)).toEqual({ error });
  });
});
