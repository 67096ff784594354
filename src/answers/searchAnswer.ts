import { citationsFor } from '../query/citations.js';
import type { QueryContext } from '../query/queryContext.js';
import { fold } from '../query/text.js';
import { mergeByKey } from './mergeFacts.js';
import type { Answer, SearchItem } from './types.js';

/** How many passages one answer shows; the renderers page through them. */
export const SEARCH_LIMIT = 10;

/** `/search <query>`: the best-matching paragraphs, typo-tolerant, each with its article. */
export function searchAnswer(ctx: QueryContext, options: Record<string, string>): Answer {
  const query = options.query ?? '';
  const title = query === '' ? 'Search' : `Search: “${query}”`;
  if (query === '')
    return {
      command: 'search',
      options,
      title,
      items: [],
      message: 'Give some words to look for with query.',
    };

  const hits = ctx.passages.search(query, SEARCH_LIMIT * 2).map((h): SearchItem => ({
    kind: 'search',
    articleId: h.articleId,
    paragraph: h.paragraph,
    text: h.text,
    score: h.score,
    citations: citationsFor(ctx.articles, [h.articleId]),
  }));
  // A paragraph syndicated word for word by several outlets is one passage with several sources.
  const items = mergeByKey(hits, (h) => fold(h.text)).slice(0, SEARCH_LIMIT);
  const answer: Answer = { command: 'search', options, title, items };
  if (items.length === 0) answer.message = `No passage in the articles matches “${query}”.`;
  return answer;
}
