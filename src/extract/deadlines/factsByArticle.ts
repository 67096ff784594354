import type { QuoteDraft, TariffDraft } from '../../pipeline/types.js';

const indexes = new WeakMap<readonly object[], { size: number; byArticle: Map<string, object[]> }>();

/**
 * The facts of a list that come from an article, in list order, each once. The deadline stage
 * asks once per paragraph or sentence; searching the whole list each time made it quadratic in
 * the corpus, so the grouping is built once per list (the tariff and quote stages have committed
 * before any deadline is read). `articlesOf` must be the same for every call with one list.
 */
function factsOfArticle<T extends object>(
  facts: readonly T[],
  articleId: string,
  articlesOf: (fact: T) => Iterable<string>,
): T[] {
  const hit = indexes.get(facts);
  // The draft's lists only grow; a longer list than the one grouped is grouped again.
  let byArticle = hit?.size === facts.length ? hit.byArticle : undefined;
  if (!byArticle) {
    byArticle = new Map();
    for (const fact of facts) {
      for (const id of new Set(articlesOf(fact))) {
        let list = byArticle.get(id);
        if (!list) byArticle.set(id, (list = []));
        list.push(fact);
      }
    }
    indexes.set(facts, { size: facts.length, byArticle });
  }
  return (byArticle.get(articleId) ?? []) as T[];
}

/** The tariffs an article states: any of whose sources is in it. */
export function tariffsOfArticle(tariffs: readonly TariffDraft[], articleId: string): TariffDraft[] {
  return factsOfArticle(tariffs, articleId, (t) => t.sources.map((s) => s.articleId));
}

/** The quotes an article holds. */
export function quotesOfArticle(quotes: readonly QuoteDraft[], articleId: string): QuoteDraft[] {
  return factsOfArticle(quotes, articleId, (q) => [q.articleId]);
}
