import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answers/answer.js';
import type { Answer } from '../../src/answers/types.js';
import { renderForTerminal } from '../../src/render/terminalRenderer.js';
import { miniContext } from '../answers/miniContext.js';

const NOW = new Date('2025-07-25T12:00:00Z');

describe('renderForTerminal', () => {
  it.each([
    [
      'tariff',
      { subject: 'cars' },
      [
        'Tariffs on Autos',
        '================',
        '',
        ' 1. 25% on Autos: in effect, by United States, on Japan',
        '   “"The tariffs on cars are absolutely unacceptable," he said of the 25 percent tariff on cars.”',
        '   — Tokyo Ledger, 2025-07-18, https://news.example/a1',
        '   — Paraphrase Daily, 2025-04-17, paraphrased copy',
      ],
    ],
    [
      'quote',
      { speaker: 'bessent' },
      [
        'Quotes from Scott Bessent',
        '=========================',
        '',
        ' 1. Scott Bessent: “A good deal is more important than a rushed deal.”',
        '   — Tokyo Ledger, 2025-07-18, https://news.example/a1',
        '   — Harbour Post, 2025-07-19',
        '',
        ' 2. Scott Bessent (fragment): “good”',
        '   — Harbour Post, 2025-07-19',
      ],
    ],
    [
      'who',
      { name: 'zzzz' },
      [
        'Who is “zzzz”?',
        '==============',
        'No one called “zzzz” is in the articles. Closest: Ryosei Akazawa (Economic Revitalization Minister).',
        'Try: Ryosei Akazawa',
      ],
    ],
  ] as const)('/%s %j', (command, options, lines) => {
    expect(renderForTerminal(answer(miniContext(), command, { ...options }, NOW)).split('\n')).toEqual(lines);
  });

  it('shows a deadline range, its status relative to now, and its evidence', () => {
    const text = renderForTerminal(answer(miniContext(), 'deadline', {}, NOW));
    expect(text.split('\n').slice(3, 6)).toEqual([
      ' 1. 2025-07-21 to 2025-07-27 (today): Akazawa aims to visit Washington',
      '   “Akazawa said he aims to visit Washington next week.”',
      '   — Harbour Post, 2025-07-19',
    ]);
  });

  it('drops terminal control sequences from article and user text, keeping the rest', () => {
    const hostile: Answer = {
      command: 'search',
      options: { query: '\u001b[2Jx' },
      title: 'Search: “\u001b[31mred\u001b[0m”',
      items: [],
      message: 'Nothing\u0007 found.',
    };
    expect(renderForTerminal(hostile)).toBe('Search: “[31mred[0m”\n======================\nNothing found.');
  });
});
