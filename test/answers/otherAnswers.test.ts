import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answers/answer.js';
import { CATALOG } from '../../src/answers/catalog.js';
import type { PersonItem, SearchItem, SourceItem } from '../../src/answers/types.js';
import { miniContext } from './miniContext.js';

describe('searchAnswer on the fixture index', () => {
  it.each([
    // No paragraph has both words: any word will do.
    ['washington trip', [['a2', 1]]],
    ['reciprocal regime', [['a3', 0]]],
    ['defence', [['a1', 1]]],
    ['councilors', [['a1', 2]]],
    ['zzzz', []],
  ])('/search %s', (query, expected) => {
    const items = answer(miniContext(), 'search', { query }).items as SearchItem[];
    expect(items.map((s) => [s.articleId, s.paragraph])).toEqual(expected);
  });

  it('cites the article of each passage and says when nothing matched', () => {
    const [hit] = answer(miniContext(), 'search', { query: 'reciprocal regime' }).items as SearchItem[];
    expect(hit!.text).toBe(
      'Japan faces an additional 24 per cent levy under the reciprocal regime, officials said.',
    );
    expect(hit!.citations.map((c) => c.source)).toEqual(['Paraphrase Daily']);
    expect(answer(miniContext(), 'search', { query: 'zzzz' }).message).toBe(
      'No passage in the articles matches “zzzz”.',
    );
    expect(answer(miniContext(), 'search', {}).message).toBe('Give some words to look for with query.');
  });
});

describe('whoAnswer on the fixture index', () => {
  const who = (name: string) => answer(miniContext(), 'who', { name });
  it('describes one person', () => {
    expect(who('akazwa').items).toEqual([
      {
        kind: 'person',
        id: 'ryosei-akazawa',
        name: 'Ryosei Akazawa',
        role: 'Economic Revitalization Minister',
        aliases: ['Akazawa'],
        quoteCount: 1,
        articleIds: ['a2', 'a3'],
        citations: [
          {
            articleId: 'a2',
            title: 'Akazawa plans Washington trip before Aug. 1',
            source: 'Harbour Post',
            published: '2025-07-19',
            url: null,
            paraphrased: false,
          },
          {
            articleId: 'a3',
            title: null,
            source: 'Paraphrase Daily',
            published: '2025-04-17',
            url: null,
            paraphrased: true,
          },
        ],
      },
    ]);
  });

  it.each([
    // The same words in two articles count once.
    ['bessent', [['Scott Bessent', 2]], undefined],
    [
      'secretary',
      [
        ['Howard Lutnick', 0],
        ['Scott Bessent', 2],
      ],
      ['Howard Lutnick', 'Scott Bessent'],
    ],
    ['nobody at all', [], ['Ryosei Akazawa']],
  ])('/who %s', (name, expected, suggestions) => {
    const a = who(name);
    expect((a.items as PersonItem[]).map((p) => [p.name, p.quoteCount])).toEqual(expected);
    expect(a.suggestions).toEqual(suggestions);
  });
});

describe('sourcesAnswer and helpAnswer', () => {
  it('lists every article with what was extracted from it', () => {
    const items = answer(miniContext(), 'sources', {}).items as SourceItem[];
    expect(items.map((s) => [s.articleId, s.source, s.published, s.paraphrased, s.counts])).toEqual([
      ['a1', 'Tokyo Ledger', '2025-07-18', false, { quotes: 3, tariffs: 1, deadlines: 1 }],
      ['a2', 'Harbour Post', '2025-07-19', false, { quotes: 2, tariffs: 1, deadlines: 3 }],
      ['a3', 'Paraphrase Daily', '2025-04-17', true, { quotes: 1, tariffs: 3, deadlines: 1 }],
    ]);
  });

  it('lists each command with its example', () => {
    const a = answer(miniContext(), 'help', {});
    expect(a.items.map((i) => (i.kind === 'help' ? [i.command, i.example] : null))).toEqual(
      CATALOG.map((c) => [c.name, c.example]),
    );
  });
});
