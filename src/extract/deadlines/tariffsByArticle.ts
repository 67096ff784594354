import type { TariffDraft } from '../../pipeline/types.js';

const indexes = new WeakMap<
  readonly TariffDraft[],
  { size: number; byArticle: Map<string, TariffDraft[]> }
>();

/**
 * The tariffs an article states, in draft order. The extractor asks once per paragraph; filtering
 * every tariff each time made the deadline stage quadratic in the corpus, so the grouping is
 * built once per tariff list (the tariff stage has committed before any deadline is read).
 */
export function tariffsOfArticle(tariffs: readonly TariffDraft[], articleId: string): TariffDraft[] {
  const hit = indexes.get(tariffs);
  // The draft's list only grows; a longer list than the one grouped is grouped again.
  let byArticle = hit?.size === tariffs.length ? hit.byArticle : undefined;
  if (!byArticle) {
    byArticle = new Map();
    for (const t of tariffs) {
      for (const id of new Set(t.sources.map((s) => s.articleId))) {
        let list = byArticle.get(id);
        if (!list) byArticle.set(id, (list = []));
        list.push(t);
      }
    }
    indexes.set(tariffs, { size: tariffs.length, byArticle });
  }
  return byArticle.get(articleId) ?? [];
}
