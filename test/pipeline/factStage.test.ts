import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../../src/articles/articleDoc.js';
import { factStage } from '../../src/pipeline/factStage.js';
import type { Draft } from '../../src/pipeline/types.js';
import { articleOf, lexicon } from '../extract/tariffs/articleFixture.js';

const articles = [
  articleOf('Talks resume on Monday.\n\nAkazawa flies to Washington.', '2025-07-08'),
  articleOf('Tariffs rose to 25% on Aug. 1.', '2025-07-09'),
];
const draftOf = (): Draft => ({ articles, people: [], quotes: [], tariffs: [], deadlines: [], warnings: [] });

describe('factStage', () => {
  it('tells afterArticle of each article once all its paragraphs are read, in order', () => {
    const events: string[] = [];
    const stage = factStage<string>({
      name: 'events',
      extractors: [
        {
          name: 'paragraphs',
          extract: ({ article, index }) => {
            events.push(`read ${article.id} ${index}`);
            return [];
          },
        },
      ],
      refiners: [],
      commit: () => events.push('commit'),
      afterArticle: (article: ArticleDoc) => events.push(`after ${article.id}`),
    });
    stage.run(draftOf(), { lexicon });
    const [a, b] = articles.map((x) => x.id);
    expect(events).toEqual([
      `read ${a} 0`,
      `read ${a} 1`,
      `after ${a}`,
      `read ${b} 0`,
      `after ${b}`,
      'commit',
    ]);
  });

  it('runs without afterArticle, committing what the refiners keep', () => {
    const committed: string[] = [];
    const stage = factStage<string>({
      name: 'ids',
      extractors: [{ name: 'ids', extract: ({ article, index }) => [`${article.id}#${index}`] }],
      refiners: [{ name: 'first', refine: (candidates) => candidates.slice(0, 2) }],
      commit: (candidates) => committed.push(...candidates),
    });
    stage.run(draftOf(), { lexicon });
    expect(committed).toEqual([`${articles[0]!.id}#0`, `${articles[0]!.id}#1`]);
  });
});
