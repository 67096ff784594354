import { citationOf } from '../query/citations.js';
import type { QueryContext } from '../query/queryContext.js';
import type { Answer, SourceItem } from './types.js';

/** `/sources`: every article in the index with what was extracted from it. */
export function sourcesAnswer(ctx: QueryContext, options: Record<string, string>): Answer {
  const { articles, quotes, tariffs, deadlines } = ctx.index;
  const quoteCounts = countByArticle(quotes);
  const tariffCounts = countByArticle(tariffs);
  const deadlineCounts = countByArticle(deadlines);
  const items = articles.map((a): SourceItem => ({
    kind: 'source',
    ...citationOf(a),
    counts: {
      quotes: quoteCounts.get(a.id) ?? 0,
      tariffs: tariffCounts.get(a.id) ?? 0,
      deadlines: deadlineCounts.get(a.id) ?? 0,
    },
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

/**
 * How many facts each article reported, in one pass over the facts. A fact merged from several
 * articles counts once for each of them: each article reported it.
 */
function countByArticle(
  facts: readonly { articleId: string; sources?: { articleId: string }[] }[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const fact of facts) {
    const ids = new Set([fact.articleId, ...(fact.sources ?? []).map((s) => s.articleId)]);
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
