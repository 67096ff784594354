/** The article behind a fact, as every answer cites it. */
import type { Citation } from '../answers/types.js';
import type { Article } from '../index/schema.js';

/** A citation for each article id, in order, once each; ids the index does not hold are skipped. */
export function citationsFor(
  articles: ReadonlyMap<string, Article>,
  articleIds: Iterable<string>,
): Citation[] {
  const seen = new Set<string>();
  const citations: Citation[] = [];
  for (const id of articleIds) {
    if (seen.has(id)) continue;
    seen.add(id);
    const a = articles.get(id);
    if (!a) continue;
    citations.push(citationOf(a));
  }
  return citations;
}

/** What a reader needs to find an article: its title, outlet, date and address. */
export function citationOf(a: Article): Citation {
  return {
    articleId: a.id,
    title: a.title,
    source: a.source,
    published: a.published,
    url: a.url,
    paraphrased: a.paraphrased,
  };
}

/** The newest publication date among citations, or '' when none is known (sorts last). */
export function newestPublished(citations: readonly Citation[]): string {
  return citations.reduce((max, c) => (c.published && c.published > max ? c.published : max), '');
}
