import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answers/answer.js';
import type { QuoteItem } from '../../src/answers/types.js';
import { miniContext } from './miniContext.js';

const GOOD_DEAL = 'A good deal is more important than a rushed deal.';
const DEFENSE = 'We will strengthen our defense capabilities';
const CARS = 'The tariffs on cars are absolutely unacceptable';
const AUTOMOBILES = 'The tariffs on automobiles are extraordinarily regrettable.';

const quotes = (options: Record<string, string>) => {
  const a = answer(miniContext(), 'quote', options);
  return {
    a,
    items: (a.items as QuoteItem[]).map((q) => [
      q.speaker,
      q.text,
      q.partial,
      q.citations.map((c) => c.articleId),
    ]),
  };
};

describe('quoteAnswer on the fixture index', () => {
  it.each([
    // Full quotes first, then fragments; the words reported by a1 and a2 are one item citing both.
    [
      'bessent',
      undefined,
      [
        ['Scott Bessent', GOOD_DEAL, false, ['a1', 'a2']],
        ['Scott Bessent', 'good', true, ['a2']],
      ],
    ],
    [
      'besent',
      undefined,
      [
        ['Scott Bessent', GOOD_DEAL, false, ['a1', 'a2']],
        ['Scott Bessent', 'good', true, ['a2']],
      ],
    ],
    [
      'Scott Bessent',
      undefined,
      [
        ['Scott Bessent', GOOD_DEAL, false, ['a1', 'a2']],
        ['Scott Bessent', 'good', true, ['a2']],
      ],
    ],
    [
      'treasury secretary',
      undefined,
      [
        ['Scott Bessent', GOOD_DEAL, false, ['a1', 'a2']],
        ['Scott Bessent', 'good', true, ['a2']],
      ],
    ],
    [
      'ishba',
      undefined,
      [
        ['Shigeru Ishiba', DEFENSE, false, ['a1']],
        ['Shigeru Ishiba', CARS, false, ['a1']],
      ],
    ],
    [
      'prime minister',
      undefined,
      [
        ['Shigeru Ishiba', DEFENSE, false, ['a1']],
        ['Shigeru Ishiba', CARS, false, ['a1']],
      ],
    ],
    ['akazwa', undefined, [['Ryosei Akazawa', AUTOMOBILES, false, ['a3']]]],
    ['bessent', 'deal', [['Scott Bessent', GOOD_DEAL, false, ['a1', 'a2']]]],
    ['bessent', 'agreement', [['Scott Bessent', GOOD_DEAL, false, ['a1', 'a2']]]],
    ['ishiba', 'defense', [['Shigeru Ishiba', DEFENSE, false, ['a1']]]],
    ['ishiba', 'defence', [['Shigeru Ishiba', DEFENSE, false, ['a1']]]],
    ['ishiba', 'deefense', [['Shigeru Ishiba', DEFENSE, false, ['a1']]]],
    ['ishiba', 'cars', [['Shigeru Ishiba', CARS, false, ['a1']]]],
    // "cars" reaches "automobiles" through the subject's aliases.
    ['akazawa', 'cars', [['Ryosei Akazawa', AUTOMOBILES, false, ['a3']]]],
  ])('/quote %s about:%s', (speaker, about, expected) => {
    const { items } = quotes(about === undefined ? { speaker } : { speaker, about });
    expect(items).toEqual(expected);
  });

  it('flattens the first citation for --json users', () => {
    const [first] = quotes({ speaker: 'bessent' }).a.items as QuoteItem[];
    expect([first!.articleId, first!.source, first!.published]).toEqual(['a1', 'Tokyo Ledger', '2025-07-18']);
  });

  it.each([
    [
      'secretary',
      undefined,
      '“secretary” fits Howard Lutnick (Commerce Secretary) or Scott Bessent (Treasury Secretary) about equally well. Ask again with one of them.',
      ['Howard Lutnick', 'Scott Bessent'],
    ],
    [
      'smith',
      undefined,
      'No one called “smith” is in the articles. Closest: Shigeru Ishiba (Prime Minister), Scott Bessent (Treasury Secretary) or Ryosei Akazawa (Economic Revitalization Minister).',
      ['Shigeru Ishiba', 'Scott Bessent', 'Ryosei Akazawa'],
    ],
    [
      'lutnick',
      undefined,
      'The articles mention Howard Lutnick (Commerce Secretary) but quote no words of theirs.',
      undefined,
    ],
    [
      '',
      undefined,
      'Name someone with speaker: a name, surname or title.',
      ['Scott Bessent', 'Shigeru Ishiba', 'Ryosei Akazawa', 'Howard Lutnick', 'Treasury'],
    ],
    ['bessent', 'defense', 'Scott Bessent is quoted 2 times, but never about “defense”.', undefined],
  ])('/quote %s about:%s answers nothing, and says why', (speaker, about, message, suggestions) => {
    const { a, items } = quotes(about === undefined ? { speaker } : { speaker, about });
    expect(items).toEqual([]);
    expect(a.message).toBe(message);
    expect(a.suggestions).toEqual(suggestions);
  });

  it('echoes the options as understood: trimmed, unknown options dropped', () => {
    const { a } = quotes({ speaker: '  bessent \n', colour: 'blue' });
    expect(a.options).toEqual({ speaker: 'bessent' });
  });
});
