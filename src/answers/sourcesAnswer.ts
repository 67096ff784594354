import type { QueryContext } from '../query/queryContext.js';
import type { Answer, SourceItem } from './types.js';

/** `/sources`: every article in the index with what was extracted from it. */
export function sourcesAnswer(ctx: QueryContext, options: Record<string, string>): Answer {
  const { articles, quotes, tariffs, deadlines } = ctx.index;
  // A fact merged from several articles counts for each of them: each article reported it.
  const count = (facts: readonly { articleId: string; sources?: { articleId: string }[] }[], id: string) =>
    facts.filter((f) => f.articleId === id || (f.sources ?? []).some((s) => s.articleId === id)).length;
  const items = articles.map((a): SourceItem => ({
    kind: 'source',
    articleId: a.id,
    title: a.title,
    source: a.source,
    published: a.published,
    url: a.url,
    paraphrased: a.paraphrased,
    counts: { quotes: count(quotes, a.id), tariffs: count(tariffs, a.id), deadlines: count(deadlines, a.id) },
  }));
  const answer: Answer = {
    command: 'sources',
    options,
    title: `Sources (${items.length} article${items.length === 1 ? '' : 's'})`,
    items,
  };
  if (items.length === 0)
    answer.message = 'The index holds no articles. Put articles in data/articles and run npm run index.';
  return answer;
}
