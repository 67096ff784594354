import type { QuoteDraft, TariffDraft } from '../../pipeline/types.js';
import type { SentenceInput } from '../tariffs/sentences.js';

/**
 * A lookup of what a list of facts holds for an article, grouped once per list. The deadline
 * stage asks once per paragraph or sentence; searching the whole list each time made it quadratic
 * in the corpus, so the grouping is built once per list (the tariff and quote stages have
 * committed before any deadline is read). `entriesOf` gives a fact's entry for each article it
 * comes from; a list's entries for an article keep the list's order.
 */
function groupedByArticle<T extends object, V>(
  entriesOf: (fact: T) => Map<string, V>,
): (facts: readonly T[], articleId: string) => V[] {
  const groupings = new WeakMap<readonly T[], { size: number; byArticle: Map<string, V[]> }>();
  return (facts, articleId) => {
    const hit = groupings.get(facts);
    // The draft's lists only grow; a longer list than the one grouped is grouped again.
    let byArticle = hit?.size === facts.length ? hit.byArticle : undefined;
    if (!byArticle) {
      byArticle = new Map();
      for (const fact of facts) {
        for (const [id, entry] of entriesOf(fact)) {
          let list = byArticle.get(id);
          if (!list) byArticle.set(id, (list = []));
          list.push(entry);
        }
      }
      groupings.set(facts, { size: facts.length, byArticle });
    }
    return byArticle.get(articleId) ?? [];
  };
}

/** The quotes an article holds. */
export const quotesOfArticle = groupedByArticle<QuoteDraft, QuoteDraft>((q) => new Map([[q.articleId, q]]));

/** A tariff an article states, with where it states it there: its sources in that article. */
export interface StatedTariff {
  tariff: TariffDraft;
  spans: { start: number; end: number }[];
}

/**
 * The tariffs an article states, each with its own spans in it. A merged tariff keeps the source
 * of every article reporting it, thousands at 100,000 articles: a sentence reads only its
 * article's spans, so its lookup does not grow with the corpus.
 */
export const tariffsStatedIn = groupedByArticle<TariffDraft, StatedTariff>((tariff) => {
  const stated = new Map<string, StatedTariff>();
  for (const { articleId, start, end } of tariff.sources) {
    const entry = stated.get(articleId);
    if (entry) entry.spans.push({ start, end });
    else stated.set(articleId, { tariff, spans: [{ start, end }] });
  }
  return stated;
});

/** The tariff facts stated inside a sentence of the article they were looked up for. */
export function tariffsIn(sentence: SentenceInput, stated: readonly StatedTariff[]): TariffDraft[] {
  return stated
    .filter(({ spans }) => spans.some((s) => s.start >= sentence.start && s.end <= sentence.end))
    .map(({ tariff }) => tariff);
}

/** The tariffs an article states: any of whose sources is in it, each once, in list order. */
export function tariffsOfArticle(tariffs: readonly TariffDraft[], articleId: string): TariffDraft[] {
  return tariffsStatedIn(tariffs, articleId).map(({ tariff }) => tariff);
}
